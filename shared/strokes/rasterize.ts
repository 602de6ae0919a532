/**
 * A small anti-aliased polyline rasteriser in pure TypeScript (no canvas), so the server, the browser and
 * tests turn strokes into pixels identically.
 *
 * Each output pixel is split into supersample x supersample sub-pixels; a sub-pixel is inked when its
 * centre lies within penWidth / 2 of any stroke segment (round caps and joins), and a pixel's value is the
 * inked fraction (area coverage, 0..1).
 */
import type { Drawing, Point } from './types.js';

export interface RasterTransform {
  /** Output size in pixels. */
  width: number;
  height: number;
  /** Draw space -> pixel coordinates: px = x * scale + offsetX (pixel (0,0) covers [0,1) x [0,1)). */
  scale: number;
  offsetX: number;
  offsetY: number;
  /** Pen diameter in output pixels. */
  penWidth: number;
  /** Sub-pixels per pixel side for anti-aliasing. Default 4 (16 samples per pixel). */
  supersample?: number;
}

/** Inclusive bounds of all points, or null for a drawing with no points. */
export function drawingBounds(drawing: ReadonlyArray<ReadonlyArray<Readonly<Point>>>): { minX: number; minY: number; maxX: number; maxY: number } | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const stroke of drawing) {
    for (const [x, y] of stroke) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  return minX === Infinity ? null : { minX, minY, maxX, maxY };
}

/** Coverage image, row-major, width * height values in 0..1 (1 = ink). */
export function rasterizePolylines(drawing: Drawing, t: RasterTransform): Float32Array {
  const ss = Math.max(1, Math.round(t.supersample ?? 4));
  const hiW = t.width * ss;
  const hiH = t.height * ss;
  const hits = new Uint8Array(hiW * hiH);
  const radius = (t.penWidth / 2) * ss; // in sub-pixel units
  const toHi = ([x, y]: Point): Point => [(x * t.scale + t.offsetX) * ss, (y * t.scale + t.offsetY) * ss];
  for (const stroke of drawing) {
    if (stroke.length === 0) continue;
    // A one-point stroke is a dot: a zero-length segment.
    const points = stroke.length === 1 ? [stroke[0]!, stroke[0]!] : stroke;
    for (let i = 1; i < points.length; i++) {
      stampSegment(hits, hiW, hiH, toHi(points[i - 1]!), toHi(points[i]!), radius);
    }
  }
  return downsample(hits, t.width, t.height, ss);
}

/** Marks every sub-pixel whose centre is within `radius` of segment a-b. */
function stampSegment(hits: Uint8Array, w: number, h: number, a: Point, b: Point, radius: number): void {
  const [ax, ay] = a;
  const [bx, by] = b;
  const x0 = Math.max(0, Math.floor(Math.min(ax, bx) - radius));
  const x1 = Math.min(w - 1, Math.ceil(Math.max(ax, bx) + radius));
  const y0 = Math.max(0, Math.floor(Math.min(ay, by) - radius));
  const y1 = Math.min(h - 1, Math.ceil(Math.max(ay, by) + radius));
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSq = dx * dx + dy * dy;
  const r2 = radius * radius;
  for (let y = y0; y <= y1; y++) {
    const py = y + 0.5;
    for (let x = x0; x <= x1; x++) {
      const px = x + 0.5;
      // Closest point on the segment, clamped to its ends.
      const u = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSq));
      const ex = px - (ax + u * dx);
      const ey = py - (ay + u * dy);
      if (ex * ex + ey * ey <= r2) hits[y * w + x] = 1;
    }
  }
}

function downsample(hits: Uint8Array, width: number, height: number, ss: number): Float32Array {
  const out = new Float32Array(width * height);
  const hiW = width * ss;
  const perPixel = ss * ss;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let count = 0;
      for (let sy = 0; sy < ss; sy++) {
        const row = (y * ss + sy) * hiW + x * ss;
        for (let sx = 0; sx < ss; sx++) count += hits[row + sx]!;
      }
      out[y * width + x] = count / perPixel;
    }
  }
  return out;
}
