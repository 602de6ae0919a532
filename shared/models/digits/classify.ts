/**
 * Inference on 28x28 digit images: tensors in, plain arrays out, nothing left allocated.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { DIGIT_PIXELS, DIGIT_SIDE } from './model.js';

/**
 * Class probabilities for each input.
 * inputs: N arrays of 784 floats (row-major 28x28, 0..1, white ink on black) -> tensor [N, 28, 28, 1]
 * model output: [N, 10] softmax -> N arrays of 10 numbers summing to ~1.
 */
export function classifyDigits(model: tfl.LayersModel, inputs: readonly Float32Array[]): number[][] {
  if (inputs.length === 0) return [];
  const batch = new Float32Array(inputs.length * DIGIT_PIXELS);
  inputs.forEach((image, i) => {
    if (image.length !== DIGIT_PIXELS) throw new Error(`digit input ${i} has ${image.length} values, want ${DIGIT_PIXELS}`);
    batch.set(image, i * DIGIT_PIXELS);
  });
  const probs = tf.tidy(() => {
    const x = tf.tensor4d(batch, [inputs.length, DIGIT_SIDE, DIGIT_SIDE, 1]);
    return model.predict(x) as tf.Tensor2D;
  });
  try {
    return probs.arraySync();
  } finally {
    probs.dispose();
  }
}

/** Index of the largest probability (the predicted digit). */
export function argMax(probabilities: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < probabilities.length; i++) if (probabilities[i]! > probabilities[best]!) best = i;
  return best;
}
