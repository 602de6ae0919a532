/**
 * Training of the sketch classifier (shared/models/sketch-classifier/) on rasterised sketches, each epoch
 * with fresh geometric augmentation (rotation, stretch) applied to the strokes before rasterising, so the
 * classifier does not learn the procedural generator's exact proportions and still reads the looser
 * sketches the decoder draws.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { SKETCH_PIXELS, SKETCH_SIDE } from '../../shared/models/sketch-classifier/model.js';
import { sketchToInput } from '../../shared/models/sketch-classifier/preprocess.js';
import { classifySketchInputs } from '../../shared/models/sketch-classifier/classify.js';
import type { Drawing } from '../../shared/strokes/types.js';
import type { LabelledSketch } from './sketch-data.js';
import { shuffleInPlace, uniform, type Random } from './seeded-random.js';

/** Rotates by up to ±12° and stretches each axis by up to ±15% about the drawing's centre. */
export function augmentDrawing(drawing: Drawing, random: Random): Drawing {
  const angle = uniform(random, -12, 12) * (Math.PI / 180);
  const sx = uniform(random, 0.85, 1.15);
  const sy = uniform(random, 0.85, 1.15);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return drawing.map((stroke) =>
    stroke.map(([x, y]): [number, number] => {
      const px = (x - 128) * sx;
      const py = (y - 128) * sy;
      return [128 + px * cos - py * sin, 128 + px * sin + py * cos];
    }),
  );
}

export async function trainClassifierEpoch(
  model: tfl.LayersModel,
  sketches: readonly LabelledSketch[],
  classes: number,
  batchSize: number,
  random: Random,
  maxSteps = Infinity,
): Promise<number> {
  const order = shuffleInPlace(sketches.slice(), random);
  const steps = Math.min(Math.floor(order.length / batchSize), maxSteps);
  let lossSum = 0;
  for (let step = 0; step < steps; step++) {
    const batch = order.slice(step * batchSize, (step + 1) * batchSize);
    const pixels = new Float32Array(batch.length * SKETCH_PIXELS);
    const labels = new Int32Array(batch.length);
    batch.forEach((sketch, i) => {
      pixels.set(sketchToInput(augmentDrawing(sketch.drawing, random)), i * SKETCH_PIXELS);
      labels[i] = sketch.category;
    });
    const x = tf.tensor4d(pixels, [batch.length, SKETCH_SIDE, SKETCH_SIDE, 1]);
    const y = tf.tidy(() => tf.cast(tf.oneHot(tf.tensor1d(labels, 'int32'), classes), 'float32'));
    lossSum += (await model.trainOnBatch(x, y)) as number;
    tf.dispose([x, y]);
  }
  return lossSum / Math.max(1, steps);
}

/** Share of sketches whose most likely category is their own. */
export function classifierAccuracy(model: tfl.LayersModel, sketches: readonly LabelledSketch[], batchSize = 128): number {
  let correct = 0;
  for (let start = 0; start < sketches.length; start += batchSize) {
    const slice = sketches.slice(start, start + batchSize);
    const probs = classifySketchInputs(model, slice.map((s) => sketchToInput(s.drawing)));
    probs.forEach((p, i) => {
      if (p.indexOf(Math.max(...p)) === slice[i]!.category) correct++;
    });
  }
  return correct / Math.max(1, sketches.length);
}
