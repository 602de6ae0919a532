/**
 * Car, side view: body outline first (one stroke over the cabin, or a box and then a cabin), then the two
 * wheels, then windows and small extras. Drawn facing right and mirrored half the time.
 */
import type { Drawing, Point } from '../types.js';
import { roundOutline } from './face-parts.js';
import { chance, closingError, mirrored, nudge, traceAll, uniform, weighted, wobble, type Hand } from './hand.js';
import { bump, closedCorners, dot, joined, polyline, roundedPolyline } from './paths.js';

interface CarShape {
  bottom: number;
  belt: number;
  roof: number;
  /** Where the cabin meets the beltline (rear, front) and where the roof starts and ends. */
  cabinRear: number;
  cabinFront: number;
  roofRear: number;
  roofFront: number;
  hoodDrop: number;
  wheelX: [number, number];
  wheelRadius: number;
  corner: number;
}

function carShape(hand: Hand): CarShape {
  const r = hand.random;
  const bottom = 60;
  const belt = bottom - uniform(r, 16, 26);
  const roof = belt - uniform(r, 16, 28);
  const cabinRear = uniform(r, 12, 32);
  const cabinFront = uniform(r, 62, 80);
  return {
    bottom,
    belt,
    roof,
    cabinRear,
    cabinFront,
    roofRear: cabinRear + uniform(r, 2, 14),
    roofFront: cabinFront - uniform(r, 6, 18),
    hoodDrop: uniform(r, 0, 7),
    wheelX: [uniform(r, 16, 28), uniform(r, 70, 84)],
    wheelRadius: uniform(r, 7, 12),
    corner: chance(r, 0.4) ? 0 : uniform(r, 1, 6),
  };
}

/** The body under the wheels: a straight line, or arches the wheels sit in. */
function underside(c: CarShape, arches: boolean): Point[] {
  const front: Point = [100, c.bottom];
  const rear: Point = [0, c.bottom];
  if (!arches) return polyline([front, rear]);
  const [w1, w2] = c.wheelX;
  const gap = c.wheelRadius * 1.15;
  // Drawn front to rear, so arches bulge to the right of the pen (upwards).
  return joined(
    polyline([front, [w2 + gap, c.bottom]]),
    bump([w2 + gap, c.bottom], [w2 - gap, c.bottom], 0.9, -1),
    polyline([[w2 - gap, c.bottom], [w1 + gap, c.bottom]]),
    bump([w1 + gap, c.bottom], [w1 - gap, c.bottom], 0.9, -1),
    polyline([[w1 - gap, c.bottom], rear]),
  );
}

function body(hand: Hand, c: CarShape): Point[][] {
  const r = hand.random;
  const upper: Point[] = [
    [0, c.bottom],
    nudge(r, [0, c.belt + 2], 1.5),
    nudge(r, [c.cabinRear, c.belt], 1.5),
    nudge(r, [c.roofRear, c.roof], 1.5),
    nudge(r, [c.roofFront, c.roof], 1.5),
    nudge(r, [c.cabinFront, c.belt], 1.5),
    nudge(r, [100, c.belt + c.hoodDrop], 1.5),
    [100, c.bottom],
  ];
  const arches = chance(r, 0.25);
  const oneStroke = () => [joined(roundedPolyline(upper, c.corner), underside(c, arches), polyline([[0, c.bottom], [0, c.bottom - Math.max(0, closingError(r))]]))];
  const boxAndCabin = () => [
    roundedPolyline(closedCorners([[0, c.belt + 2], [100, c.belt + c.hoodDrop], [100, c.bottom], [0, c.bottom]], closingError(r)), c.corner),
    roundedPolyline([[c.cabinRear, c.belt], [c.roofRear, c.roof], [c.roofFront, c.roof], [c.cabinFront, c.belt]], c.corner),
  ];
  return weighted(r, [[oneStroke, 0.72], [boxAndCabin, 0.28]] as const)();
}

function carWindows(hand: Hand, c: CarShape): Point[][] {
  const r = hand.random;
  const inset = uniform(r, 2, 4);
  const top = c.roof + inset;
  const low = c.belt - inset * 0.5;
  const rearSlope = (c.roofRear - c.cabinRear) / (c.belt - c.roof);
  const frontSlope = (c.cabinFront - c.roofFront) / (c.belt - c.roof);
  const rearX = (y: number) => c.cabinRear + inset + rearSlope * (c.belt - y);
  const frontX = (y: number) => c.cabinFront - inset - frontSlope * (c.belt - y);
  const split = (rearX(low) + frontX(low)) / 2 + wobble(r, 3);
  const pane = (corners: Point[]) => polyline(closedCorners(corners, closingError(r) / 3));
  return weighted(r, [
    [() => [], 0.25],
    [() => [pane([[rearX(low), low], [rearX(top), top], [frontX(top), top], [frontX(low), low]])], 0.3],
    [
      () => [
        pane([[rearX(low), low], [rearX(top), top], [split - 2, top], [split - 2, low]]),
        pane([[split + 2, low], [split + 2, top], [frontX(top), top], [frontX(low), low]]),
      ],
      0.45,
    ],
  ])();
}

export function drawCar(hand: Hand): Drawing {
  const r = hand.random;
  const c = carShape(hand);
  const parts = body(hand, c);
  const wheels = c.wheelX.map((x) => roundOutline(hand, x, c.bottom + wobble(r, 1.5), c.wheelRadius, c.wheelRadius * uniform(r, 0.9, 1.1)));
  const windows = carWindows(hand, c);
  // Most people do the wheels before the windows; some fill the cabin first.
  parts.push(...(chance(r, 0.75) ? [...wheels, ...windows] : [...windows, ...wheels]));
  if (chance(r, 0.12)) parts.push(...c.wheelX.map((x) => dot([x, c.bottom], 1.5)));
  if (chance(r, 0.2)) parts.push(dot([96, c.belt + c.hoodDrop + 4], 2));
  if (chance(r, 0.15)) parts.push(polyline([[(c.cabinRear + c.cabinFront) / 2, c.belt], [(c.cabinRear + c.cabinFront) / 2 + wobble(r, 1), c.bottom - 3]]));
  const drawing = traceAll(hand, parts);
  return chance(r, 0.5) ? mirrored(drawing) : drawing;
}
