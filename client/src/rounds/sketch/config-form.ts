/**
 * The Sketch Duet settings in the host's playlist editor: one labelled native control per field (keyboard,
 * touch and screen readers work), every change handing a complete, valid config back. The categories come
 * from the server (category-picker.ts).
 */
import type { SketchConfig } from '../../../../shared/game/rounds/sketch/schemas';
import { t, type MessageKey } from '../../i18n/index';
import { h } from '../../ui/dom';
import { categoryPicker } from './category-picker';
import { AI_STYLES, clampPrompts, DRAW_TIMER_CHOICES, INK_CHOICES, styleOf, VOTE_TIMER_CHOICES, withCurrent } from './sketch-config';

const timerLabel = (v: number | null) => (v === null ? t('playlist.timerNone') : t('common.seconds', { n: v }));

export function sketchConfigForm(config: SketchConfig, idPrefix: string, onChange: (next: SketchConfig) => void): HTMLElement {
  // Each change builds on the previous ones, so two quick edits before a redraw never undo each other.
  let latest = config;
  const change = (patch: Partial<SketchConfig>) => {
    latest = { ...latest, ...patch };
    onChange(latest);
  };
  const field = (key: string, label: MessageKey, control: HTMLElement) =>
    h('div', { className: 'field' }, h('label', { for: `${idPrefix}-${key}`, className: 'label', text: t(label) }), control);

  const select = <T>(key: string, options: readonly T[], current: T, labelOf: (value: T) => string, apply: (value: T) => Partial<SketchConfig>) => {
    const el = h('select', { id: `${idPrefix}-${key}`, className: 'input', 'data-testid': `${idPrefix}-${key}` });
    options.forEach((value, i) => el.append(h('option', { value: String(i), selected: value === current, text: labelOf(value) })));
    el.addEventListener('change', () => change(apply(options[Number(el.value)]!)));
    return el;
  };

  const questions = h('input', {
    id: `${idPrefix}-questions`,
    'data-testid': `${idPrefix}-questions`,
    className: 'input input-number',
    type: 'number',
    min: 1,
    max: 10,
    step: 1,
    inputmode: 'numeric',
    value: config.questions,
  });
  questions.addEventListener('change', () => {
    const n = clampPrompts(questions.value);
    questions.value = String(n);
    if (n !== latest.questions) change({ questions: n });
  });

  // Named styles; a temperature set some other way stays selectable as "custom".
  const style = styleOf(config.temperature);
  const styles: (number | null)[] = [...AI_STYLES.map((s) => s.temperature), ...(style ? [] : [config.temperature])];
  const styleLabel = (temperature: number | null) => {
    const named = AI_STYLES.find((s) => s.temperature === temperature);
    return named ? t(`sketch.style.${named.id}`) : t('sketch.style.custom', { value: String(temperature) });
  };
  const styleCurrent = styles.find((v) => v !== null && Math.abs(v - config.temperature) < 0.005) ?? null;

  const ghost = h('input', { id: `${idPrefix}-ghost`, 'data-testid': `${idPrefix}-ghost`, type: 'checkbox', className: 'checkbox', checked: config.ghost });
  ghost.addEventListener('change', () => change({ ghost: ghost.checked }));

  return h(
    'div',
    { className: 'config-grid sketch-config' },
    field('questions', 'playlist.questions', questions),
    field('ink', 'sketch.cfg.ink', select('ink', withCurrent(INK_CHOICES, config.inkStrokes), config.inkStrokes, String, (inkStrokes) => ({ inkStrokes }))),
    field('timer', 'sketch.cfg.drawTimer', select('timer', withCurrent(DRAW_TIMER_CHOICES, config.timerSec), config.timerSec, timerLabel, (timerSec) => ({ timerSec }))),
    field('vote-timer', 'sketch.cfg.voteTimer', select('vote-timer', withCurrent(VOTE_TIMER_CHOICES, config.voteSec), config.voteSec, timerLabel, (voteSec) => ({ voteSec }))),
    field('style', 'sketch.cfg.style', select('style', styles, styleCurrent, styleLabel, (temperature) => (temperature === null ? {} : { temperature }))),
    h('div', { className: 'field field-check' }, ghost, h('label', { for: `${idPrefix}-ghost`, className: 'label', text: t('sketch.cfg.ghost') })),
    categoryPicker(config.categories, idPrefix, (categories) => change({ categories })),
  );
}
