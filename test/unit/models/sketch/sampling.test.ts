/**
 * The sampling core: temperature semantics of the mixture head, and agreement between the plain-JS sampler
 * (what the game runs) and the tfjs training graph (what was trained) on the same weights.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../shared/game/random.js';
import { createDecoderVariables, decoderOutputs, exportDecoderWeights } from '../../../../shared/models/sketch/decoder-graph.js';
import type { SketchDecoder } from '../../../../shared/models/sketch/decoder-weights.js';
import { sampleMixture, sampleSoftmax } from '../../../../shared/models/sketch/mixture.js';
import { completeSketch, SketchSampler } from '../../../../shared/models/sketch/sample.js';

const M = 3;

/** An output row: pen logits, then pi, mu1, mu2, log sigma1, log sigma2, rho blocks of M. */
function outputRow(parts: { pen: number[]; pi: number[]; mu1: number[]; mu2: number[]; logS?: number; rho?: number }): Float32Array {
  const logS = Array(M).fill(parts.logS ?? 0);
  return Float32Array.from([...parts.pen, ...parts.pi, ...parts.mu1, ...parts.mu2, ...logS, ...logS, ...Array(M).fill(parts.rho ?? 0)]);
}

const ROW = outputRow({ pen: [2, 1, 0], pi: [0.5, 1.5, 0], mu1: [-3, 4, 9], mu2: [1, -2, 5], logS: Math.log(0.3) });

describe('mixture sampling temperature', () => {
  it('τ = 0 is greedy: the most likely component, its mean and the most likely pen state, whatever the random stream', () => {
    for (const seed of [1, 2, 3]) {
      expect(sampleMixture(ROW, M, 0, mulberry32(seed))).toEqual({ dx: 4, dy: -2, pen: 0 });
    }
  });

  it('small τ concentrates offsets on component means (σ scaled by √τ)', () => {
    const random = mulberry32(7);
    for (let i = 0; i < 200; i++) {
      const o = sampleMixture(ROW, M, 1e-6, random);
      const nearest = Math.min(...[0, 1, 2].map((k) => Math.hypot(o.dx - [-3, 4, 9][k]!, o.dy - [1, -2, 5][k]!)));
      expect(nearest).toBeLessThan(0.01);
    }
  });

  it('divides mixture and pen logits by 0.5 + 0.5τ: the frequencies of sampleMixture match that softmax', () => {
    const tau = 1.4;
    const t = 0.5 + 0.5 * tau;
    const softmax = (logits: number[]) => {
      const e = logits.map((l) => Math.exp(l / t));
      const total = e.reduce((a, b) => a + b);
      return e.map((v) => v / total);
    };
    const random = mulberry32(11);
    const components = [0, 0, 0];
    const pens = [0, 0, 0];
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const o = sampleMixture(ROW, M, tau, random);
      // Each component has its own mean and tiny spread: the nearest mean says which was drawn.
      const k = [0, 1, 2].reduce((best, c) => (Math.abs(o.dx - [-3, 4, 9][c]!) < Math.abs(o.dx - [-3, 4, 9][best]!) ? c : best), 0);
      components[k]!++;
      pens[o.pen]!++;
    }
    components.forEach((c, k) => expect(c / n).toBeCloseTo(softmax([0.5, 1.5, 0])[k]!, 1));
    pens.forEach((c, k) => expect(c / n).toBeCloseTo(softmax([2, 1, 0])[k]!, 1));
  });

  it('sampleSoftmax draws in proportion to the softmax at the temperature it is given', () => {
    const random = mulberry32(12);
    const counts = [0, 0];
    for (let i = 0; i < 10000; i++) counts[sampleSoftmax([0, Math.log(3)], 0, 2, 1, random)]!++;
    expect(counts[1]! / 10000).toBeCloseTo(0.75, 1);
  });

  it('larger τ spreads the offsets wider', () => {
    const spread = (tau: number): number => {
      const random = mulberry32(5);
      const one = outputRow({ pen: [5, 0, 0], pi: [10, 0, 0], mu1: [0, 0, 0], mu2: [0, 0, 0], logS: Math.log(2) });
      let sum = 0;
      for (let i = 0; i < 4000; i++) sum += sampleMixture(one, M, tau, random).dx ** 2;
      return Math.sqrt(sum / 4000);
    };
    // σ = 2, scaled by √τ: 2 * √0.25 = 1 and 2 * √1 = 2.
    expect(spread(0.25)).toBeCloseTo(1, 1);
    expect(spread(1)).toBeCloseTo(2, 1);
  });
});

describe('plain-JS sampler against the training graph', () => {
  let decoder: SketchDecoder;
  let graphOut: Float32Array;
  const categories = ['a', 'b', 'c'];
  const rows: [number, number, number][] = [
    [3, 4, 0],
    [-2, 1, 1],
    [5, -6, 0],
    [1, 1, 1],
  ];

  beforeAll(async () => {
    await tf.setBackend('cpu');
    const vars = createDecoderVariables({ inputSize: 5 + categories.length, hiddenSize: 6, mixtures: 20 }, 3);
    decoder = { name: 't', categories, conditional: true, scaleFactor: 2, maxSeqLen: 10, weights: exportDecoderWeights(vars, 20) };
    // Graph input: the start token then each row (normalised by the scale factor), category 'b' one-hot.
    const inputs = [[0, 0, 1, 0, 0], ...rows.map(([dx, dy, p]) => [dx / 2, dy / 2, p ? 0 : 1, p ? 1 : 0, 0])].map((r) => [...r, 0, 1, 0]);
    const out = decoderOutputs(vars, tf.tensor3d(inputs.map((r) => [r]), [inputs.length, 1, 8]));
    graphOut = out.dataSync() as Float32Array;
  });

  it('gives the same output row after every fed row', () => {
    const sampler = new SketchSampler(decoder, 'b');
    const size = 123;
    expect(Array.from(sampler.rawOutput)).toEqual(Array.from(graphOut.subarray(0, size)).map((v) => expect.closeTo(v, 4)));
    rows.forEach((row, i) => {
      sampler.feed(row);
      const want = graphOut.subarray((i + 1) * size, (i + 2) * size);
      sampler.rawOutput.forEach((v, k) => expect(v).toBeCloseTo(want[k]!, 4));
    });
  });

  it('refuses a category the model does not have', () => {
    expect(() => new SketchSampler(decoder, 'zebra')).toThrow(/no category "zebra"/);
  });

  it('completes deterministically for a seed, within the step cap, ending with a pen lift', () => {
    const run = (seed: number) => completeSketch(decoder, rows, { category: 'a', temperature: 0.5, maxSteps: 12, random: mulberry32(seed) });
    const a = run(1);
    expect(run(1)).toEqual(a);
    expect(a.length).toBeLessThanOrEqual(12);
    if (a.length > 0) expect(a.at(-1)![2]).toBe(1);
    expect(run(2)).not.toEqual(a);
  });
});
