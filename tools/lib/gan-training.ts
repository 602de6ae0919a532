/**
 * The GAN training loop behind `npm run train:gan`: batches of real images (-1..1) against the generator,
 * DiffAugment on both, Adam(2e-4, beta1 0.5) as DCGAN. It saves the generator at each requested step as a
 * difficulty level (early = easy to spot, late = hard) and keeps a float32 checkpoint of both models, so a
 * stopped run resumes where it left off (`--resume`; Adam's moments restart).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { diffAugment, type AugmentPolicy } from '../../shared/models/gan/diff-augment.js';
import type { GanShape } from '../../shared/models/gan/gan-shape.js';
import { createDiscriminator, createGenerator } from '../../shared/models/gan/models.js';
import { ganTrainStep, type GanPair } from '../../shared/models/gan/train-step.js';
import { fileLoadHandler, fileSaveHandler, writeAtomically } from '../../server/ml/file-io.js';
import { seededRandom, type Random } from './seeded-random.js';
import { checkpointId, GAN_JSON, type GanFile } from '../../shared/models/gan/gan-file.js';

export interface GanTrainingOptions {
  shape: GanShape;
  /** Each image side * side * channels floats in -1..1. */
  real: Float32Array[];
  steps: number;
  batch: number;
  seed: number;
  augment: AugmentPolicy;
  /** Steps after which the generator is kept as a difficulty level; the last is usually `steps`. */
  levels: number[];
  outDir: string;
  /** What gan.json says it was trained on. */
  trainedOn: GanFile['trainedOn'];
  resume: boolean;
  /** Steps between resumable checkpoints. */
  checkpointEvery: number;
  log: (line: string) => void;
  /** Aborting stops the run after the current step, with a checkpoint to resume from (Ctrl+C in train:gan). */
  signal?: AbortSignal;
}

interface ResumeState {
  step: number;
  seed: number;
  secondsSoFar: number;
  levels: GanFile['checkpoints'];
}

const LEARNING_RATE = 2e-4;
const BETA1 = 0.5;

function sampleBatch(real: Float32Array[], batch: number, shape: GanShape, random: Random): tf.Tensor4D {
  const size = shape.side * shape.side * shape.channels;
  const data = new Float32Array(batch * size);
  for (let i = 0; i < batch; i++) data.set(real[Math.floor(random() * real.length)]!, i * size);
  return tf.tensor4d(data, [batch, shape.side, shape.side, shape.channels]);
}

async function loadOrCreate(options: GanTrainingOptions, checkpointDir: string): Promise<{ pair: GanPair; state: ResumeState }> {
  const statePath = join(checkpointDir, 'state.json');
  if (options.resume && existsSync(statePath)) {
    const state = JSON.parse(await readFile(statePath, 'utf8')) as ResumeState;
    const generator = await tfl.loadLayersModel(fileLoadHandler(join(checkpointDir, 'generator')));
    const discriminator = await tfl.loadLayersModel(fileLoadHandler(join(checkpointDir, 'discriminator')));
    options.log(`resuming at step ${state.step}`);
    return { pair: { generator, discriminator, latent: options.shape.latent }, state };
  }
  const pair = { generator: createGenerator(options.shape, options.seed), discriminator: createDiscriminator(options.shape, options.seed + 1), latent: options.shape.latent };
  return { pair, state: { step: 0, seed: options.seed, secondsSoFar: 0, levels: [] } };
}

async function writeGanJson(options: GanTrainingOptions, state: ResumeState): Promise<void> {
  const file: GanFile = {
    format: 1,
    shape: options.shape,
    trainedOn: options.trainedOn,
    seed: options.seed,
    batch: options.batch,
    augment: { ...options.augment },
    checkpoints: state.levels,
    generatedBy: 'neural-arcade train:gan',
  };
  await writeAtomically(join(options.outDir, GAN_JSON), JSON.stringify(file, null, 2) + '\n');
}

export async function trainGan(options: GanTrainingOptions): Promise<GanFile['checkpoints']> {
  const checkpointDir = join(options.outDir, 'checkpoint');
  await mkdir(options.outDir, { recursive: true });
  const { pair, state } = await loadOrCreate(options, checkpointDir);
  const optimizers = { generator: tf.train.adam(LEARNING_RATE, BETA1), discriminator: tf.train.adam(LEARNING_RATE, BETA1) };
  const started = Date.now() - state.secondsSoFar * 1000;
  let windowStart = Date.now();
  let windowLoss = { d: 0, g: 0, n: 0 };
  for (let step = state.step + 1; step <= options.steps; step++) {
    // One stream per step, so a resumed run draws the same batches and augmentations as an unbroken one.
    const random = seededRandom(options.seed * 1_000_003 + step);
    const real = sampleBatch(options.real, options.batch, options.shape, random);
    const noise = tf.randomNormal([options.batch, options.shape.latent], 0, 1, 'float32', options.seed * 7919 + step) as tf.Tensor2D;
    const losses = ganTrainStep(pair, optimizers, real, noise, diffAugment(options.augment, random));
    tf.dispose([real, noise]);
    windowLoss = { d: windowLoss.d + losses.discriminatorLoss, g: windowLoss.g + losses.generatorLoss, n: windowLoss.n + 1 };
    if (step % 50 === 0 || step === options.steps) {
      const perStep = (Date.now() - windowStart) / 1000 / windowLoss.n;
      options.log(`step ${step}/${options.steps}  D ${(windowLoss.d / windowLoss.n).toFixed(3)}  G ${(windowLoss.g / windowLoss.n).toFixed(3)}  ${perStep.toFixed(2)} s/step`);
      windowStart = Date.now();
      windowLoss = { d: 0, g: 0, n: 0 };
    }
    const seconds = Math.round((Date.now() - started) / 1000);
    if (options.levels.includes(step)) {
      const id = checkpointId(step);
      await pair.generator.save(fileSaveHandler(join(options.outDir, id), { encoding: 'float16', generatedBy: 'neural-arcade train:gan' }));
      state.levels = [...state.levels.filter((level) => level.step !== step), { id, step, seconds }];
      await writeGanJson(options, state);
      options.log(`saved difficulty level ${id}`);
    }
    const stopping = options.signal?.aborted ?? false;
    if ((step % options.checkpointEvery === 0 && step < options.steps) || stopping) {
      await pair.generator.save(fileSaveHandler(join(checkpointDir, 'generator')));
      await pair.discriminator.save(fileSaveHandler(join(checkpointDir, 'discriminator')));
      await writeAtomically(join(checkpointDir, 'state.json'), JSON.stringify({ ...state, step, secondsSoFar: seconds } satisfies ResumeState));
    }
    if (stopping) {
      options.log(`stopped at step ${step}; continue with --resume`);
      dispose(pair, optimizers);
      return state.levels;
    }
  }
  await rm(checkpointDir, { recursive: true, force: true });
  dispose(pair, optimizers);
  return state.levels;
}

function dispose(pair: GanPair, optimizers: { generator: tf.Optimizer; discriminator: tf.Optimizer }): void {
  optimizers.generator.dispose();
  optimizers.discriminator.dispose();
  pair.generator.dispose();
  pair.discriminator.dispose();
}
