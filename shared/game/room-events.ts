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
  /**
   * An answer arrived and passed the checks: its arrival time is recorded and the server starts judging it.
   * The question does not end at its deadline while answers sent in time are still being judged.
   */
  | { type: 'answer-begin'; playerId: string; questionId: string; answerType: Answer['type'] }
  | { type: 'answer'; playerId: string; questionId: string; verdict: Verdict }
  /** Judging failed (model error): the answer is dropped, the player may send it again. */
  | { type: 'answer-failed'; playerId: string; questionId: string }
  /** A player's vote for another player's answer, in a round's vote phase. */
  | { type: 'vote'; playerId: string; questionId: string; entryId: string }
  | { type: 'wake'; seq: number }
  /** Periodic check of grace periods. */
  | { type: 'sweep' };

export type RoomEventType = RoomEvent['type'];
export type EventOf<T extends RoomEventType> = Extract<RoomEvent, { type: T }>;
