/**
 * Generators for the geometric categories: circle, square, triangle, star, heart. Each returns a drawing
 * in a ~100-unit frame (y down), strokes in the order people draw them; generate.ts skews and simplifies.
 */
import type { Drawing, Point } from '../types.js';
import {
  chance,
  closingError,
  closingSweep,
  nudge,
  trace,
  traceAll,
  uniform,
  weighted,
  wobble,
  type Hand,
} from './hand.js';
import { closedCorners, ellipseArc, polyline, roundedPolyline } from './paths.js';

/** Circles mostly start near the top, and more people go anticlockwise (on screen) than clockwise. */
function circleStart(hand: Hand): { startDeg: number; turn: 1 | -1 } {
  const r = hand.random;
  return { startDeg: -90 + wobble(r, 35), turn: chance(r, 0.7) ? -1 : 1 };
}

export function drawCircle(hand: Hand): Drawing {
  const r = hand.random;
  const { startDeg, turn } = circleStart(hand);
  // A few people go round twice.
  const extra = chance(r, 0.06) ? uniform(r, 200, 340) : closingSweep(r);
  const ry = 50 * uniform(r, 0.82, 1.12);
  return [
    trace(hand, ellipseArc({ cx: 50, cy: 50, rx: 50, ry, startDeg, sweepDeg: turn * (360 + extra), drift: wobble(r, 0.05), tiltDeg: uniform(r, -30, 30) })),
  ];
}

export function drawSquare(hand: Hand): Drawing {
  const r = hand.random;
  const h = 100 * uniform(r, 0.85, 1.15);
  const [tl, tr, br, bl] = ([[0, 0], [100, 0], [100, h], [0, h]] as Point[]).map((p) => nudge(r, p, 3)) as [Point, Point, Point, Point];
  const corner = chance(r, 0.5) ? uniform(r, 0, 6) : 0;
  const clockwise = chance(r, 0.65);
  const ring = clockwise ? [tl, tr, br, bl] : [tl, bl, br, tr];
  return weighted(r, [
    [() => [trace(hand, roundedPolyline(closedCorners(ring, closingError(r)), corner))], 0.6],
    // Two L shapes meeting at the bottom right.
    [() => traceAll(hand, [roundedPolyline([tl, tr, br], corner), roundedPolyline([tl, bl, br], corner)]), 0.18],
    [() => traceAll(hand, sidesInOrder([tl, tr, br, bl], r).map((side) => polyline(side))), 0.22],
  ])();
}

/** A square's four sides as separate strokes: top first, then either the two sides or round the ring. */
function sidesInOrder([tl, tr, br, bl]: [Point, Point, Point, Point], random: () => number): Point[][] {
  return chance(random, 0.5)
    ? [[tl, tr], [tr, br], [br, bl], [bl, tl]]
    : [[tl, tr], [tl, bl], [tr, br], [bl, br]];
}

export function drawTriangle(hand: Hand): Drawing {
  const r = hand.random;
  const h = 100 * uniform(r, 0.72, 1.05);
  const apexX = chance(r, 0.1) ? uniform(r, 0, 10) : 50 + wobble(r, 8);
  const apex = nudge(r, [apexX, 0], 2);
  const left = nudge(r, [0, h], 3);
  const right = nudge(r, [100, h], 3);
  return weighted(r, [
    [() => [trace(hand, polyline(closedCorners([apex, left, right], closingError(r))))], 0.45],
    [() => [trace(hand, polyline(closedCorners([apex, right, left], closingError(r))))], 0.15],
    [() => [trace(hand, polyline(closedCorners([left, apex, right], closingError(r))))], 0.12],
    // A roof shape, then the base.
    [() => traceAll(hand, [polyline([left, apex, right]), polyline([left, right])]), 0.14],
    [() => traceAll(hand, [polyline([apex, left]), polyline([apex, right]), polyline([left, right])]), 0.14],
  ])();
}

/** The five points (top first, clockwise on screen) and five inner corners of a slightly uneven star. */
function starGeometry(hand: Hand): { outer: Point[]; inner: Point[] } {
  const r = hand.random;
  const innerRatio = uniform(r, 0.36, 0.52);
  const twist = wobble(r, 4);
  const outer: Point[] = [];
  const inner: Point[] = [];
  for (let k = 0; k < 5; k++) {
    const a = ((-90 + twist + k * 72 + wobble(r, 4)) * Math.PI) / 180;
    const b = ((-54 + twist + k * 72 + wobble(r, 4)) * Math.PI) / 180;
    const reach = 50 * uniform(r, 0.88, 1.08);
    const dip = 50 * innerRatio * uniform(r, 0.85, 1.15);
    outer.push([50 + reach * Math.cos(a), 50 + reach * Math.sin(a)]);
    inner.push([50 + dip * Math.cos(b), 50 + dip * Math.sin(b)]);
  }
  return { outer, inner };
}

export function drawStar(hand: Hand): Drawing {
  const r = hand.random;
  const { outer, inner } = starGeometry(hand);
  const [top, upperRight, lowerRight, lowerLeft, upperLeft] = outer as [Point, Point, Point, Point, Point];
  // The classic one-line pentagram: bottom left, up to the top, down right, across, across, back.
  const pentagram = [lowerLeft, top, lowerRight, upperLeft, upperRight];
  const outline = outer.flatMap((p, k): Point[] => [p, inner[k] as Point]);
  return weighted(r, [
    [() => [trace(hand, polyline(closedCorners(pentagram, closingError(r))))], 0.42],
    [() => [trace(hand, polyline(closedCorners(chance(r, 0.7) ? outline : outline.reverse(), closingError(r))))], 0.36],
    [() => traceAll(hand, pentagram.map((p, k) => polyline([p, pentagram[(k + 1) % 5] as Point]))), 0.22],
  ])();
}

/**
 * The textbook heart curve (x = 16 sin^3 t, y = 13 cos t - 5 cos 2t - 2 cos 3t - cos 4t), flipped for y
 * down, with the lobes' width and the notch's depth varied. t = 0 is the notch, t = +-pi the point.
 */
function heartPoint(t: number, width: number, notch: number): Point {
  const x = 16 * Math.sin(t) ** 3 * width;
  const y = 13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t);
  // Deepen or flatten the notch only near the top centre, where |x| is small.
  const notchShift = notch * Math.exp(-((x / 6) ** 2)) * (Math.cos(t) > 0 ? 1 : 0);
  return [50 + x * 3, 40 - (y - notchShift) * 3];
}

function heartHalf(from: number, to: number, width: number, notch: number): Point[] {
  const steps = 120;
  return Array.from({ length: steps + 1 }, (_, i) => heartPoint(from + ((to - from) * i) / steps, width, notch));
}

export function drawHeart(hand: Hand): Drawing {
  const r = hand.random;
  const width = uniform(r, 0.85, 1.2);
  const notch = uniform(r, -2, 4);
  // t decreasing from the notch draws the left lobe first, which most people do.
  const turn = chance(r, 0.75) ? -1 : 1;
  const overshoot = (closingSweep(r) * Math.PI) / 180;
  return weighted(r, [
    [() => [trace(hand, heartHalf(0, turn * (2 * Math.PI + overshoot), width, notch))], 0.68],
    [() => traceAll(hand, [heartHalf(0, turn * Math.PI, width, notch), heartHalf(0, -turn * Math.PI, width, notch)]), 0.22],
    // Starting from the point at the bottom.
    [() => [trace(hand, heartHalf(Math.PI, Math.PI + turn * (2 * Math.PI + overshoot), width, notch))], 0.1],
  ])();
}
