/**
 * The sketch training code runs on wasm and learns: a few decoder steps lower its loss on a fixed batch,
 * a resumed run continues from its checkpoint, the written model loads with the same loader the game uses,
 * and a classifier epoch on a tiny set runs. (The real run is `npm run train:sketch`, never in CI.)
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { classifySketches } from '../../../../shared/models/sketch-classifier/classify.js';
import { fileLoadHandler } from '../../../../server/ml/file-io.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../shared/game/random.js';
import { createDecoderVariables, decoderLoss } from '../../../../shared/models/sketch/decoder-graph.js';
import { completeDrawing } from '../../../../shared/models/sketch/complete-drawing.js';
import { decodeGenJson } from '../../../../shared/models/sketch/magenta-gen.js';
import { SKETCH_CATEGORIES } from '../../../../shared/strokes/procedural/categories.js';
import { generateSketchForSeed } from '../../../../shared/strokes/procedural/generate.js';
import { initTfNodeBackend } from '../../../../server/ml/tf-node-backend.js';
import { makeDecoderBatch } from '../../../../tools/lib/sketch-batches.js';
import { readDecoderCheckpoint } from '../../../../tools/lib/sketch-checkpoint.js';
import { runClassifierTraining } from '../../../../tools/lib/sketch-classifier-run.js';
import type { SketchSplits } from '../../../../tools/lib/sketch-data.js';
import { runDecoderTraining } from '../../../../tools/lib/sketch-decoder-run.js';
import { encodeSketches, trainDecoderStep } from '../../../../tools/lib/sketch-training.js';

const CATEGORIES = SKETCH_CATEGORIES.slice(0, 3);
const sketches = (n: number, offset: number) =>
  CATEGORIES.flatMap((c, ci) => Array.from({ length: n }, (_, i) => ({ category: ci, drawing: generateSketchForSeed(c, offset + i) })));
let out: string;

beforeAll(async () => {
  await initTfNodeBackend();
  out = await mkdtemp(join(tmpdir(), 'sketch-train-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('sketch decoder training on wasm', () => {
  it('lowers the loss on a fixed batch and leaves no tensors behind', () => {
    expect(tf.getBackend()).toBe('wasm');
    const shape = { inputSize: 5 + CATEGORIES.length, hiddenSize: 16, mixtures: 5 };
    const vars = createDecoderVariables(shape, 7);
    const batch = encodeSketches(sketches(4, 0), 30, 64);
    const optimizer = tf.train.adam(0.01);
    const lossOf = () => {
      const b = makeDecoderBatch(batch, CATEGORIES.length, null);
      const loss = decoderLoss(vars, b, shape.mixtures);
      const value = loss.total.dataSync()[0]!;
      tf.dispose([b.inputs, b.targets, loss.total, loss.offsets, loss.pen]);
      return value;
    };
    const before = lossOf();
    trainDecoderStep(vars, optimizer, batch, CATEGORIES.length, shape.mixtures, mulberry32(1)); // creates Adam's slots
    const tensors = tf.memory().numTensors;
    for (let step = 0; step < 12; step++) trainDecoderStep(vars, optimizer, batch, CATEGORIES.length, shape.mixtures, mulberry32(step));
    expect(tf.memory().numTensors).toBe(tensors);
    expect(lossOf()).toBeLessThan(before * 0.8);
    tf.dispose(Object.values(vars));
    optimizer.dispose();
  });

  it('checkpoints, resumes, and writes a model the game loads and samples', async () => {
    const data: SketchSplits = { categories: [...CATEGORIES], train: sketches(12, 100), valid: sketches(2, 900), test: [] };
    const fresh = { maxSeqLen: 64, hiddenSize: 16, mixtures: 5, batchSize: 8, learningRate: 0.005, seed: 3, steps: 4 };
    const quiet = () => {};
    await runDecoderTraining(data, { out, resume: false, fresh, checkpointEvery: 2, validEvery: 4, log: quiet });
    expect((await readDecoderCheckpoint(join(out, 'checkpoint', 'decoder.json'))).step).toBe(4);
    const resumed = await runDecoderTraining(data, { out, resume: true, fresh, stepsOverride: 6, checkpointEvery: 2, validEvery: 6, log: quiet });
    expect(resumed.steps).toBe(6);
    const training = JSON.parse(await readFile(join(out, 'training.json'), 'utf8'));
    expect(training.history.map((h: { step: number }) => h.step)).toEqual([2, 4, 6]);
    const decoder = decodeGenJson(JSON.parse(await readFile(join(out, 'decoder.gen.json'), 'utf8')));
    expect(decoder).toMatchObject({ conditional: true, categories: CATEGORIES, maxSeqLen: 64 });
    const completion = completeDrawing(decoder, sketches(1, 5)[0]!.drawing.slice(0, 1), { category: 'square', temperature: 0.5, random: mulberry32(1), maxSteps: 20 });
    expect(completion.flat().length).toBeLessThanOrEqual(20);
    completion.flat().flat().forEach((v) => expect(Number.isFinite(v)).toBe(true));
  }, 60_000);
});

describe('sketch decoder training is reproducible', () => {
  it('two fresh runs with the same seed write the same model, byte for byte', async () => {
    const data: SketchSplits = { categories: [...CATEGORIES], train: sketches(12, 300), valid: sketches(2, 900), test: [] };
    const fresh = { maxSeqLen: 64, hiddenSize: 16, mixtures: 5, batchSize: 8, learningRate: 0.005, seed: 9, steps: 3 };
    const written: string[] = [];
    for (const run of ['a', 'b']) {
      const dir = join(out, `repro-${run}`);
      await runDecoderTraining(data, { out: dir, resume: false, fresh, checkpointEvery: 3, validEvery: 3, log: () => {} });
      written.push(await readFile(join(dir, 'decoder.gen.json'), 'utf8'));
    }
    expect(written[1]).toBe(written[0]);
  }, 60_000);
});

describe('sketch classifier training on wasm', () => {
  it('runs an epoch on a tiny set and writes model, labels and training record', async () => {
    const data: SketchSplits = { categories: [...CATEGORIES], train: sketches(16, 200), valid: sketches(2, 800), test: sketches(2, 700) };
    const result = await runClassifierTraining(data, { out, epochs: 1, batchSize: 16, seed: 2, maxStepsPerEpoch: 2, log: () => {} });
    expect(result.testAccuracy).toBeGreaterThanOrEqual(0);
    expect(result.testAccuracy).toBeLessThanOrEqual(1);
    // What it wrote loads with the game's loader and gives one probability per category.
    const model = await tfl.loadLayersModel(fileLoadHandler(join(out, 'classifier')));
    const [probabilities] = classifySketches(model, [sketches(1, 5)[0]!.drawing]);
    expect(probabilities).toHaveLength(CATEGORIES.length);
    expect(probabilities!.reduce((a, b) => a + b)).toBeCloseTo(1, 4);
    expect(JSON.parse(await readFile(join(out, 'classifier', 'labels.json'), 'utf8'))).toEqual(CATEGORIES);
    const json = JSON.parse(await readFile(join(out, 'classifier', 'model.json'), 'utf8'));
    expect(json.weightsManifest[0].paths).toEqual(['./weights.bin']);
  }, 60_000);
});
