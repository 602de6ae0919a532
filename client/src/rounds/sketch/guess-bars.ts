/**
 * The classifier's top guesses as labelled bars: name, bar, percentage as text, ★ on the top guess and a
 * target mark on the prompted category, so the meaning never rests on colour alone. Used for the live
 * "AI thinks" while drawing and for the verdict on the finished duet.
 */
import { t } from '../../i18n/index';
import { h, setText } from '../../ui/dom';
import { percent } from '../digits/prob-bars';
import { categoryLabel } from './category-name';

export interface Guess {
  category: string;
  probability: number;
}

/** The `count` most likely categories from one probability per label, most likely first. */
export function topGuesses(labels: readonly string[], probabilities: readonly number[], count = 3): Guess[] {
  return labels
    .map((category, i) => ({ category, probability: probabilities[i] ?? 0 }))
    .sort((a, b) => b.probability - a.probability)
    .slice(0, count);
}

export function createGuessBars(target: string, testid: string, rows = 3): { el: HTMLElement; update(guesses: readonly Guess[] | null): void } {
  const items = Array.from({ length: rows }, () => {
    const name = h('span', { className: 'guess-name' });
    const fill = h('span', { className: 'bar-fill' });
    const value = h('span', { className: 'bar-value' });
    const row = h('li', { className: 'bar guess-row' }, name, h('span', { className: 'bar-track' }, fill), value);
    return { row, name, fill, value };
  });
  const el = h('ol', { className: 'prob-bars guess-bars', 'aria-label': t('sketch.guessesLabel'), 'data-testid': testid }, ...items.map((i) => i.row));
  return {
    el,
    update(guesses) {
      el.hidden = !guesses || guesses.length === 0;
      items.forEach(({ row, name, fill, value }, i) => {
        const guess = guesses?.[i];
        row.hidden = !guess;
        if (!guess) return;
        const isTarget = guess.category === target;
        const label = `${i === 0 ? '★ ' : ''}${categoryLabel(guess.category)}${isTarget ? ` ◎` : ''}`;
        setText(name, label);
        fill.style.width = `${Math.max(0, Math.min(100, guess.probability * 100)).toFixed(1)}%`;
        setText(value, `${percent(guess.probability)}%`);
        row.classList.toggle('is-top', i === 0);
        row.classList.toggle('is-target', isTarget);
        row.setAttribute('aria-label', `${categoryLabel(guess.category)}: ${percent(guess.probability)}%${isTarget ? `, ${t('sketch.target')}` : ''}`);
      });
    },
  };
}
