/**
 * A real published decoder (Magenta's bicycle) loads and draws a finished bicycle-sized sketch. The file is
 * Google's and is never committed: it is read from the workplace's shared data folder beside the repo
 * (../shared/data/sketchrnn), and the test is skipped, saying so, where that folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../shared/game/random.js';
import { decodeGenJson } from '../../../../shared/models/sketch/magenta-gen.js';
import { completeSketch } from '../../../../shared/models/sketch/sample.js';
import type { Stroke3 } from '../../../../shared/strokes/formats.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const dataDir = join(repoRoot, '../shared/data/sketchrnn');
const bicyclePath = join(dataDir, 'bicycle.gen.json');
const present = existsSync(bicyclePath);
if (!present) console.warn(`magenta-real-model: skipped, no ${bicyclePath} (Google's files are never committed; they sit in the shared data folder beside the repo)`);

/** Width and height of the drawn sketch, in drawing units. */
function extent(rows: Stroke3): { width: number; height: number } {
  let [x, y, minX, maxX, minY, maxY] = [0, 0, 0, 0, 0, 0];
  for (const [dx, dy] of rows) {
    x += dx;
    y += dy;
    [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
  }
  return { width: maxX - minX, height: maxY - minY };
}

describe.skipIf(!present)(`the published bicycle decoder${present ? '' : ` (skipped: ${bicyclePath} is absent)`}`, () => {
  const decoder = present ? decodeGenJson(JSON.parse(readFileSync(bicyclePath, 'utf8'))) : undefined;

  it('loads as an unconditional 512-unit, 20-mixture decoder with the file info', () => {
    expect(decoder).toMatchObject({ name: 'bicycle', categories: ['bicycle'], conditional: false, maxSeqLen: 139 });
    expect(decoder!.scaleFactor).toBeCloseTo(86.8476, 4);
    expect([decoder!.weights.hiddenSize, decoder!.weights.mixtures, decoder!.weights.inputSize]).toEqual([512, 20, 5]);
  });

  it.each([1, 2, 3])('completes an empty opening at temperature 0.25 into a finished drawing (seed %i)', (seed) => {
    const d = decoder!;
    const rows = completeSketch(d, [], { category: 'bicycle', temperature: 0.25, maxSteps: d.maxSeqLen, random: mulberry32(seed) });
    // Fewer rows than the cap means the sampler stopped on the end-of-sketch pen state.
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.length).toBeLessThan(d.maxSeqLen);
    const strokes = rows.filter(([, , penLifted]) => penLifted === 1).length;
    expect(strokes).toBeGreaterThanOrEqual(3);
    // Magenta's units: a bicycle is about ten scale factors wide (~900 units), wider than tall.
    const { width, height } = extent(rows);
    expect(width / d.scaleFactor).toBeGreaterThan(4);
    expect(width / d.scaleFactor).toBeLessThan(25);
    expect(height / d.scaleFactor).toBeGreaterThan(1);
    expect(height).toBeLessThan(width * 1.5);
    console.log(`bicycle seed ${seed}: ${rows.length} rows, ${strokes} strokes, ${width.toFixed(0)} x ${height.toFixed(0)} units`);
  });
});
