/**
 * Everything the screens render from, in one plain object. The controller (app-controller.ts) is the only
 * writer; scenes subscribe. Pure types and functions only: no DOM, no Phaser, so it is unit-testable.
 */
import type { AnswerResult, RoomView, ServerPayload } from '../../../shared/protocol/index';
import type { QuestionView } from '../../../shared/game/rounds/registry-schemas';
import type { ClientErrorCode } from '../net/game-client';

export type Connection = 'connecting' | 'connected' | 'reconnecting';

export interface Session {
  code: string;
  role: 'host' | 'player';
  token: string;
  playerId: string | null;
  /** Set for the host right after room:create. */
  joinUrl?: string;
}

export interface AiBuzz {
  digit: number;
  frameIndex: number;
  confidence: number;
}

/** My own answers to the current question, as the server told me. */
export interface MyAnswer {
  correct: boolean;
  points: number;
  canRetry: boolean;
  attempts: number;
  /**
   * Right or wrong is kept back until the reveal ("Real or AI?"): `correct` and `points` say nothing yet, the
   * screen says "locked in" instead of "wrong".
   */
  sealed: boolean;
  /** Last ack's result (draw race judgement included); null after a catch-up that did not carry one. */
  last: AnswerResult | null;
}

/** One duet as it is being drawn (Sketch Duet): strokes by index, as the server streams them. */
export interface DuetProgress {
  strokes: { by: 'player' | 'ai'; stroke: [number, number][] }[];
  finished: boolean;
}

/** The gallery of a vote phase. */
export interface BallotState {
  entries: ServerPayload<'round:ballot'>['entries'];
  /** My own entry (not votable) and my vote, once known. */
  mine: { entryId: string | null; votedFor: string | null };
  deadlineAt: number | null;
}

export interface QuestionState {
  id: string;
  roundIndex: number;
  index: number;
  count: number;
  view: QuestionView;
  /** Local clock (performance.now) when the timer hits zero; null = no limit. Re-synced from room:state. */
  deadlineAt: number | null;
  /** Frames received so far (reveal race), by index, base64. */
  frames: string[];
  aiBuzz: AiBuzz | null;
  progress: { answered: number; total: number } | null;
  mine: MyAnswer | null;
  /** Duets being drawn in this question, by entry id (Sketch Duet). */
  duets: Record<string, DuetProgress>;
  /** Which duet is mine: the server says so before the AI starts drawing it (or in my catch-up). */
  myEntryId: string | null;
  ballot: BallotState | null;
}

export type Reveal = ServerPayload<'round:reveal'>;
/** Why the room is gone: what the server said, or 'ended' when it no longer exists at all. */
export type CloseReason = ServerPayload<'room:closed'>['reason'] | 'ended';

/** Where the person is before they are in a room. */
export type Entry = { screen: 'home'; code?: string } | { screen: 'join'; code: string };

export interface AppState {
  connection: Connection;
  entry: Entry;
  session: Session | null;
  /** Trying to take a stored seat back; the screen waits instead of flashing the home page. */
  resuming: boolean;
  view: RoomView | null;
  /** performance.now() when `view` arrived: its remaining times count from then. */
  viewAt: number;
  question: QuestionState | null;
  reveal: Reveal | null;
  closed: CloseReason | null;
  /** The last failed request, for a toast. */
  error: { code: ClientErrorCode; at: number } | null;
}

export const initialState = (entry: Entry): AppState => ({
  connection: 'connecting',
  entry,
  session: null,
  resuming: false,
  view: null,
  viewAt: 0,
  question: null,
  reveal: null,
  closed: null,
  error: null,
});

export type ScreenKey =
  | 'Home'
  | 'Join'
  | 'Resuming'
  | 'HostLobby'
  | 'PlayerLobby'
  | 'Intro'
  | 'Question'
  | 'Reveal'
  | 'Leaderboard'
  | 'Podium'
  | 'Closed';

/** Which scene shows this state. One table per phase keeps it obvious what each screen is for. */
export function screenFor(state: AppState): ScreenKey {
  if (state.closed) return 'Closed';
  if (state.resuming) return 'Resuming';
  const { session, view } = state;
  if (!session) return state.entry.screen === 'join' ? 'Join' : 'Home';
  if (!view) return 'Resuming';
  const byPhase: Record<RoomView['phase'], ScreenKey> = {
    lobby: session.role === 'host' ? 'HostLobby' : 'PlayerLobby',
    intro: 'Intro',
    // The question screen stays until the reveal arrives, so a late round:reveal does not flash a blank.
    question: 'Question',
    // Voting is part of the question's screen: the round's view shows the gallery.
    vote: 'Question',
    reveal: state.reveal && state.reveal.questionId === view.question?.id ? 'Reveal' : 'Question',
    leaderboard: 'Leaderboard',
    podium: 'Podium',
  };
  return byPhase[view.phase];
}

/** Milliseconds left on the question timer, or null for no limit. Frozen while paused. */
export function remainingMs(question: QuestionState, now: number, pausedAt: number | null): number | null {
  if (question.deadlineAt === null) return null;
  return Math.max(0, question.deadlineAt - (pausedAt ?? now));
}
