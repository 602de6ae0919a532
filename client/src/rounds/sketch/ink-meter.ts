/** The ink meter under the pad: one drop per stroke of ink, and the same in words for screen readers. */
import { t } from '../../i18n/index';
import { h, setText } from '../../ui/dom';
import { inkDrops, inkLeft } from './ink';

export function createInkMeter(inkStrokes: number): { el: HTMLElement; update(strokesDrawn: number): void } {
  const drops = h('span', { className: 'ink-drops', 'aria-hidden': 'true' });
  const text = h('span', { className: 'ink-text' });
  const el = h('p', { className: 'ink-meter', role: 'status', 'data-testid': 'ink-meter' }, drops, text);
  return {
    el,
    update(strokesDrawn) {
      const left = inkLeft(strokesDrawn, inkStrokes);
      drops.replaceChildren(...inkDrops(strokesDrawn, inkStrokes).map((full) => h('span', { className: full ? 'ink-drop is-full' : 'ink-drop' })));
      setText(text, left > 0 ? t('sketch.inkLeft', { left, total: inkStrokes }) : t('sketch.inkOut'));
      el.classList.toggle('is-empty', left === 0);
      el.dataset.left = String(left);
    },
  };
}
