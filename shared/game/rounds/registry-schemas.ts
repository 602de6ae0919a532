import { z } from 'zod';
import {
  digitAnswerSchema,
  digitsAiBuzzSchema,
  digitsConfigSchema,
  digitsFrameSchema,
  digitsJudgementSchema,
  digitsQuestionViewSchema,
  digitsRevealViewSchema,
  drawingAnswerSchema,
} from './digits/schemas';

/**
 * The wire shapes of every round kind, as unions. Adding a round kind adds one member to each list here
 * (and one line in the rules registry); the protocol and room code stay as they are.
 */
export const ROUND_KINDS = ['digits'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const playlistEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('digits'), config: digitsConfigSchema }),
]);
export type PlaylistEntry = z.infer<typeof playlistEntrySchema>;

export const answerSchema = z.discriminatedUnion('type', [digitAnswerSchema, drawingAnswerSchema]);
export type Answer = z.infer<typeof answerSchema>;

export const questionViewSchema = z.union([digitsQuestionViewSchema]);
export type QuestionView = z.infer<typeof questionViewSchema>;

/** Things that happen during a question on a schedule (frames, the AI buzzing in). */
export const questionEventSchema = z.union([digitsFrameSchema, digitsAiBuzzSchema]);
export type QuestionEvent = z.infer<typeof questionEventSchema>;

export const revealViewSchema = z.union([digitsRevealViewSchema]);
export type RevealView = z.infer<typeof revealViewSchema>;

/** What the model made of one player's answer, told to that player only. */
export const judgementSchema = z.union([digitsJudgementSchema]);
export type Judgement = z.infer<typeof judgementSchema>;
