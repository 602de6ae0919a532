/**
 * After the vote: the best duets of the question, ranked by points, each with who started it, the votes it
 * got, what the AI saw in it and how much it looked like the prompt. The player's own duet is highlighted;
 * if it is not among the best, their points are still said underneath.
 */
import type { SketchRevealView } from '../../../../shared/game/rounds/sketch/schemas';
import { t } from '../../i18n/index';
import type { AppState } from '../../state/app-state';
import { h } from '../../ui/dom';
import { nicknameOf } from '../../ui/players';
import { percent } from '../digits/prob-bars';
import { categoryLabel, promptName } from './category-name';
import { DuetCanvas, duetLegend, duetStrokes } from './duet-canvas';

type RevealEntry = SketchRevealView['entries'][number];

/** Ranks by points as the server ordered them; equal points share a rank (1, 2, 2, 4). */
export function rankByPoints(entries: readonly { points: number }[]): number[] {
  let rank = 0;
  return entries.map((entry, i) => {
    if (i === 0 || entry.points !== entries[i - 1]!.points) rank = i + 1;
    return rank;
  });
}

export function sketchRevealView(state: AppState): HTMLElement {
  const reveal = state.reveal!;
  const view = reveal.view as SketchRevealView;
  const me = state.session?.playerId ?? null;
  const ranks = rankByPoints(view.entries);
  const name = promptName(view.name);
  const cards = view.entries.map((entry, i) => resultCard(state, entry, ranks[i]!, name, entry.playerId === me));
  const mine = me ? reveal.results.find((r) => r.playerId === me) : undefined;
  return h(
    'div',
    { className: 'sketch-reveal stack center' },
    h('h1', { className: 'answer-big', 'data-testid': 'reveal-answer', text: t('sketch.revealTitle', { name }) }),
    h('p', { className: 'hint', text: t('sketch.scoring') }),
    cards.length > 0 ? duetLegend(t('sketch.legendPlayer'), t('sketch.legendAi')) : null,
    cards.length > 0 ? h('ol', { className: 'duet-ranking', 'data-testid': 'duet-ranking' }, ...cards) : h('p', { className: 'hint', text: t('sketch.revealEmpty') }),
    mine ? h('p', { className: `mine-line${mine.points > 0 ? ' is-right' : ''}`, 'data-testid': 'my-result', text: t('sketch.revealMine', { points: mine.points }) }) : null,
  );
}

function resultCard(state: AppState, entry: RevealEntry, rank: number, prompt: string, isMe: boolean): HTMLElement {
  const canvas = new DuetCanvas({ resolution: 220, frame: 'ink', animate: false, label: t('sketch.duetN', { n: rank }), className: 'duet-thumb' });
  canvas.set(duetStrokes(entry.opening, entry.completion));
  const recognisability = entry.recognisability;
  return h(
    'li',
    { className: `card duet-result${isMe ? ' is-me' : ''}`, 'data-testid': 'duet-result' },
    h('span', { className: 'duet-rank', text: t('board.rank', { rank }) }),
    canvas.el,
    h(
      'div',
      { className: 'duet-facts stack tight' },
      h('h3', { className: 'duet-name', text: nicknameOf(state, entry.playerId) }),
      h('p', { className: 'duet-votes', text: `♥ ${t('sketch.votes', { n: entry.votes })}` }),
      h('p', { className: 'label', text: entry.guess ? t('sketch.revealGuess', { name: categoryLabel(entry.guess) }) : t('sketch.revealNoGuess') }),
      recognisability === null ? null : recognisabilityBar(prompt, recognisability),
      h('p', { className: 'duet-points', text: `+${t('common.points', { score: entry.points })}` }),
    ),
  );
}

/** How much the finished duet looks like the prompt, as a bar with its % in words. */
function recognisabilityBar(prompt: string, p: number): HTMLElement {
  const fill = h('span', { className: 'bar-fill' });
  fill.style.width = `${Math.max(0, Math.min(100, p * 100)).toFixed(1)}%`;
  const text = t('sketch.looksLike', { name: prompt, pct: percent(p) });
  return h('div', { className: 'recog', 'aria-label': text, role: 'img' }, h('span', { className: 'recog-text', 'aria-hidden': 'true', text }), h('span', { className: 'bar-track' }, fill));
}
