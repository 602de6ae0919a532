/**
 * Smiley and cat face. Both start with the head outline (for the cat, sometimes with the ears in the same
 * stroke), then eyes left to right, then the smaller details.
 */
import type { Drawing, Point } from '../types.js';
import { CAT_EYES, eyePath, roundOutline, SMILEY_EYES, type EyeStyle } from './face-parts.js';
import { chance, countBetween, traceAll, uniform, weighted, wobble, type Hand } from './hand.js';
import { bump, dot, ellipseArc, joined, onEllipse, polyline, quadratic } from './paths.js';

/** The two eyes, usually left one first. */
function eyes(hand: Hand, styles: ReadonlyArray<readonly [EyeStyle, number]>, y: number, gap: number, size: number): Point[][] {
  const r = hand.random;
  const style = weighted(r, styles);
  const pair = [-1, 1].map((side) => eyePath(hand, [50 + side * (gap + wobble(r, 1)), y + wobble(r, 1.2)], size, style));
  return chance(r, 0.85) ? pair : pair.reverse();
}

/** A smiling mouth as a lower arc, drawn left to right (mostly), sometimes closed into a grin. */
function smile(hand: Hand, cy: number, width: number): Point[][] {
  const r = hand.random;
  const spread = uniform(r, 110, 160);
  const from = 90 + spread / 2;
  const arc = ellipseArc({ cx: 50 + wobble(r, 2), cy, rx: width, ry: width * uniform(r, 0.45, 0.8), startDeg: from, sweepDeg: -spread });
  const leftToRight = chance(r, 0.85) ? arc : arc.reverse();
  return weighted(r, [
    [() => [leftToRight], 0.8],
    // An open grin: the arc closed by a straight top lip.
    [() => [joined(arc, polyline([arc[arc.length - 1] as Point, arc[0] as Point]))], 0.12],
    [() => [polyline([[50 - width, cy + 4], [50 + width * 0.2, cy + 6 + wobble(r, 1)], [50 + width, cy]])], 0.08],
  ])();
}

export function drawSmiley(hand: Hand): Drawing {
  const r = hand.random;
  const face = roundOutline(hand, 50, 50, 50, 50 * uniform(r, 0.88, 1.1));
  const eyeY = 36 + wobble(r, 3);
  const parts = [face, ...eyes(hand, SMILEY_EYES, eyeY, 16 + wobble(r, 3), uniform(r, 3, 6))];
  if (chance(r, 0.12)) parts.push(dot([50 + wobble(r, 2), 52 + wobble(r, 2)], 2));
  parts.push(...smile(hand, 58 + wobble(r, 4), uniform(r, 18, 30)));
  return traceAll(hand, parts);
}

interface CatHead {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  /** Angles (degrees) on the head outline where each ear starts and ends, and how tall the ears are. */
  leftEar: [number, number];
  rightEar: [number, number];
  earHeight: number;
}

function catHead(hand: Hand): CatHead {
  const r = hand.random;
  const spread = uniform(r, 34, 52);
  const earHeight = uniform(r, 14, 28);
  const leftStart = -158 + wobble(r, 6);
  const rightEnd = -22 + wobble(r, 6);
  return {
    cx: 50,
    cy: 60,
    rx: 42 + wobble(r, 3),
    ry: 36 + wobble(r, 3),
    leftEar: [leftStart, leftStart + spread],
    rightEar: [rightEnd - spread, rightEnd],
    earHeight,
  };
}

/** An ear from `from` up to its tip and back down to `to`, both angles on the head outline. */
function earPath(head: CatHead, [from, to]: [number, number], random: () => number): Point[] {
  const a = onEllipse(head.cx, head.cy, head.rx, head.ry, from);
  const b = onEllipse(head.cx, head.cy, head.rx, head.ry, to);
  // The tip leans outwards: straight up from the ear's outer half, like a cat's.
  const outer = (from + to) / 2 < -90 ? a : b;
  const tip: Point = [(a[0] + b[0]) / 2 * 0.6 + outer[0] * 0.4 + wobble(random, 3), Math.min(a[1], b[1]) - head.earHeight + wobble(random, 3)];
  return polyline([a, tip, b]);
}

function headArc(head: CatHead, from: number, to: number): Point[] {
  return ellipseArc({ cx: head.cx, cy: head.cy, rx: head.rx, ry: head.ry, startDeg: from, sweepDeg: to - from });
}

/** Head and ears: a circle then two ears, a circle then both ears in one go, or one outline with ears. */
function catOutline(hand: Hand, head: CatHead): Point[][] {
  const r = hand.random;
  const circle = () => roundOutline(hand, head.cx, head.cy, head.rx, head.ry);
  const left = () => earPath(head, head.leftEar, r);
  const right = () => earPath(head, head.rightEar, r);
  return weighted(r, [
    [() => [circle(), left(), right()], 0.5],
    [() => [circle(), joined(left(), headArc(head, head.leftEar[1], head.rightEar[0]), right())], 0.15],
    [
      () => [
        joined(
          left(),
          headArc(head, head.leftEar[1], head.rightEar[0]),
          right(),
          headArc(head, head.rightEar[1], head.leftEar[0] + 360 + uniform(r, -4, 10)),
        ),
      ],
      0.35,
    ],
  ])();
}

function catNose(hand: Hand, at: Point, size: number): Point[][] {
  const r = hand.random;
  const [x, y] = at;
  return weighted(r, [
    [() => [polyline([[x - size, y - size * 0.6], [x + size, y - size * 0.6], [x, y + size * 0.6], [x - size, y - size * 0.6]])], 0.45],
    [() => [polyline([[x - size, y - size * 0.5], [x, y + size * 0.5], [x + size, y - size * 0.5]])], 0.25],
    [() => [dot(at, 1.5)], 0.15],
    [() => [], 0.15],
  ])();
}

/** The cat's "w" mouth under the nose: one stroke or its two halves. */
function catMouth(hand: Hand, top: Point, width: number): Point[][] {
  const r = hand.random;
  const [x, y] = top;
  const left: Point = [x - width, y + wobble(r, 1)];
  const right: Point = [x + width, y + wobble(r, 1)];
  const depth = uniform(r, 0.6, 1.3);
  const halves = [bump(left, [x, y], depth, -1), bump([x, y], right, depth, -1)];
  return chance(r, 0.6) ? [joined(...halves)] : [halves[0]!.slice().reverse(), halves[1]!];
}

function whiskers(hand: Hand, nose: Point, head: CatHead): Point[][] {
  const r = hand.random;
  const perSide = countBetween(r, 1, 3);
  const out: Point[][] = [];
  for (const side of [-1, 1]) {
    // Top to bottom, fanning out, so whiskers on one side do not cross.
    const fan = uniform(r, 4, 12);
    const gap = uniform(r, 3, 6);
    for (let i = 0; i < perSide; i++) {
      const level = i - (perSide - 1) / 2;
      const start: Point = [nose[0] + side * uniform(r, 7, 14), nose[1] + 3 + level * gap + wobble(r, 0.8)];
      const length = head.rx * uniform(r, 0.75, 1.1);
      const end: Point = [start[0] + side * length, start[1] + level * fan + wobble(r, 1.5)];
      // Whiskers are flicked outwards from the face: straight, or with a slight droop.
      const bend: Point = [(start[0] + end[0]) / 2, (start[1] + end[1]) / 2 + (chance(r, 0.3) ? uniform(r, 1, 3) : 0)];
      out.push(quadratic(start, bend, end));
    }
  }
  return out;
}

export function drawCat(hand: Hand): Drawing {
  const r = hand.random;
  const head = catHead(hand);
  const parts = catOutline(hand, head);
  const eyeY = head.cy - head.ry * uniform(r, 0.1, 0.3);
  parts.push(...eyes(hand, CAT_EYES, eyeY, head.rx * uniform(r, 0.33, 0.45), uniform(r, 2.5, 4.5)));
  const nose: Point = [50 + wobble(r, 1.5), head.cy + head.ry * uniform(r, 0.1, 0.25)];
  parts.push(...catNose(hand, nose, uniform(r, 2.5, 4.5)));
  const withMouth = chance(r, 0.5);
  const whiskersFirst = chance(r, 0.3);
  const mouth = withMouth ? catMouth(hand, [nose[0], nose[1] + uniform(r, 3, 6)], uniform(r, 5, 9)) : [];
  const hairs = chance(r, 0.85) ? whiskers(hand, nose, head) : [];
  parts.push(...(whiskersFirst ? [...hairs, ...mouth] : [...mouth, ...hairs]));
  // A few people add a second pair of ear lines inside the ears; skip it when the sketch is already busy.
  if (parts.length < 9 && chance(r, 0.1)) parts.push(...[head.leftEar, head.rightEar].map((ear) => innerEar(head, ear)));
  return traceAll(hand, parts);
}

function innerEar(head: CatHead, ear: [number, number]): Point[] {
  const a = onEllipse(head.cx, head.cy, head.rx * 0.97, head.ry * 0.97, ear[0] + 5);
  const b = onEllipse(head.cx, head.cy, head.rx * 0.97, head.ry * 0.97, ear[1] - 5);
  const tip: Point = [(a[0] + b[0]) / 2, Math.min(a[1], b[1]) - head.earHeight * 0.55];
  return polyline([a, tip, b]);
}
