/**
 * The digits round's DrawPad with Sketch Duet's extras around it, without changing it: limited ink (the pad
 * stops taking strokes when it is used up), undo, and a "ghost" layer for the AI's hint.
 *
 * The ghost is a transparent canvas over the pad that ignores the pointer; `mix-blend-mode: lighten` (in CSS)
 * makes the white ink win wherever the two meet, so the faint dashed hint reads as lying under the ink.
 * Undo rebuilds the DrawPad from the drawing minus its last stroke (DrawPad replays an initial drawing),
 * which keeps DrawPad's pointer, touch and keyboard handling in one place.
 */
import { DRAW_SPACE, type Drawing } from '../../../../shared/strokes/types';
import { h } from '../../ui/dom';
import { DrawPad } from '../digits/DrawPad';
import { DUET_COLOURS, paintStroke } from './duet-canvas';
import { isOutOfInk } from './ink';

/** A finer pen than the digit pad's marker: sketches have details (eyes, whiskers) a marker would blot out. */
const SKETCH_PEN_UNITS = 6;

/** The ghost's backing store; CSS scales it over the pad. */
const GHOST_RESOLUTION = 512;
/** Thinner than the pad's 14-unit marker, so the hint never looks like the player's own ink. */
const GHOST_PEN_UNITS = 5;

export class InkPad {
  readonly el: HTMLElement;
  private pad: DrawPad;
  private readonly ghost = h('canvas', { className: 'ghost-layer', width: GHOST_RESOLUTION, height: GHOST_RESOLUTION, 'aria-hidden': 'true', 'data-testid': 'ghost-layer' });
  private enabled = true;

  constructor(
    private readonly label: string,
    private readonly inkStrokes: number,
    private readonly onChange: (drawing: Drawing, final: boolean) => void,
    private readonly onPadKey: (event: KeyboardEvent) => void,
    initial: Drawing = [],
  ) {
    this.pad = this.createPad(initial);
    this.el = h('div', { className: 'ink-pad' }, this.pad.el, this.ghost);
    this.applyEnabled();
  }

  get drawing(): Drawing {
    return this.pad.drawing;
  }

  get padElement(): HTMLElement {
    return this.pad.el;
  }

  /** Blocked from outside (sending, paused); out of ink blocks it too. */
  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    this.applyEnabled();
  }

  undo(): void {
    const drawing = this.pad.drawing;
    if (drawing.length === 0 || !this.enabled) return;
    this.rebuild(drawing.slice(0, -1));
  }

  clear(): void {
    if (!this.enabled) return;
    this.rebuild([]);
  }

  /** The AI's hint in draw space, or null to hide it. */
  setGhost(drawing: Drawing | null): void {
    const ctx = this.ghost.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, GHOST_RESOLUTION, GHOST_RESOLUTION);
    if (!drawing) return;
    const scale = GHOST_RESOLUTION / DRAW_SPACE;
    const width = GHOST_PEN_UNITS * scale;
    ctx.globalAlpha = 0.6;
    ctx.strokeStyle = DUET_COLOURS.ai;
    ctx.fillStyle = DUET_COLOURS.ai;
    ctx.lineWidth = width;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.setLineDash([width * 1.2, width * 1.6]);
    for (const stroke of drawing) paintStroke(ctx, stroke, { scale, offsetX: 0, offsetY: 0 }, width);
  }

  dispose(): void {
    this.pad.dispose();
  }

  private createPad(initial: Drawing): DrawPad {
    const pad = new DrawPad(
      this.label,
      (drawing, final) => {
        if (final) this.applyEnabled();
        this.onChange(drawing, final);
      },
      initial,
      SKETCH_PEN_UNITS,
    );
    pad.el.addEventListener('keydown', (e) => this.onPadKey(e));
    return pad;
  }

  private rebuild(initial: Drawing): void {
    const hadFocus = document.activeElement === this.pad.el;
    const next = this.createPad(initial);
    this.pad.dispose();
    this.pad.el.replaceWith(next.el);
    this.pad = next;
    this.applyEnabled();
    if (hadFocus) next.el.focus({ preventScroll: true });
    this.onChange(next.drawing, true);
  }

  private applyEnabled(): void {
    const out = isOutOfInk(this.pad.drawing.length, this.inkStrokes);
    this.pad.setEnabled(this.enabled && !out);
    // Out of ink is not an error: the pad keeps its full brightness (see .ink-pad.is-out-of-ink in CSS).
    this.el?.classList.toggle('is-out-of-ink', out && this.enabled);
  }
}
