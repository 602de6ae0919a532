import type { PreparedRound, Verdict } from './round-rules';
import type { Answer, PlaylistEntry } from './rounds/registry-schemas';

/** Everything that can happen to a room. The runtime turns socket events and timers into these. */
export type RoomEvent =
  | { type: 'join'; playerId: string; nickname: string; token: string }
  | { type: 'resume'; token: string }
  | { type: 'disconnect'; playerId: string }
  | { type: 'host-disconnect' }
  | { type: 'leave'; playerId: string }
  | { type: 'playlist'; playlist: PlaylistEntry[] }
  /** The host pressed start: the runtime is preparing questions (models run), then sends `start`. */
  | { type: 'prepare' }
  | { type: 'start'; rounds: PreparedRound[] }
  | { type: 'prepare-failed' }
  | { type: 'pause' }
  | { type: 'unpause' }
  | { type: 'next' }
  | { type: 'end' }
  | { type: 'lobby' }
  | { type: 'kick'; playerId: string }
  | { type: 'lock'; locked: boolean }
  | {
      type: 'answer';
      playerId: string;
      questionId: string;
      answerType: Answer['type'];
      /** ms into the question when the answer arrived (judging may take a while after). */
      elapsedMs: number;
      verdict: Verdict;
    }
  | { type: 'wake'; seq: number }
  /** Periodic check of grace periods. */
  | { type: 'sweep' };

export type RoomEventType = RoomEvent['type'];
export type EventOf<T extends RoomEventType> = Extract<RoomEvent, { type: T }>;
