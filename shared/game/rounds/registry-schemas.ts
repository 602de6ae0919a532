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
import {
  sketchAnswerSchema,
  sketchBallotEntryViewSchema,
  sketchCancelledEventSchema,
  sketchConfigSchema,
  sketchJudgementSchema,
  sketchQuestionViewSchema,
  sketchRevealViewSchema,
  sketchFinishedEventSchema,
  sketchStrokeEventSchema,
  sketchYoursEventSchema,
} from './sketch/schemas';
import {
  pickAnswerSchema,
  realOrAiConfigSchema,
  realOrAiJudgementSchema,
  realOrAiQuestionViewSchema,
  realOrAiRevealViewSchema,
} from './real-or-ai/schemas';

/**
 * The wire shapes of every round kind, as unions. Adding a round kind adds one member to each list here
 * (and one line in the rules registry); the protocol and room code stay as they are.
 */
export const ROUND_KINDS = ['digits', 'sketch', 'real-or-ai'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const playlistEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('digits'), config: digitsConfigSchema }),
  z.strictObject({ kind: z.literal('sketch'), config: sketchConfigSchema }),
  z.strictObject({ kind: z.literal('real-or-ai'), config: realOrAiConfigSchema }),
]);
export type PlaylistEntry = z.infer<typeof playlistEntrySchema>;

export const answerSchema = z.discriminatedUnion('type', [digitAnswerSchema, drawingAnswerSchema, sketchAnswerSchema, pickAnswerSchema]);
export type Answer = z.infer<typeof answerSchema>;

export const questionViewSchema = z.union([digitsQuestionViewSchema, sketchQuestionViewSchema, realOrAiQuestionViewSchema]);
export type QuestionView = z.infer<typeof questionViewSchema>;

/** Things that happen during a question: on a schedule (frames, the AI buzzing in) or as the AI draws. */
export const questionEventSchema = z.union([digitsFrameSchema, digitsAiBuzzSchema, sketchStrokeEventSchema, sketchFinishedEventSchema, sketchYoursEventSchema, sketchCancelledEventSchema]);
export type QuestionEvent = z.infer<typeof questionEventSchema>;

export const revealViewSchema = z.union([digitsRevealViewSchema, sketchRevealViewSchema, realOrAiRevealViewSchema]);
export type RevealView = z.infer<typeof revealViewSchema>;

/** What the model made of one player's answer, told to that player only. */
export const judgementSchema = z.union([digitsJudgementSchema, sketchJudgementSchema, realOrAiJudgementSchema]);
export type Judgement = z.infer<typeof judgementSchema>;

/** An answer as it appears, anonymously, in a vote's gallery. */
export const ballotEntryViewSchema = z.union([sketchBallotEntryViewSchema]);
export type BallotEntryView = z.infer<typeof ballotEntryViewSchema>;
