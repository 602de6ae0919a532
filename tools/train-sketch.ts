/**
 * Trains the Sketch Duet models and writes them to assets/models/sketch/: first the sketch classifier
 * (minutes), then the class-conditional sketch decoder (about an hour on one core).
 *
 *   npm run train:sketch -- [--part all|classifier|decoder] [--data data/sketch/procedural.ndjson]
 *       [--steps 5000] [--hidden 128] [--batch 64] [--max-len 64] [--lr 0.001] [--seed 1]
 *       [--classifier-epochs 6] [--out assets/models/sketch] [--resume]
 *
 * The default data set is made by `npm run data:sketch`, which is run first when the file is missing, so the
 * command alone reproduces the committed weights. `--resume` continues the decoder from its checkpoint.
 */
import '@tensorflow/tfjs-layers'; // registers the gradient functions tfjs-core's ESM build leaves out
import { initTfNodeBackend } from '../server/ml/tf-node-backend.js';
import { intArg, parseToolArgs } from './lib/cli-args.js';
import { runClassifierTraining } from './lib/sketch-classifier-run.js';
import { DEFAULT_SKETCH_DATA, ensureSketchData, loadSketchSplits } from './lib/sketch-data.js';
import { runDecoderTraining } from './lib/sketch-decoder-run.js';

const args = parseToolArgs({
  part: { type: 'string', default: 'all' },
  data: { type: 'string', default: DEFAULT_SKETCH_DATA },
  steps: { type: 'string' },
  hidden: { type: 'string' },
  batch: { type: 'string' },
  'max-len': { type: 'string' },
  mixtures: { type: 'string' },
  lr: { type: 'string', default: '0.001' },
  seed: { type: 'string' },
  'classifier-epochs': { type: 'string' },
  out: { type: 'string', default: 'assets/models/sketch' },
  resume: { type: 'boolean', default: false },
});
if (!['all', 'classifier', 'decoder'].includes(args.part!)) throw new Error(`--part must be all, classifier or decoder, got ${args.part}`);
const seed = intArg(args.seed, 'seed', 1);

ensureSketchData(args.data!);
await initTfNodeBackend();
const data = await loadSketchSplits(args.data!);
const summary: Record<string, unknown> = { data: args.data, categories: data.categories.length };

if (args.part !== 'decoder') {
  summary.classifier = await runClassifierTraining(data, {
    out: args.out!,
    epochs: intArg(args['classifier-epochs'], 'classifier-epochs', 6),
    batchSize: 64,
    seed,
  });
}
if (args.part !== 'classifier') {
  summary.decoder = await runDecoderTraining(data, {
    out: args.out!,
    resume: args.resume!,
    fresh: {
      maxSeqLen: intArg(args['max-len'], 'max-len', 64),
      hiddenSize: intArg(args.hidden, 'hidden', 128),
      mixtures: intArg(args.mixtures, 'mixtures', 20),
      batchSize: intArg(args.batch, 'batch', 64),
      learningRate: Number(args.lr),
      seed,
      steps: intArg(args.steps, 'steps', 5000),
    },
    ...(args.steps !== undefined && args.resume ? { stepsOverride: intArg(args.steps, 'steps', 5000) } : {}),
  });
}
console.log(JSON.stringify(summary));
