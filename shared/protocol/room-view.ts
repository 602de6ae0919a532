import { z } from 'zod';
import { playlistEntrySchema } from '../game/rounds/registry-schemas';

/** 'vote' follows 'question' only in rounds whose players vote on each other's answers (Sketch Duet). */
export const PHASES = ['lobby', 'intro', 'question', 'vote', 'reveal', 'leaderboard', 'podium'] as const;
export type Phase = (typeof PHASES)[number];

export const playerViewSchema = z.strictObject({
  id: z.string(),
  nickname: z.string(),
  score: z.number().int(),
  connected: z.boolean(),
});
export type PlayerView = z.infer<typeof playerViewSchema>;

/** The room as everyone in it sees it. Sent whenever roster, phase or settings change (coalesced). */
export const roomViewSchema = z.strictObject({
  code: z.string(),
  phase: z.enum(PHASES),
  paused: z.boolean(),
  locked: z.boolean(),
  preparing: z.boolean(),
  hostConnected: z.boolean(),
  players: z.array(playerViewSchema),
  /** The AI's running score, for rounds where it competes; null before it has played. */
  aiScore: z.number().int().nullable(),
  playlist: z.array(playlistEntrySchema),
  round: z
    .strictObject({ index: z.number().int(), count: z.number().int(), entry: playlistEntrySchema })
    .nullable(),
  question: z
    .strictObject({
      index: z.number().int(),
      count: z.number().int(),
      id: z.string(),
      /** Time left in this phase when the view was sent; null when no timer runs. */
      remainingMs: z.number().int().nullable(),
    })
    .nullable(),
  /** Time until the room moves on by itself from intro/reveal/leaderboard; null when the host advances. */
  autoAdvanceMs: z.number().int().nullable(),
});
export type RoomView = z.infer<typeof roomViewSchema>;
