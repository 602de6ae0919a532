import Phaser from 'phaser';
import { app } from '../app-context';
import { t, type MessageKey } from '../i18n/index';
import type { AppState } from '../state/app-state';
import { button, fill, h } from '../ui/dom';
import { myPlayer, ranked } from '../ui/players';
import { UiScene } from './UiScene';
import { withIcon } from '../ui/icons';

const PLACES: MessageKey[] = ['podium.first', 'podium.second', 'podium.third'];

/** The end: top three with 1st/2nd/3rd written out, the results download for the teacher, confetti. */
export class PodiumScene extends UiScene {
  constructor() {
    super('Podium');
  }

  protected render(): void {
    const state = this.state;
    const view = state.view!;
    const session = state.session!;
    const rows = ranked(view.players);
    const me = myPlayer(state);
    const myRow = me ? rows.find((r) => r.player.id === me.id) : undefined;
    // Shown 2nd, 1st, 3rd so the winner stands in the middle, as on a real podium.
    const order = [1, 0, 2].filter((i) => rows[i]);
    const podium = h(
      'ol',
      { className: 'podium', 'data-testid': 'podium' },
      ...order.map((i) => {
        const { player, rank } = rows[i]!;
        const place = Math.min(rank, 3) - 1;
        return h(
          'li',
          { className: `podium-step place-${place + 1}`, value: rank },
          h('span', { className: `podium-medal medal-${place + 1}`, 'aria-hidden': 'true', text: String(place + 1) }),
          h('span', { className: 'podium-place', text: t(PLACES[place]!) }),
          h('span', { className: 'podium-name', 'data-testid': 'podium-name', text: player.nickname }),
          h('span', { className: 'podium-score', text: t('common.points', { score: player.score }) }),
        );
      }),
    );
    const csvHref = `/api/rooms/${encodeURIComponent(session.code)}/results.csv?token=${encodeURIComponent(session.token)}`;
    fill(this.root, 
      h(
        'section',
        { className: 'card stack center podium-card' },
        h('h1', {}, withIcon('flag', t('podium.title'))),
        podium,
        view.aiScore !== null ? h('p', { className: 'lead', text: `${t('board.ai')}: ${t('common.points', { score: view.aiScore })}` }) : null,
        myRow ? h('p', { className: 'lead', 'data-testid': 'my-rank', text: t('podium.you', { rank: myRow.rank, score: myRow.player.score }) }) : null,
        session.role === 'host'
          ? h('a', { className: 'btn btn-primary', href: csvHref, download: `neural-arcade-${session.code}.csv`, 'data-testid': 'download-csv' }, withIcon('download', t('podium.csv')))
          : null,
        session.role === 'host'
          ? button(withIcon('again', t('hostLobby.start')), () => void app().controller.host('host:start'), { testid: 'play-again' })
          : null,
        session.role === 'host'
          ? button(t('podium.backToLobby'), () => void app().controller.host('host:lobby'), { variant: 'ghost', testid: 'back-to-lobby' })
          : null,
        button(t('podium.again'), () => void app().controller.leave(), { variant: 'ghost', testid: 'podium-home' }),
      ),
    );
  }

  protected override onState(state: AppState, previous: AppState): void {
    if (state.view?.players !== previous.view?.players) this.rerender();
  }

  protected override createVisuals(): void {
    const { width, height } = this.scale;
    const colors = [0xff4fa3, 0x4fd8ff, 0xffd84f, 0x7dff9a];
    for (let i = 0; i < 60; i++) {
      const piece = this.add.rectangle(Phaser.Math.Between(0, width), -20 - Phaser.Math.Between(0, height), 8, 14, colors[i % colors.length]!);
      this.tweens.add({
        targets: piece,
        y: height + 40,
        angle: Phaser.Math.Between(180, 720),
        x: piece.x + Phaser.Math.Between(-80, 80),
        duration: Phaser.Math.Between(2500, 5000),
        repeat: 2,
        delay: Phaser.Math.Between(0, 1500),
      });
    }
  }
}
