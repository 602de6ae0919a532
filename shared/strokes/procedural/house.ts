/**
 * House: walls and roof first (as a box and a roof, one pentagon, or a roof and then the walls), then the
 * door, then windows, then maybe a chimney.
 */
import type { Drawing, Point } from '../types.js';
import { chance, closingError, nudge, traceAll, uniform, weighted, wobble, type Hand } from './hand.js';
import { closedCorners, dot, ellipseArc, joined, lerp, polyline } from './paths.js';

interface HouseShape {
  eaveY: number;
  bottom: number;
  wallTL: Point;
  wallTR: Point;
  wallBR: Point;
  wallBL: Point;
  apex: Point;
  eaveLeft: Point;
  eaveRight: Point;
}

function houseShape(hand: Hand): HouseShape {
  const r = hand.random;
  const roofHeight = uniform(r, 25, 55);
  const wallHeight = uniform(r, 55, 90);
  const overhang = chance(r, 0.5) ? uniform(r, 3, 10) : 0;
  const eaveY = roofHeight;
  const bottom = roofHeight + wallHeight;
  return {
    eaveY,
    bottom,
    wallTL: nudge(r, [0, eaveY], 2),
    wallTR: nudge(r, [100, eaveY], 2),
    wallBR: nudge(r, [100, bottom], 2),
    wallBL: nudge(r, [0, bottom], 2),
    apex: [50 + wobble(r, 5), wobble(r, 2)],
    eaveLeft: nudge(r, [-overhang, eaveY + overhang * 0.5], 1.5),
    eaveRight: nudge(r, [100 + overhang, eaveY + overhang * 0.5], 1.5),
  };
}

/** Walls and roof strokes, and the two ends of the roof line as drawn (for a chimney to sit on). */
function walls(hand: Hand, h: HouseShape): { strokes: Point[][]; roofEnds: [Point, Point] } {
  const r = hand.random;
  const { wallTL: tl, wallTR: tr, wallBR: br, wallBL: bl, apex } = h;
  const eaves: [Point, Point] = [h.eaveLeft, h.eaveRight];
  return weighted(r, [
    // A box, then a roof on top.
    [() => ({ strokes: [polyline(closedCorners(chance(r, 0.6) ? [tl, bl, br, tr] : [tl, tr, br, bl], closingError(r))), polyline([h.eaveLeft, apex, h.eaveRight])], roofEnds: eaves }), 0.45],
    // The whole outline in one go, sometimes with the line under the roof added.
    [() => ({ strokes: [polyline(closedCorners([bl, tl, apex, tr, br], closingError(r))), ...(chance(r, 0.5) ? [polyline([tl, tr])] : [])], roofEnds: [tl, tr] as [Point, Point] }), 0.3],
    // A roof triangle, then the walls hung under it.
    [() => ({ strokes: [polyline(closedCorners([h.eaveLeft, apex, h.eaveRight], closingError(r))), polyline([tl, bl, br, tr])], roofEnds: eaves }), 0.25],
  ])();
}

function door(hand: Hand, h: HouseShape): { stroke: Point[][]; x: number; width: number } {
  const r = hand.random;
  const width = uniform(r, 14, 26);
  const height = (h.bottom - h.eaveY) * uniform(r, 0.35, 0.6);
  const x = weighted(r, [[50 - width / 2 + wobble(r, 4), 0.6], [uniform(r, 12, 25), 0.2], [uniform(r, 55, 85) - width, 0.2]] as const);
  const top = h.bottom - height;
  const arched = chance(r, 0.2);
  const outline = arched
    ? joined(polyline([[x, h.bottom], [x, top + width / 2]]), ellipseArc({ cx: x + width / 2, cy: top + width / 2, rx: width / 2, ry: width / 2, startDeg: 180, sweepDeg: 180 }), polyline([[x + width, top + width / 2], [x + width, h.bottom]]))
    : polyline([[x, h.bottom], [x, top], [x + width, top], [x + width, h.bottom]]);
  const knob = chance(r, 0.3) ? [dot([x + width * 0.75, h.bottom - height * 0.45], 1.5)] : [];
  return { stroke: [outline, ...knob], x, width };
}

function windowAt(hand: Hand, x: number, y: number, size: number): Point[][] {
  const r = hand.random;
  const h = size * uniform(r, 0.8, 1.15);
  const frame = polyline(closedCorners([[x, y], [x + size, y], [x + size, y + h], [x, y + h]].map((p) => nudge(r, p as Point, 1)), closingError(r) / 2));
  return weighted(r, [
    [() => [frame], 0.45],
    [() => [frame, polyline([[x + size / 2, y], [x + size / 2, y + h]]), polyline([[x, y + h / 2], [x + size, y + h / 2]])], 0.45],
    [() => [frame, polyline([[x + size / 2, y], [x + size / 2, y + h]])], 0.1],
  ])();
}

/** Windows where the door is not: either side of a middle door, or the free side of an off-centre one. */
function windows(hand: Hand, h: HouseShape, doorX: number, doorWidth: number): Point[][] {
  const r = hand.random;
  const size = uniform(r, 14, 24);
  const y = h.eaveY + (h.bottom - h.eaveY) * uniform(r, 0.15, 0.3);
  const count = weighted(r, [[0, 0.12], [1, 0.4], [2, 0.48]] as const);
  const leftSpace = doorX;
  const rightSpace = 100 - doorX - doorWidth;
  const left = uniform(r, 8, Math.max(9, leftSpace - size - 6));
  const right = 100 - uniform(r, 8, Math.max(9, rightSpace - size - 6)) - size;
  const spots = count === 2 ? [left, right] : count === 1 ? [leftSpace > rightSpace ? left : right] : [];
  return spots.flatMap((x) => windowAt(hand, x, y + wobble(r, 2), size));
}

function chimney(hand: Hand, apex: Point, [left, right]: [Point, Point]): Point[] {
  const r = hand.random;
  const eave = chance(r, 0.7) ? right : left;
  const t = uniform(r, 0.35, 0.6);
  const a = lerp(apex, eave, t);
  const b = lerp(apex, eave, t + 0.14);
  const top = Math.min(a[1], b[1]) - uniform(r, 8, 18);
  return polyline([a, [a[0], top], [b[0], top], b]);
}

export function drawHouse(hand: Hand): Drawing {
  const r = hand.random;
  const h = houseShape(hand);
  const { strokes: parts, roofEnds } = walls(hand, h);
  const chimneyWhen = weighted(r, [['never', 0.82], ['with roof', 0.07], ['last', 0.11]] as const);
  if (chimneyWhen === 'with roof') parts.push(chimney(hand, h.apex, roofEnds));
  if (chance(r, 0.92)) {
    const d = door(hand, h);
    parts.push(...d.stroke, ...windows(hand, h, d.x, d.width));
  } else {
    parts.push(...windows(hand, h, 50, 0));
  }
  if (chimneyWhen === 'last') parts.push(chimney(hand, h.apex, roofEnds));
  return traceAll(hand, parts);
}
