/**
 * Builds the sketch training data (format: shared/strokes/sketch-dataset.ts).
 *
 *   npm run data:sketch -- [--seed N] [--per-category 2000] [--out data/sketch/procedural.ndjson]
 *       Generates procedural Quick, Draw!-like doodles of every category.
 *   npm run data:sketch -- --quickdraw cat.ndjson [more.ndjson ...] [--out data/sketch/quickdraw.ndjson]
 *       Imports real Quick, Draw! files (raw or simplified) instead.
 *   npm run data:sketch -- --preview out.png [--seed N]
 *       Only renders a grid of generated sketches (a row per category, strokes in alternating colours,
 *       a dot where each stroke starts) to look at; writes no data.
 *
 * Prints size statistics per category (stroke-3 rows, strokes, share within the model's 64 rows) and, as
 * the last line, the same as JSON for scripts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { SKETCH_CATEGORIES } from '../shared/strokes/procedural/categories.js';
import { intArg } from './lib/cli-args.js';
import { encodePng } from './lib/png.js';
import { DEFAULT_PROCEDURAL_SEED, proceduralRecord, proceduralRecords } from './lib/procedural-sketches.js';
import { importQuickDraw } from './lib/quickdraw-import.js';
import { writeSketchDataset } from './lib/sketch-dataset-file.js';
import { renderSketchGrid, type SketchGridCell } from './lib/sketch-grid.js';
import { createSizeTally, formatStatsTable, sketchSize } from './lib/sketch-stats.js';

const PREVIEW_SAMPLES = 8;
const PREVIEW_CELL = 112;

const { values: args, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: {
    seed: { type: 'string' },
    'per-category': { type: 'string' },
    out: { type: 'string' },
    quickdraw: { type: 'string' },
    preview: { type: 'string' },
  },
  // Positionals are the further --quickdraw files.
  allowPositionals: true,
  strict: true,
});
if (positionals.length > 0 && !args.quickdraw) throw new Error(`unexpected arguments: ${positionals.join(' ')}`);
const seed = intArg(args.seed, 'seed', DEFAULT_PROCEDURAL_SEED);

async function preview(path: string): Promise<void> {
  const rows = SKETCH_CATEGORIES.map((category) =>
    Array.from({ length: PREVIEW_SAMPLES }, (_, index): SketchGridCell => {
      const { drawing } = proceduralRecord(seed, category, index);
      const rowsText = String(sketchSize(drawing).rows);
      return { drawing, caption: index === 0 ? `${category} ${rowsText}` : rowsText };
    }),
  );
  const png = encodePng(renderSketchGrid(rows, PREVIEW_CELL, { markStrokeStarts: true }));
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, png);
  console.log(`wrote ${path} (${SKETCH_CATEGORIES.length} rows x ${PREVIEW_SAMPLES} samples, seed ${seed})`);
  console.log(JSON.stringify({ mode: 'preview', out: path, seed }));
}

async function generate(out: string): Promise<void> {
  const perCategory = intArg(args['per-category'], 'per-category', 2000);
  const tally = createSizeTally();
  async function* counted() {
    for (const record of proceduralRecords(seed, perCategory)) {
      tally.add(record.category, record.drawing);
      yield record;
    }
  }
  await writeSketchDataset(out, counted());
  const stats = tally.stats();
  console.log(`wrote ${out}: ${perCategory} sketches x ${SKETCH_CATEGORIES.length} categories, seed ${seed}`);
  for (const line of formatStatsTable(stats)) console.log(line);
  console.log(JSON.stringify({ mode: 'procedural', out, seed, perCategory, categories: stats }));
}

async function importFiles(inputs: string[], out: string): Promise<void> {
  const tally = createSizeTally();
  const summary = await importQuickDraw(inputs, out, (record) => tally.add(record.category, record.drawing));
  const stats = tally.stats();
  console.log(`wrote ${out}: ${summary.imported} of ${summary.lines} records from ${inputs.length} file(s)`);
  console.log(`skipped ${summary.unrecognized} unrecognized, ${summary.malformed} malformed`);
  for (const error of summary.errors) console.log(`  ${error}`);
  for (const line of formatStatsTable(stats)) console.log(line);
  const { errors: _errors, ...counts } = summary;
  console.log(JSON.stringify({ mode: 'quickdraw', out, inputs, ...counts, categories: stats }));
}

if (args.preview) {
  await preview(args.preview);
} else if (args.quickdraw) {
  await importFiles([args.quickdraw, ...positionals], args.out ?? 'data/sketch/quickdraw.ndjson');
} else {
  await generate(args.out ?? 'data/sketch/procedural.ndjson');
}
