/**
 * Trains the digit CNN on the 8,000 training digits and writes assets/models/digits/ (model.json +
 * weights.bin + training.json). Never sees the 2,000 held-out digits except to report accuracy.
 *
 *   npm run train:digits -- [--epochs 36] [--polish-epochs 8] [--out assets/models/digits] [--limit N]
 *                           [--seed 1] [--batch 64] [--lr 0.001] [--encoding float16|float32|uint8] [--resume]
 *
 * Two phases: --epochs with strong augmentation and a cosine learning rate from --lr, then --polish-epochs
 * with light augmentation at ~15% of it (fits the clean MNIST distribution more closely; +0.1-0.2%).
 *
 * Every epoch checkpoints float32 weights to <out>/checkpoint/ (removed when the run completes) and the
 * encoded model to <out>/, so a stopped run leaves a usable model and `--resume` continues it (Adam's
 * moment estimates restart; the shuffle and augmentation streams are per epoch, so they match).
 * Deterministic for a given seed as far as tfjs allows (wasm float summation order is fixed).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tfl from '@tensorflow/tfjs-layers';
import { createDigitModel } from '../shared/models/digits/model.js';
import { fileLoadHandler, fileSaveHandler, type WeightEncoding } from '../server/ml/file-io.js';
import { loadMnistSplit } from '../server/ml/mnist-split.js';
import { initTfNodeBackend } from '../server/ml/tf-node-backend.js';
import { intArg, parseToolArgs } from './lib/cli-args.js';
import { evaluateDigits } from './lib/digit-eval.js';
import { compileForTraining, cosineLearningRate, DEFAULT_AUGMENT, setLearningRate, trainEpoch } from './lib/digit-training.js';
import { LIGHT_AUGMENT } from './lib/augment-digits.js';
import { seededRandom } from './lib/seeded-random.js';

interface CheckpointState {
  epoch: number;
  seed: number;
  epochs: number;
}

const args = parseToolArgs({
  epochs: { type: 'string' },
  'polish-epochs': { type: 'string' },
  out: { type: 'string', default: 'assets/models/digits' },
  limit: { type: 'string' },
  seed: { type: 'string' },
  batch: { type: 'string' },
  lr: { type: 'string', default: '0.001' },
  encoding: { type: 'string', default: 'float16' },
  resume: { type: 'boolean', default: false },
});
const mainEpochs = intArg(args.epochs, 'epochs', 36);
const polishEpochs = intArg(args['polish-epochs'], 'polish-epochs', 8);
const epochs = mainEpochs + polishEpochs;
const seed = intArg(args.seed, 'seed', 1);
const batchSize = intArg(args.batch, 'batch', 64);
const peakLr = Number(args.lr);
const outDir = args.out!;
const encoding = args.encoding as WeightEncoding;
if (!['float32', 'float16', 'uint8'].includes(encoding)) throw new Error(`unknown --encoding ${encoding}`);
const checkpointDir = join(outDir, 'checkpoint');

await initTfNodeBackend();
const split = loadMnistSplit();
const limit = intArg(args.limit, 'limit', split.train.length);
// --limit keeps every k-th digit so a small run still sees all classes.
const stride = Math.max(1, Math.floor(split.train.length / limit));
const train = split.train.filter((_, i) => i % stride === 0).slice(0, limit);

let model: tfl.LayersModel;
let firstEpoch = 0;
if (args.resume && existsSync(join(checkpointDir, 'state.json'))) {
  const state = JSON.parse(await readFile(join(checkpointDir, 'state.json'), 'utf8')) as CheckpointState;
  model = await tfl.loadLayersModel(fileLoadHandler(checkpointDir));
  firstEpoch = state.epoch + 1;
  console.log(`resuming after epoch ${state.epoch + 1} from ${checkpointDir}`);
} else {
  model = createDigitModel(seed);
}
const optimizer = compileForTraining(model, peakLr);
console.log(`training on ${train.length} digits, ${epochs} epochs, batch ${batchSize}, seed ${seed}, params ${model.countParams()}`);

const started = Date.now();
const history: { epoch: number; lr: number; trainLoss: number; heldOutAccuracy: number; heldOutLoss: number; seconds: number }[] = [];
for (let epoch = firstEpoch; epoch < epochs; epoch++) {
  const epochStart = Date.now();
  const polishing = epoch >= mainEpochs;
  const lr = polishing
    ? cosineLearningRate(epoch - mainEpochs, polishEpochs, peakLr * 0.15, 0.1)
    : cosineLearningRate(epoch, mainEpochs, peakLr);
  setLearningRate(optimizer, lr);
  const { meanLoss } = await trainEpoch(model, train, {
    batchSize,
    rng: seededRandom(seed * 1_000_003 + epoch),
    augment: polishing ? LIGHT_AUGMENT : DEFAULT_AUGMENT,
  });
  const evaluation = evaluateDigits(model, split.heldOut);
  const seconds = (Date.now() - epochStart) / 1000;
  history.push({ epoch: epoch + 1, lr, trainLoss: meanLoss, heldOutAccuracy: evaluation.accuracy, heldOutLoss: evaluation.loss, seconds });
  console.log(
    `${polishing ? 'polish ' : ''}epoch ${epoch + 1}/${epochs} lr ${lr.toExponential(2)} train loss ${meanLoss.toFixed(4)} ` +
      `held-out acc ${evaluation.accuracy.toFixed(4)} loss ${evaluation.loss.toFixed(4)} (${seconds.toFixed(1)} s)`,
  );
  await model.save(fileSaveHandler(checkpointDir, { generatedBy: 'tools/train-digits.ts checkpoint' }));
  await writeFile(join(checkpointDir, 'state.json'), JSON.stringify({ epoch, seed, epochs } satisfies CheckpointState));
  await model.save(fileSaveHandler(outDir, { encoding, generatedBy: 'tools/train-digits.ts' }));
}

// Measure what was written (after weight encoding), not the in-memory float32 model.
const saved = await tfl.loadLayersModel(fileLoadHandler(outDir));
const final = evaluateDigits(saved, split.heldOut);
const trainingSeconds = Math.round((Date.now() - started) / 1000);
await writeFile(
  join(outDir, 'training.json'),
  JSON.stringify(
    {
      command: `tsx tools/train-digits.ts ${process.argv.slice(2).join(' ')}`.trim(),
      date: new Date().toISOString(),
      seed, mainEpochs, polishEpochs, batchSize, peakLearningRate: peakLr, encoding, trainDigits: train.length,
      resumedFromEpoch: firstEpoch || undefined,
      trainingSeconds,
      heldOut: { accuracy: final.accuracy, n: final.n, loss: final.loss },
      history,
    },
    null,
    1,
  ) + '\n',
);
await rm(checkpointDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
console.log(JSON.stringify({ accuracy: final.accuracy, n: final.n, loss: final.loss, trainingSeconds, out: outDir }));
