import { z } from 'zod';
import { DRAW_SPACE } from './types';

/** Caps on what a client may send as a drawing: enough for any digit, small enough to judge cheaply. */
export const STROKE_LIMITS = {
  maxStrokes: 30,
  maxPointsPerStroke: 500,
  maxPointsTotal: 2000,
} as const;

const coordinate = z.number().finite().min(0).max(DRAW_SPACE);
export const pointSchema = z.tuple([coordinate, coordinate]);
export const strokeSchema = z.array(pointSchema).min(1).max(STROKE_LIMITS.maxPointsPerStroke);

/** A drawing in draw space; the total point count is capped as well as each stroke. */
export const drawingSchema = z
  .array(strokeSchema)
  .min(1)
  .max(STROKE_LIMITS.maxStrokes)
  .refine((strokes) => strokes.reduce((n, s) => n + s.length, 0) <= STROKE_LIMITS.maxPointsTotal, {
    message: `at most ${STROKE_LIMITS.maxPointsTotal} points in all`,
  });
