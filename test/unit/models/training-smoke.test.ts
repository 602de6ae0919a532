/** A few training steps on wasm must run (conv gradients included) and actually learn. */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDigitModel } from '../../../shared/models/digits/model.js';
import { loadMnistSplit } from '../../../server/ml/mnist-split.js';
import { initTfNodeBackend } from '../../../server/ml/tf-node-backend.js';
import { compileForTraining, DEFAULT_AUGMENT, trainEpoch } from '../../../tools/lib/digit-training.js';
import { evaluateDigits } from '../../../tools/lib/digit-eval.js';
import { seededRandom } from '../../../tools/lib/seeded-random.js';

beforeAll(async () => {
  await initTfNodeBackend();
});

describe('digit training on wasm', () => {
  it('lowers the loss on a small fixed batch and changes the conv weights', async () => {
    expect(tf.getBackend()).toBe('wasm');
    const digits = loadMnistSplit().train.filter((_, i) => i % 250 === 0); // 32 digits, all classes
    const model = createDigitModel(3);
    compileForTraining(model, 2e-3);
    const convBefore = model.getLayer('conv1').getWeights()[0]!.dataSync().slice();
    const lossBefore = evaluateDigits(model, digits).loss;
    const losses: number[] = [];
    for (let epoch = 0; epoch < 8; epoch++) {
      const { meanLoss, steps } = await trainEpoch(model, digits, { batchSize: 32, rng: seededRandom(epoch), augment: null });
      expect(steps).toBe(1);
      losses.push(meanLoss);
    }
    losses.forEach((loss) => expect(Number.isFinite(loss)).toBe(true));
    expect(evaluateDigits(model, digits).loss).toBeLessThan(lossBefore * 0.7);
    const convAfter = model.getLayer('conv1').getWeights()[0]!.dataSync();
    expect(convAfter.some((v, i) => v !== convBefore[i])).toBe(true);
    model.dispose();
  });

  it('runs augmented steps with --limit-style maxSteps and keeps tensors bounded', async () => {
    const digits = loadMnistSplit().train.slice(0, 64);
    const model = createDigitModel(4);
    compileForTraining(model, 1e-3);
    await trainEpoch(model, digits, { batchSize: 16, rng: seededRandom(1), augment: DEFAULT_AUGMENT, maxSteps: 1 });
    const before = tf.memory().numTensors;
    const { steps, meanLoss } = await trainEpoch(model, digits, { batchSize: 16, rng: seededRandom(2), augment: DEFAULT_AUGMENT, maxSteps: 2 });
    expect(steps).toBe(2);
    expect(Number.isFinite(meanLoss)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});
