import type { Phase } from '../protocol/room-view';
import type { Effect } from './effects';
import { send, toRoom } from './effects';
import { awardPoints, current, deadlineOf, flushTimeline, progress, recordFor, type Current } from './question-flow';
import { phaseElapsed, type RoomState } from './room-state';
import { ballotMessage, voteCounts, voteProgress } from './vote-flow';
import type { AnswerSummary } from './round-rules';

/** Entering a phase resets its clock and makes every timer set in the old phase stale. */
function enter(state: RoomState, phase: Phase, now: number, effects: Effect[]): void {
  state.phase = phase;
  state.seq++;
  state.phaseStartedAt = now;
  state.pausedAt = null;
  state.pausedMs = 0;
  effects.push({ type: 'view' });
}

/** How long the current phase lasts on its own; null when only the host (or all answers) ends it. */
export function phaseDurationMs(state: RoomState): number | null {
  const cur = current(state);
  if (!cur) return null;
  if (state.phase === 'question') {
    const deadline = deadlineOf(cur);
    const settledAt = cur.game.settledAtMs;
    if (settledAt === null) return deadline;
    return Math.min(deadline ?? Infinity, settledAt + (cur.rules.settleMs?.(cur.config) ?? 0));
  }
  if (state.phase === 'vote') return cur.rules.vote?.deadlineMs(cur.config) ?? null;
  if (!cur.rules.autoAdvance(cur.config)) return null;
  const byPhase: Partial<Record<Phase, number>> = {
    intro: state.timings.introMs,
    reveal: state.timings.revealMs,
    leaderboard: state.timings.leaderboardMs,
  };
  return byPhase[state.phase] ?? null;
}

/** Ask for a wake-up at the next moment something is due in this phase. */
export function scheduleWake(state: RoomState, now: number, effects: Effect[], nextTimelineMs: number | null): void {
  if (state.pausedAt !== null) return;
  const duration = phaseDurationMs(state);
  const candidates = [duration, nextTimelineMs].filter((ms): ms is number => ms !== null);
  if (candidates.length === 0) return;
  const dueMs = Math.min(...candidates);
  effects.push({ type: 'wake', at: now + Math.max(0, dueMs - phaseElapsed(state, now)), seq: state.seq });
}

export function enterIntro(state: RoomState, roundIndex: number, now: number, effects: Effect[]): void {
  const game = state.game!;
  game.roundIndex = roundIndex;
  game.questionIndex = -1;
  enter(state, 'intro', now, effects);
  scheduleWake(state, now, effects, null);
}

export function enterQuestion(state: RoomState, questionIndex: number, now: number, effects: Effect[]): void {
  const game = state.game!;
  game.questionIndex = questionIndex;
  game.timelineSent = 0;
  game.answers = new Map();
  game.judging = new Map();
  game.settledAtMs = null;
  game.ballot = null;
  enter(state, 'question', now, effects);
  const cur = current(state)!;
  effects.push(
    send(toRoom, 'round:question', {
      questionId: cur.question.id,
      roundIndex: game.roundIndex,
      questionIndex,
      questionCount: cur.round.questions.length,
      remainingMs: deadlineOf(cur),
      view: cur.rules.view(cur.config, cur.question.data),
    }),
  );
  // "0 of 28 answered" from the start, so the big screen shows who is still to answer.
  effects.push(send(toRoom, 'round:progress', { questionId: cur.question.id, ...progress(state, cur) }));
  const next = flushTimeline(state, cur, now, effects);
  scheduleWake(state, now, effects, next);
}

/**
 * The question is over. In a round with a vote, the room votes on the answers first, unless there is nothing
 * to vote on; otherwise it goes straight to the reveal.
 */
export function endQuestion(state: RoomState, now: number, effects: Effect[]): void {
  const cur = current(state)!;
  const vote = cur.rules.vote;
  if (!vote) return enterReveal(state, now, effects);
  const entries = [...cur.game.answers.values()].flatMap((record) => {
    const entry = state.players.has(record.playerId) ? vote.entry(cur.config, cur.question.data, record.judgement) : null;
    return entry ? [{ ...entry, playerId: record.playerId }] : [];
  });
  // Gallery order by entry id: the ids are random, so the order says nothing about who drew what or when.
  entries.sort((a, b) => a.entryId.localeCompare(b.entryId));
  // No vote when no connected player has someone else's entry to vote for (no entries, a lone player's own,
  // or everyone else away): it could only wait out its timer, or forever with timers off.
  cur.game.ballot = { questionId: cur.question.id, entries, votes: new Map() };
  if (voteProgress(state, cur).total === 0) {
    cur.game.ballot = null;
    return enterReveal(state, now, effects);
  }
  enter(state, 'vote', now, effects);
  effects.push(send(toRoom, 'round:ballot', ballotMessage(state, cur, now, null)));
  effects.push(send(toRoom, 'round:progress', { questionId: cur.question.id, ...voteProgress(state, cur) }));
  scheduleWake(state, now, effects, null);
}

/** Close the question: everyone present gets a row, the AI scores, and the room sees the answer. */
export function enterReveal(state: RoomState, now: number, effects: Effect[]): void {
  const cur = current(state)!;
  if (cur.rules.sealed) scoreSealed(state, cur);
  // Vote rounds score here, once, from the votes (none if the vote was skipped) and the judgement.
  const votes = voteCounts(cur);
  if (cur.rules.vote) {
    for (const record of cur.game.answers.values()) {
      const player = state.players.get(record.playerId);
      if (!player || record.attempts === 0) continue;
      const received = votes.get(record.playerId) ?? 0;
      const points = cur.rules.vote.points(cur.config, cur.question.data, record.judgement, received);
      record.points += points;
      // The results file shows what the points came from.
      record.answerText += `; ${received} vote${received === 1 ? '' : 's'}`;
      player.score += points;
    }
  }
  for (const player of state.players.values()) {
    const record = recordFor(cur, player.id);
    record.nickname = player.nickname;
    record.scoreAfter = player.score;
  }
  const records = [...cur.game.answers.values()].filter((r) => state.players.has(r.playerId));
  state.history.push(...records.map((r) => ({ ...r })));
  scoreAi(cur, phaseElapsed(state, now));
  const summaries: AnswerSummary[] = records.map((r) => ({
    playerId: r.playerId,
    correct: r.correct,
    atMs: r.atMs ?? Infinity,
    judgement: r.judgement,
    ...(cur.rules.vote ? { votes: votes.get(r.playerId) ?? 0 } : {}),
  }));
  enter(state, 'reveal', now, effects);
  cur.game.lastReveal = {
      questionId: cur.question.id,
      view: cur.rules.reveal(cur.config, cur.question.data, summaries),
      correctCount: records.filter((r) => r.correct).length,
      answeredCount: records.filter((r) => r.attempts > 0).length,
      total: records.length,
    results: records.map((r) => ({ playerId: r.playerId, correct: r.correct, points: r.points })),
  };
  effects.push(send(toRoom, 'round:reveal', cur.game.lastReveal));
  scheduleWake(state, now, effects, null);
}

/** A sealed round's verdicts count now, in the order they arrived, as they would have at answer time. */
function scoreSealed(state: RoomState, cur: Current): void {
  const right = [...cur.game.answers.values()].filter((r) => r.sealedCorrect && state.players.has(r.playerId));
  right.sort((a, b) => (a.atMs ?? 0) - (b.atMs ?? 0));
  for (const record of right) awardPoints(state, cur, record);
}

/** The AI scores only if it actually buzzed before the question ended, like any player. */
function scoreAi(cur: Current, endedAtMs: number): void {
  const ai = cur.rules.ai(cur.config, cur.question.data);
  if (!ai) return;
  const points =
    ai.correct && ai.atMs !== null && ai.atMs <= endedAtMs
      ? cur.rules.score({
          config: cur.config,
          elapsedMs: ai.atMs,
          windowMs: cur.rules.speedWindowMs(cur.config, cur.question.data),
          rank: 0,
          beatAi: false,
        })
      : 0;
  cur.game.aiScore = (cur.game.aiScore ?? 0) + points;
}

export function enterLeaderboard(state: RoomState, now: number, effects: Effect[]): void {
  enter(state, 'leaderboard', now, effects);
  scheduleWake(state, now, effects, null);
}

/** Back to the lobby after a game; its results stay downloadable until the next game starts. */
export function enterLobby(state: RoomState, now: number, effects: Effect[]): void {
  enter(state, 'lobby', now, effects);
}

export function enterPodium(state: RoomState, now: number, effects: Effect[]): void {
  enter(state, 'podium', now, effects);
}

/** What "next" means in each phase: the host's skip button and a phase running out of time. */
export function advance(state: RoomState, now: number, effects: Effect[]): void {
  const game = state.game;
  const cur = current(state);
  if (!game || !cur) return;
  const moves: Partial<Record<Phase, () => void>> = {
    intro: () => enterQuestion(state, 0, now, effects),
    question: () => endQuestion(state, now, effects),
    vote: () => enterReveal(state, now, effects),
    reveal: () =>
      game.questionIndex + 1 < cur.round.questions.length
        ? enterQuestion(state, game.questionIndex + 1, now, effects)
        : enterLeaderboard(state, now, effects),
    leaderboard: () =>
      game.roundIndex + 1 < game.rounds.length
        ? enterIntro(state, game.roundIndex + 1, now, effects)
        : enterPodium(state, now, effects),
  };
  moves[state.phase]?.();
}
