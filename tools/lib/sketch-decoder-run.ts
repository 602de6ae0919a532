/**
 * The decoder half of `npm run train:sketch`: trains the class-conditional LSTM + mixture density decoder
 * and writes <out>/decoder.gen.json and <out>/training.json. Checkpoints go to <out>/checkpoint/decoder.json
 * every 100 steps; `resume` continues from the last one (Adam's moments restart). Each step's shuffle and
 * augmentation come from seeds derived from the seed and the step, so a resumed run sees the same batches.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { assignDecoderWeights, createDecoderVariables, exportDecoderWeights } from '../../shared/models/sketch/decoder-graph.js';
import { drawingToStroke3 } from '../../shared/strokes/formats.js';
import { strokeScaleFactor } from '../../shared/strokes/normalise.js';
import { bucketedBatches } from './sketch-batches.js';
import { readDecoderCheckpoint, writeDecoderCheckpoint, type DecoderCheckpoint, type DecoderRunSettings } from './sketch-checkpoint.js';
import { openingFramesOf, type SketchSplits } from './sketch-data.js';
import { writeSketchDecoderModel } from './sketch-model-file.js';
import { encodeSketches, evaluateDecoder, trainDecoderStep } from './sketch-training.js';
import { seededRandom } from './seeded-random.js';

export interface DecoderRunOptions {
  out: string;
  resume: boolean;
  /** Settings for a fresh run; a resumed run keeps its own (except `steps`, when given). */
  fresh: Omit<DecoderRunSettings, 'categories' | 'scaleFactor'>;
  stepsOverride?: number;
  checkpointEvery?: number;
  validEvery?: number;
  log?: (line: string) => void;
}

export interface DecoderRunResult {
  steps: number;
  validLoss: number | undefined;
  seconds: number;
}

export async function runDecoderTraining(data: SketchSplits, options: DecoderRunOptions): Promise<DecoderRunResult> {
  const log = options.log ?? console.log;
  const checkpointPath = join(options.out, 'checkpoint', 'decoder.json');
  const checkpointEvery = options.checkpointEvery ?? 100;
  const validEvery = options.validEvery ?? 500;
  const resumed: DecoderCheckpoint | null = options.resume && existsSync(checkpointPath) ? await readDecoderCheckpoint(checkpointPath) : null;
  const maxSeqLen = resumed?.settings.maxSeqLen ?? options.fresh.maxSeqLen;
  const trainRows = data.train.map((r) => drawingToStroke3(r.drawing)).filter((rows) => rows.length <= maxSeqLen);
  const settings: DecoderRunSettings = resumed?.settings ?? { ...options.fresh, categories: data.categories, scaleFactor: strokeScaleFactor(trainRows) };
  if (options.stepsOverride !== undefined) settings.steps = options.stepsOverride;
  const categoryCount = settings.categories.length;
  const train = encodeSketches(data.train, settings.scaleFactor, maxSeqLen);
  const valid = encodeSketches(data.valid, settings.scaleFactor, maxSeqLen).slice(0, 640);
  log(
    `decoder: ${train.length} training / ${valid.length} validation sketches, ${categoryCount} categories, ` +
      `scale factor ${settings.scaleFactor.toFixed(3)}, LSTM ${settings.hiddenSize}, batch ${settings.batchSize}, ${settings.steps} steps` +
      (resumed ? `, resuming at step ${resumed.step}` : ''),
  );

  const vars = createDecoderVariables({ inputSize: 5 + categoryCount, hiddenSize: settings.hiddenSize, mixtures: settings.mixtures }, settings.seed);
  if (resumed) assignDecoderWeights(vars, resumed.weights);
  const optimizer = tf.train.adam(settings.learningRate);
  const history = resumed?.history ?? [];
  let step = resumed?.step ?? 0;
  const started = performance.now() - (history.at(-1)?.seconds ?? 0) * 1000;
  const seconds = (): number => Math.round((performance.now() - started) / 1000);
  // Magenta's schedule: exponential decay from the base rate towards a floor of 1e-5.
  const learningRateAt = (s: number): number => (settings.learningRate - 1e-5) * 0.9995 ** s + 1e-5;

  const perEpoch = Math.floor(train.length / settings.batchSize);
  if (perEpoch === 0) throw new Error(`decoder: ${train.length} sketches are fewer than one batch of ${settings.batchSize}`);
  let epochBatches: ReturnType<typeof bucketedBatches> = [];
  let epochShown = -1;
  let lossSum = 0;
  let lossCount = 0;
  while (step < settings.steps) {
    const epoch = Math.floor(step / perEpoch);
    if (epoch !== epochShown) {
      epochBatches = bucketedBatches(train, settings.batchSize, seededRandom(settings.seed * 7919 + epoch));
      epochShown = epoch;
    }
    (optimizer as unknown as { learningRate: number }).learningRate = learningRateAt(step);
    const batch = epochBatches[step % perEpoch]!;
    const result = trainDecoderStep(vars, optimizer, batch, categoryCount, settings.mixtures, seededRandom(settings.seed * 104729 + step));
    step++;
    lossSum += result.loss;
    lossCount++;
    if (step % checkpointEvery === 0 || step === settings.steps) {
      const trainLoss = lossSum / lossCount;
      const validLoss =
        step % validEvery === 0 || step === settings.steps ? evaluateDecoder(vars, valid, categoryCount, settings.mixtures, maxSeqLen).loss : undefined;
      history.push({ step, trainLoss, ...(validLoss === undefined ? {} : { validLoss }), seconds: seconds() });
      await writeDecoderCheckpoint(checkpointPath, { step, settings, weights: exportDecoderWeights(vars, settings.mixtures), history });
      log(
        `step ${step}/${settings.steps} epoch ${epoch} train ${trainLoss.toFixed(4)}` +
          `${validLoss === undefined ? '' : ` valid ${validLoss.toFixed(4)}`} lr ${learningRateAt(step).toExponential(2)} ${seconds()} s`,
      );
      lossSum = 0;
      lossCount = 0;
    }
  }
  await writeSketchDecoderModel(options.out, {
    name: 'procedural',
    settings,
    openingFrames: openingFramesOf(data),
    weights: exportDecoderWeights(vars, settings.mixtures),
    history,
  });
  tf.dispose(Object.values(vars));
  optimizer.dispose();
  const last = history.at(-1);
  return { steps: step, validLoss: last?.validLoss, seconds: last?.seconds ?? 0 };
}
