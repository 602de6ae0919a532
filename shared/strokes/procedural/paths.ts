/**
 * Ideal (tremor-free) pen paths for the procedural sketch generators, as dense point lists about one unit
 * apart. Generators build a drawing out of these in a "frame" roughly 100 units across (y down); hand.ts
 * then adds the shaky hand, and quickDrawSimplify scales the result to 0..255 and thins it out, so the
 * density here only has to be fine enough that no corner or bump is lost.
 *
 * Angles are in degrees, 0 = right, 90 = down (screen coordinates), so a positive sweep turns clockwise
 * on screen.
 */
import type { Point } from '../types.js';

const DEG = Math.PI / 180;

/** Unit vector at `deg` degrees. */
export function direction(deg: number): Point {
  return [Math.cos(deg * DEG), Math.sin(deg * DEG)];
}

/** p + k * v */
export function offset(p: Point, v: Point, k = 1): Point {
  return [p[0] + v[0] * k, p[1] + v[1] * k];
}

/** The point a fraction t of the way from a to b. */
export function lerp(a: Point, b: Point, t: number): Point {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

/** Straight segments through the given corners, sampled about `spacing` apart. */
export function polyline(corners: Point[], spacing = 1): Point[] {
  const first = corners[0];
  if (!first) return [];
  const out: Point[] = [[first[0], first[1]]];
  for (let i = 1; i < corners.length; i++) {
    const a = corners[i - 1] as Point;
    const b = corners[i] as Point;
    const steps = Math.max(1, Math.ceil(distance(a, b) / spacing));
    for (let k = 1; k <= steps; k++) out.push(lerp(a, b, k / steps));
  }
  return out;
}

/**
 * Like polyline, but each inner corner is cut by a curve starting `radius` before it (at most a third of
 * either neighbouring segment): a finger rarely turns a perfectly sharp corner.
 */
export function roundedPolyline(corners: Point[], radius: number, spacing = 1): Point[] {
  if (corners.length < 3 || radius <= 0) return polyline(corners, spacing);
  const out: Point[] = [];
  const push = (points: Point[]) => out.push(...(out.length > 0 ? points.slice(1) : points));
  let from = corners[0] as Point;
  for (let i = 1; i < corners.length - 1; i++) {
    const prev = corners[i - 1] as Point;
    const corner = corners[i] as Point;
    const next = corners[i + 1] as Point;
    const cutIn = Math.min(radius, distance(prev, corner) / 3) / Math.max(distance(prev, corner), 1e-9);
    const cutOut = Math.min(radius, distance(corner, next) / 3) / Math.max(distance(corner, next), 1e-9);
    const entry = lerp(corner, prev, cutIn);
    const exit = lerp(corner, next, cutOut);
    push(polyline([from, entry], spacing));
    push(quadratic(entry, corner, exit, spacing));
    from = exit;
  }
  push(polyline([from, corners[corners.length - 1] as Point], spacing));
  return out;
}

export interface EllipseArc {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  startDeg: number;
  sweepDeg: number;
  /** Rotation of the ellipse's axes. */
  tiltDeg?: number;
  /**
   * The radius grows linearly by this fraction over the sweep, so a full turn ends beside its start
   * instead of on it, as hand-drawn circles do.
   */
  drift?: number;
}

export function ellipseArc(arc: EllipseArc, spacing = 1): Point[] {
  const { cx, cy, rx, ry, startDeg, sweepDeg, tiltDeg = 0, drift = 0 } = arc;
  const length = Math.abs(sweepDeg * DEG) * Math.max(rx, ry);
  const steps = Math.max(8, Math.ceil(length / spacing));
  const [cosTilt, sinTilt] = direction(tiltDeg);
  const out: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const grow = 1 + drift * t;
    const [ux, uy] = direction(startDeg + sweepDeg * t);
    const x = ux * rx * grow;
    const y = uy * ry * grow;
    out.push([cx + x * cosTilt - y * sinTilt, cy + x * sinTilt + y * cosTilt]);
  }
  return out;
}

/** Point on an (untilted) ellipse at `deg`. */
export function onEllipse(cx: number, cy: number, rx: number, ry: number, deg: number): Point {
  const [ux, uy] = direction(deg);
  return [cx + ux * rx, cy + uy * ry];
}

export function quadratic(p0: Point, p1: Point, p2: Point, spacing = 1): Point[] {
  const steps = Math.max(4, Math.ceil((distance(p0, p1) + distance(p1, p2)) / spacing));
  return Array.from({ length: steps + 1 }, (_, i): Point => {
    const t = i / steps;
    const u = 1 - t;
    return [u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]];
  });
}

export function cubic(p0: Point, p1: Point, p2: Point, p3: Point, spacing = 1): Point[] {
  const steps = Math.max(6, Math.ceil((distance(p0, p1) + distance(p1, p2) + distance(p2, p3)) / spacing));
  return Array.from({ length: steps + 1 }, (_, i): Point => {
    const t = i / steps;
    const u = 1 - t;
    const a = u * u * u;
    const b = 3 * u * u * t;
    const c = 3 * u * t * t;
    const d = t * t * t;
    return [a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]];
  });
}

/**
 * Half-ellipse "bump" from a to b bulging to one side by `bulge` times half the chord: the scallops of
 * clouds, umbrellas and flower outlines. `side` +1 bulges to the left of a->b on screen, -1 to the right.
 */
export function bump(a: Point, b: Point, bulge: number, side: 1 | -1): Point[] {
  const mid = lerp(a, b, 0.5);
  const half = distance(a, b) / 2;
  const chordDeg = Math.atan2(a[1] - mid[1], a[0] - mid[0]) / DEG;
  // With y down, sweeping +180 degrees from a's direction passes the left-hand side of a->b.
  return ellipseArc({ cx: mid[0], cy: mid[1], rx: half, ry: half * bulge, startDeg: 0, sweepDeg: 180 * side, tiltDeg: chordDeg });
}

/** Concatenates paths drawn in one go, dropping the repeated point where one ends and the next begins. */
export function joined(...parts: Point[][]): Point[] {
  const out: Point[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    const first = part[0];
    const skip = last && first && distance(last, first) < 1e-6 ? 1 : 0;
    out.push(...part.slice(skip));
  }
  return out;
}

/** A tiny stroke where the pen barely moves: how a dot (an eye, a doorknob) looks in stroke data. */
export function dot(at: Point, length = 1.5, deg = 45): Point[] {
  return polyline([at, offset(at, direction(deg), length)], 0.5);
}

/**
 * Corners of a closed polygon, drawn from corners[0] round to corners[0] again, with the imperfect close of
 * a quick drawing: `closing` > 0 runs that many units past the start along the first edge, < 0 stops that
 * many units short of it.
 */
export function closedCorners(corners: Point[], closing: number): Point[] {
  const start = corners[0];
  const second = corners[1];
  const last = corners[corners.length - 1];
  if (!start || !second || !last) return corners.slice();
  if (closing >= 0) {
    const along = distance(start, second);
    return [...corners, start, lerp(start, second, Math.min(closing / Math.max(along, 1e-9), 0.4))];
  }
  const back = distance(last, start);
  return [...corners, lerp(start, last, Math.min(-closing / Math.max(back, 1e-9), 0.4))];
}
