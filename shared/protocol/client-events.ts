import { z } from 'zod';
import { answerSchema, judgementSchema, playlistEntrySchema } from '../game/rounds/registry-schemas';

/**
 * Everything a client may send, as `domain:verb` -> payload schema. Every event is acknowledged with
 * Ack<Result> (see ClientResults). An event not in this table is refused with UNKNOWN_EVENT.
 */
const empty = z.strictObject({});
const roomCode = z.string().trim().toUpperCase().regex(/^[A-Z0-9]{6}$/, 'six letters or digits');
const token = z.string().min(16).max(64);
const protocol = z.number().int();
const lang = z.enum(['ko', 'en']);

export const clientEventSchemas = {
  'room:create': z.strictObject({ protocol, lang: lang.optional() }),
  'room:join': z.strictObject({ protocol, code: roomCode, nickname: z.string().max(64) }),
  /** Take a seat back (player) or the room back (host) after a refresh or a dropped connection. */
  'room:resume': z.strictObject({ protocol, code: roomCode, token }),
  'room:leave': empty,
  'host:playlist': z.strictObject({ playlist: z.array(playlistEntrySchema).min(1).max(10) }),
  'host:start': empty,
  'host:pause': empty,
  'host:resume': empty,
  /** Skip: end the current question now, or move past an intro, reveal or leaderboard. */
  'host:next': empty,
  'host:end': empty,
  /** From the podium back to the lobby, to change the playlist or let new players in. */
  'host:lobby': empty,
  'host:kick': z.strictObject({ playerId: z.string().max(64) }),
  'host:lock': z.strictObject({ locked: z.boolean() }),
  'round:answer': z.strictObject({ questionId: z.string().max(64), answer: answerSchema }),
  /** In a vote phase: the gallery entry this player likes best (never their own). */
  'round:vote': z.strictObject({ questionId: z.string().max(64), entryId: z.string().max(64) }),
} as const;

export type ClientEventName = keyof typeof clientEventSchemas;
export type ClientPayload<E extends ClientEventName> = z.infer<(typeof clientEventSchemas)[E]>;

export const answerResultSchema = z.strictObject({
  /** Right or wrong, told at once to the player who answered (never to the others before the reveal). */
  correct: z.boolean(),
  points: z.number().int(),
  /** Another try is allowed (draw race: the AI did not recognise the drawing yet). */
  canRetry: z.boolean(),
  judgement: judgementSchema.nullable(),
  /** True in rounds that tell right or wrong only at the reveal ("Real or AI?"): correct and points say nothing yet. */
  sealed: z.literal(true).optional(),
});
export type AnswerResult = z.infer<typeof answerResultSchema>;

/** What each event's ack carries on success. */
export interface ClientResults {
  'room:create': { code: string; hostToken: string; joinUrl: string };
  'room:join': { playerId: string; token: string };
  /** joinUrl is the room's join link for the host (so a refreshed projector shows it again), null for players. */
  'room:resume': { role: 'host' | 'player'; playerId: string | null; joinUrl: string | null };
  'room:leave': Record<string, never>;
  'host:playlist': Record<string, never>;
  'host:start': Record<string, never>;
  'host:pause': Record<string, never>;
  'host:resume': Record<string, never>;
  'host:next': Record<string, never>;
  'host:end': Record<string, never>;
  'host:lobby': Record<string, never>;
  'host:kick': Record<string, never>;
  'host:lock': Record<string, never>;
  'round:answer': AnswerResult;
  'round:vote': Record<string, never>;
}
