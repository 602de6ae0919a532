import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileLoadHandler, fileSaveHandler, type WeightEncoding } from '../../../server/ml/file-io.js';
import { initTfNodeBackend } from '../../../server/ml/tf-node-backend.js';

let dir: string;

beforeAll(async () => {
  await initTfNodeBackend();
  dir = await mkdtemp(join(tmpdir(), 'file-io-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A tiny conv model with the same layer kinds as the digit model. */
function tinyModel(): tfl.Sequential {
  const model = tfl.sequential();
  model.add(tfl.layers.conv2d({ inputShape: [6, 6, 1], filters: 2, kernelSize: 3, activation: 'relu', kernelInitializer: tfl.initializers.glorotUniform({ seed: 1 }), biasInitializer: 'ones' }));
  model.add(tfl.layers.flatten());
  model.add(tfl.layers.dense({ units: 3, activation: 'softmax', kernelInitializer: tfl.initializers.glorotUniform({ seed: 2 }) }));
  return model;
}

const input = () => tf.tensor4d(Float32Array.from({ length: 2 * 36 }, (_, i) => (i % 7) / 7), [2, 6, 6, 1]);
const predict = (model: tfl.LayersModel) => tf.tidy(() => Array.from((model.predict(input()) as tf.Tensor).dataSync()));

describe('file IOHandler', () => {
  it('round-trips a model exactly in float32, in the standard layers-model format', async () => {
    const model = tinyModel();
    const out = join(dir, 'f32');
    await model.save(fileSaveHandler(out));
    const json = JSON.parse(await readFile(join(out, 'model.json'), 'utf8'));
    expect(json.format).toBe('layers-model');
    expect(json.weightsManifest[0].paths).toEqual(['./weights.bin']);
    expect((await readFile(join(out, 'weights.bin'))).byteLength).toBe(model.countParams() * 4);

    const loaded = await tfl.loadLayersModel(fileLoadHandler(out));
    expect(predict(loaded)).toEqual(predict(model));
  });

  it.each<[WeightEncoding, number, number]>([
    ['float16', 2, 1e-3],
    ['uint8', 1, 2e-2],
  ])('stores %s weights (%i bytes each) that tfjs dequantizes on load', async (encoding, bytes, tolerance) => {
    const model = tinyModel();
    const out = join(dir, encoding);
    await model.save(fileSaveHandler(out, { encoding }));
    expect((await readFile(join(out, 'weights.bin'))).byteLength).toBe(model.countParams() * bytes);
    const loaded = await tfl.loadLayersModel(fileLoadHandler(out));
    const original = model.getWeights().map((w) => w.dataSync());
    loaded.getWeights().forEach((w, i) => {
      const values = w.dataSync();
      const range = Math.max(...Array.from(original[i]!, Math.abs), 1e-6);
      values.forEach((v, j) => expect(Math.abs(v - original[i]![j]!)).toBeLessThanOrEqual(range * tolerance));
    });
    const [a, b] = [predict(loaded), predict(model)];
    a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 1));
  });

  it('rejects a missing model with a clear error', async () => {
    await expect(tfl.loadLayersModel(fileLoadHandler(join(dir, 'nope')))).rejects.toThrow(/ENOENT/);
  });
});
