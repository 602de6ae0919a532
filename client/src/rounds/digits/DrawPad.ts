/**
 * The drawing pad: a square canvas taking mouse, touch and pen through Pointer Events. `touch-action: none`
 * (in CSS) stops the phone from scrolling or zooming while a finger draws. Only the first pointer draws,
 * so a palm or a second finger does not scribble. Strokes are recorded in draw space (stroke-capture.ts).
 */
import { DRAW_SPACE, type Drawing, type Point } from '../../../../shared/strokes/types';
import { h } from '../../ui/dom';
import { StrokeRecorder, toDrawSpace } from './stroke-capture';

/** Pen width on screen, in draw-space units: bold like a marker, roughly what the model's input looks like. */
const PEN_UNITS = 14;
/** Keyboard pen: how far one arrow press moves it (Shift: three times as far). */
const KEY_STEP = 8;
const ARROWS: Record<string, Point> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

export class DrawPad {
  readonly el: HTMLCanvasElement;
  private readonly recorder = new StrokeRecorder();
  private pointerId: number | null = null;
  private enabled = true;
  private resizeObserver: ResizeObserver;
  /** The keyboard pen: where it is, and whether it is touching the paper. */
  private cursor: Point = [DRAW_SPACE / 2, DRAW_SPACE / 2];
  private keyPenDown = false;
  /** The pen ring is shown only to someone drawing with keys, not after every touch. */
  private keyboardInUse = false;

  constructor(
    label: string,
    private readonly onChange: (drawing: Drawing, final: boolean) => void,
    initial: Drawing = [],
    /** Pen width in draw-space units: a bold marker for digits, a finer pen for sketches. */
    private readonly penUnits = PEN_UNITS,
  ) {
    for (const [first, ...rest] of initial) {
      if (!first || !this.recorder.begin(first)) continue;
      for (const point of rest) this.recorder.extend(point);
      this.recorder.end();
    }
    this.el = h('canvas', { className: 'draw-pad', tabindex: 0, role: 'img', 'aria-label': label, 'data-testid': 'draw-pad' });
    this.el.addEventListener('pointerdown', (e) => this.down(e));
    this.el.addEventListener('pointermove', (e) => this.move(e));
    this.el.addEventListener('pointerup', (e) => this.up(e));
    this.el.addEventListener('pointercancel', (e) => this.up(e));
    this.el.addEventListener('lostpointercapture', (e) => this.up(e));
    // Drawing without a pointer: arrows move the pen, Space puts it down or lifts it.
    this.el.addEventListener('keydown', (e) => this.key(e));
    this.el.addEventListener('focus', () => this.redraw());
    this.el.addEventListener('blur', () => this.redraw());
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
    this.keyPenDown = false;
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
    this.keyboardInUse = false;
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

  private key(e: KeyboardEvent): void {
    if (!this.enabled || this.pointerId !== null) return;
    const arrow = ARROWS[e.key];
    if (arrow || e.key === ' ') this.keyboardInUse = true;
    if (arrow) {
      e.preventDefault();
      const step = e.shiftKey ? KEY_STEP * 3 : KEY_STEP;
      const clamp = (v: number) => Math.min(DRAW_SPACE, Math.max(0, v));
      this.cursor = [clamp(this.cursor[0] + arrow[0] * step), clamp(this.cursor[1] + arrow[1] * step)];
      if (this.keyPenDown && this.recorder.extend(this.cursor)) this.onChange(this.recorder.drawing, false);
      this.redraw();
    } else if (e.key === ' ') {
      e.preventDefault();
      if (this.keyPenDown) {
        this.recorder.end();
        this.keyPenDown = false;
        this.onChange(this.recorder.drawing, true);
      } else {
        this.keyPenDown = this.recorder.begin(this.cursor);
      }
      this.redraw();
    }
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
    ctx.lineWidth = this.penUnits * k;
    for (const stroke of this.recorder.drawing) {
      const [first, ...rest] = stroke;
      if (!first) continue;
      if (rest.length === 0) {
        ctx.beginPath();
        ctx.arc(first[0] * k, first[1] * k, (this.penUnits / 2) * k, 0, Math.PI * 2);
        ctx.fill();
        continue;
      }
      ctx.beginPath();
      ctx.moveTo(first[0] * k, first[1] * k);
      for (const [x, y] of rest) ctx.lineTo(x * k, y * k);
      ctx.stroke();
    }
    if (this.keyboardInUse && document.activeElement === this.el) this.drawKeyboardPen(ctx, k);
  }

  /** The keyboard pen, shown while the pad has focus: a ring when lifted, a filled dot when drawing. */
  private drawKeyboardPen(ctx: CanvasRenderingContext2D, k: number): void {
    const [x, y] = this.cursor;
    ctx.beginPath();
    ctx.arc(x * k, y * k, (this.penUnits / 2 + 3) * k, 0, Math.PI * 2);
    ctx.lineWidth = 2 * k;
    ctx.strokeStyle = '#ffd84f';
    ctx.stroke();
    if (this.keyPenDown) {
      ctx.fillStyle = '#ffd84f';
      ctx.fill();
    }
  }
}
