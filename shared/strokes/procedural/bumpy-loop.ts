/**
 * A loop of outward bumps round an ellipse: the outline of a cloud and of a "cloud" tree canopy, both
 * drawn in one stroke the way people scribble them.
 */
import type { Point } from '../types.js';
import { chance, closingSweep, uniform, wobble, type Hand } from './hand.js';
import { bump, joined, onEllipse, quadratic } from './paths.js';

export interface BumpyLoop {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  bumps: number;
  /** A straight-ish underside instead of bumps below the middle (clouds often have one). */
  flatBottom: boolean;
}

/** Angles (degrees) of the bump ends from `from` over `sweep`, unevenly spaced as in a quick scribble. */
function bumpAngles(hand: Hand, from: number, sweep: number, bumps: number): number[] {
  const r = hand.random;
  const weights = Array.from({ length: bumps }, () => uniform(r, 0.7, 1.3));
  const total = weights.reduce((a, b) => a + b, 0);
  const angles = [from];
  for (const w of weights) angles.push((angles[angles.length - 1] as number) + (sweep * w) / total);
  return angles;
}

export function bumpyLoop(hand: Hand, loop: BumpyLoop): Point[] {
  const r = hand.random;
  const { cx, cy, rx, ry, bumps, flatBottom } = loop;
  const at = (deg: number): Point => onEllipse(cx, cy, rx, ry, deg);
  // Clockwise on screen the outside is on the left of the pen, anticlockwise on the right.
  const bumpsOver = (angles: number[], turn: 1 | -1) =>
    joined(...angles.slice(1).map((deg, k) => bump(at(angles[k] as number), at(deg), uniform(r, 0.55, 1.05), turn)));
  if (flatBottom) {
    // Bottom left, over the top to bottom right, then back along the underside.
    const left = 160 + wobble(r, 8);
    const right = 380 + wobble(r, 8);
    const over = bumpsOver(bumpAngles(hand, left, right - left, bumps), 1);
    const end = over[over.length - 1] as Point;
    const start = over[0] as Point;
    const close = uniform(r, -0.08, 0.08);
    const sag: Point = [(start[0] + end[0]) / 2, Math.max(start[1], end[1]) + ry * uniform(r, -0.05, 0.25)];
    return joined(over, quadratic(end, sag, [start[0] - close * rx, start[1] + wobble(r, 1.5)]));
  }
  const turn = chance(r, 0.6) ? 1 : -1;
  const from = uniform(r, 90, 200);
  return bumpsOver(bumpAngles(hand, from, turn * (360 + closingSweep(r) / 3), bumps), turn);
}
