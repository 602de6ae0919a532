/** A tiny observable holder for AppState: one writer (the controller), many readers (scenes, overlays). */
import type { AppState } from './app-state';

export type Listener = (state: AppState, previous: AppState) => void;

export class Store {
  private listeners = new Set<Listener>();

  constructor(private current: AppState) {}

  get state(): AppState {
    return this.current;
  }

  update(patch: Partial<AppState> | ((s: AppState) => Partial<AppState>)): void {
    const previous = this.current;
    const changes = typeof patch === 'function' ? patch(previous) : patch;
    this.current = { ...previous, ...changes };
    for (const listener of [...this.listeners]) listener(this.current, previous);
  }

  /** @returns an unsubscribe function (scenes call it on shutdown) */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
