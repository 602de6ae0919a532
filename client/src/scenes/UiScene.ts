import Phaser from 'phaser';
import { app } from '../app-context';
import { onLangChange } from '../i18n/index';
import type { AppState } from '../state/app-state';
import { h } from '../ui/dom';
import { drawBackdrop } from './backdrop';

/**
 * Base of every screen: Phaser draws the backdrop and visuals, a DOM <main> holds the text and controls.
 * The DOM part is built by render(), rebuilt when the language changes, and removed on shutdown.
 */
export abstract class UiScene extends Phaser.Scene {
  protected root!: HTMLElement;
  private cleanups: (() => void)[] = [];

  constructor(readonly screenKey: string) {
    super({ key: screenKey });
  }

  create(): void {
    this.cleanups = [];
    drawBackdrop(this);
    this.root = h('main', { className: `screen screen-${this.screenKey}`, 'data-screen': this.screenKey });
    uiLayer().appendChild(this.root);
    this.render();
    focusFirst(this.root);
    this.cleanups.push(app().store.subscribe((state, previous) => this.onState(state, previous)));
    this.cleanups.push(onLangChange(() => this.rerender()));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.teardown());
    this.createVisuals();
  }

  /** Fill this.root from the current state. */
  protected abstract render(): void;

  /** Phaser-side visuals beyond the shared backdrop (confetti, pulses…). */
  protected createVisuals(): void {}

  /** Default: rebuild on any state change. Scenes with live parts override this and patch instead. */
  protected onState(_state: AppState, _previous: AppState): void {
    this.rerender();
  }

  /** Rebuild the DOM, keeping keyboard focus on the same control (by data-testid) so typing is not lost. */
  protected rerender(): void {
    const active = document.activeElement as HTMLElement | null;
    const focusKey = active && this.root.contains(active) ? active.dataset.testid : undefined;
    this.root.replaceChildren();
    this.render();
    if (focusKey) this.root.querySelector<HTMLElement>(`[data-testid="${focusKey}"]`)?.focus();
  }

  /** Run fn when the scene shuts down (timers, listeners, tensors). */
  protected onTeardown(fn: () => void): void {
    this.cleanups.push(fn);
  }

  private teardown(): void {
    for (const fn of this.cleanups.splice(0)) fn();
    this.root.remove();
  }

  protected get state(): AppState {
    return app().store.state;
  }
}

export function uiLayer(): HTMLElement {
  const el = document.getElementById('screens');
  if (!el) throw new Error('#screens missing from index.html');
  return el;
}

/** New screen: move focus to its autofocus control or heading, so keyboard and screen-reader users follow. */
function focusFirst(root: HTMLElement): void {
  const target = root.querySelector<HTMLElement>('[data-autofocus]') ?? root.querySelector<HTMLElement>('h1, h2');
  if (!target) return;
  if (!target.hasAttribute('tabindex') && /^H\d$/.test(target.tagName)) target.tabIndex = -1;
  target.focus({ preventScroll: true });
}
