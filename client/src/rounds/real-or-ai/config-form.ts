/**
 * The "Real or AI?" settings in the host's playlist editor: which deck of pictures, how hard, how many, how
 * fast. One labelled native control per field (keyboard, touch and screen readers work); every change hands
 * a complete, valid config back. The deck list comes from the server (deck-picker.ts).
 */
import { REAL_OR_AI_DIFFICULTIES, type RealOrAiConfig } from '../../../../shared/game/rounds/real-or-ai/schemas';
import { t } from '../../i18n/index';
import { configFields } from '../../ui/config-fields';
import { h } from '../../ui/dom';
import { deckPicker } from './deck-picker';
import { PICK_TIMER_CHOICES } from './real-or-ai-config';

const timerLabel = (v: number | null) => (v === null ? t('playlist.timerNone') : t('common.seconds', { n: v }));

export function realOrAiConfigForm(config: RealOrAiConfig, idPrefix: string, onChange: (next: RealOrAiConfig) => void): HTMLElement {
  // Each change builds on the previous ones, so two quick edits before a redraw never undo each other.
  let latest = config;
  const change = (patch: Partial<RealOrAiConfig>) => {
    latest = { ...latest, ...patch };
    onChange(latest);
  };
  const { field, select, count, check } = configFields(idPrefix);
  // A playlist saved with a timer not offered here keeps it selectable.
  const timers = PICK_TIMER_CHOICES.includes(config.timerSec) ? PICK_TIMER_CHOICES : [...PICK_TIMER_CHOICES, config.timerSec];
  return h(
    'div',
    { className: 'config-grid roa-config' },
    deckPicker(() => latest.deck, idPrefix, (deck) => change({ deck })),
    field('difficulty', 'roa.cfg.difficulty', select('difficulty', REAL_OR_AI_DIFFICULTIES, config.difficulty, (v) => t(`roa.difficulty.${v}`), (difficulty) => change({ difficulty }))),
    field('questions', 'playlist.questions', count('questions', config.questions, 1, 20, (questions) => change({ questions }))),
    field('timer', 'playlist.timer', select('timer', timers, config.timerSec, timerLabel, (timerSec) => change({ timerSec }))),
    check('speed', 'playlist.speedScoring', config.speedScoring, (speedScoring) => change({ speedScoring })),
    h('p', { className: 'hint roa-difficulty-hint', 'data-testid': `${idPrefix}-difficulty-hint`, text: t('roa.cfg.difficultyHint') }),
  );
}
