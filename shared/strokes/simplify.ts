/**
 * Stroke simplification: Ramer-Douglas-Peucker, and the preprocessing Quick, Draw! applied to its raw
 * data to make the "simplified" files, so that a live drawing looks like the data a sketch model was
 * trained on.
 */
import { drawingBounds } from './rasterize.js';
import type { Drawing, Point, Stroke } from './types.js';

/** Quick, Draw! simplified drawings span 0..QUICKDRAW_EXTENT on their longer side. */
export const QUICKDRAW_EXTENT = 255;

/** Distance from p to the segment a-b (not the infinite line, so a closed stroke with a == b still works). */
function distanceToSegment(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * Ramer-Douglas-Peucker: drops every point within epsilon of the simplified polyline; the first and last
 * points are always kept. Uses an explicit stack, since resampled strokes can be thousands of points long.
 */
export function simplifyStroke(stroke: Stroke, epsilon: number): Stroke {
  if (stroke.length <= 2) return stroke.map(([x, y]): Point => [x, y]);
  const keep = new Array<boolean>(stroke.length).fill(false);
  keep[0] = true;
  keep[stroke.length - 1] = true;
  const ranges: Array<[number, number]> = [[0, stroke.length - 1]];
  for (let range = ranges.pop(); range; range = ranges.pop()) {
    const [first, last] = range;
    let farthest = -1;
    let farthestDistance = epsilon;
    for (let i = first + 1; i < last; i++) {
      const distance = distanceToSegment(stroke[i] as Point, stroke[first] as Point, stroke[last] as Point);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = true;
    ranges.push([first, farthest], [farthest, last]);
  }
  return stroke.filter((_, i) => keep[i]).map(([x, y]): Point => [x, y]);
}

/** RDP on every stroke; 2.0 is the epsilon Quick, Draw! used. */
export function simplifyDrawing(drawing: Drawing, epsilon = 2.0): Drawing {
  return drawing.map((stroke) => simplifyStroke(stroke, epsilon));
}

/**
 * Points along the stroke no more than `spacing` apart: each segment is split into equal steps, and the
 * original vertices stay, so corners and the drawing's extreme points survive resampling.
 */
export function resampleStroke(stroke: Stroke, spacing = 1): Stroke {
  const first = stroke[0];
  if (!first) return [];
  const out: Stroke = [[first[0], first[1]]];
  for (let i = 1; i < stroke.length; i++) {
    const [ax, ay] = stroke[i - 1] as Point;
    const [bx, by] = stroke[i] as Point;
    const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / spacing));
    for (let k = 1; k <= steps; k++) out.push([ax + ((bx - ax) * k) / steps, ay + ((by - ay) * k) / steps]);
  }
  return out;
}

/**
 * Moves the drawing's top-left corner to (0, 0) and scales it uniformly so its longer side is `extent`.
 * A drawing with zero extent (a single dot) is only moved, as there is no size to scale.
 */
export function alignAndScale(drawing: Drawing, extent = QUICKDRAW_EXTENT): Drawing {
  const bounds = drawingBounds(drawing);
  if (!bounds) return drawing.map(() => []);
  const size = Math.max(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY);
  const scale = size === 0 ? 1 : extent / size;
  return drawing.map((stroke) =>
    stroke.map(([x, y]): Point => [(x - bounds.minX) * scale, (y - bounds.minY) * scale]),
  );
}

/**
 * Quick, Draw!'s raw -> simplified preprocessing: align to the top-left, scale so the longer side is 255,
 * resample with 1-pixel spacing, then RDP with epsilon 2.0.
 *
 * Two finishing steps make the output look like the published simplified files: RDP can drop an extreme
 * point that lies within epsilon of its neighbours' segment, so the result is aligned and scaled once more
 * (a rescale of under 2%, as at most epsilon goes off each end) to keep the longer side exactly 255; then coordinates are rounded,
 * since those files hold integers. Empty strokes are dropped.
 */
export function quickDrawSimplify(drawing: Drawing): Drawing {
  const scaled = alignAndScale(drawing.filter((stroke) => stroke.length > 0));
  const simplified = simplifyDrawing(scaled.map((stroke) => resampleStroke(stroke, 1)), 2.0);
  return alignAndScale(simplified).map((stroke) =>
    stroke.map(([x, y]): Point => [Math.round(x), Math.round(y)]),
  );
}
