/**
 * Turns sketches into time-major training batches for the sketch decoder (shared/models/sketch/decoder-graph.ts).
 *
 * Batches are bucketed by length: sketches are sorted by row count and cut into batches of neighbours, so a
 * batch is padded only to its own longest sketch (+1 end row). Training cost grows with the padded length,
 * and Quick, Draw!-like sketches vary from ~15 to 64 rows, so this roughly halves the cost of an epoch.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Stroke3 } from '../../shared/strokes/formats.js';
import type { DecoderBatch } from '../../shared/models/sketch/decoder-graph.js';
import { shuffleInPlace, uniform, type Random } from './seeded-random.js';

/** One training sketch: its category's index and its stroke-3 rows in model units (already normalised). */
export interface EncodedSketch {
  category: number;
  rows: Stroke3;
}

/** Magenta's `random_scale_factor`: each axis of a sketch is stretched by up to ±15% while training. */
export const RANDOM_SCALE = 0.15;

/**
 * One batch. Row t's input is row t-1 of the sketch (the start token [0, 0, 1, 0, 0] at t = 0) plus the
 * one-hot category; its target is row t, padded with end-of-sketch rows after the sketch, so every sketch
 * teaches the model to stop at least once. `padTo` fixes the row count (evaluation pads every batch to
 * maxSeqLen + 1, Magenta's N_max, so losses are comparable across batches); `random` null = no augmentation.
 */
export function makeDecoderBatch(
  sketches: readonly EncodedSketch[],
  categories: number,
  random: Random | null,
  padTo?: number,
): DecoderBatch {
  const steps = Math.max(padTo ?? 0, ...sketches.map((s) => s.rows.length + 1));
  const size = sketches.length;
  const inputSize = 5 + categories;
  const inputs = new Float32Array(steps * size * inputSize);
  const targets = new Float32Array(steps * size * 5);
  sketches.forEach((sketch, b) => {
    const sx = random ? uniform(random, 1 - RANDOM_SCALE, 1 + RANDOM_SCALE) : 1;
    const sy = random ? uniform(random, 1 - RANDOM_SCALE, 1 + RANDOM_SCALE) : 1;
    for (let t = 0; t < steps; t++) {
      const row = sketch.rows[t];
      const target = (t * size + b) * 5;
      if (row) {
        targets[target] = row[0] * sx;
        targets[target + 1] = row[1] * sy;
        targets[target + (row[2] === 1 ? 3 : 2)] = 1;
      } else {
        targets[target + 4] = 1;
      }
      const input = (t * size + b) * inputSize;
      if (t === 0) {
        inputs[input + 2] = 1;
      } else {
        // The previous target row, as the model will see it when it draws.
        for (let k = 0; k < 5; k++) inputs[input + k] = targets[((t - 1) * size + b) * 5 + k]!;
      }
      inputs[input + 5 + sketch.category] = 1;
    }
  });
  return {
    inputs: tf.tensor3d(inputs, [steps, size, inputSize]),
    targets: tf.tensor3d(targets, [steps, size, 5]),
  };
}

/**
 * The epoch's batches as lists of sketches: shuffled, sorted by length (ties broken by the shuffle), cut
 * into batches of `batchSize`, and the batch order shuffled. The last partial batch is dropped.
 */
export function bucketedBatches(sketches: readonly EncodedSketch[], batchSize: number, random: Random): EncodedSketch[][] {
  const order = shuffleInPlace(sketches.slice(), random);
  order.sort((a, b) => a.rows.length - b.rows.length);
  const batches: EncodedSketch[][] = [];
  for (let start = 0; start + batchSize <= order.length; start += batchSize) batches.push(order.slice(start, start + batchSize));
  return shuffleInPlace(batches, random);
}
