/**
 * The Sketch Duet settings in the host's playlist editor: one labelled native control per field (keyboard,
 * touch and screen readers work), every change handing a complete, valid config back. The categories come
 * from the server (category-picker.ts).
 */
import type { SketchConfig } from '../../../../shared/game/rounds/sketch/schemas';
import { t } from '../../i18n/index';
import { configFields } from '../../ui/config-fields';
import { h } from '../../ui/dom';
import { categoryPicker } from './category-picker';
import { AI_STYLES, DRAW_TIMER_CHOICES, INK_CHOICES, styleOf, VOTE_TIMER_CHOICES, withCurrent } from './sketch-config';

const timerLabel = (v: number | null) => (v === null ? t('playlist.timerNone') : t('common.seconds', { n: v }));

export function sketchConfigForm(config: SketchConfig, idPrefix: string, onChange: (next: SketchConfig) => void): HTMLElement {
  // Each change builds on the previous ones, so two quick edits before a redraw never undo each other.
  let latest = config;
  const change = (patch: Partial<SketchConfig>) => {
    latest = { ...latest, ...patch };
    onChange(latest);
  };
  const { field, select, count, check } = configFields(idPrefix);

  // Named styles; a temperature set some other way stays selectable as "custom".
  const style = styleOf(config.temperature);
  const styles: (number | null)[] = [...AI_STYLES.map((s) => s.temperature), ...(style ? [] : [config.temperature])];
  const styleLabel = (temperature: number | null) => {
    const named = AI_STYLES.find((s) => s.temperature === temperature);
    return named ? t(`sketch.style.${named.id}`) : t('sketch.style.custom', { value: String(temperature) });
  };
  const styleCurrent = styles.find((v) => v !== null && Math.abs(v - config.temperature) < 0.005) ?? null;

  return h(
    'div',
    { className: 'config-grid sketch-config' },
    field('questions', 'playlist.questions', count('questions', config.questions, 1, 10, (questions) => change({ questions }))),
    field('ink', 'sketch.cfg.ink', select('ink', withCurrent(INK_CHOICES, config.inkStrokes), config.inkStrokes, String, (inkStrokes) => change({ inkStrokes }))),
    field('timer', 'sketch.cfg.drawTimer', select('timer', withCurrent(DRAW_TIMER_CHOICES, config.timerSec), config.timerSec, timerLabel, (timerSec) => change({ timerSec }))),
    field('vote-timer', 'sketch.cfg.voteTimer', select('vote-timer', withCurrent(VOTE_TIMER_CHOICES, config.voteSec), config.voteSec, timerLabel, (voteSec) => change({ voteSec }))),
    field('style', 'sketch.cfg.style', select('style', styles, styleCurrent, styleLabel, (temperature) => temperature !== null && change({ temperature }))),
    check('ghost', 'sketch.cfg.ghost', config.ghost, (ghost) => change({ ghost })),
    categoryPicker(config.categories, idPrefix, (categories) => change({ categories })),
  );
}
