/**
 * The drawing pad: a square canvas taking mouse, touch and pen through Pointer Events. `touch-action: none`
 * (in CSS) stops the phone from scrolling or zooming while a finger draws. Only the first pointer draws,
 * so a palm or a second finger does not scribble. Strokes are recorded in draw space (stroke-capture.ts).
 */
import { DRAW_SPACE, type Drawing } from '../../../../shared/strokes/types';
import { h } from '../../ui/dom';
import { StrokeRecorder, toDrawSpace } from './stroke-capture';

/** Pen width on screen, in draw-space units: bold like a marker, roughly what the model's input looks like. */
const PEN_UNITS = 14;

export class DrawPad {
  readonly el: HTMLCanvasElement;
  private readonly recorder = new StrokeRecorder();
  private pointerId: number | null = null;
  private enabled = true;
  private resizeObserver: ResizeObserver;

  constructor(
    label: string,
    private readonly onChange: (drawing: Drawing, final: boolean) => void,
  ) {
    this.el = h('canvas', { className: 'draw-pad', tabindex: 0, role: 'img', 'aria-label': label, 'data-testid': 'draw-pad' });
    this.el.addEventListener('pointerdown', (e) => this.down(e));
    this.el.addEventListener('pointermove', (e) => this.move(e));
    this.el.addEventListener('pointerup', (e) => this.up(e));
    this.el.addEventListener('pointercancel', (e) => this.up(e));
    this.el.addEventListener('lostpointercapture', (e) => this.up(e));
    // The backing store follows the displayed size and device pixel ratio, so lines stay crisp.
    this.resizeObserver = new ResizeObserver(() => this.redraw());
    this.resizeObserver.observe(this.el);
  }

  get drawing(): Drawing {
    return this.recorder.drawing;
  }

  get isEmpty(): boolean {
    return this.recorder.isEmpty;
  }

  get isFull(): boolean {
    return this.recorder.isFull;
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.el.classList.toggle('is-disabled', !enabled);
    if (!enabled) this.up();
  }

  clear(): void {
    this.recorder.clear();
    this.pointerId = null;
    this.redraw();
    this.onChange(this.recorder.drawing, true);
  }

  dispose(): void {
    this.resizeObserver.disconnect();
  }

  private point(e: PointerEvent) {
    return toDrawSpace(e.clientX, e.clientY, this.el.getBoundingClientRect());
  }

  private down(e: PointerEvent): void {
    if (!this.enabled || this.pointerId !== null || (e.pointerType === 'mouse' && e.button !== 0)) return;
    e.preventDefault();
    this.el.focus({ preventScroll: true });
    if (!this.recorder.begin(this.point(e))) return;
    this.pointerId = e.pointerId;
    this.el.setPointerCapture?.(e.pointerId);
    this.redraw();
  }

  private move(e: PointerEvent): void {
    if (e.pointerId !== this.pointerId) return;
    e.preventDefault();
    // Coalesced events recover the points a busy phone would otherwise skip between frames.
    const events = typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [];
    let changed = false;
    for (const ev of events.length > 0 ? events : [e]) changed = this.recorder.extend(this.point(ev)) || changed;
    if (changed) {
      this.redraw();
      this.onChange(this.recorder.drawing, false);
    }
  }

  private up(e?: PointerEvent): void {
    if (this.pointerId === null || (e && e.pointerId !== this.pointerId)) return;
    if (e && e.type === 'pointerup') this.recorder.extend(this.point(e));
    this.recorder.end();
    this.pointerId = null;
    this.redraw();
    this.onChange(this.recorder.drawing, true);
  }

  private redraw(): void {
    const rect = this.el.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    const size = Math.max(1, Math.round(rect.width * ratio));
    if (this.el.width !== size || this.el.height !== size) {
      this.el.width = size;
      this.el.height = size;
    }
    const ctx = this.el.getContext('2d');
    if (!ctx) return;
    const k = size / DRAW_SPACE;
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, size, size);
    ctx.strokeStyle = '#fff';
    ctx.fillStyle = '#fff';
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.lineWidth = PEN_UNITS * k;
    for (const stroke of this.recorder.drawing) {
      const [first, ...rest] = stroke;
      if (!first) continue;
      if (rest.length === 0) {
        ctx.beginPath();
        ctx.arc(first[0] * k, first[1] * k, (PEN_UNITS / 2) * k, 0, Math.PI * 2);
        ctx.fill();
        continue;
      }
      ctx.beginPath();
      ctx.moveTo(first[0] * k, first[1] * k);
      for (const [x, y] of rest) ctx.lineTo(x * k, y * k);
      ctx.stroke();
    }
  }
}
