/**
 * The conversion is right only if the project's plain-JS LSTM step on converted weights computes what
 * TensorFlow's basic LSTM cell (what @magenta/sketch runs) computes on the file's raw weights.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { gaussian, mulberry32 } from '../../../../shared/game/random.js';
import { lstmStep, type LstmState } from '../../../../shared/models/sketch/lstm-cell.js';
import { decodeGenJson, encodeGenJson, MAGENTA_FORGET_BIAS } from '../../../../shared/models/sketch/magenta-gen.js';
import { TINY_HIDDEN, tinyMagentaParts } from './magenta-fixture.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** A stroke-5 row like the sampler feeds: an offset and a one-hot pen state. */
function strokeRow(random: () => number): number[] {
  const pen = Math.floor(random() * 3);
  return [gaussian(random), gaussian(random), pen === 0 ? 1 : 0, pen === 1 ? 1 : 0, pen === 2 ? 1 : 0];
}

describe('Magenta gate conversion', () => {
  it.each([11, 12, 13])('lstmStep on converted weights matches tf.basicLSTMCell on the raw ones (seed %i, 5 steps)', (seed) => {
    // On-grid weights, so the file round trip is exact and any difference is the conversion's.
    const raw = tinyMagentaParts(seed, { scale: 1.2 });
    const decoder = decodeGenJson(encodeGenJson(raw));
    const h = TINY_HIDDEN;
    const random = mulberry32(seed);
    const start = () => Float32Array.from({ length: h }, () => random() - 0.5);
    const ours: LstmState = { h: start(), c: start() };
    let theirs: { c: Float32Array; h: Float32Array } = { c: Float32Array.from(ours.c), h: Float32Array.from(ours.h) };
    const scratch = new Float32Array(4 * h);
    const kernel = tf.concat2d([tf.tensor2d(raw.inputKernel as Float32Array, [5, 4 * h]), tf.tensor2d(raw.recurrentKernel as Float32Array, [h, 4 * h])], 0);
    const bias = tf.tensor1d(raw.bias as Float32Array);
    const forgetBias = tf.scalar(MAGENTA_FORGET_BIAS);
    for (let step = 0; step < 5; step++) {
      const input = strokeRow(random);
      lstmStep(decoder.weights, ours, input, scratch);
      theirs = tf.tidy(() => {
        const [c, hNext] = tf.basicLSTMCell(forgetBias, kernel, bias, tf.tensor2d(input, [1, 5]), tf.tensor2d(theirs.c, [1, h]), tf.tensor2d(theirs.h, [1, h]));
        return { c: c!.dataSync() as Float32Array, h: hNext!.dataSync() as Float32Array };
      });
      for (let u = 0; u < h; u++) {
        expect(ours.c[u]).toBeCloseTo(theirs.c[u]!, 5);
        expect(ours.h[u]).toBeCloseTo(theirs.h[u]!, 5);
      }
    }
    // The state must have moved away from the start, or the comparison would prove little.
    expect(Math.max(...Array.from(ours.h, Math.abs))).toBeGreaterThan(0.05);
    tf.dispose([kernel, bias, forgetBias]);
  });
});
