/**
 * Parts shared by the generators that draw a face (smiley, cat, sun, fish): a round outline drawn like a
 * circle, and eyes in the handful of styles people use.
 */
import type { Point } from '../types.js';
import { chance, closingSweep, uniform, wobble, type Hand } from './hand.js';
import { dot, ellipseArc, polyline } from './paths.js';

export type EyeStyle = 'dot' | 'ring' | 'line' | 'oval';

/** How often people draw each kind of eye on a smiley; cats get slit-like ovals more often. */
export const SMILEY_EYES: ReadonlyArray<readonly [EyeStyle, number]> = [
  ['dot', 0.35],
  ['ring', 0.3],
  ['line', 0.2],
  ['oval', 0.15],
];
export const CAT_EYES: ReadonlyArray<readonly [EyeStyle, number]> = [
  ['dot', 0.35],
  ['ring', 0.15],
  ['line', 0.2],
  ['oval', 0.3],
];

/** One eye centred on `at`; `size` is its radius in frame units. */
export function eyePath(hand: Hand, at: Point, size: number, style: EyeStyle): Point[] {
  const r = hand.random;
  const [x, y] = at;
  const loop = (rx: number, ry: number) =>
    ellipseArc({ cx: x, cy: y, rx, ry, startDeg: -90 + wobble(r, 30), sweepDeg: (chance(r, 0.7) ? -1 : 1) * (360 + closingSweep(r) / 2) });
  const styles: Record<EyeStyle, () => Point[]> = {
    dot: () => dot(at, uniform(r, 0.8, 2)),
    ring: () => loop(size, size * uniform(r, 0.85, 1.2)),
    line: () => polyline([[x + wobble(r, 0.5), y - size * 1.2], [x, y + size * 1.2]]),
    oval: () => loop(size * 0.65, size * 1.3),
  };
  return styles[style]();
}

/**
 * A closed round outline centred on (cx, cy), started near the top and usually drawn anticlockwise, ending
 * a little past or short of its start.
 */
export function roundOutline(hand: Hand, cx: number, cy: number, rx: number, ry: number): Point[] {
  const r = hand.random;
  const turn = chance(r, 0.7) ? -1 : 1;
  return ellipseArc({
    cx,
    cy,
    rx,
    ry,
    startDeg: -90 + wobble(r, 35),
    sweepDeg: turn * (360 + closingSweep(r)),
    drift: wobble(r, 0.04),
    tiltDeg: wobble(r, 8),
  });
}
