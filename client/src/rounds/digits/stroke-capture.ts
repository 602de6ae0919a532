/**
 * Turns pointer positions on the drawing pad into a drawing in draw space (see shared/strokes/types.ts).
 * Pure and DOM-free so it can be unit-tested in Node.
 *
 * Why simplify: a phone reports ~120 pointer events a second and most are a pixel apart. Points closer than
 * MIN_POINT_DISTANCE draw-space units to the last kept one add nothing to a 28x28 image but cost bandwidth
 * and count against STROKE_LIMITS, so they are dropped (the last point of a stroke is always kept).
 */
import { STROKE_LIMITS } from '../../../../shared/strokes/schema';
import { DRAW_SPACE, type Drawing, type Point, type Stroke } from '../../../../shared/strokes/types';

export const MIN_POINT_DISTANCE = 2;

export interface PadRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Client (CSS pixel) coordinates to draw space, clamped to the square, rounded to 0.1 unit. */
export function toDrawSpace(clientX: number, clientY: number, rect: PadRect): Point {
  const scale = (v: number, size: number) => {
    const unit = size > 0 ? (v / size) * DRAW_SPACE : 0;
    return Math.round(Math.min(DRAW_SPACE, Math.max(0, unit)) * 10) / 10;
  };
  return [scale(clientX - rect.left, rect.width), scale(clientY - rect.top, rect.height)];
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

function totalPoints(drawing: Drawing): number {
  return drawing.reduce((n, s) => n + s.length, 0);
}

/** Collects strokes while respecting STROKE_LIMITS; extra input past a limit is ignored, not an error. */
export class StrokeRecorder {
  private strokes: Drawing = [];
  private active: Stroke | null = null;
  /** The newest point seen in the active stroke, kept even when simplification dropped it. */
  private pending: Point | null = null;

  get drawing(): Drawing {
    return this.strokes.map((s) => s.map((p) => [p[0], p[1]] as Point));
  }

  get isEmpty(): boolean {
    return this.strokes.length === 0;
  }

  get isDrawing(): boolean {
    return this.active !== null;
  }

  /** True when a limit stopped accepting input (the pad can say "that's enough ink"). */
  get isFull(): boolean {
    return this.strokes.length >= STROKE_LIMITS.maxStrokes || totalPoints(this.strokes) >= STROKE_LIMITS.maxPointsTotal;
  }

  begin(point: Point): boolean {
    this.finishActive();
    if (this.isFull) return false;
    this.active = [point];
    this.pending = null;
    this.strokes.push(this.active);
    return true;
  }

  /** @returns whether the point was kept (so the caller knows whether to redraw) */
  extend(point: Point): boolean {
    const stroke = this.active;
    if (!stroke) return false;
    const last = stroke[stroke.length - 1]!;
    if (distance(last, point) < MIN_POINT_DISTANCE) {
      this.pending = point;
      return false;
    }
    if (!this.hasRoom(stroke)) return false;
    stroke.push(point);
    this.pending = null;
    return true;
  }

  end(): void {
    this.finishActive();
  }

  clear(): void {
    this.strokes = [];
    this.active = null;
    this.pending = null;
  }

  private hasRoom(stroke: Stroke): boolean {
    return stroke.length < STROKE_LIMITS.maxPointsPerStroke && totalPoints(this.strokes) < STROKE_LIMITS.maxPointsTotal;
  }

  /** Keep the true end of the stroke, even if it was within MIN_POINT_DISTANCE of the last kept point. */
  private finishActive(): void {
    const stroke = this.active;
    if (stroke && this.pending && this.hasRoom(stroke)) {
      const last = stroke[stroke.length - 1]!;
      if (last[0] !== this.pending[0] || last[1] !== this.pending[1]) stroke.push(this.pending);
    }
    this.active = null;
    this.pending = null;
  }
}
