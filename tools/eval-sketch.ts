/**
 * Scores the committed Sketch Duet models on held-out procedural sketches (the test split, never trained on).
 *
 *   npm run eval:sketch -- [--json] [--grid out.png] [--temperature 0.25] [--data data/sketch/procedural.ndjson]
 *                          [--model assets/models/sketch] [--limit N] [--seed 1]
 *
 * Prints the held-out reconstruction loss (NLL), the classifier's accuracy on real held-out sketches, and
 * `completionRecognized`: the share of completions, from the first stroke of held-out sketches, that the
 * classifier recognises as the prompted category (bar: >= 0.7 at temperature 0.25), and the same for the
 * openings moved and shrunk as a player would draw them on the pad. With --json the last line is the JSON. --grid renders completions per category, the player's stroke black and the AI's red.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tfl from '@tensorflow/tfjs-layers';
import { decodeGenJson } from '../shared/models/sketch/magenta-gen.js';
import { classifySketches } from '../shared/models/sketch-classifier/classify.js';
import { SKETCH_CLASSIFIER_LABELS } from '../shared/models/sketch-classifier/model.js';
import { fileLoadHandler } from '../server/ml/file-io.js';
import { initTfNodeBackend } from '../server/ml/tf-node-backend.js';
import { intArg, parseToolArgs } from './lib/cli-args.js';
import { encodePng } from './lib/png.js';
import { DEFAULT_SKETCH_DATA, ensureSketchData, loadSketchSplits } from './lib/sketch-data.js';
import { completeAndRecognise, heldOutLoss, recognitionRates, type Completion } from './lib/sketch-eval.js';
import { renderSketchGrid, type SketchGridCell } from './lib/sketch-grid.js';

export const COMPLETION_RECOGNIZED_BAR = 0.7;

const args = parseToolArgs({
  json: { type: 'boolean', default: false },
  grid: { type: 'string' },
  temperature: { type: 'string', default: '0.25' },
  data: { type: 'string', default: DEFAULT_SKETCH_DATA },
  model: { type: 'string', default: 'assets/models/sketch' },
  limit: { type: 'string' },
  seed: { type: 'string' },
});
const temperature = Number(args.temperature);
const seed = intArg(args.seed, 'seed', 1);

ensureSketchData(args.data!);
await initTfNodeBackend();
const data = await loadSketchSplits(args.data!);
const decoder = decodeGenJson(JSON.parse(await readFile(join(args.model!, 'decoder.gen.json'), 'utf8')));
if (decoder.categories.join() !== data.categories.join()) throw new Error(`the model's categories differ from ${args.data}'s`);
const classifierDir = join(args.model!, 'classifier');
const classifier = await tfl.loadLayersModel(fileLoadHandler(classifierDir));
const classifierCategories = JSON.parse(await readFile(join(classifierDir, SKETCH_CLASSIFIER_LABELS), 'utf8')) as string[];
// --limit keeps the categories balanced: the first limit/categories held-out sketches of each.
const perCategory = Math.ceil(intArg(args.limit, 'limit', data.test.length) / data.categories.length);
const test = data.categories.flatMap((_, c) => data.test.filter((s) => s.category === c).slice(0, perCategory));

const started = performance.now();
const loss = heldOutLoss(decoder, test);
const probabilities = classifySketches(classifier, test.map((s) => s.drawing));
const classifierAccuracy =
  probabilities.filter((p, i) => classifierCategories[p.indexOf(Math.max(...p))] === data.categories[test[i]!.category]).length / Math.max(1, test.length);
const completions = completeAndRecognise(decoder, classifier, classifierCategories, test, temperature, seed);
const rates = recognitionRates(completions);
// The same openings moved and shrunk as on a player's pad, with and without placing them where the model
// learned to see first strokes (SketchDecoder.openingFrames; the game always places).
const onPad = recognitionRates(completeAndRecognise(decoder, classifier, classifierCategories, test, temperature, seed, true));
const { openingFrames: _frames, ...unplacedDecoder } = decoder;
const onPadUnplaced = recognitionRates(completeAndRecognise(unplacedDecoder, classifier, classifierCategories, test, temperature, seed, true));
const seconds = (performance.now() - started) / 1000;

console.log(`held-out sketches: ${test.length} (${loss.n} within ${decoder.maxSeqLen} rows for the loss)`);
console.log(`held-out NLL ${loss.nll.toFixed(4)} (offsets ${loss.offsets.toFixed(4)}, pen ${loss.pen.toFixed(4)})`);
console.log(`classifier accuracy on held-out sketches ${classifierAccuracy.toFixed(4)}`);
console.log(`completionRecognized at τ=${temperature}: ${rates.overall.toFixed(4)} (bar ${COMPLETION_RECOGNIZED_BAR})`);
for (const [category, rate] of Object.entries(rates.perCategory)) {
  console.log(`  ${category.padEnd(10)} ${rate.toFixed(3)}   on a pad ${onPad.perCategory[category]?.toFixed(3)}`);
}
console.log(`the same openings moved and shrunk as on a pad: ${onPad.overall.toFixed(4)} (without placing them: ${onPadUnplaced.overall.toFixed(4)})`);

if (args.grid) {
  const perRow = 8;
  const rows = data.categories.map((category) =>
    completions
      .filter((c) => c.category === category)
      .slice(0, perRow)
      .map((c: Completion): SketchGridCell => ({
        drawing: [...c.opening, ...c.completion],
        colours: (i) => (i < c.opening.length ? '#000000' : '#d62728'),
        caption: `${c.recognised ? 'ok' : 'x'} ${c.guess}`,
      })),
  );
  await writeFile(args.grid, encodePng(renderSketchGrid(rows, 112)));
  console.log(`grid: ${args.grid} (rows = categories; black = the held-out sketch's first stroke, red = the AI; caption = the classifier's guess)`);
}

const result = {
  nll: Math.round(loss.nll * 1e4) / 1e4,
  nllOffsets: Math.round(loss.offsets * 1e4) / 1e4,
  nllPen: Math.round(loss.pen * 1e4) / 1e4,
  completionRecognized: Math.round(rates.overall * 1e4) / 1e4,
  temperature,
  bar: COMPLETION_RECOGNIZED_BAR,
  completionRecognizedOnPad: Math.round(onPad.overall * 1e4) / 1e4,
  completionRecognizedOnPadUnplaced: Math.round(onPadUnplaced.overall * 1e4) / 1e4,
  classifierAccuracy: Math.round(classifierAccuracy * 1e4) / 1e4,
  n: test.length,
  perCategory: rates.perCategory,
  seconds: Math.round(seconds),
};
if (args.json) console.log(JSON.stringify(result));
