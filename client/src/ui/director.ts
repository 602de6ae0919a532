import type Phaser from 'phaser';
import { screenFor, type ScreenKey } from '../state/app-state';
import type { Store } from '../state/store';

/**
 * Shows exactly one screen: the scene that screenFor(state) names. Scenes do not start each other, so
 * a refresh, a reconnect or a late event always lands on the screen the state says.
 */
export function startDirector(game: Phaser.Game, store: Store): void {
  let current: ScreenKey | null = null;
  const show = () => {
    document.body.classList.toggle('is-host', store.state.session?.role === 'host');
    const next = screenFor(store.state);
    if (next === current) return;
    if (current) game.scene.stop(current);
    current = next;
    game.scene.start(next);
    document.body.dataset.screen = next;
    window.scrollTo(0, 0);
  };
  store.subscribe(show);
  show();
}
