/**
 * The GAN module on small models: shapes for digits and colour, a file round trip that keeps the outputs,
 * and a few training steps on wasm (conv transpose and conv gradients included) that change the weights
 * and leave no tensors behind. The real runs are `npm run train:gan` (issue 4), never in CI.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGanShape, seedSide, type GanShape } from '../../../../shared/models/gan/gan-shape.js';
import { createDiscriminator, createGenerator } from '../../../../shared/models/gan/models.js';
import { ganTrainStep, generate } from '../../../../shared/models/gan/train-step.js';
import { fileLoadHandler, fileSaveHandler } from '../../../../server/ml/file-io.js';
import { loadMnistSplit } from '../../../../server/ml/mnist-split.js';
import { initTfNodeBackend } from '../../../../server/ml/tf-node-backend.js';

const TINY_DIGITS: GanShape = { side: 28, channels: 1, latent: 8, width: 32 };
const TINY_COLOUR: GanShape = { side: 32, channels: 3, latent: 8, width: 32 };
let dir: string;

beforeAll(async () => {
  await initTfNodeBackend();
  dir = await mkdtemp(join(tmpdir(), 'gan-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('GAN shapes', () => {
  it('grows from a 7x7 or 4x4 seed by doublings, and refuses other sides', () => {
    expect(seedSide(28)).toEqual({ seed: 7, upsamplings: 2 });
    expect(seedSide(32)).toEqual({ seed: 4, upsamplings: 3 });
    expect(seedSide(64)).toEqual({ seed: 4, upsamplings: 4 });
    expect(() => seedSide(30)).toThrow(/not 7 or 4 times a power of two/);
    expect(() => checkGanShape({ ...TINY_DIGITS, channels: 2 })).toThrow(/channels/);
  });

  it.each([TINY_DIGITS, TINY_COLOUR])('generates [n, side, side, channels] in -1..1 and judges it with one logit ($side px, $channels ch)', (shape) => {
    const generator = createGenerator(shape, 3);
    const discriminator = createDiscriminator(shape, 4);
    const images = generate(generator, tf.randomNormal([2, shape.latent], 0, 1, 'float32', 5));
    expect(images.shape).toEqual([2, shape.side, shape.side, shape.channels]);
    const values = images.dataSync();
    expect(Math.max(...values)).toBeLessThanOrEqual(1);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(-1);
    const logits = discriminator.predict(images) as tf.Tensor;
    expect(logits.shape).toEqual([2, 1]);
    tf.dispose([images, logits]);
    generator.dispose();
    discriminator.dispose();
  });
});

describe('GAN files', () => {
  it('a saved generator loads and draws the same images', async () => {
    const generator = createGenerator(TINY_COLOUR, 6);
    const noise = tf.randomNormal([3, TINY_COLOUR.latent], 0, 1, 'float32', 7) as tf.Tensor2D;
    const before = generate(generator, noise).dataSync();
    await generator.save(fileSaveHandler(join(dir, 'generator')));
    const loaded = await tfl.loadLayersModel(fileLoadHandler(join(dir, 'generator')));
    const after = generate(loaded, noise).dataSync();
    after.forEach((v, i) => expect(v).toBeCloseTo(before[i]!, 5));
    tf.dispose(noise);
    generator.dispose();
    loaded.dispose();
  });
});

describe('GAN training on wasm', () => {
  it('runs steps on real digits: finite losses, both models change, no tensors left behind', () => {
    expect(tf.getBackend()).toBe('wasm');
    const pair = { generator: createGenerator(TINY_DIGITS, 8), discriminator: createDiscriminator(TINY_DIGITS, 9), latent: TINY_DIGITS.latent };
    const optimizers = { generator: tf.train.adam(2e-4, 0.5), discriminator: tf.train.adam(2e-4, 0.5) };
    const digits = loadMnistSplit().train.slice(0, 8);
    const real = tf.tidy(() => tf.sub(tf.mul(tf.tensor4d(Float32Array.from(digits.flatMap((d) => [...d.x])), [8, 28, 28, 1]), 2), 1)) as tf.Tensor4D;
    const weightsOf = (m: tfl.LayersModel) => m.getWeights().map((w) => w.dataSync().slice());
    const gBefore = weightsOf(pair.generator);
    const dBefore = weightsOf(pair.discriminator);
    const step = (k: number) => {
      const noise = tf.randomNormal([8, TINY_DIGITS.latent], 0, 1, 'float32', 100 + k) as tf.Tensor2D;
      const result = ganTrainStep(pair, optimizers, real, noise, (x) => tf.reverse(x, 2) as tf.Tensor4D);
      noise.dispose();
      return result;
    };
    step(0); // creates the optimisers' slots
    const tensors = tf.memory().numTensors;
    for (let k = 1; k < 3; k++) {
      const { discriminatorLoss, generatorLoss } = step(k);
      expect(Number.isFinite(discriminatorLoss) && Number.isFinite(generatorLoss)).toBe(true);
    }
    expect(tf.memory().numTensors).toBe(tensors);
    const changed = (before: Float32Array[], model: tfl.LayersModel) => model.getWeights().some((w, i) => w.dataSync().some((v, j) => v !== before[i]![j]));
    expect(changed(gBefore as Float32Array[], pair.generator)).toBe(true);
    expect(changed(dBefore as Float32Array[], pair.discriminator)).toBe(true);
    tf.dispose(real);
    pair.generator.dispose();
    pair.discriminator.dispose();
  }, 60_000);
});
