/**
 * Umbrella: the canopy first (a dome, usually continued into the scalloped edge in the same stroke), then
 * the handle with its hook, sometimes ribs and a tip.
 */
import type { Drawing, Point } from '../types.js';
import { chance, countBetween, traceAll, uniform, weighted, wobble, type Hand } from './hand.js';
import { bump, ellipseArc, joined, polyline, quadratic } from './paths.js';

interface Canopy {
  cy: number;
  ry: number;
  /** x of the scallop ends along the lower edge, left to right. */
  edge: number[];
}

function canopyShape(hand: Hand): Canopy {
  const r = hand.random;
  const scallops = countBetween(r, 3, 7);
  const edge = Array.from({ length: scallops + 1 }, (_, k) => (k === 0 || k === scallops ? (k / scallops) * 100 : (k / scallops) * 100 + wobble(r, 3)));
  return { cy: 50, ry: uniform(r, 30, 48), edge };
}

function dome(c: Canopy): Point[] {
  return ellipseArc({ cx: 50, cy: c.cy, rx: 50, ry: c.ry, startDeg: 180, sweepDeg: 180 });
}

/** The lower edge from right to left; scallops bulge upwards (to the pen's right). */
function lowerEdge(hand: Hand, c: Canopy, scalloped: boolean): Point[] {
  const r = hand.random;
  const xs = c.edge.slice().reverse();
  if (!scalloped) return quadratic([100, c.cy], [50, c.cy - c.ry * uniform(r, -0.1, 0.15)], [0, c.cy]);
  const depth = uniform(r, 0.3, 0.8);
  return joined(...xs.slice(1).map((x, k) => bump([xs[k] as number, c.cy], [x, c.cy], depth * uniform(r, 0.8, 1.2), -1)));
}

function handle(hand: Hand, c: Canopy): Point[] {
  const r = hand.random;
  const x = 50 + wobble(r, 2);
  const fromTop = chance(r, 0.25);
  const start: Point = [x, fromTop ? c.cy - c.ry : c.cy + wobble(r, 1)];
  const end: Point = [x + wobble(r, 2), c.cy + uniform(r, 38, 65)];
  const hookRadius = uniform(r, 5, 11);
  const side = chance(r, 0.7) ? -1 : 1;
  // Round the bottom and back up a little: the J of the handle.
  const hook = ellipseArc({ cx: end[0] + side * hookRadius, cy: end[1], rx: hookRadius, ry: hookRadius * uniform(r, 0.8, 1.2), startDeg: side < 0 ? 0 : 180, sweepDeg: side * -uniform(r, 150, 200) });
  return joined(polyline([start, end]), hook);
}

export function drawUmbrella(hand: Hand): Drawing {
  const r = hand.random;
  const c = canopyShape(hand);
  const scalloped = chance(r, 0.8);
  const canopy = weighted(r, [
    [() => [joined(dome(c), lowerEdge(hand, c, scalloped))], 0.68],
    [() => [dome(c), lowerEdge(hand, c, scalloped)], 0.32],
  ])();
  const top: Point = [50, c.cy - c.ry];
  const ribs = chance(r, 0.35)
    ? c.edge.slice(1, -1).filter((_, k, all) => all.length <= 3 || k % 2 === 0).map((x) => quadratic(top, [50 + (x - 50) * 0.45, c.cy - c.ry * 0.4], [x, c.cy]))
    : [];
  const tip = chance(r, 0.2) ? [polyline([top, [50 + wobble(r, 1), top[1] - uniform(r, 4, 9)]])] : [];
  const parts = [...canopy, ...tip];
  parts.push(...(chance(r, 0.6) ? [handle(hand, c), ...ribs] : [...ribs, handle(hand, c)]));
  return traceAll(hand, parts);
}
