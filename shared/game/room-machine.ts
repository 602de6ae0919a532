import { fail, type ErrorCode } from '../protocol/errors';
import type { Phase } from '../protocol/room-view';
import type { Effect, StepResult } from './effects';
import { send, toRoom } from './effects';
import { checkNickname, nicknameKey, normaliseNickname } from './nickname';
import {
  advance,
  endQuestion,
  enterIntro,
  enterLobby,
  enterPodium,
  enterReveal,
  phaseDurationMs,
  scheduleWake,
} from './phase-transitions';
import { answerProblem, awardPoints, current, currentRoundRules, flushTimeline, isDone, pastDeadline, progress, recordFor } from './question-flow';
import type { EventOf, RoomEvent, RoomEventType } from './room-events';
import { phaseElapsed, type RoomState } from './room-state';
import { ballotMessage, voteProgress } from './vote-flow';

/**
 * The room as a phase machine: lobby -> (intro -> question -> reveal ...) -> leaderboard ... -> podium.
 *
 * `step` applies one event at time `now` to the state and returns what the runtime must do. It reads no
 * clock, sets no timer and touches no socket, so tests drive it with a fake clock and inspect the effects.
 * On an error it returns the error and leaves the state exactly as it was.
 */
export function step(state: RoomState, event: RoomEvent, now: number): StepResult {
  if (state.closed) return { effects: [], error: fail('ROOM_NOT_FOUND', 'room is closed').error };
  const handler = handlers[event.type] as Handler<RoomEventType>;
  return handler(state, event, now);
}

type Handler<T extends RoomEventType> = (state: RoomState, event: EventOf<T>, now: number) => StepResult;

const IN_GAME: readonly Phase[] = ['intro', 'question', 'vote', 'reveal', 'leaderboard'];

function refuse(code: ErrorCode, message: string): StepResult {
  return { effects: [], error: { code, message } };
}

function done(effects: Effect[] = [], data: unknown = {}): StepResult {
  return { effects, data };
}

function findPlayerByToken(state: RoomState, token: string) {
  for (const player of state.players.values()) if (player.token === token) return player;
  return undefined;
}

const handlers: { [T in RoomEventType]: Handler<T> } = {
  join: (state, { playerId, nickname, token }) => {
    if (state.locked) return refuse('ROOM_LOCKED', 'the host has locked this room');
    if (state.players.size >= state.timings.maxPlayers) return refuse('ROOM_FULL', 'the room is full');
    const problem = checkNickname(nickname);
    if (problem) return refuse(problem, 'nickname not allowed');
    const name = normaliseNickname(nickname);
    const key = nicknameKey(name);
    for (const p of state.players.values()) {
      if (nicknameKey(p.nickname) === key) return refuse('NICKNAME_TAKEN', 'someone in the room has that name');
    }
    state.players.set(playerId, {
      id: playerId,
      nickname: name,
      token,
      score: 0,
      connected: true,
      disconnectedAt: null,
    });
    return done([{ type: 'view' }], { playerId });
  },

  resume: (state, { token }) => {
    // Another tab of a seat that is already connected changes nothing the room can see.
    if (token === state.host.token) {
      const changed: Effect[] = state.host.connected ? [] : [{ type: 'view' }];
      state.host.connected = true;
      state.host.disconnectedAt = null;
      return done(changed, { role: 'host', playerId: null });
    }
    const player = findPlayerByToken(state, token);
    if (!player) return refuse('SESSION_INVALID', 'no seat for this token');
    const changed: Effect[] = player.connected ? [] : [{ type: 'view' }];
    player.connected = true;
    player.disconnectedAt = null;
    return done(changed, { role: 'player', playerId: player.id });
  },

  disconnect: (state, { playerId }, now) => {
    const player = state.players.get(playerId);
    if (!player) return refuse('NOT_PLAYER', 'no such player');
    player.connected = false;
    player.disconnectedAt = now;
    return done([{ type: 'view' }, ...maybeEndQuestion(state, now)]);
  },

  'host-disconnect': (state, _event, now) => {
    state.host.connected = false;
    state.host.disconnectedAt = now;
    return done([{ type: 'view' }]);
  },

  leave: (state, { playerId }, now) => {
    const player = state.players.get(playerId);
    if (!player) return refuse('NOT_PLAYER', 'no such player');
    // In a game the seat and points stay (the results file needs them); in the lobby the seat is freed.
    if (state.phase === 'lobby') state.players.delete(playerId);
    else {
      player.connected = false;
      player.disconnectedAt = now;
    }
    return done([{ type: 'view' }, ...maybeEndQuestion(state, now)]);
  },

  playlist: (state, { playlist }) => {
    if (state.phase !== 'lobby' || state.preparing) return refuse('WRONG_PHASE', 'playlist is set in the lobby');
    state.playlist = structuredClone(playlist);
    return done([{ type: 'view' }]);
  },

  prepare: (state) => {
    if (state.preparing || (state.phase !== 'lobby' && state.phase !== 'podium')) {
      return refuse('WRONG_PHASE', 'a game is already running');
    }
    if (state.playlist.length === 0) return refuse('PLAYLIST_EMPTY', 'add a round first');
    state.preparing = true;
    return done([{ type: 'view' }]);
  },

  start: (state, { rounds }, now) => {
    if (!state.preparing) return refuse('WRONG_PHASE', 'not preparing');
    state.preparing = false;
    // A new game starts everyone from zero; the previous game's results were for downloading at its podium.
    for (const player of state.players.values()) player.score = 0;
    state.history = [];
    state.game = { rounds, roundIndex: 0, questionIndex: -1, timelineSent: 0, answers: new Map(), judging: new Map(), settledAtMs: null, ballot: null, aiScore: null, lastReveal: null };
    const effects: Effect[] = [];
    enterIntro(state, 0, now, effects);
    return done(effects);
  },

  'prepare-failed': (state) => {
    state.preparing = false;
    return done([{ type: 'view' }]);
  },

  pause: (state, _event, now) => {
    if (!IN_GAME.includes(state.phase) || state.pausedAt !== null) return refuse('WRONG_PHASE', 'nothing to pause');
    state.pausedAt = now;
    return done([{ type: 'view' }]);
  },

  unpause: (state, _event, now) => {
    if (state.pausedAt === null) return refuse('WRONG_PHASE', 'not paused');
    state.pausedMs += now - state.pausedAt;
    state.pausedAt = null;
    const effects: Effect[] = [{ type: 'view' }];
    const cur = current(state);
    const next = state.phase === 'question' && cur ? flushTimeline(state, cur, now, effects) : null;
    scheduleWake(state, now, effects, next);
    // Players may have left while paused: the question can be over now.
    return done([...effects, ...maybeEndQuestion(state, now)]);
  },

  next: (state, _event, now) => {
    if (!IN_GAME.includes(state.phase)) return refuse('WRONG_PHASE', 'no game running');
    const effects: Effect[] = [];
    advance(state, now, effects);
    return done(effects);
  },

  end: (state, _event, now) => {
    if (!IN_GAME.includes(state.phase)) return refuse('WRONG_PHASE', 'no game running');
    const effects: Effect[] = [];
    // Ending the game skips any vote still to come; votes already cast in a vote under way still count.
    if (state.phase === 'question' || state.phase === 'vote') enterReveal(state, now, effects);
    enterPodium(state, now, effects);
    return done(effects);
  },

  lobby: (state, _event, now) => {
    if (state.phase !== 'podium') return refuse('WRONG_PHASE', 'the game is not over');
    const effects: Effect[] = [];
    enterLobby(state, now, effects);
    return done(effects);
  },

  kick: (state, { playerId }, now) => {
    const player = state.players.get(playerId);
    if (!player) return refuse('PLAYER_NOT_FOUND', 'no such player');
    state.players.delete(playerId);
    state.game?.answers.delete(playerId);
    state.game?.judging.delete(playerId);
    const effects: Effect[] = [
      send({ playerId }, 'room:closed', { reason: 'kicked' }),
      { type: 'drop', playerId },
      { type: 'view' },
      ...withdrawFromBallot(state, playerId, now),
    ];
    return done([...effects, ...maybeEndQuestion(state, now)]);
  },

  lock: (state, { locked }) => {
    state.locked = locked;
    return done([{ type: 'view' }]);
  },

  'answer-begin': (state, { playerId, questionId, answerType }, now) => {
    const elapsedMs = phaseElapsed(state, now);
    const problem = answerProblem(state, playerId, questionId, answerType, elapsedMs);
    if (problem) return refuse(problem, problem === 'RATE_LIMITED' ? 'your last answer is still being judged' : 'answer not accepted');
    current(state)!.game.judging.set(playerId, elapsedMs);
    return done([], { elapsedMs });
  },

  answer: (state, { playerId, questionId, verdict }, now) => {
    const cur = current(state);
    const elapsedMs = cur?.question?.id === questionId ? cur.game.judging.get(playerId) : undefined;
    // The question ended (the host skipped, or the judging grace ran out) while this answer was judged.
    if (state.phase !== 'question' || !cur || elapsedMs === undefined) return refuse('TOO_LATE', 'the question is over');
    if (!state.players.has(playerId)) return refuse('NOT_PLAYER', 'no longer in the room');
    cur.game.judging.delete(playerId);
    const record = recordFor(cur, playerId);
    record.attempts++;
    record.atMs = elapsedMs;
    record.answerText = verdict.answerText;
    record.judgement = verdict.judgement;
    if (cur.rules.sealed) record.sealedCorrect = verdict.correct;
    else if (verdict.correct) awardPoints(state, cur, record);
    // Scores reach the room with the reveal's view: re-sending the roster on every answer would cost
    // a big room megabytes a second for numbers nobody is shown mid-question.
    const effects: Effect[] = [
      send(toRoom, 'round:progress', { questionId, ...progress(state, cur) }),
      ...maybeEndQuestion(state, now),
    ];
    const canRetry = !isDone(cur, record);
    if (cur.rules.sealed) return done(effects, { correct: false, points: 0, canRetry, judgement: verdict.judgement, sealed: true });
    return done(effects, { correct: verdict.correct, points: record.points, canRetry, judgement: verdict.judgement });
  },

  'answer-failed': (state, { playerId, questionId }, now) => {
    const cur = current(state);
    if (cur?.question?.id === questionId) cur.game.judging.delete(playerId);
    return done(maybeEndQuestion(state, now));
  },

  vote: (state, { playerId, questionId, entryId }, now) => {
    if (!state.players.has(playerId)) return refuse('NOT_PLAYER', 'only players vote');
    const cur = current(state);
    const ballot = cur?.game.ballot;
    if (state.phase !== 'vote' || !cur || !ballot || state.pausedAt !== null) return refuse('WRONG_PHASE', 'no vote is open');
    if (ballot.questionId !== questionId) return refuse('WRONG_QUESTION', 'that vote is over');
    const entry = ballot.entries.find((e) => e.entryId === entryId);
    if (!entry) return refuse('INVALID_VOTE', 'no such entry in the gallery');
    if (entry.playerId === playerId) return refuse('INVALID_VOTE', 'you cannot vote for your own');
    if (ballot.votes.has(playerId)) return refuse('ALREADY_ANSWERED', 'you have voted');
    ballot.votes.set(playerId, entryId);
    return done([send(toRoom, 'round:progress', { questionId, ...voteProgress(state, cur) }), ...maybeEndQuestion(state, now)]);
  },

  wake: (state, { seq }, now) => {
    // A timer from a phase already left, or one that fires while paused, changes nothing.
    if (seq !== state.seq || state.pausedAt !== null) return done();
    const effects: Effect[] = [];
    const cur = current(state);
    const next = state.phase === 'question' && cur ? flushTimeline(state, cur, now, effects) : null;
    const duration = phaseDurationMs(state);
    const elapsed = phaseElapsed(state, now);
    if (duration === null || elapsed < duration) scheduleWake(state, now, effects, next);
    else if (awaitingJudgement(state, elapsed, duration)) effects.push({ type: 'wake', at: now + JUDGING_POLL_MS, seq });
    else advance(state, now, effects);
    return done(effects);
  },

  sweep: (state, _event, now) => {
    const effects: Effect[] = [];
    const hostAwayMs = state.host.connected ? 0 : now - (state.host.disconnectedAt ?? now);
    const nobodyHere = ![...state.players.values()].some((p) => p.connected);
    if (hostAwayMs >= state.timings.hostGraceMs || (nobodyHere && hostAwayMs >= state.timings.abandonedRoomMs)) {
      state.closed = true;
      return done([send(toRoom, 'room:closed', { reason: 'host-left' }), { type: 'close' }]);
    }
    if (state.phase === 'lobby') {
      for (const player of [...state.players.values()]) {
        if (!player.connected && now - (player.disconnectedAt ?? now) >= state.timings.playerGraceMs) {
          state.players.delete(player.id);
          effects.push({ type: 'view' });
        }
      }
    }
    return done(effects);
  },
};

/**
 * A kicked player leaves the vote: their vote is withdrawn, their entry leaves the gallery, and whoever voted
 * for it may vote again. The room gets the new gallery.
 */
function withdrawFromBallot(state: RoomState, playerId: string, now: number): Effect[] {
  const cur = current(state);
  const ballot = cur?.game.ballot;
  if (state.phase !== 'vote' || !cur || !ballot) return [];
  ballot.votes.delete(playerId);
  const gone = ballot.entries.filter((e) => e.playerId === playerId).map((e) => e.entryId);
  if (gone.length === 0) return [send(toRoom, 'round:progress', { questionId: ballot.questionId, ...voteProgress(state, cur) })];
  ballot.entries = ballot.entries.filter((e) => e.playerId !== playerId);
  for (const [voter, entryId] of [...ballot.votes]) if (gone.includes(entryId)) ballot.votes.delete(voter);
  return [
    send(toRoom, 'round:ballot', ballotMessage(state, cur, now, null)),
    send(toRoom, 'round:progress', { questionId: ballot.questionId, ...voteProgress(state, cur) }),
  ];
}

/** While answers sent in time are judged, a question waits past its deadline, up to a grace period. */
const JUDGING_POLL_MS = 50;

function awaitingJudgement(state: RoomState, elapsed: number, duration: number): boolean {
  const judging = state.phase === 'question' ? (state.game?.judging.size ?? 0) : 0;
  const grace = currentRoundRules(state)?.rules.judgingGraceMs?.() ?? state.timings.judgingGraceMs;
  return judging > 0 && elapsed < duration + grace;
}

/**
 * A question ends once every connected player is done (never with nobody connected), or once its
 * deadline has passed and the last answers sent in time have been judged. A vote ends once everyone who
 * can vote has voted (its deadline is a plain wake-up).
 */
function maybeEndQuestion(state: RoomState, now: number): Effect[] {
  const cur = current(state);
  if (!cur || state.pausedAt !== null) return [];
  const effects: Effect[] = [];
  if (state.phase === 'vote') {
    const { answered, total } = voteProgress(state, cur);
    if (total > 0 && answered >= total) enterReveal(state, now, effects);
    return effects;
  }
  if (state.phase !== 'question') return [];
  const { answered, total } = progress(state, cur);
  const everyoneDone = total > 0 && answered >= total;
  const elapsed = phaseElapsed(state, now);
  const timeUp = pastDeadline(cur, elapsed) && cur.game.judging.size === 0;
  const settleMs = cur.rules.settleMs?.(cur.config) ?? 0;
  if (everyoneDone && !timeUp && settleMs > 0 && (cur.game.settledAtMs === null || elapsed < cur.game.settledAtMs + settleMs)) {
    // Everyone is done, but the room is still watching: end after the settle time (a wake-up).
    if (cur.game.settledAtMs === null) {
      cur.game.settledAtMs = elapsed;
      effects.push({ type: 'view' });
      scheduleWake(state, now, effects, null);
    }
    return effects;
  }
  if (!everyoneDone && !timeUp) return [];
  endQuestion(state, now, effects);
  return effects;
}
