import type { RoomState } from '../../shared/game/room-state';

/** Excel opens UTF-8 CSV as Hangul only when it starts with a byte-order mark. */
const BOM = '\uFEFF';

export const RESULTS_COLUMNS = [
  'room',
  'round',
  'round_kind',
  'variant',
  'question',
  'player',
  'correct',
  'answer',
  'attempts',
  'time_ms',
  'points',
  'score_after',
] as const;

/** Quote every field; neutralise leading =,+,-,@ so a spreadsheet never runs a nickname as a formula. */
function field(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** One row per player per question, in game order. */
export function resultsCsv(state: RoomState): string {
  const rows = [RESULTS_COLUMNS.map(field).join(',')];
  for (const record of state.history) {
    const entry = state.game?.rounds[record.roundIndex]?.entry;
    const variant = entry && 'variant' in entry.config ? entry.config.variant : '';
    rows.push(
      [
        state.code,
        record.roundIndex + 1,
        entry?.kind ?? '',
        variant,
        record.questionIndex + 1,
        record.nickname,
        record.correct,
        record.answerText,
        record.attempts,
        record.atMs === null ? null : Math.round(record.atMs),
        record.points,
        record.scoreAfter,
      ]
        .map(field)
        .join(','),
    );
  }
  return BOM + rows.join('\r\n') + '\r\n';
}
