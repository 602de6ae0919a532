/**
 * The app's singletons, created once in main.ts. Scenes import `app()` instead of receiving these through
 * Phaser's scene data, which would not survive a language re-render.
 */
import type { AppController } from './state/app-controller';
import type { Store } from './state/store';

export interface AppContext {
  store: Store;
  controller: AppController;
}

let context: AppContext | null = null;

export function setApp(next: AppContext): void {
  context = next;
}

export function app(): AppContext {
  if (!context) throw new Error('app context used before main.ts set it');
  return context;
}
