import Phaser from 'phaser';
import { t } from '../i18n/index';
import { roundUiFor } from '../rounds/registry';
import type { AppState } from '../state/app-state';
import { fill, h } from '../ui/dom';
import { hostControls } from '../ui/host-controls';
import { nextIn } from '../ui/next-in';
import { GameScene } from './GameScene';

/** The round's title card: what it is and how to play, on every screen. */
export class IntroScene extends GameScene {
  constructor() {
    super('Intro');
  }

  protected render(): void {
    const state = this.state;
    const round = state.view?.round;
    if (!round) {
      fill(this.root, h('h1', { className: 'center', text: t('intro.ready') }));
      return;
    }
    const card = roundUiFor(round.entry).intro(round.entry);
    fill(this.root, 
      h(
        'section',
        { className: 'card intro-card stack center', 'data-testid': 'intro-card' },
        h('p', { className: 'pill', text: t('intro.round', { n: round.index + 1, count: round.count }) }),
        h('h1', { className: 'intro-title', text: card.title }),
        h('h2', { className: 'intro-subtitle', text: card.subtitle }),
        h('p', { className: 'lead', text: card.how }),
        h('ul', { className: 'facts' }, ...card.facts.map((f) => h('li', { text: f }))),
        h('p', { className: 'ready', text: t('intro.ready') }),
        nextIn(state),
      ),
      state.session?.role === 'host' ? hostControls(state) : null,
    );
  }

  protected override onState(state: AppState, previous: AppState): void {
    if (state.view?.paused !== previous.view?.paused || state.view?.round?.index !== previous.view?.round?.index) this.rerender();
  }

  protected override createVisuals(): void {
    // A burst of digits from the centre: the arcade "get ready" moment, behind the card and gone in a second.
    const { width, height } = this.scale;
    for (let i = 0; i < 24; i++) {
      const glyph = this.add
        .text(width / 2, height / 2, String(i % 10), { fontFamily: 'monospace', fontSize: '40px', color: i % 2 ? '#ff4fa3' : '#ffd84f' })
        .setOrigin(0.5);
      const angle = (i / 24) * Math.PI * 2;
      this.tweens.add({
        targets: glyph,
        x: width / 2 + Math.cos(angle) * width * 0.6,
        y: height / 2 + Math.sin(angle) * height * 0.6,
        alpha: 0,
        scale: 2,
        duration: 1400,
        ease: Phaser.Math.Easing.Cubic.Out,
        onComplete: () => glyph.destroy(),
      });
    }
  }
}
