/**
 * A duet on a canvas: the player's opening in white, the AI's strokes in pink, fitted to a square box.
 * Used for the player's own duet, the host's live grid, the vote gallery and the reveal. The AI's strokes
 * can animate in, one after another, so people watch the AI draw instead of seeing it appear at once.
 *
 * The backing store has a fixed size (CSS scales it), so no resize observer is needed and a canvas that is
 * simply dropped from the page leaves nothing running.
 */
import type { Point } from '../../../../shared/strokes/types';
import { h } from '../../ui/dom';
import {
  continuesDuet,
  extendSchedule,
  fitToBox,
  partialStroke,
  PAD_BOUNDS,
  strokeProgress,
  strokesBounds,
  unionBounds,
  type DuetStroke,
  type Fit,
} from './duet-geometry';

export type { DuetStroke };
export { duetStrokes } from './duet-geometry';

/** Colours as CSS too (styles.css .legend-*): player ink like the pad's, the AI in the arcade's pink. */
export const DUET_COLOURS = { player: '#f4f6ff', ai: '#ff4fa3' } as const;
/** How long one AI stroke takes to draw: quick enough for a 10-stroke completion to finish in ~3 s. */
export const STROKE_MS = 300;

export interface DuetCanvasOptions {
  /** Backing-store side in CSS pixels (the displayed size comes from CSS). */
  resolution: number;
  /** 'pad': frame the drawing pad (live, so nothing jumps); 'ink': frame the ink itself (thumbnails). */
  frame: 'pad' | 'ink';
  animate: boolean;
  label: string;
  className?: string;
  testid?: string;
  /** Called when the last animating stroke is complete. */
  onSettled?: () => void;
}

/** Pen width in canvas pixels: marker-like, never a hairline, never a blob in a small thumbnail. */
function penWidth(fit: Fit, side: number): number {
  return Math.min(Math.max(5 * fit.scale, side / 160), side / 28);
}

export function paintStroke(ctx: CanvasRenderingContext2D, stroke: readonly Point[], fit: Fit, width: number): void {
  const [first, ...rest] = stroke;
  if (!first) return;
  const x = (p: Point) => p[0] * fit.scale + fit.offsetX;
  const y = (p: Point) => p[1] * fit.scale + fit.offsetY;
  if (rest.length === 0) {
    ctx.beginPath();
    ctx.arc(x(first), y(first), width / 2, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  ctx.beginPath();
  ctx.moveTo(x(first), y(first));
  for (const p of rest) ctx.lineTo(x(p), y(p));
  ctx.stroke();
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export class DuetCanvas {
  readonly el: HTMLCanvasElement;
  private strokes: DuetStroke[] = [];
  private starts: number[] = [];
  private frameRequest: number | null = null;
  private readonly animate: boolean;
  private readonly side: number;

  constructor(private readonly options: DuetCanvasOptions) {
    this.animate = options.animate && !prefersReducedMotion();
    const ratio = Math.min(2, typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1);
    this.side = Math.round(options.resolution * ratio);
    this.el = h('canvas', {
      className: `duet-canvas ${options.className ?? ''}`,
      role: 'img',
      'aria-label': options.label,
      width: this.side,
      height: this.side,
      'data-testid': options.testid,
    });
    this.paint();
  }

  /** Shows these strokes; ones not seen before animate in (the AI's) or appear at once (the player's). */
  set(strokes: readonly (DuetStroke | null | undefined)[]): void {
    const list = strokes.filter((s): s is DuetStroke => !!s);
    // A different duet (or a shorter one) starts over; a longer one only schedules what is new.
    if (!continuesDuet(list, this.strokes)) {
      this.strokes = [];
      this.starts = [];
    } else if (list.length === this.strokes.length) {
      return;
    }
    this.strokes = list;
    this.starts = extendSchedule(this.starts, list.map((s) => !this.animate || s.by === 'player'), performance.now(), STROKE_MS);
    this.paint();
  }

  /** True while a stroke is still being drawn. */
  get animating(): boolean {
    return performance.now() < this.doneAt;
  }

  /** When the last stroke is (or was) complete, on performance.now()'s clock; -Infinity with no strokes. */
  get doneAt(): number {
    const last = this.starts.at(-1);
    return last === undefined ? -Infinity : last + STROKE_MS;
  }

  dispose(): void {
    if (this.frameRequest !== null) cancelAnimationFrame(this.frameRequest);
    this.frameRequest = null;
  }

  private paint(): void {
    this.frameRequest = null;
    const ctx = this.el.getContext('2d');
    if (!ctx) return;
    const side = this.side;
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, side, side);
    // Framed by every stroke known, drawn or not yet, so the picture keeps still while the AI draws.
    const ink = strokesBounds(this.strokes.map((s) => s.stroke));
    const fit =
      this.options.frame === 'pad' ? fitToBox(unionBounds(PAD_BOUNDS, ink), side, side, side * 0.02) : fitToBox(ink, side, side, side * 0.08);
    const width = penWidth(fit, side);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.lineWidth = width;
    const now = performance.now();
    let moving = false;
    this.strokes.forEach(({ by, stroke }, i) => {
      const progress = strokeProgress(this.starts[i] ?? 0, now, STROKE_MS);
      if (progress < 1) moving = true;
      const visible = partialStroke(stroke, progress);
      ctx.strokeStyle = DUET_COLOURS[by];
      ctx.fillStyle = DUET_COLOURS[by];
      paintStroke(ctx, visible, fit, width);
      const tip = visible.at(-1);
      if (progress > 0 && progress < 1 && tip) {
        // The AI's pen tip, so the eye finds where it is drawing.
        ctx.beginPath();
        ctx.arc(tip[0] * fit.scale + fit.offsetX, tip[1] * fit.scale + fit.offsetY, width * 0.9, 0, Math.PI * 2);
        ctx.fill();
      }
    });
    if (moving) this.frameRequest = requestAnimationFrame(() => this.paint());
    else if (this.animate && this.strokes.some((s) => s.by === 'ai')) this.options.onSettled?.();
  }
}

/** Which colour is whose, next to any duet. */
export function duetLegend(playerLabel: string, aiLabel: string): HTMLElement {
  return h(
    'p',
    { className: 'duet-legend' },
    h('span', { className: 'legend-swatch legend-player', 'aria-hidden': 'true' }),
    playerLabel,
    h('span', { className: 'legend-swatch legend-ai', 'aria-hidden': 'true' }),
    aiLabel,
  );
}
