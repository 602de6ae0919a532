/**
 * How the AI's belief grew as the noise faded: one column per frame, its height the probability the AI
 * gave the right answer, its top guess written under it, the frame where it buzzed marked with a robot.
 * Text labels on every column, so it reads without colour.
 */
import { argmax } from '../../../../shared/game/rounds/digits/ai-player';
import { t } from '../../i18n/index';
import { h } from '../../ui/dom';
import { percent } from './prob-bars';
import { icon } from '../../ui/icons';

export function beliefChart(probabilitiesPerFrame: readonly (readonly number[])[], answer: number, buzzFrame: number | null): HTMLElement {
  const columns = probabilitiesPerFrame.map((probs, frame) => {
    const p = probs[answer] ?? 0;
    const top = argmax(probs);
    const right = top === answer;
    return h(
      'li',
      {
        className: `belief-col${right ? ' is-right' : ''}${frame === buzzFrame ? ' is-buzz' : ''}`,
        'aria-label': `${t('reveal.frame', { n: frame + 1, count: probabilitiesPerFrame.length })}: ${answer} ${percent(p)}%, ${t('result.guess', { digit: top, pct: percent(probs[top] ?? 0) })}`,
      },
      h('span', { className: 'belief-pct', text: `${percent(p)}` }),
      h('span', { className: 'belief-track' }, h('span', { className: 'belief-fill', style: `height:${Math.max(2, p * 100).toFixed(1)}%` })),
      h('span', { className: 'belief-guess', text: `${top}${right ? '✓' : ''}` }),
      h('span', { className: 'belief-buzz' }, frame === buzzFrame ? icon('robot') : null),
    );
  });
  return h(
    'figure',
    { className: 'belief', 'data-testid': 'belief-chart' },
    h('figcaption', { text: `${t('result.belief')} (${answer}, %)` }),
    h('ol', { className: 'belief-cols' }, ...columns),
  );
}
