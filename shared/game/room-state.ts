import type { Phase } from '../protocol/room-view';
import type { BallotEntry, PreparedRound, Verdict } from './round-rules';
import type { PlaylistEntry } from './rounds/registry-schemas';
import type { ServerPayload } from '../protocol/server-events';
import { DEFAULT_DIGITS_CONFIG } from './rounds/digits/schemas';

export interface RoomTimings {
  /** Round title card before the first question. */
  introMs: number;
  revealMs: number;
  leaderboardMs: number;
  /** How long a disconnected player's lobby seat is kept (in a game, seats are kept to the end). */
  playerGraceMs: number;
  /** How long the room waits for a disconnected host before closing. */
  hostGraceMs: number;
  /** A room with its host gone and nobody connected closes sooner than that. */
  abandonedRoomMs: number;
  maxPlayers: number;
  /** How long a question waits past its deadline for answers that arrived in time but are still being judged. */
  judgingGraceMs: number;
}

export const DEFAULT_TIMINGS: RoomTimings = {
  introMs: 4_000,
  revealMs: 8_000,
  leaderboardMs: 10_000,
  playerGraceMs: 5 * 60_000,
  hostGraceMs: 15 * 60_000,
  abandonedRoomMs: 2 * 60_000,
  maxPlayers: 250,
  judgingGraceMs: 3_000,
};

export interface PlayerState {
  id: string;
  nickname: string;
  token: string;
  score: number;
  connected: boolean;
  disconnectedAt: number | null;
}

/** One player's answer to one question: the results file has one row per player per question. */
export interface AnswerRecord {
  playerId: string;
  /** Kept with the row so the results file names players who left or were removed. */
  nickname: string;
  /** The player's running total after this question. */
  scoreAfter: number;
  roundIndex: number;
  questionIndex: number;
  questionId: string;
  attempts: number;
  correct: boolean;
  points: number;
  /** ms into the question of the final (or correct) answer; null if never answered. */
  atMs: number | null;
  answerText: string;
  judgement: Verdict['judgement'];
  /** In a sealed round, the verdict held back until the reveal scores it. */
  sealedCorrect?: boolean;
}

export interface GameState {
  rounds: PreparedRound[];
  roundIndex: number;
  questionIndex: number;
  /** How many timeline entries of the current question have been sent. */
  timelineSent: number;
  answers: Map<string, AnswerRecord>;
  /** Answers of the current question being judged: player id -> ms into the question it arrived at. */
  judging: Map<string, number>;
  /** Null until a round in which the AI competes has scored a question. */
  aiScore: number | null;
  /** ms into the current question when every player was done, in rounds that settle before ending. */
  settledAtMs: number | null;
  /** The current question's gallery and votes, from the start of its vote phase. */
  ballot: Ballot | null;
  /** The last reveal, re-sent to anyone who (re)joins during it. */
  lastReveal: ServerPayload<'round:reveal'> | null;
}

export interface Ballot {
  questionId: string;
  /** In gallery order; playerId never leaves the server before the reveal. */
  entries: (BallotEntry & { playerId: string })[];
  /** voter id -> entry id. */
  votes: Map<string, string>;
}

export interface RoomState {
  code: string;
  timings: RoomTimings;
  phase: Phase;
  /** Bumped on every phase entry; a timer carries the seq it was set in and is ignored once it is stale. */
  seq: number;
  phaseStartedAt: number;
  pausedAt: number | null;
  /** Time spent paused in the current phase. */
  pausedMs: number;
  locked: boolean;
  preparing: boolean;
  host: { token: string; connected: boolean; disconnectedAt: number | null };
  /** In join order. */
  players: Map<string, PlayerState>;
  playlist: PlaylistEntry[];
  game: GameState | null;
  history: AnswerRecord[];
  closed: boolean;
}

export const DEFAULT_PLAYLIST: PlaylistEntry[] = [
  { kind: 'digits', config: { ...DEFAULT_DIGITS_CONFIG, variant: 'reveal' } },
  { kind: 'digits', config: { ...DEFAULT_DIGITS_CONFIG, variant: 'draw', timerSec: 30 } },
];

export function createRoomState(
  code: string,
  hostToken: string,
  now: number,
  timings: RoomTimings = DEFAULT_TIMINGS,
): RoomState {
  return {
    code,
    timings,
    phase: 'lobby',
    seq: 0,
    phaseStartedAt: now,
    pausedAt: null,
    pausedMs: 0,
    locked: false,
    preparing: false,
    host: { token: hostToken, connected: true, disconnectedAt: null },
    players: new Map(),
    playlist: structuredClone(DEFAULT_PLAYLIST),
    game: null,
    history: [],
    closed: false,
  };
}

/** ms spent in the current phase, pauses excluded. */
export function phaseElapsed(state: RoomState, now: number): number {
  return (state.pausedAt ?? now) - state.phaseStartedAt - state.pausedMs;
}
