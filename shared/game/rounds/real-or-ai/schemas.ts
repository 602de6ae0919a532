import { z } from 'zod';
import { DECK_NAME } from '../../../decks/deck-schema';

/**
 * The "Real or AI?" round: two images side by side, one real (a photograph, or a held-out MNIST digit) and
 * one drawn by the project's GAN; players pick the real one. Shared by server and client.
 *
 * No peeking: before the reveal a client gets the two images only as equal-length raw pixel strings under
 * per-question random ids, in random order. Which one is real reaches clients only in the reveal view.
 */

/** The deck that ships with the game: held-out MNIST digits against the project's digit GAN. */
export const BUILT_IN_DECK = 'digits';

/** easy/medium/hard pick the deck's first/middle/last GAN checkpoint; mixed draws one per question. */
export const REAL_OR_AI_DIFFICULTIES = ['easy', 'medium', 'hard', 'mixed'] as const;
export type RealOrAiDifficulty = (typeof REAL_OR_AI_DIFFICULTIES)[number];

export const realOrAiConfigSchema = z.strictObject({
  deck: z.string().regex(DECK_NAME),
  difficulty: z.enum(REAL_OR_AI_DIFFICULTIES),
  questions: z.number().int().min(1).max(20),
  /** Seconds per question; null means no limit (the host moves on). */
  timerSec: z.number().int().min(5).max(120).nullable(),
  speedScoring: z.boolean(),
});
export type RealOrAiConfig = z.infer<typeof realOrAiConfigSchema>;

export const DEFAULT_REAL_OR_AI_CONFIG: RealOrAiConfig = {
  deck: BUILT_IN_DECK,
  difficulty: 'medium',
  questions: 5,
  timerSec: 15,
  speedScoring: true,
};

/** 12 random base64url characters, new for every question. */
export const choiceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{12}$/);

export const pickAnswerSchema = z.strictObject({ type: z.literal('pick'), choiceId: choiceIdSchema });

/** Largest image a deck may have: 256 x 256 RGB, as base64. */
const MAX_PIXELS_BASE64 = Math.ceil((256 * 256 * 3) / 3) * 4;

export const realOrAiImageSchema = z.strictObject({
  id: choiceIdSchema,
  /** side * side * channels bytes, row-major, interleaved, base64. Both images have the same length. */
  pixels: z.string().max(MAX_PIXELS_BASE64),
});

const localisedSchema = z.strictObject({ en: z.string().max(80), ko: z.string().max(80) });

export const realOrAiQuestionViewSchema = z.strictObject({
  kind: z.literal('real-or-ai'),
  subject: z.enum(['faces', 'digits']),
  side: z.number().int().min(16).max(256),
  channels: z.union([z.literal(1), z.literal(3)]),
  deckTitle: localisedSchema,
  /** The deck's credits line, shown under the images wherever the deck is used (CC BY). */
  credits: z.string().max(1000),
  images: z.tuple([realOrAiImageSchema, realOrAiImageSchema]),
});
export type RealOrAiQuestionView = z.infer<typeof realOrAiQuestionViewSchema>;

/** Told to the player who answered: only their own pick, so a refreshed phone can show it again. */
export const realOrAiJudgementSchema = z.strictObject({ kind: z.literal('real-or-ai'), choiceId: choiceIdSchema });
export type RealOrAiJudgement = z.infer<typeof realOrAiJudgementSchema>;

/** What to look for in a generated image; the client words them in Korean and English. */
export const TIP_IDS = ['background', 'ears', 'eyes', 'hair', 'teeth', 'symmetry', 'skin', 'strokes', 'speckles', 'ends'] as const;
export type TipId = (typeof TIP_IDS)[number];

export const realOrAiRevealViewSchema = z.strictObject({
  kind: z.literal('real-or-ai'),
  realId: choiceIdSchema,
  generatedId: choiceIdSchema,
  /** How many players picked each image. */
  picks: z.array(z.strictObject({ id: choiceIdSchema, count: z.number().int().min(0) })).length(2),
  /** One or two things to look at in the generated image, most telling first. */
  tips: z.array(z.enum(TIP_IDS)).min(1).max(2),
  /** Which GAN checkpoint drew it: level 1 of `levels` is the easiest. */
  generator: z.strictObject({ checkpoint: z.string().max(60), step: z.number().int(), level: z.number().int().min(1), levels: z.number().int().min(1) }),
  /** The real image's own provenance, shown under it. */
  realCredit: z.strictObject({ source: z.string().max(500), license: z.string().max(200), attribution: z.string().max(1000) }),
});
export type RealOrAiRevealView = z.infer<typeof realOrAiRevealViewSchema>;
