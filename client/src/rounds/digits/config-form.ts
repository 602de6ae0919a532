/**
 * The Digit Race settings in the host's playlist editor. One labelled native control per field, so it
 * works with keyboard, touch and screen readers; every change hands a complete, valid config back.
 */
import { DIFFICULTIES, DIGIT_VARIANTS, type DigitsConfig } from '../../../../shared/game/rounds/digits/schemas';
import { t, type MessageKey } from '../../i18n/index';
import { h } from '../../ui/dom';

export const TIMER_CHOICES: readonly (number | null)[] = [5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300, null];

/** Clamp what a person typed into the number of questions the schema accepts (1..20). */
export function clampQuestions(raw: string | number): number {
  const n = Math.round(Number(raw));
  return Number.isFinite(n) ? Math.min(20, Math.max(1, n)) : 1;
}

export function digitsConfigForm(config: DigitsConfig, idPrefix: string, onChange: (next: DigitsConfig) => void): HTMLElement {
  // Each change builds on the previous ones, so two quick edits before a redraw never undo each other.
  let latest = config;
  const change = (patch: Partial<DigitsConfig>) => {
    latest = { ...latest, ...patch };
    onChange(latest);
  };
  const field = (key: string, label: MessageKey, control: HTMLElement) =>
    h('div', { className: 'field' }, h('label', { for: `${idPrefix}-${key}`, className: 'label', text: t(label) }), control);

  const select = <T extends string | number | null>(
    key: string,
    options: readonly T[],
    current: T,
    labelOf: (value: T) => string,
    apply: (value: T) => Partial<DigitsConfig>,
  ) => {
    const el = h('select', { id: `${idPrefix}-${key}`, className: 'input', 'data-testid': `${idPrefix}-${key}` });
    options.forEach((value, i) => {
      el.append(h('option', { value: String(i), selected: value === current, text: labelOf(value) }));
    });
    el.addEventListener('change', () => change(apply(options[Number(el.value)]!)));
    return el;
  };

  const questions = h('input', {
    id: `${idPrefix}-questions`,
    'data-testid': `${idPrefix}-questions`,
    className: 'input input-number',
    type: 'number',
    min: 1,
    max: 20,
    step: 1,
    inputmode: 'numeric',
    value: config.questions,
  });
  questions.addEventListener('change', () => {
    const n = clampQuestions(questions.value);
    questions.value = String(n);
    if (n !== latest.questions) change({ questions: n });
  });

  const speed = h('input', {
    id: `${idPrefix}-speed`,
    'data-testid': `${idPrefix}-speed`,
    type: 'checkbox',
    className: 'checkbox',
    checked: config.speedScoring,
  });
  speed.addEventListener('change', () => change({ speedScoring: speed.checked }));

  const timers = TIMER_CHOICES.includes(config.timerSec) ? TIMER_CHOICES : [...TIMER_CHOICES, config.timerSec];
  return h(
    'div',
    { className: 'config-grid' },
    field('variant', 'playlist.variant', select('variant', DIGIT_VARIANTS, config.variant, (v) => t(`variant.${v}`), (variant) => ({ variant }))),
    field('questions', 'playlist.questions', questions),
    field(
      'timer',
      'playlist.timer',
      select('timer', timers, config.timerSec, (v) => (v === null ? t('playlist.timerNone') : t('common.seconds', { n: v })), (timerSec) => ({ timerSec })),
    ),
    field('difficulty', 'playlist.difficulty', select('difficulty', DIFFICULTIES, config.difficulty, (v) => t(`difficulty.${v}`), (difficulty) => ({ difficulty }))),
    h(
      'div',
      { className: 'field field-check' },
      speed,
      h('label', { for: `${idPrefix}-speed`, className: 'label', text: t('playlist.speedScoring') }),
    ),
  );
}
