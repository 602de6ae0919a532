import { z } from 'zod';
import { drawingSchema } from '../../../strokes/schema';

/**
 * The Sketch Duet round: every player starts a drawing of the same prompt with a little ink, the sketch
 * model finishes each one while the room watches, then players vote for their favourite duet.
 * Shared by server (validation, rules) and client (forms, rendering).
 */

/** The name of the sketch model that ships with the game (trained on the procedural sketches). */
export const BUILT_IN_SKETCH_MODEL = 'procedural';

/** A category id: one of the built-in model's categories or an installed Magenta model's name. */
export const sketchCategoryIdSchema = z.string().regex(/^[a-z0-9_-]{1,40}$/, 'lowercase letters, digits, _ or -');

export const sketchConfigSchema = z.strictObject({
  /** Prompts in the round. */
  questions: z.number().int().min(1).max(10),
  /** Categories to prompt from; empty means all of the built-in model's categories. */
  categories: z.array(sketchCategoryIdSchema).max(120),
  /** Ink: the most strokes a player may draw before the AI takes over. */
  inkStrokes: z.number().int().min(1).max(10),
  /** Seconds to draw the opening; null means no limit (everyone submits, or the host moves on). */
  timerSec: z.number().int().min(5).max(300).nullable(),
  /** Seconds to vote; null means no limit. */
  voteSec: z.number().int().min(5).max(300).nullable(),
  /** Sampling temperature of the completion: low is tidy and typical, high is wild. */
  temperature: z.number().min(0.05).max(1),
  /** Show the model's faint live continuation while a player draws. */
  ghost: z.boolean(),
});
export type SketchConfig = z.infer<typeof sketchConfigSchema>;

export const DEFAULT_SKETCH_CONFIG: SketchConfig = {
  questions: 2,
  categories: [],
  inkStrokes: 2,
  timerSec: 30,
  voteSec: 30,
  temperature: 0.25,
  ghost: true,
};

export const sketchAnswerSchema = z.strictObject({ type: z.literal('sketch'), strokes: drawingSchema });

/**
 * Strokes the model drew. They may leave the 0..256 pad a little (the model draws in the pad's units but is
 * not clamped to it), so coordinates are bounded more loosely than a player's.
 */
const modelCoordinate = z.number().finite().min(-512).max(768);
export const modelStrokeSchema = z.array(z.tuple([modelCoordinate, modelCoordinate])).min(1).max(500);
/** A completion has at most 100 rows, so at most 100 strokes. */
export const modelDrawingSchema = z.array(modelStrokeSchema).max(100);

const entryIdSchema = z.string().regex(/^[a-z0-9]{6,16}$/);

export const sketchQuestionViewSchema = z.strictObject({
  kind: z.literal('sketch'),
  category: sketchCategoryIdSchema,
  /** Display names; a downloaded Magenta category has only its English name (used for both). */
  name: z.strictObject({ en: z.string(), ko: z.string() }),
  /** Which sketch model draws: 'procedural' (built in) or a Magenta model's name. */
  model: sketchCategoryIdSchema,
  inkStrokes: z.number().int(),
  ghost: z.boolean(),
  temperature: z.number(),
});
export type SketchQuestionView = z.infer<typeof sketchQuestionViewSchema>;

/** One stroke of a duet as it is drawn, streamed to the room: the player's opening first, then the AI's. */
export const sketchStrokeEventSchema = z.strictObject({
  kind: z.literal('sketch-stroke'),
  entryId: entryIdSchema,
  index: z.number().int().min(0),
  by: z.enum(['player', 'ai']),
  stroke: modelStrokeSchema,
});

/** An event about one whole duet: only its kind and entry id. */
const duetEvent = <K extends string>(kind: K) => z.strictObject({ kind: z.literal(kind), entryId: entryIdSchema });

/** A duet that was streamed but will not count (judging failed, or the answer was refused): drop it. */
export const sketchCancelledEventSchema = duetEvent('sketch-cancelled');

/** To the player who answered only, before the AI starts: which of the duets being drawn is theirs. */
export const sketchYoursEventSchema = duetEvent('sketch-yours');

/** The AI has finished this duet (sent after its last stroke, also when it added none). */
export const sketchFinishedEventSchema = duetEvent('sketch-finished');

/** What the classifier makes of a finished duet. Null fields: the category is outside what it knows. */
export const sketchJudgementSchema = z.strictObject({
  kind: z.literal('sketch'),
  entryId: entryIdSchema,
  opening: drawingSchema,
  completion: modelDrawingSchema,
  /** Top guesses of the classifier, most likely first. */
  guesses: z.array(z.strictObject({ category: sketchCategoryIdSchema, probability: z.number().min(0).max(1) })).max(5),
  /** The classifier's probability of the prompted category; null if it does not know that category. */
  recognisability: z.number().min(0).max(1).nullable(),
});
export type SketchJudgement = z.infer<typeof sketchJudgementSchema>;

export const sketchBallotEntryViewSchema = z.strictObject({
  kind: z.literal('sketch'),
  opening: drawingSchema,
  completion: modelDrawingSchema,
});

export const sketchRevealEntrySchema = z.strictObject({
  playerId: z.string(),
  entryId: entryIdSchema,
  opening: drawingSchema,
  completion: modelDrawingSchema,
  votes: z.number().int().min(0),
  recognisability: z.number().min(0).max(1).nullable(),
  guess: sketchCategoryIdSchema.nullable(),
  points: z.number().int(),
});

export const sketchRevealViewSchema = z.strictObject({
  kind: z.literal('sketch'),
  category: sketchCategoryIdSchema,
  name: z.strictObject({ en: z.string(), ko: z.string() }),
  /** The best duets by points, for the big screen (every player's own points are in the results). */
  entries: z.array(sketchRevealEntrySchema).max(12),
});
export type SketchRevealView = z.infer<typeof sketchRevealViewSchema>;
