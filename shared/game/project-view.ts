import type { RoomView } from '../protocol/room-view';
import type { Send } from './effects';
import { send } from './effects';
import { phaseDurationMs } from './phase-transitions';
import { current, isDone, progress } from './question-flow';
import { phaseElapsed, type RoomState } from './room-state';
import { ballotMessage, voteProgress } from './vote-flow';

/** The room as clients see it: no tokens, no answers, no prepared questions. */
export function projectView(state: RoomState, now: number): RoomView {
  const game = state.game;
  const cur = current(state);
  const duration = phaseDurationMs(state);
  const remaining = duration === null ? null : Math.max(0, Math.round(duration - phaseElapsed(state, now)));
  const inQuestion = (state.phase === 'question' || state.phase === 'vote' || state.phase === 'reveal') && cur?.question;
  return {
    code: state.code,
    phase: state.phase,
    paused: state.pausedAt !== null,
    locked: state.locked,
    preparing: state.preparing,
    hostConnected: state.host.connected,
    players: [...state.players.values()].map(({ id, nickname, score, connected }) => ({
      id,
      nickname,
      score,
      connected,
    })),
    aiScore: game?.aiScore ?? null,
    playlist: state.playlist,
    round: game && cur && state.phase !== 'lobby' ? { index: game.roundIndex, count: game.rounds.length, entry: cur.round.entry } : null,
    question:
      inQuestion && game && cur
        ? {
            index: game.questionIndex,
            count: cur.round.questions.length,
            id: cur.question.id,
            remainingMs: state.phase === 'question' || state.phase === 'vote' ? remaining : null,
          }
        : null,
    autoAdvanceMs: state.phase === 'question' || state.phase === 'vote' ? null : remaining,
  };
}

/**
 * What a socket that (re)joins mid-game needs beyond the room view to be where everyone else is: the
 * current question, every timeline event already sent, answers already streamed to the room (replayed),
 * its own answer so far; during a vote the gallery with its own entry and vote; or the reveal on screen.
 */
export function catchUp(state: RoomState, playerId: string | null, now: number): Send[] {
  const cur = current(state);
  if (!cur || !cur.question) return [];
  const to = playerId ? { playerId } : { host: true as const };
  if (state.phase === 'reveal' && cur.game.lastReveal) return [send(to, 'round:reveal', cur.game.lastReveal)];
  if (state.phase !== 'question' && state.phase !== 'vote') return [];
  const questionId = cur.question.id;
  const duration = phaseDurationMs(state);
  const record = playerId ? cur.game.answers.get(playerId) : undefined;
  const messages: Send[] = [
    send(to, 'round:question', {
      questionId,
      roundIndex: cur.game.roundIndex,
      questionIndex: cur.game.questionIndex,
      questionCount: cur.round.questions.length,
      // The phase's own end: the deadline, or sooner once everyone is done and the room is settling.
      remainingMs: state.phase === 'question' && duration !== null ? Math.max(0, Math.round(duration - phaseElapsed(state, now))) : null,
      view: cur.rules.view(cur.config, cur.question.data),
      ...(record
        ? {
            mine: {
              correct: record.correct,
              points: record.points,
              attempts: record.attempts,
              canRetry: !isDone(cur, record),
              judgement: record.judgement,
              ...(cur.rules.sealed ? { sealed: true } : {}),
            },
          }
        : {}),
    }),
  ];
  if (state.phase === 'vote' && cur.game.ballot) {
    messages.push(send(to, 'round:ballot', ballotMessage(state, cur, now, playerId)));
    messages.push(send(to, 'round:progress', { questionId, ...voteProgress(state, cur) }));
    return messages;
  }
  messages.push(send(to, 'round:progress', { questionId, ...progress(state, cur) }));
  const timeline = cur.rules.timeline(cur.config, cur.question.data);
  for (const entry of timeline.slice(0, cur.game.timelineSent)) {
    messages.push(send(to, 'round:event', { questionId, event: entry.event }));
  }
  for (const answer of cur.game.answers.values()) {
    for (const event of cur.rules.replay?.(cur.config, cur.question.data, answer.judgement) ?? []) {
      messages.push(send(to, 'round:event', { questionId, event }));
    }
  }
  return messages;
}
