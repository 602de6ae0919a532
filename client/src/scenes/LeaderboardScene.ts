import { t } from '../i18n/index';
import type { AppState } from '../state/app-state';
import { fill, h } from '../ui/dom';
import { hostControls } from '../ui/host-controls';
import { nextIn } from '../ui/next-in';
import { myPlayer, ranked } from '../ui/players';
import { GameScene } from './GameScene';
import { withIcon } from '../ui/icons';

const TOP = 10;

/** After each round: top 10 and the AI's score on the big screen; on phones also "you are #7 of 28". */
export class LeaderboardScene extends GameScene {
  constructor() {
    super('Leaderboard');
  }

  protected render(): void {
    const state = this.state;
    const view = state.view!;
    const rows = ranked(view.players);
    const me = myPlayer(state);
    const myRow = me ? rows.find((r) => r.player.id === me.id) : undefined;
    const playerRows = rows.slice(0, TOP).map(({ player, rank }) =>
      h(
        'li',
        { className: `board-row${player.id === me?.id ? ' is-me' : ''}` },
        h('span', { className: 'board-rank', text: t('board.rank', { rank }) }),
        h('span', { className: 'board-name', text: player.id === me?.id ? `${player.nickname} ◀` : player.nickname }),
        h('span', { className: 'board-score', text: t('common.points', { score: player.score }) }),
      ),
    );
    // The AI races the class, so it stands where its score puts it (unranked: it is not a player).
    if (view.aiScore !== null) {
      const aiScore = view.aiScore;
      const aiRow = h(
        'li',
        { className: 'board-row is-ai', 'data-testid': 'board-ai' },
        h('span', { className: 'board-rank', text: '' }),
        h('span', { className: 'board-name', text: t('board.ai') }),
        h('span', { className: 'board-score', text: t('common.points', { score: aiScore }) }),
      );
      playerRows.splice(rows.slice(0, TOP).filter((r) => r.player.score > aiScore).length, 0, aiRow);
    }
    const list = h('ol', { className: 'board', 'data-testid': 'leaderboard' }, ...playerRows);
    fill(this.root, 
      h(
        'section',
        { className: 'card stack board-card' },
        h('h1', {}, withIcon('trophy', t('board.title'))),
        myRow ? h('p', { className: 'lead', 'data-testid': 'my-rank', text: t('board.you', { rank: myRow.rank, count: rows.length, score: myRow.player.score }) }) : null,
        list,
        nextIn(state),
      ),
      state.session?.role === 'host' ? hostControls(state) : null,
    );
  }

  protected override onState(state: AppState, previous: AppState): void {
    if (state.view !== previous.view) this.rerender();
  }
}
