import { roundUiFor } from '../rounds/registry';
import type { AppState } from '../state/app-state';
import { fill } from '../ui/dom';
import { gameHeader } from '../ui/game-header';
import { hostControls } from '../ui/host-controls';
import { nextIn } from '../ui/next-in';
import { GameScene } from './GameScene';

/** After a question: the answer and what the AI made of it (the round kind draws the body). */
export class RevealScene extends GameScene {
  constructor() {
    super('Reveal');
  }

  protected render(): void {
    const state = this.state;
    const entry = state.view?.round?.entry;
    if (!entry || !state.reveal) return;
    fill(this.root, 
      gameHeader(state).el,
      roundUiFor(entry).reveal(state),
      nextIn(state),
      state.session?.role === 'host' ? hostControls(state) : null,
    );
  }

  protected override onState(state: AppState, previous: AppState): void {
    if (state.reveal !== previous.reveal || state.view?.paused !== previous.view?.paused) this.rerender();
  }
}
