import type { ErrorCode } from '../protocol/errors';
import type { Effect } from './effects';
import { send, toRoom } from './effects';
import { phaseElapsed, type AnswerRecord, type GameState, type RoomState } from './room-state';
import type { PreparedQuestion, PreparedRound, RoundRules } from './round-rules';
import { roundRules } from './rounds/registry';
import type { Answer } from './rounds/registry-schemas';

/** The current round, question and their rules; only valid while a game runs. */
export interface Current {
  game: GameState;
  round: PreparedRound;
  question: PreparedQuestion;
  rules: RoundRules;
  config: unknown;
}

export function current(state: RoomState): Current | null {
  const game = state.game;
  const round = game?.rounds[game.roundIndex];
  const question = round?.questions[game?.questionIndex ?? -1];
  if (!game || !round) return null;
  const rules = roundRules[round.entry.kind];
  return { game, round, question: question as PreparedQuestion, rules, config: round.entry.config };
}

export function currentRoundRules(state: RoomState): { rules: RoundRules; config: unknown } | null {
  const round = state.game?.rounds[state.game.roundIndex];
  return round ? { rules: roundRules[round.entry.kind], config: round.entry.config } : null;
}

export function deadlineOf(cur: Current): number | null {
  return cur.rules.deadlineMs(cur.config, cur.question.data);
}

function emptyRecord(cur: Current, playerId: string): AnswerRecord {
  return {
    playerId,
    nickname: '',
    scoreAfter: 0,
    roundIndex: cur.game.roundIndex,
    questionIndex: cur.game.questionIndex,
    questionId: cur.question.id,
    attempts: 0,
    correct: false,
    points: 0,
    atMs: null,
    answerText: '',
    judgement: null,
  };
}

export function recordFor(cur: Current, playerId: string): AnswerRecord {
  let record = cur.game.answers.get(playerId);
  if (!record) {
    record = emptyRecord(cur, playerId);
    cur.game.answers.set(playerId, record);
  }
  return record;
}

/** A player is done with a question once right, or out of tries. */
export function isDone(cur: Current, record: AnswerRecord | undefined): boolean {
  return !!record && (record.correct || record.attempts >= cur.rules.maxAttempts(cur.config));
}

/** Why this answer cannot be taken now, or null if it can (checked when it arrives, before judging). */
export function answerProblem(
  state: RoomState,
  playerId: string,
  questionId: string,
  answerType: Answer['type'],
  elapsedMs: number,
): ErrorCode | null {
  if (!state.players.has(playerId)) return 'NOT_PLAYER';
  const cur = current(state);
  if (state.phase !== 'question' || !cur || state.pausedAt !== null) return 'WRONG_PHASE';
  if (cur.question.id !== questionId) return 'WRONG_QUESTION';
  if (cur.rules.answerType(cur.config) !== answerType) return 'INVALID_PAYLOAD';
  if (pastDeadline(cur, elapsedMs)) return 'TOO_LATE';
  if (cur.game.judging.has(playerId)) return 'RATE_LIMITED';
  const record = cur.game.answers.get(playerId);
  if (record?.correct) return 'ALREADY_ANSWERED';
  // In a sealed round "locked out" would mean "you were wrong": every second answer gets the same refusal.
  if (isDone(cur, record)) return cur.rules.sealed ? 'ALREADY_ANSWERED' : 'LOCKED_OUT';
  return null;
}

/**
 * A right answer scores: speed, rank among the right (counted before this one) and beating the AI, as the
 * round's rules weigh them; the points go on the player's score. Sealed rounds call it at the reveal.
 */
export function awardPoints(state: RoomState, cur: Current, record: AnswerRecord): void {
  const rank = [...cur.game.answers.values()].filter((r) => r.correct).length;
  const elapsedMs = record.atMs ?? 0;
  const ai = cur.rules.ai(cur.config, cur.question.data);
  const beatAi = !!ai && (!ai.correct || ai.atMs === null || elapsedMs < ai.atMs);
  const windowMs = cur.rules.speedWindowMs(cur.config, cur.question.data);
  record.correct = true;
  record.points = cur.rules.score({ config: cur.config, elapsedMs, windowMs, rank, beatAi });
  state.players.get(record.playerId)!.score += record.points;
}

export function pastDeadline(cur: Current, elapsedMs: number): boolean {
  const deadline = deadlineOf(cur);
  return deadline !== null && elapsedMs > deadline;
}

/** Connected players, and how many of them are done: the room's progress bar. */
export function progress(state: RoomState, cur: Current): { answered: number; total: number } {
  let answered = 0;
  let total = 0;
  for (const player of state.players.values()) {
    if (!player.connected) continue;
    total++;
    if (isDone(cur, cur.game.answers.get(player.id))) answered++;
  }
  return { answered, total };
}

/** Send every timeline entry that is due; answer the time of the next one still to come, if any. */
export function flushTimeline(state: RoomState, cur: Current, now: number, effects: Effect[]): number | null {
  const timeline = cur.rules.timeline(cur.config, cur.question.data);
  const elapsed = phaseElapsed(state, now);
  while (cur.game.timelineSent < timeline.length && timeline[cur.game.timelineSent]!.atMs <= elapsed) {
    const entry = timeline[cur.game.timelineSent]!;
    effects.push(send(toRoom, 'round:event', { questionId: cur.question.id, event: entry.event }));
    cur.game.timelineSent++;
  }
  return timeline[cur.game.timelineSent]?.atMs ?? null;
}
