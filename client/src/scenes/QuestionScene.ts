import Phaser from 'phaser';
import { t } from '../i18n/index';
import { roundUiFor } from '../rounds/registry';
import type { QuestionUi } from '../rounds/round-ui';
import type { AppState } from '../state/app-state';
import { fill, h } from '../ui/dom';
import { gameHeader } from '../ui/game-header';
import { hostControls } from '../ui/host-controls';
import { GameScene } from './GameScene';

/**
 * A question in progress. The round kind's UI (rounds/<kind>) owns the body and is patched on every state
 * change rather than rebuilt, so a drawing in progress or the frame on screen is never lost.
 */
export class QuestionScene extends GameScene {
  private body: QuestionUi | null = null;
  private header: ReturnType<typeof gameHeader> | null = null;
  private controlsBox: HTMLElement | null = null;
  private questionId: string | null = null;
  private pausedShown: boolean | null = null;

  constructor() {
    super('Question');
  }

  protected render(): void {
    this.body?.dispose();
    this.body = null;
    const state = this.state;
    const entry = state.view?.round?.entry;
    this.questionId = state.question?.id ?? null;
    this.header = gameHeader(state);
    this.controlsBox = state.session?.role === 'host' ? h('div', {}, hostControls(state)) : null;
    this.pausedShown = state.view?.paused ?? false;
    if (!entry || !state.question) {
      fill(this.root, this.header.el, h('p', { className: 'lead center', role: 'status', text: t('intro.ready') }), this.controlsBox);
      return;
    }
    this.body = roundUiFor(entry).question(state);
    fill(this.root, this.header.el, this.body.el, this.controlsBox);
  }

  override create(): void {
    super.create();
    // The countdown ticks locally between server views; 4 Hz is plenty for whole seconds.
    const timer = this.time.addEvent({ delay: 250, loop: true, callback: () => this.header?.tick(this.state) });
    this.onTeardown(() => {
      timer.remove();
      this.body?.dispose();
      this.body = null;
    });
  }

  protected override onState(state: AppState, previous: AppState): void {
    if ((state.question?.id ?? null) !== this.questionId) return this.rerender();
    const paused = state.view?.paused ?? false;
    if (paused !== this.pausedShown || state.view?.phase !== previous.view?.phase) {
      this.pausedShown = paused;
      this.controlsBox?.replaceChildren(hostControls(state));
    }
    if (state.view?.phase !== previous.view?.phase && this.header) {
      // question -> vote: the header's countdown and count now belong to the vote.
      const header = gameHeader(state);
      this.header.el.replaceWith(header.el);
      this.header = header;
    }
    this.header?.tick(state);
    this.body?.update(state);
  }

  protected override onKey(event: KeyboardEvent): boolean {
    return this.body?.onKey?.(event) ?? false;
  }

  protected override createVisuals(): void {
    // A thin pulse along the top edge while the clock runs: motion that says "live" without words.
    const bar = this.add.rectangle(0, 0, this.scale.width, 4, 0x4fd8ff).setOrigin(0, 0).setAlpha(0.8);
    this.tweens.add({ targets: bar, alpha: 0.2, duration: 900, yoyo: true, repeat: -1, ease: Phaser.Math.Easing.Sine.InOut });
  }
}
