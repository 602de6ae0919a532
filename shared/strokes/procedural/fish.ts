/**
 * Fish, seen from the side: body and tail first (one stroke that crosses itself at the tail, or a body loop
 * and then the tail), then the eye, then optional gill, fin and mouth. Built facing left, then mirrored
 * some of the time.
 */
import type { Drawing, Point } from '../types.js';
import { eyePath } from './face-parts.js';
import { chance, closingSweep, mirrored, traceAll, uniform, weighted, wobble, type Hand } from './hand.js';
import { bump, cubic, dot, ellipseArc, joined, polyline } from './paths.js';

interface FishShape {
  /** Nose at the left, the tail joins the body at `joint`. */
  nose: Point;
  joint: Point;
  /** How far above and below the midline the body bulges. */
  belly: number;
  back: number;
  tailTop: Point;
  tailBottom: Point;
}

function fishShape(hand: Hand): FishShape {
  const r = hand.random;
  const length = uniform(r, 62, 80);
  const height = length * uniform(r, 0.38, 0.62);
  const tailLength = uniform(r, 18, 30);
  const tailSpread = height * uniform(r, 0.45, 0.8);
  const joint: Point = [length, 50 + wobble(r, 2)];
  return {
    nose: [0, 50 + wobble(r, 3)],
    joint,
    back: height / 2 + wobble(r, 2),
    belly: height / 2 + wobble(r, 2),
    tailTop: [length + tailLength + wobble(r, 3), 50 - tailSpread + wobble(r, 3)],
    tailBottom: [length + tailLength + wobble(r, 3), 50 + tailSpread + wobble(r, 3)],
  };
}

function upperBody(f: FishShape): Point[] {
  const [nx, ny] = f.nose;
  const [jx, jy] = f.joint;
  return cubic(f.nose, [nx + (jx - nx) * 0.2, ny - f.back * 1.3], [nx + (jx - nx) * 0.7, jy - f.back * 1.2], f.joint);
}

function lowerBody(f: FishShape): Point[] {
  const [nx, ny] = f.nose;
  const [jx, jy] = f.joint;
  return cubic(f.joint, [nx + (jx - nx) * 0.7, jy + f.belly * 1.2], [nx + (jx - nx) * 0.2, ny + f.belly * 1.3], f.nose);
}

/** Body and tail as one stroke: over the back, round the tail, under the belly, back to the nose. */
function oneStrokeFish(f: FishShape, random: () => number): Point[] {
  // The body lines run on past the joint a little before turning to the tail, so the stroke crosses itself.
  const cross = uniform(random, 0, 6);
  const afterBack: Point = [f.joint[0] + cross, f.joint[1] + cross * 0.6];
  const beforeBelly: Point = [f.joint[0] + cross, f.joint[1] - cross * 0.6];
  return joined(upperBody(f), polyline([f.joint, afterBack, f.tailBottom, f.tailTop, beforeBelly, f.joint]), lowerBody(f));
}

function bodyLoop(f: FishShape, random: () => number): Point[] {
  const rx = (f.joint[0] - f.nose[0]) / 2 + 2;
  const ry = (f.back + f.belly) / 2;
  return ellipseArc({ cx: (f.nose[0] + f.joint[0]) / 2, cy: 50, rx, ry, startDeg: 180 + wobble(random, 20), sweepDeg: (chance(random, 0.6) ? 1 : -1) * (360 + closingSweep(random)) });
}

function tail(f: FishShape, random: () => number): Point[] {
  const base: Point = [f.joint[0] - 2, f.joint[1]];
  return weighted(random, [
    [() => polyline([base, f.tailTop, f.tailBottom, base]), 0.6],
    [() => polyline([[base[0], base[1] - 4], f.tailTop, f.tailBottom, [base[0], base[1] + 4]]), 0.4],
  ])();
}

function details(hand: Hand, f: FishShape): Point[][] {
  const r = hand.random;
  const out: Point[][] = [];
  const length = f.joint[0] - f.nose[0];
  const eyeAt: Point = [f.nose[0] + length * uniform(r, 0.16, 0.28), 50 - f.back * uniform(r, 0.2, 0.45)];
  out.push(chance(r, 0.5) ? dot(eyeAt, 1.5) : eyePath(hand, eyeAt, uniform(r, 2.5, 4.5), 'ring'));
  if (chance(r, 0.3)) {
    const gillX = f.nose[0] + length * uniform(r, 0.3, 0.42);
    out.push(ellipseArc({ cx: gillX - 6, cy: 50, rx: 6, ry: f.back * 0.5, startDeg: -55, sweepDeg: 110 }));
  }
  if (chance(r, 0.25)) {
    const finX = f.nose[0] + length * uniform(r, 0.35, 0.55);
    const top = 50 - f.back * 0.95;
    out.push(bump([finX, top + 2], [finX + length * 0.25, top + 3], uniform(r, 0.6, 1.2), 1));
  }
  if (chance(r, 0.15)) {
    out.push(polyline([[f.nose[0] + 2, 52], [f.nose[0] + length * 0.12, 54 + wobble(r, 1)]]));
  }
  return out;
}

export function drawFish(hand: Hand): Drawing {
  const r = hand.random;
  const f = fishShape(hand);
  const body = chance(r, 0.55) ? [oneStrokeFish(f, r)] : [bodyLoop(f, r), tail(f, r)];
  const drawing = traceAll(hand, [...body, ...details(hand, f)]);
  // Doodled fish face either way.
  return chance(r, 0.4) ? mirrored(drawing) : drawing;
}
