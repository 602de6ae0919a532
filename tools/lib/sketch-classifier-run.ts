/**
 * The classifier half of `npm run train:sketch`: trains the sketch classifier and writes
 * <out>/classifier/ (model.json, weights.bin, labels.json, training.json).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { createSketchClassifier, SKETCH_CLASSIFIER_LABELS } from '../../shared/models/sketch-classifier/model.js';
import { fileSaveHandler } from '../../server/ml/file-io.js';
import { classifierAccuracy, trainClassifierEpoch } from './sketch-classifier-training.js';
import type { SketchSplits } from './sketch-data.js';
import { seededRandom } from './seeded-random.js';

export interface ClassifierRunOptions {
  out: string;
  epochs: number;
  batchSize: number;
  seed: number;
  /** Smoke tests: stop each epoch after this many batches. */
  maxStepsPerEpoch?: number;
  log?: (line: string) => void;
}

export async function runClassifierTraining(data: SketchSplits, options: ClassifierRunOptions): Promise<{ testAccuracy: number; seconds: number }> {
  const log = options.log ?? console.log;
  const started = performance.now();
  const classes = data.categories.length;
  const model = createSketchClassifier(classes, options.seed);
  const optimizer = tf.train.adam(0.002);
  model.compile({ optimizer, loss: 'categoricalCrossentropy' });
  const history: { epoch: number; loss: number; validAccuracy: number }[] = [];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // Halve the rate for the last third: a cheap schedule that settles the final epochs.
    (optimizer as unknown as { learningRate: number }).learningRate = epoch >= (options.epochs * 2) / 3 ? 0.0005 : 0.002;
    const loss = await trainClassifierEpoch(model, data.train, classes, options.batchSize, seededRandom(options.seed * 31 + epoch), options.maxStepsPerEpoch);
    const validAccuracy = classifierAccuracy(model, data.valid);
    history.push({ epoch, loss, validAccuracy });
    log(`classifier epoch ${epoch + 1}/${options.epochs} loss ${loss.toFixed(4)} valid accuracy ${validAccuracy.toFixed(4)}`);
  }
  const testAccuracy = classifierAccuracy(model, data.test);
  const dir = join(options.out, 'classifier');
  await model.save(fileSaveHandler(dir, { encoding: 'float16', generatedBy: 'npm run train:sketch' }));
  await writeFile(join(dir, SKETCH_CLASSIFIER_LABELS), `${JSON.stringify(data.categories)}\n`);
  const seconds = Math.round((performance.now() - started) / 1000);
  await writeFile(join(dir, 'training.json'), `${JSON.stringify({ epochs: options.epochs, batchSize: options.batchSize, seed: options.seed, history, testAccuracy, seconds }, null, 1)}\n`);
  model.dispose();
  return { testAccuracy, seconds };
}
