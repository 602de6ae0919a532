import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { argMax, classifyDigits } from '../../../shared/models/digits/classify.js';
import { createDigitModel, DIGIT_PIXELS } from '../../../shared/models/digits/model.js';
import { initTfNodeBackend } from '../../../server/ml/tf-node-backend.js';

beforeAll(async () => {
  await initTfNodeBackend();
});

describe('createDigitModel', () => {
  it('maps [batch, 28, 28, 1] to softmax [batch, 10]', () => {
    const model = createDigitModel();
    expect(model.inputs[0]!.shape).toEqual([null, 28, 28, 1]);
    expect(model.outputs[0]!.shape).toEqual([null, 10]);
    const y = tf.tidy(() => model.predict(tf.zeros([3, 28, 28, 1])) as tf.Tensor);
    expect(y.shape).toEqual([3, 10]);
    y.dispose();
    model.dispose();
  });

  it('is reproducible for a seed', () => {
    const a = createDigitModel(7);
    const b = createDigitModel(7);
    const wa = a.getWeights().map((w) => Array.from(w.dataSync()));
    const wb = b.getWeights().map((w) => Array.from(w.dataSync()));
    expect(wa).toEqual(wb);
    a.dispose();
    b.dispose();
  });
});

describe('classifyDigits', () => {
  it('returns one row of 10 probabilities per input and frees every tensor', () => {
    const model = createDigitModel();
    const inputs = [new Float32Array(DIGIT_PIXELS), new Float32Array(DIGIT_PIXELS).fill(0.5)];
    const before = tf.memory().numTensors;
    const rows = classifyDigits(model, inputs);
    expect(tf.memory().numTensors).toBe(before);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toHaveLength(10);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
      expect(argMax(row)).toBeGreaterThanOrEqual(0);
    }
    expect(classifyDigits(model, [])).toEqual([]);
    expect(() => classifyDigits(model, [new Float32Array(10)])).toThrow(/784/);
    model.dispose();
  });
});

describe('argMax', () => {
  it.each([
    [[0.1, 0.7, 0.2], 1],
    [[0.5, 0.5], 0],
    [[0, 0, 0, 1], 3],
  ])('%o -> %i', (probs, expected) => expect(argMax(probs)).toBe(expected));
});
