/**
 * The Digit Race settings in the host's playlist editor. One labelled native control per field, so it
 * works with keyboard, touch and screen readers; every change hands a complete, valid config back.
 */
import { DIFFICULTIES, DIGIT_VARIANTS, type DigitsConfig } from '../../../../shared/game/rounds/digits/schemas';
import { t } from '../../i18n/index';
import { clampCount, configFields } from '../../ui/config-fields';
import { h } from '../../ui/dom';

export const TIMER_CHOICES: readonly (number | null)[] = [5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300, null];

/** Clamp what a person typed into the number of questions the schema accepts (1..20). */
export function clampQuestions(raw: string | number): number {
  return clampCount(raw, 1, 20);
}

export function digitsConfigForm(config: DigitsConfig, idPrefix: string, onChange: (next: DigitsConfig) => void): HTMLElement {
  // Each change builds on the previous ones, so two quick edits before a redraw never undo each other.
  let latest = config;
  const change = (patch: Partial<DigitsConfig>) => {
    latest = { ...latest, ...patch };
    onChange(latest);
  };
  const { field, select, count, check } = configFields(idPrefix);
  const timers = TIMER_CHOICES.includes(config.timerSec) ? TIMER_CHOICES : [...TIMER_CHOICES, config.timerSec];
  const timerLabel = (v: number | null) => (v === null ? t('playlist.timerNone') : t('common.seconds', { n: v }));
  return h(
    'div',
    { className: 'config-grid' },
    field('variant', 'playlist.variant', select('variant', DIGIT_VARIANTS, config.variant, (v) => t(`variant.${v}`), (variant) => change({ variant }))),
    field('questions', 'playlist.questions', count('questions', config.questions, 1, 20, (questions) => change({ questions }))),
    field('timer', 'playlist.timer', select('timer', timers, config.timerSec, timerLabel, (timerSec) => change({ timerSec }))),
    field('difficulty', 'playlist.difficulty', select('difficulty', DIFFICULTIES, config.difficulty, (v) => t(`difficulty.${v}`), (difficulty) => change({ difficulty }))),
    check('speed', 'playlist.speedScoring', config.speedScoring, (speedScoring) => change({ speedScoring })),
  );
}
