/**
 * Training batches line up inputs and targets as the sampler will see them: row t's input is row t-1 (the
 * start token first) plus the one-hot category, its target is row t, and padding rows are end-of-sketch.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../shared/game/random.js';
import { bucketedBatches, makeDecoderBatch, RANDOM_SCALE } from '../../../../tools/lib/sketch-batches.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const A = { category: 1, rows: [[1, 2, 0], [3, 4, 1]] as [number, number, number][] };
const B = { category: 0, rows: [[5, 6, 1]] as [number, number, number][] };

describe('makeDecoderBatch', () => {
  it('shifts inputs one row behind targets, starts with the start token and pads with end rows', () => {
    const batch = makeDecoderBatch([A, B], 2, null);
    expect(batch.inputs.shape).toEqual([3, 2, 7]);
    const inputs = batch.inputs.arraySync();
    const targets = batch.targets.arraySync();
    // Sketch A: targets are its rows then one end row; inputs are the start token then its rows.
    expect(targets.map((t) => t[0])).toEqual([[1, 2, 1, 0, 0], [3, 4, 0, 1, 0], [0, 0, 0, 0, 1]]);
    expect(inputs.map((t) => t[0])).toEqual([[0, 0, 1, 0, 0, 0, 1], [1, 2, 1, 0, 0, 0, 1], [3, 4, 0, 1, 0, 0, 1]]);
    // Sketch B is shorter: end rows after it, fed back as inputs too.
    expect(targets.map((t) => t[1])).toEqual([[5, 6, 0, 1, 0], [0, 0, 0, 0, 1], [0, 0, 0, 0, 1]]);
    expect(inputs.map((t) => t[1])).toEqual([[0, 0, 1, 0, 0, 1, 0], [5, 6, 0, 1, 0, 1, 0], [0, 0, 0, 0, 1, 1, 0]]);
    tf.dispose([batch.inputs, batch.targets]);
  });

  it('pads to a fixed length when asked, and stretches offsets (never pen states) when augmenting', () => {
    const padded = makeDecoderBatch([B], 2, null, 5);
    expect(padded.targets.shape).toEqual([5, 1, 5]);
    const augmented = makeDecoderBatch([A], 2, mulberry32(1)).targets.arraySync();
    const [dx, dy, ...pen] = augmented[0]![0]!;
    expect(Math.abs(dx! - 1)).toBeLessThanOrEqual(RANDOM_SCALE);
    expect(Math.abs(dy! / 2 - 1)).toBeLessThanOrEqual(RANDOM_SCALE);
    expect(pen).toEqual([1, 0, 0]);
  });
});

describe('bucketedBatches', () => {
  it('cuts full batches of similar lengths and uses each sketch at most once', () => {
    const sketches = Array.from({ length: 10 }, (_, i) => ({ category: 0, rows: Array.from({ length: i + 1 }, () => [0, 0, 0] as [number, number, number]) }));
    const batches = bucketedBatches(sketches, 3, mulberry32(2));
    expect(batches).toHaveLength(3);
    const used = batches.flat();
    expect(new Set(used).size).toBe(9);
    for (const batch of batches) {
      const lengths = batch.map((s) => s.rows.length);
      expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(3);
    }
  });
});
