import { z } from 'zod';
import { ballotEntryViewSchema, judgementSchema, questionEventSchema, questionViewSchema, revealViewSchema } from '../game/rounds/registry-schemas';
import { roomViewSchema } from './room-view';

/** Everything the server sends without being asked. Tests parse what they receive with these. */
export const serverEventSchemas = {
  'room:state': roomViewSchema,
  'round:question': z.strictObject({
    questionId: z.string(),
    roundIndex: z.number().int(),
    questionIndex: z.number().int(),
    questionCount: z.number().int(),
    remainingMs: z.number().int().nullable(),
    view: questionViewSchema,
    /** Only in the catch-up sent to one player who (re)joins mid-question: what they already answered. */
    mine: z
      .strictObject({
        correct: z.boolean(),
        points: z.number().int(),
        attempts: z.number().int(),
        canRetry: z.boolean(),
        /** What the model made of the last answer, as the ack told the player. */
        judgement: judgementSchema.nullable(),
        /** True in rounds that tell right or wrong only at the reveal: correct and points are false and 0 until then. */
        sealed: z.literal(true).optional(),
      })
      .optional(),
  }),
  'round:event': z.strictObject({ questionId: z.string(), event: questionEventSchema }),
  'round:progress': z.strictObject({
    questionId: z.string(),
    answered: z.number().int(),
    total: z.number().int(),
  }),
  /** The gallery of a vote phase, anonymous; `mine` only in the catch-up sent to one player. */
  'round:ballot': z.strictObject({
    questionId: z.string(),
    remainingMs: z.number().int().nullable(),
    entries: z.array(z.strictObject({ entryId: z.string(), view: ballotEntryViewSchema })),
    mine: z.strictObject({ entryId: z.string().nullable(), votedFor: z.string().nullable() }).optional(),
  }),
  'round:reveal': z.strictObject({
    questionId: z.string(),
    view: revealViewSchema,
    correctCount: z.number().int(),
    answeredCount: z.number().int(),
    total: z.number().int(),
    results: z.array(
      z.strictObject({ playerId: z.string(), correct: z.boolean(), points: z.number().int() }),
    ),
  }),
  'room:closed': z.strictObject({ reason: z.enum(['host-left', 'kicked']) }),
} as const;

export type ServerEventName = keyof typeof serverEventSchemas;
export type ServerPayload<E extends ServerEventName> = z.infer<(typeof serverEventSchemas)[E]>;
