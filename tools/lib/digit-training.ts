/**
 * One epoch of digit training on the active backend (wasm in Node): shuffle, augment, trainOnBatch.
 * Kept apart from the CLI so the smoke test can run a few steps on a tiny set.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { DIGIT_CLASSES, DIGIT_PIXELS, DIGIT_SIDE } from '../../shared/models/digits/model.js';
import type { LabelledDigit } from '../../server/ml/mnist-split.js';
import { augmentDigitBatch, DEFAULT_AUGMENT, type AugmentOptions } from './augment-digits.js';
import { shuffleInPlace, type Random } from './seeded-random.js';

export interface EpochOptions {
  batchSize: number;
  rng: Random;
  /** null trains on the digits as they are. */
  augment: AugmentOptions | null;
  /** Stop after this many batches (smoke tests). */
  maxSteps?: number;
  onStep?: (step: number, loss: number) => void;
}

/** Compiles `model` for training with Adam; the learning rate can be changed per epoch with setLearningRate. */
export function compileForTraining(model: tfl.LayersModel, learningRate: number): tf.AdamOptimizer {
  const optimizer = tf.train.adam(learningRate);
  model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: [] });
  return optimizer;
}

export function setLearningRate(optimizer: tf.AdamOptimizer, learningRate: number): void {
  // AdamOptimizer reads this field on every step; tfjs has no public setter.
  (optimizer as unknown as { learningRate: number }).learningRate = learningRate;
}

/** Cosine decay from `peak` to `peak * floorRatio` over `epochs`; epoch is 0-based. */
export function cosineLearningRate(epoch: number, epochs: number, peak: number, floorRatio = 0.02): number {
  const t = epochs <= 1 ? 0 : epoch / (epochs - 1);
  return peak * (floorRatio + (1 - floorRatio) * 0.5 * (1 + Math.cos(Math.PI * t)));
}

/** Trains one pass over `digits`; returns the mean training loss per batch. */
export async function trainEpoch(
  model: tfl.LayersModel,
  digits: readonly LabelledDigit[],
  options: EpochOptions,
): Promise<{ meanLoss: number; steps: number }> {
  const order = shuffleInPlace(digits.map((_, i) => i), options.rng);
  const steps = Math.min(Math.ceil(order.length / options.batchSize), options.maxSteps ?? Infinity);
  let lossSum = 0;
  for (let step = 0; step < steps; step++) {
    const indices = order.slice(step * options.batchSize, (step + 1) * options.batchSize);
    const pixels = new Float32Array(indices.length * DIGIT_PIXELS);
    const labels = new Int32Array(indices.length);
    indices.forEach((index, i) => {
      pixels.set(digits[index]!.x, i * DIGIT_PIXELS);
      labels[i] = digits[index]!.label;
    });
    const [x, y] = tf.tidy(() => {
      const raw = tf.tensor4d(pixels, [indices.length, DIGIT_SIDE, DIGIT_SIDE, 1]);
      const input = options.augment ? augmentDigitBatch(raw, options.rng, options.augment) : raw;
      return [input, tf.cast(tf.oneHot(tf.tensor1d(labels, 'int32'), DIGIT_CLASSES), 'float32')];
    });
    const loss = (await model.trainOnBatch(x!, y!)) as number;
    tf.dispose([x!, y!]);
    lossSum += loss;
    options.onStep?.(step, loss);
  }
  return { meanLoss: lossSum / Math.max(steps, 1), steps };
}

export { DEFAULT_AUGMENT };
