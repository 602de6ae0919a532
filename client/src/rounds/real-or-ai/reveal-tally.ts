/**
 * The numbers the reveal shows, worked out once and unit-tested: how much of the room spotted the real
 * picture, and how many picked each side. Shares are of those who answered: a player who did not pick
 * says nothing about which picture fooled people.
 */
import type { RealOrAiRevealView } from '../../../../shared/game/rounds/real-or-ai/schemas';
import type { Reveal } from '../../state/app-state';
import type { Side } from './choice';

/** Whole-number percent; 0 when nobody is counted. */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

export interface RoomTally {
  /** Percent of those who answered who picked the real picture. */
  pct: number;
  correct: number;
  answered: number;
  /** Players in the room, answered or not. */
  total: number;
}

export function roomTally(reveal: Pick<Reveal, 'correctCount' | 'answeredCount' | 'total'>): RoomTally {
  return { pct: percentOf(reveal.correctCount, reveal.answeredCount), correct: reveal.correctCount, answered: reveal.answeredCount, total: reveal.total };
}

export interface SideFacts {
  side: Side;
  id: string;
  isReal: boolean;
  count: number;
  /** Of those who answered. */
  pct: number;
}

/** Left then right, as the question showed them (the reveal's `picks` are in the same order). */
export function sideFacts(view: Pick<RealOrAiRevealView, 'realId' | 'picks'>, answered: number): SideFacts[] {
  return view.picks.slice(0, 2).map(({ id, count }, i) => ({ side: i as Side, id, isReal: id === view.realId, count, pct: percentOf(count, answered) }));
}
