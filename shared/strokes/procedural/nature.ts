/**
 * Sun, flower, tree and cloud: outline first (the sun's disc, the flower's head, the tree's canopy or trunk,
 * the cloud's bumps), then the repeated details people vary most (rays, petals, leaves).
 */
import type { Drawing, Point } from '../types.js';
import { bumpyLoop } from './bumpy-loop.js';
import { eyePath, roundOutline } from './face-parts.js';
import { chance, countBetween, nudge, traceAll, uniform, weighted, wobble, type Hand } from './hand.js';
import { cubic, direction, dot, ellipseArc, joined, offset, polyline, quadratic } from './paths.js';

const C: Point = [50, 50];

export function drawSun(hand: Hand): Drawing {
  const r = hand.random;
  const radius = uniform(r, 24, 34);
  const parts = [roundOutline(hand, 50, 50, radius, radius * uniform(r, 0.9, 1.1))];
  const rays = countBetween(r, 5, 12);
  const first = chance(r, 0.5) ? -90 + wobble(r, 10) : uniform(r, 0, 360);
  const turn = chance(r, 0.75) ? 1 : -1;
  const gap = uniform(r, 2, 7);
  const length = uniform(r, 12, 24);
  const triangles = chance(r, 0.12);
  for (let k = 0; k < rays; k++) {
    const deg = first + (turn * k * 360) / rays + wobble(r, 40 / rays);
    const from = offset(C, direction(deg), radius + gap + wobble(r, 1.5));
    const to = offset(C, direction(deg + wobble(r, 3)), radius + gap + length * uniform(r, 0.8, 1.2));
    parts.push(
      triangles
        ? polyline([offset(C, direction(deg - 90 / rays), radius + 1), to, offset(C, direction(deg + 90 / rays), radius + 1)])
        : polyline([from, to]),
    );
  }
  if (chance(r, 0.1)) {
    const eye = uniform(r, 2, 3.5);
    parts.push(eyePath(hand, [50 - radius * 0.35, 50 - radius * 0.25], eye, 'dot'), eyePath(hand, [50 + radius * 0.35, 50 - radius * 0.25], eye, 'dot'));
    parts.push(ellipseArc({ cx: 50, cy: 50 + radius * 0.1, rx: radius * 0.45, ry: radius * 0.35, startDeg: 160, sweepDeg: -140 }));
  }
  return traceAll(hand, parts);
}

/**
 * A petal from `from` out to its tip (about `length` * 0.75 from `centre`, at `deg`) and back to `to`:
 * a rounded loop, or a pointed almond (which also costs fewer points after simplification).
 */
function petal(from: Point, to: Point, centre: Point, deg: number, length: number, width: number, pointed: boolean): Point[] {
  if (!pointed) return cubic(from, offset(centre, direction(deg - width), length), offset(centre, direction(deg + width), length), to);
  const tip = offset(centre, direction(deg), length * 0.78);
  const flank = (sign: number) => offset(centre, direction(deg + sign * width * 0.9), length * 0.5);
  return joined(quadratic(from, flank(-1), tip), quadratic(tip, flank(1), to));
}

function flowerHead(hand: Hand, centre: Point, petals: number): Point[][] {
  const r = hand.random;
  const core = uniform(r, 4.5, 9);
  const length = uniform(r, 20, 30);
  const first = -90 + wobble(r, 30);
  const turn = chance(r, 0.7) ? 1 : -1;
  const step = (turn * 360) / petals;
  const width = (180 / petals) * uniform(r, 0.55, 0.95);
  // Pointed petals only one by one: a chain of them round the middle reads as a star.
  const pointed = chance(r, 0.5);
  // Some people mark the middle with a dot instead of a circle.
  const dottedCore = chance(r, 0.15);
  const coreLoop = () => (dottedCore ? dot(centre, 1.5) : roundOutline(hand, centre[0], centre[1], core, core * uniform(r, 0.85, 1.15)));
  const separate = () =>
    Array.from({ length: petals }, (_, k) => {
      const deg = first + k * step + wobble(r, 6);
      const half = (turn * 180) / petals * uniform(r, 0.5, 0.8);
      const from = offset(centre, direction(deg - half), core);
      const to = offset(centre, direction(deg + half), core);
      return petal(from, to, centre, deg, length * uniform(r, 0.85, 1.15) * 1.3, turn * width, pointed);
    });
  // All petals in one scalloped stroke round the core, sharing their base points.
  const chain = () =>
    joined(
      ...Array.from({ length: petals }, (_, k) => {
        const deg = first + k * step + step / 2;
        const from = offset(centre, direction(first + k * step), core * 1.05);
        const to = offset(centre, direction(first + (k + 1) * step), core * 1.05);
        return petal(from, to, centre, deg, length * uniform(r, 0.9, 1.1) * 1.25, turn * width * 0.8, false);
      }),
    );
  // People who draw many petals tend to do it in one go rather than petal by petal.
  const oneByOne = petals >= 7 ? 0.15 : 0.55;
  return weighted(r, [
    [() => [coreLoop(), ...separate()], oneByOne],
    [() => [coreLoop(), chain()], (1 - oneByOne) * 0.6],
    [() => [chain(), coreLoop()], (1 - oneByOne) * 0.4],
  ])();
}

/** A pointed leaf from `at` on the stem, out at `deg` and back. */
function leaf(hand: Hand, at: Point, deg: number): Point[] {
  const r = hand.random;
  const length = uniform(r, 16, 28);
  const width = length * uniform(r, 0.2, 0.35);
  const tip = offset(at, direction(deg), length);
  const side = (sign: number) => offset(offset(at, direction(deg), length * 0.5), direction(deg + 90 * sign), width);
  return joined(quadratic(at, side(-1), tip), quadratic(tip, side(1), at));
}

export function drawFlower(hand: Hand): Drawing {
  const r = hand.random;
  // Five petals is by far the most common; many petals are rarer, as they take a while.
  const petals = weighted(r, [[4, 0.2], [5, 0.42], [6, 0.22], [7, 0.08], [8, 0.08]] as const);
  const parts = flowerHead(hand, [50, 40], petals);
  if (chance(r, 0.97)) {
    const top: Point = [50 + wobble(r, 2), 40 + uniform(r, 10, 18)];
    const bottom: Point = [50 + wobble(r, 8), top[1] + uniform(r, 58, 95)];
    const stem = quadratic(top, [50 + wobble(r, 8), (top[1] + bottom[1]) / 2], bottom);
    parts.push(stem);
    // Leaves are what people leave out when the head already took a while.
    const leaves = petals >= 6 ? weighted(r, [[0, 0.55], [1, 0.35], [2, 0.1]] as const) : weighted(r, [[0, 0.35], [1, 0.4], [2, 0.25]] as const);
    let side = chance(r, 0.5) ? -1 : 1;
    for (let k = 0; k < leaves; k++, side = -side) {
      const at = stem[Math.floor(stem.length * uniform(r, 0.35, 0.8))] ?? bottom;
      // Leaves point up and out from the stem.
      parts.push(leaf(hand, at, (side < 0 ? -150 : -30) + wobble(r, 12)));
    }
  }
  return traceAll(hand, parts);
}

type Canopy = 'cloud' | 'round' | 'pine';

function treeCanopy(hand: Hand, kind: Canopy, top: number, bottom: number): Point[] {
  const r = hand.random;
  const height = bottom - top;
  const cy = (top + bottom) / 2;
  const shapes: Record<Canopy, () => Point[]> = {
    cloud: () => bumpyLoop(hand, { cx: 50, cy, rx: height * uniform(r, 0.55, 0.75), ry: (height / 2) * 0.8, bumps: countBetween(r, 4, 8), flatBottom: false }),
    round: () => roundOutline(hand, 50, cy, height * uniform(r, 0.4, 0.6), height / 2),
    pine: () => pineOutline(hand, top, bottom),
  };
  return shapes[kind]();
}

/** A pine: apex, zigzag down the left side in 1-3 tiers, across the bottom, zigzag back up the right. */
function pineOutline(hand: Hand, top: number, bottom: number): Point[] {
  const r = hand.random;
  const tiers = countBetween(r, 1, 3);
  const halfWidth = (bottom - top) * uniform(r, 0.32, 0.48);
  const left: Point[] = [];
  for (let t = 1; t <= tiers; t++) {
    const y = top + ((bottom - top) * t) / tiers;
    left.push(nudge(r, [50 - halfWidth * (0.45 + (0.55 * t) / tiers), y], 1.5));
    if (t < tiers) left.push(nudge(r, [50 - halfWidth * (0.15 + (0.35 * t) / tiers), y], 1.5));
  }
  const right = left.map(([x, y]): Point => [100 - x + wobble(r, 1.5), y + wobble(r, 1.5)]).reverse();
  const apex: Point = [50 + wobble(r, 2), top];
  return polyline([apex, ...left, ...right, offset(apex, [wobble(r, 2), 2])]);
}

function trunk(hand: Hand, top: number, width: number, height: number): Point[][] {
  const r = hand.random;
  const cx = 50 + wobble(r, 2);
  const [l, rt] = [cx - width / 2, cx + width / 2];
  const bottom = top + height;
  const flare = uniform(r, 0, width * 0.3);
  return weighted(r, [
    [() => [polyline([[l, top], [l - flare, bottom]]), polyline([[rt, top], [rt + flare, bottom]])], 0.45],
    [() => [polyline([[l, top], [l - flare, bottom], [rt + flare, bottom], [rt, top]])], 0.4],
    [() => [polyline([[l, top], [l - flare, bottom], [rt + flare, bottom], [rt, top], [l, top]])], 0.15],
  ])();
}

export function drawTree(hand: Hand): Drawing {
  const r = hand.random;
  const kind = weighted(r, [['cloud', 0.55], ['round', 0.2], ['pine', 0.25]] as const);
  const canopyBottom = uniform(r, 60, 80);
  const canopy = treeCanopy(hand, kind, 0, canopyBottom);
  const width = uniform(r, 9, 20) * (kind === 'pine' ? 0.8 : 1);
  const height = uniform(r, 22, 48) * (kind === 'pine' ? 0.5 : 1);
  // A pine's trunk hangs below its outline; other trunks start about where the canopy ends.
  const trunkTop = kind === 'pine' ? canopyBottom : canopyBottom - uniform(r, -1, 4);
  const stem = trunk(hand, trunkTop, width, height);
  // Canopy first for most; a trunk first says little about what is coming, so it is the minority.
  const parts = chance(r, 0.7) ? [canopy, ...stem] : [...stem, canopy];
  if (kind !== 'pine' && chance(r, 0.12)) {
    for (let k = countBetween(r, 2, 5); k > 0; k--) parts.push(dot([uniform(r, 25, 75), uniform(r, 15, canopyBottom - 15)], 2));
  }
  if (kind !== 'pine' && chance(r, 0.12)) {
    const fork: Point = [50, trunkTop - uniform(r, 5, 15)];
    parts.push(polyline([[50, trunkTop + 4], fork, [fork[0] - uniform(r, 8, 16), fork[1] - uniform(r, 8, 16)]]));
  }
  if (chance(r, 0.1)) parts.push(polyline([[uniform(r, 0, 25), trunkTop + height], [uniform(r, 75, 100), trunkTop + height + wobble(r, 2)]]));
  return traceAll(hand, parts);
}

export function drawCloud(hand: Hand): Drawing {
  const r = hand.random;
  const flatBottom = chance(r, 0.45);
  const loop = bumpyLoop(hand, {
    cx: 50,
    cy: 50,
    rx: 50,
    ry: 50 * uniform(r, 0.45, 0.7),
    bumps: flatBottom ? countBetween(r, 3, 6) : countBetween(r, 5, 9),
    flatBottom,
  });
  if (flatBottom && chance(r, 0.15)) {
    // Bumps and underside as two strokes.
    const split = Math.floor(loop.length * uniform(r, 0.7, 0.8));
    return traceAll(hand, [loop.slice(0, split + 1), loop.slice(split)]);
  }
  return traceAll(hand, [loop]);
}
