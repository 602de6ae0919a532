/**
 * The "person" behind a procedural sketch: a seeded random source plus how shaky their finger is. Ideal
 * paths (paths.ts) pass through `trace` to pick up tremor, and the whole drawing through `skewDrawing` to
 * pick up the small rotation and stretch that no two people share.
 *
 * Tremor is a sum of a few slow sine waves along the stroke's arc length, not per-point noise: a finger on
 * glass drifts and wavers over tens of pixels, and white noise would only be erased again by the RDP step
 * of quickDrawSimplify (or, worse, survive as sawtooth points no real drawing has).
 */
import { gaussian } from '../../game/random.js';
import type { Drawing, Point, Stroke } from '../types.js';
import { distance } from './paths.js';

export type Random = () => number;

export interface Hand {
  random: Random;
  /** Amplitude of the slowest tremor wave, in frame units (a sketch frame is ~100 units across). */
  tremor: number;
}

export function createHand(random: Random): Hand {
  return { random, tremor: uniform(random, 0.35, 1.2) };
}

export function uniform(random: Random, lo: number, hi: number): number {
  return lo + (hi - lo) * random();
}

/** Integer in lo..hi inclusive. */
export function intBetween(random: Random, lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}

export function chance(random: Random, p: number): boolean {
  return random() < p;
}

/** Normal sample with the given spread, clamped to +-limit spreads so one unlucky draw cannot wreck a shape. */
export function wobble(random: Random, spread: number, limit = 2.5): number {
  return Math.max(-limit, Math.min(limit, gaussian(random))) * spread;
}

/** One of the options, chosen with probability proportional to its weight. */
export function weighted<T>(random: Random, options: ReadonlyArray<readonly [T, number]>): T {
  const total = options.reduce((sum, [, w]) => sum + w, 0);
  let pick = random() * total;
  for (const [value, w] of options) {
    pick -= w;
    if (pick < 0) return value;
  }
  return (options[options.length - 1] as readonly [T, number])[0];
}

/** A corner moved a little in a random direction: nobody places two corners of a square exactly. */
export function nudge(random: Random, p: Point, spread: number): Point {
  return [p[0] + wobble(random, spread), p[1] + wobble(random, spread)];
}

/**
 * The ideal path as this hand draws it: displaced by slow waves that differ per stroke. Short strokes (an
 * eye, a wheel) shake less, since people draw small things slowly.
 */
export function trace(hand: Hand, path: Point[]): Stroke {
  const r = hand.random;
  let length = 0;
  for (let i = 1; i < path.length; i++) length += distance(path[i - 1] as Point, path[i] as Point);
  const care = Math.min(1, Math.sqrt(length / 150));
  const waves = [
    { amplitude: 1, shortest: 35, longest: 110 },
    { amplitude: 0.35, shortest: 14, longest: 35 },
    { amplitude: 0.12, shortest: 7, longest: 14 },
  ].map((wave) => ({
    amplitude: wave.amplitude * hand.tremor * care * uniform(r, 0.5, 1.2),
    wavelength: uniform(r, wave.shortest, wave.longest),
    phaseX: uniform(r, 0, 2 * Math.PI),
    phaseY: uniform(r, 0, 2 * Math.PI),
  }));
  let travelled = 0;
  return path.map((p, i): Point => {
    if (i > 0) travelled += distance(path[i - 1] as Point, p);
    let dx = 0;
    let dy = 0;
    for (const wave of waves) {
      const angle = (2 * Math.PI * travelled) / wave.wavelength;
      dx += wave.amplitude * Math.sin(angle + wave.phaseX);
      dy += wave.amplitude * Math.sin(angle + wave.phaseY);
    }
    return [p[0] + dx, p[1] + dy];
  });
}

/** Each path traced as its own stroke. */
export function traceAll(hand: Hand, paths: Point[][]): Drawing {
  return paths.map((path) => trace(hand, path));
}

/**
 * Small rotation, horizontal stretch and shear of the whole drawing, plus a gentle warp (slow sine
 * displacements across the frame) that makes one side a little bigger or lower than the other, as
 * proportions drift while someone draws. Kept small (rotation within +-10 degrees) because people draw
 * upright, and a 30-degree house is a different training example from any real one.
 */
export function skewDrawing(drawing: Drawing, random: Random): Drawing {
  const angle = wobble(random, 4, 2.5) * (Math.PI / 180);
  const stretch = Math.exp(wobble(random, 0.07));
  const shear = wobble(random, 0.04);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const warpX = { amplitude: wobble(random, 2.5), frequency: uniform(random, 0.015, 0.035), phase: uniform(random, 0, 2 * Math.PI) };
  const warpY = { amplitude: wobble(random, 2.5), frequency: uniform(random, 0.015, 0.035), phase: uniform(random, 0, 2 * Math.PI) };
  return drawing.map((stroke) =>
    stroke.map(([x, y]): Point => {
      const wx = x + warpX.amplitude * Math.sin(y * warpX.frequency + warpX.phase);
      const wy = y + warpY.amplitude * Math.sin(x * warpY.frequency + warpY.phase);
      const sx = wx * stretch + wy * shear;
      return [sx * cos - wy * sin, sx * sin + wy * cos];
    }),
  );
}

/** Mirrors a drawing left-right (a fish or car facing the other way). */
export function mirrored(drawing: Drawing): Drawing {
  return drawing.map((stroke) => stroke.map(([x, y]): Point => [-x, y]));
}

/**
 * How far past (> 0) or short of (< 0) its start a closed shape's last stroke ends, in frame units: most
 * people overshoot a little, some leave a gap.
 */
export function closingError(random: Random): number {
  return weighted(random, [
    [() => uniform(random, 0, 3), 0.4],
    [() => uniform(random, 3, 10), 0.35],
    [() => -uniform(random, 1, 7), 0.25],
  ])();
}

/** The same for a round shape, in degrees of extra (or missing) sweep. */
export function closingSweep(random: Random): number {
  return weighted(random, [
    [() => uniform(random, 0, 12), 0.45],
    [() => uniform(random, 12, 40), 0.3],
    [() => -uniform(random, 4, 25), 0.25],
  ])();
}

/** How many of something (sun rays, petals), favouring the middle of lo..hi as two dice do. */
export function countBetween(random: Random, lo: number, hi: number): number {
  return Math.round((intBetween(random, lo, hi) + intBetween(random, lo, hi)) / 2);
}
