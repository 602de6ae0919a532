/**
 * The AI's 10 class probabilities as labelled bars. Not colour alone: every bar has its digit and its %
 * as text, and the top guess also gets a ★, a striped fill and "top guess" for screen readers.
 */
import { argmax } from '../../../../shared/game/rounds/digits/ai-player';
import { t } from '../../i18n/index';
import { h, setText } from '../../ui/dom';

export interface ProbBars {
  el: HTMLElement;
  update(probabilities: readonly number[] | null): void;
}

export function percent(p: number): number {
  return Math.round(p * 100);
}

export function createProbBars(size: 'small' | 'large' = 'large', testid = 'prob-bars'): ProbBars {
  const rows = Array.from({ length: 10 }, (_, digit) => {
    const fill = h('span', { className: 'bar-fill' });
    const value = h('span', { className: 'bar-value', text: '–' });
    const mark = h('span', { className: 'bar-mark', 'aria-hidden': 'true' });
    const row = h(
      'li',
      { className: 'bar', 'data-digit': digit },
      h('span', { className: 'bar-digit', text: String(digit) }),
      h('span', { className: 'bar-track' }, fill),
      value,
      mark,
    );
    return { row, fill, value, mark };
  });
  const el = h('ol', { className: `prob-bars prob-bars-${size}`, 'aria-label': t('bars.label'), 'data-testid': testid }, ...rows.map((r) => r.row));
  return {
    el,
    update(probabilities) {
      const top = probabilities ? argmax(probabilities) : -1;
      rows.forEach(({ row, fill, value, mark }, digit) => {
        const p = probabilities?.[digit] ?? 0;
        fill.style.width = `${Math.max(0, Math.min(100, p * 100)).toFixed(1)}%`;
        setText(value, probabilities ? `${percent(p)}%` : '–');
        const isTop = digit === top;
        row.classList.toggle('is-top', isTop);
        setText(mark, isTop ? '★' : '');
        row.setAttribute('aria-label', `${digit}: ${probabilities ? percent(p) : 0}%${isTop ? `, ${t('bars.top')}` : ''}`);
      });
    },
  };
}
