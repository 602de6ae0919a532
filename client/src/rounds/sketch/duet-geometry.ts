/**
 * The arithmetic behind drawing a duet on a canvas: where its ink is, how to fit it into a box, and which
 * part of each AI stroke is visible while it animates in. Pure and DOM-free so it is unit-tested in Node.
 */
import { DRAW_SPACE, type Point } from '../../../../shared/strokes/types';
import { drawingBounds } from '../../../../shared/strokes/rasterize';

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** One stroke of a duet, by whom. */
export interface DuetStroke {
  by: 'player' | 'ai';
  stroke: readonly Point[];
}

/** A duet as one list: the opening (player) then the completion (AI). */
export function duetStrokes(opening: readonly (readonly Point[])[], completion: readonly (readonly Point[])[]): DuetStroke[] {
  return [...opening.map((stroke) => ({ by: 'player' as const, stroke })), ...completion.map((stroke) => ({ by: 'ai' as const, stroke }))];
}

/** Draw space -> canvas pixels: px = x * scale + offsetX. */
export interface Fit {
  scale: number;
  offsetX: number;
  offsetY: number;
}

/** The drawing pad's square: a duet being drawn live is framed by it, so the view does not jump as ink arrives. */
export const PAD_BOUNDS: Bounds = { minX: 0, minY: 0, maxX: DRAW_SPACE, maxY: DRAW_SPACE };

/**
 * A tiny scribble is not blown up to fill a thumbnail: whatever is drawn is framed as if it spanned at least
 * this many draw-space units (a fifth of the pad).
 */
export const MIN_EXTENT = 52;

/** Inclusive bounds of every point, or null when there are none. */
export const strokesBounds: (strokes: readonly (readonly Point[])[]) => Bounds | null = drawingBounds;

export function unionBounds(a: Bounds | null, b: Bounds | null): Bounds | null {
  if (!a) return b;
  if (!b) return a;
  return { minX: Math.min(a.minX, b.minX), minY: Math.min(a.minY, b.minY), maxX: Math.max(a.maxX, b.maxX), maxY: Math.max(a.maxY, b.maxY) };
}

/**
 * Scales `bounds` (keeping its aspect ratio) to the largest size that fits `width` x `height` less `padding`
 * on every side, centred. Empty bounds frame the pad.
 */
export function fitToBox(bounds: Bounds | null, width: number, height: number, padding = 0, minExtent = MIN_EXTENT): Fit {
  const b = bounds ?? PAD_BOUNDS;
  const w = Math.max(b.maxX - b.minX, minExtent);
  const h = Math.max(b.maxY - b.minY, minExtent);
  const scale = Math.max(0, Math.min((width - 2 * padding) / w, (height - 2 * padding) / h));
  return {
    scale,
    offsetX: width / 2 - ((b.minX + b.maxX) / 2) * scale,
    offsetY: height / 2 - ((b.minY + b.maxY) / 2) * scale,
  };
}

export function applyFit(fit: Fit, [x, y]: Point): Point {
  return [x * fit.scale + fit.offsetX, y * fit.scale + fit.offsetY];
}

/**
 * When each stroke starts animating. Strokes animate one after another, each over `durationMs`, starting
 * when it arrived or when the one before finished, whichever is later; strokes marked instant (the
 * player's own ink) are complete at once. Existing start times never change, so an animation in progress
 * carries on smoothly as more strokes stream in.
 */
export function extendSchedule(starts: readonly number[], instant: readonly boolean[], now: number, durationMs: number): number[] {
  const next = starts.slice(0, instant.length);
  for (let i = next.length; i < instant.length; i++) {
    const previousEnd = i > 0 ? next[i - 1]! + durationMs : -Infinity;
    next.push(instant[i] ? now - durationMs : Math.max(now, previousEnd));
  }
  return next;
}

/** 0 before a stroke starts, 1 once it is fully drawn. */
export function strokeProgress(start: number, now: number, durationMs: number): number {
  if (durationMs <= 0) return now >= start ? 1 : 0;
  return Math.min(1, Math.max(0, (now - start) / durationMs));
}

/**
 * The first `progress` (0..1) of a stroke by length, its end interpolated inside the last segment, so a
 * pen moves along the line at an even speed whatever the spacing of the points. A single point appears
 * as soon as progress is above 0.
 */
export function partialStroke(stroke: readonly Point[], progress: number): Point[] {
  if (progress <= 0 || stroke.length === 0) return [];
  if (progress >= 1 || stroke.length === 1) return stroke.map((p) => [p[0], p[1]] as Point);
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < stroke.length; i++) {
    const d = Math.hypot(stroke[i]![0] - stroke[i - 1]![0], stroke[i]![1] - stroke[i - 1]![1]);
    lengths.push(d);
    total += d;
  }
  if (total === 0) return [[stroke[0]![0], stroke[0]![1]]];
  let remaining = progress * total;
  const out: Point[] = [[stroke[0]![0], stroke[0]![1]]];
  for (let i = 1; i < stroke.length; i++) {
    const d = lengths[i - 1]!;
    const [ax, ay] = stroke[i - 1]!;
    const [bx, by] = stroke[i]!;
    if (remaining >= d) {
      out.push([bx, by]);
      remaining -= d;
      continue;
    }
    // Exactly at a point: nothing of the next segment is drawn yet.
    if (remaining > 0) out.push([ax + (bx - ax) * (remaining / d), ay + (by - ay) * (remaining / d)]);
    break;
  }
  return out;
}

/**
 * Whether `list` is `shown` with strokes added at the end (so only the new ones need drawing). Strokes are
 * compared by author, length and first point: a streamed stroke and the same stroke from the judgement are
 * equal copies, and a different duet differs in its first stroke.
 */
export function continuesDuet(list: readonly DuetStroke[], shown: readonly DuetStroke[]): boolean {
  if (list.length < shown.length) return false;
  return shown.every((s, i) => {
    const other = list[i]!;
    const a = s.stroke[0];
    const b = other.stroke[0];
    return s.by === other.by && s.stroke.length === other.stroke.length && a?.[0] === b?.[0] && a?.[1] === b?.[1];
  });
}
