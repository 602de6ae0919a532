import { z } from 'zod';
import { drawingSchema } from '../../../strokes/schema';

/**
 * The Digit Race round: what the host configures, what players answer, and what the room is shown.
 * Shared by server (validation, rules) and client (forms, rendering).
 */
export const DIGIT_VARIANTS = ['reveal', 'draw'] as const;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const digitsConfigSchema = z.strictObject({
  /** reveal: guess a digit emerging from noise before the AI; draw: draw the prompted digit. */
  variant: z.enum(DIGIT_VARIANTS),
  questions: z.number().int().min(1).max(20),
  /** Seconds per question; null means no limit (the host moves on). */
  timerSec: z.number().int().min(5).max(300).nullable(),
  speedScoring: z.boolean(),
  difficulty: z.enum(DIFFICULTIES),
});
export type DigitsConfig = z.infer<typeof digitsConfigSchema>;

export const DEFAULT_DIGITS_CONFIG: DigitsConfig = {
  variant: 'reveal',
  questions: 5,
  timerSec: 20,
  speedScoring: true,
  difficulty: 'medium',
};

export const digitSchema = z.number().int().min(0).max(9);

/** Answers a player can give in this round. */
export const digitAnswerSchema = z.strictObject({ type: z.literal('digit'), digit: digitSchema });
export const drawingAnswerSchema = z.strictObject({ type: z.literal('drawing'), strokes: drawingSchema });

/** 28x28 grayscale image, row-major, one byte per pixel, base64. 784 bytes -> 1048 characters. */
export const mnistImageSchema = z.string().length(1048);

const probabilitiesSchema = z.array(z.number().min(0).max(1)).length(10);

/** Sent at the start of each question. */
export const digitsQuestionViewSchema = z.discriminatedUnion('variant', [
  z.strictObject({
    kind: z.literal('digits'),
    variant: z.literal('reveal'),
    frameCount: z.number().int().positive(),
    frameIntervalMs: z.number().int().positive(),
  }),
  z.strictObject({
    kind: z.literal('digits'),
    variant: z.literal('draw'),
    prompt: digitSchema,
  }),
]);
export type DigitsQuestionView = z.infer<typeof digitsQuestionViewSchema>;

/** Sent while a reveal-race question runs, each frame only when it is due. */
export const digitsFrameSchema = z.strictObject({
  kind: z.literal('digits-frame'),
  index: z.number().int().min(0),
  image: mnistImageSchema,
});

/** Sent when the AI buzzes in. Whether it was right is only told at the reveal. */
export const digitsAiBuzzSchema = z.strictObject({
  kind: z.literal('digits-ai-buzz'),
  digit: digitSchema,
  frameIndex: z.number().int().min(0),
  confidence: z.number().min(0).max(1),
});

/** What the AI saw in a drawing: the 28x28 input it was given and its probabilities. */
export const digitsJudgementSchema = z.strictObject({
  input: mnistImageSchema,
  probabilities: probabilitiesSchema,
  guess: digitSchema,
  recognised: z.boolean(),
});
export type DigitsJudgement = z.infer<typeof digitsJudgementSchema>;

export const digitsRevealViewSchema = z.discriminatedUnion('variant', [
  z.strictObject({
    kind: z.literal('digits'),
    variant: z.literal('reveal'),
    answer: digitSchema,
    image: mnistImageSchema,
    ai: z.strictObject({
      digit: digitSchema.nullable(),
      frameIndex: z.number().int().nullable(),
      correct: z.boolean(),
      /** The AI's probabilities on every frame, so the reveal can replay how its belief grew. */
      probabilitiesPerFrame: z.array(probabilitiesSchema),
    }),
  }),
  z.strictObject({
    kind: z.literal('digits'),
    variant: z.literal('draw'),
    prompt: digitSchema,
    /** The fastest recognised drawings, as the AI saw them, for the big screen. */
    showcase: z.array(z.strictObject({ playerId: z.string(), judgement: digitsJudgementSchema })).max(3),
  }),
]);
export type DigitsRevealView = z.infer<typeof digitsRevealViewSchema>;
