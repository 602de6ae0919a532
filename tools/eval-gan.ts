/**
 * Reviews a deck's GAN: a PNG sheet of real and generated images side by side, and the separability figure
 * (held-out accuracy of a small real-vs-generated CNN trained on half the images; 0.5 = chance, lower is
 * harder for players) for each difficulty level, as JSON on the last line.
 *
 *   npm run eval:gan -- --deck digits|<deck> [--grid out.png] [--no-real] [--per-row 8] [--count 200] [--decks dir] [--epochs 40]
 *
 * `digits` compares held-out MNIST with images drawn now from assets/models/gan/digits; a folder deck uses its
 * own real and generated images, exactly what players are shown. `--no-real` leaves the real images out of
 * the sheet (a face deck's photographs may not be published; the GAN's pictures may).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultDecksDir } from '../server/decks/decks-dir.js';
import { clearFaintInk, DIGITS_GAN_DIR } from '../server/decks/digits-deck.js';
import { drawLevels } from '../server/ml/gan-levels.js';
import { loadDeckFolder } from '../server/decks/load-deck.js';
import { loadMnistSplit } from '../server/ml/mnist-split.js';
import { initTfNodeBackend } from '../server/ml/tf-node-backend.js';
import { intArg, parseToolArgs } from './lib/cli-args.js';
import { renderImageGrid, type GridRow } from './lib/image-grid.js';
import { encodePng } from './lib/png.js';
import { separability } from './lib/separability.js';

const args = parseToolArgs({
  deck: { type: 'string', default: 'digits' },
  grid: { type: 'string' },
  'per-row': { type: 'string' },
  count: { type: 'string' },
  decks: { type: 'string' },
  epochs: { type: 'string' },
  'no-real': { type: 'boolean', default: false },
});

interface Level {
  checkpoint: string;
  step: number;
  images: Uint8Array[];
}

interface EvalSet {
  shape: { side: number; channels: number };
  real: Uint8Array[];
  levels: Level[];
}

await initTfNodeBackend();

/** As the built-in deck is made at start-up (faint ink cleared on both sides), from a fixed seed. */
async function digitsSet(count: number): Promise<EvalSet> {
  const { levels } = await drawLevels(DIGITS_GAN_DIR, count, 7);
  const real = loadMnistSplit().heldOut.slice(0, count).map((d) => clearFaintInk(Uint8Array.from(d.x, (v) => Math.round(v * 255))));
  return { shape: { side: 28, channels: 1 }, real, levels: levels.map((level) => ({ ...level, images: level.images.map(clearFaintInk) })) };
}

async function deckSet(name: string): Promise<EvalSet> {
  const loaded = await loadDeckFolder(join(args.decks ?? defaultDecksDir(), name));
  if (!loaded.ok) throw new Error(loaded.error);
  const { deck } = loaded;
  return {
    shape: { side: deck.side, channels: deck.channels },
    real: deck.real.map((r) => r.pixels),
    levels: deck.levels.map((level) => ({ checkpoint: level.checkpoint, step: level.step, images: level.generated.map((g) => g.pixels) })),
  };
}

const deckName = args.deck!;
const set = deckName === 'digits' ? await digitsSet(intArg(args.count, 'count', 200)) : await deckSet(deckName);
const epochs = intArg(args.epochs, 'epochs', 40);
const levels = [];
for (const level of set.levels) {
  const figure = await separability(set.real, level.images, set.shape, { seed: 1, epochs });
  levels.push({ checkpoint: level.checkpoint, step: level.step, generated: level.images.length, separability: figure.accuracy, trainImages: figure.trainImages, testImages: figure.testImages });
  console.log(`${level.checkpoint}: separability ${figure.accuracy.toFixed(3)} (train ${figure.trainImages}, test ${figure.testImages})`);
}

if (args.grid) {
  const perRow = intArg(args['per-row'], 'per-row', 8);
  const scale = Math.max(1, Math.round(128 / set.shape.side));
  const showReal = !args['no-real'];
  const rows: GridRow[] = showReal ? [{ caption: `REAL (${set.real.length})`, images: set.real.slice(0, perRow), frame: [40, 160, 60] }] : [];
  for (const [i, level] of set.levels.entries()) {
    rows.push({ caption: `AI LEVEL ${i + 1}/${set.levels.length} ${level.checkpoint} SEP ${levels[i]!.separability.toFixed(2)}`, images: level.images.slice(0, perRow), frame: [200, 50, 50] });
  }
  if (showReal) rows.push({ caption: 'REAL', images: set.real.slice(perRow, 2 * perRow), frame: [40, 160, 60] });
  await writeFile(args.grid, encodePng(renderImageGrid(rows, set.shape, scale, perRow)));
  console.log(`wrote ${args.grid}`);
}

const hardest = levels.at(-1);
console.log(JSON.stringify({ deck: deckName, real: set.real.length, epochs, levels, separability: hardest?.separability ?? null }));
