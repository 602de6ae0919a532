/** Inference on rasterised sketches: drawings in, one probability per category out, nothing left allocated. */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { Drawing } from '../../strokes/types.js';
import { SKETCH_PIXELS, SKETCH_SIDE } from './model.js';
import { sketchToInput } from './preprocess.js';

export function classifySketchInputs(model: tfl.LayersModel, inputs: readonly Float32Array[]): number[][] {
  if (inputs.length === 0) return [];
  const batch = new Float32Array(inputs.length * SKETCH_PIXELS);
  inputs.forEach((image, i) => {
    if (image.length !== SKETCH_PIXELS) throw new Error(`sketch input ${i} has ${image.length} values, want ${SKETCH_PIXELS}`);
    batch.set(image, i * SKETCH_PIXELS);
  });
  const probs = tf.tidy(() => model.predict(tf.tensor4d(batch, [inputs.length, SKETCH_SIDE, SKETCH_SIDE, 1])) as tf.Tensor2D);
  try {
    return probs.arraySync();
  } finally {
    probs.dispose();
  }
}

export function classifySketches(model: tfl.LayersModel, drawings: readonly Drawing[]): number[][] {
  return classifySketchInputs(model, drawings.map(sketchToInput));
}
