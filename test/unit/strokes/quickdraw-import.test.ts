import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawingBounds } from '../../../shared/strokes/rasterize.js';
import { convertQuickDrawLine, importQuickDraw } from '../../../tools/lib/quickdraw-import.js';
import { readSketchDataset } from '../../../tools/lib/sketch-dataset-file.js';

/** A raw record: canvas pixels with timestamps, a square 300 px wide drawn at (100, 50). */
const rawSquare = JSON.stringify({
  key_id: '5001',
  word: 'square',
  countrycode: 'KR',
  recognized: true,
  timestamp: '2017-03-01 00:00:00.0',
  drawing: [
    [[100, 250, 400, 400, 400, 100, 100], [50, 50, 50, 350, 350, 350, 50], [0, 40, 80, 120, 160, 200, 240]],
  ],
});
/** A simplified record: already 0..255, kept exactly as it is. */
const simplifiedSmiley = JSON.stringify({
  key_id: '6001',
  word: 'smiley face',
  recognized: true,
  drawing: [[[0, 255, 255, 0, 0], [0, 0, 255, 255, 0]], [[80, 90], [80, 90]]],
});
const unrecognized = JSON.stringify({ key_id: '7001', word: 'square', recognized: false, drawing: [[[0, 255], [0, 255]]] });
const noKey = JSON.stringify({ word: 'square', drawing: [[[0, 10, 255], [0, 200, 100]]] });
const badCoordinate = JSON.stringify({ word: 'square', drawing: [[[0, 'x'], [0, 1]]] });

describe('convertQuickDrawLine', () => {
  it('simplifies a raw record to 0..255 and keeps a simplified one as it is', () => {
    const raw = convertQuickDrawLine(rawSquare);
    expect(raw).toMatchObject({ kind: 'sketch', category: 'square', key: '5001' });
    if (raw.kind !== 'sketch') throw new Error('expected a sketch');
    expect(raw.drawing).toEqual([[[0, 0], [255, 0], [255, 255], [0, 255], [0, 0]]]);
    const simplified = convertQuickDrawLine(simplifiedSmiley);
    expect(simplified).toEqual({
      kind: 'sketch',
      category: 'smiley',
      key: '6001',
      drawing: [[[0, 0], [255, 0], [255, 255], [0, 255], [0, 0]], [[80, 80], [90, 90]]],
    });
  });

  it('reports unrecognized and malformed lines instead of throwing', () => {
    expect(convertQuickDrawLine(unrecognized)).toEqual({ kind: 'unrecognized' });
    expect(convertQuickDrawLine('{"word": "cat", "drawing": [[[1, 2], [3')).toMatchObject({ kind: 'malformed' });
    expect(convertQuickDrawLine(badCoordinate)).toMatchObject({ kind: 'malformed', error: expect.stringMatching(/non-numeric/) });
    expect(convertQuickDrawLine('{"word": "cat", "drawing": []}')).toMatchObject({ kind: 'malformed', error: 'drawing has no points' });
  });
});

describe('importQuickDraw', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'quickdraw-import-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('imports raw and simplified files into one data set, counting what it skipped', async () => {
    const rawFile = join(dir, 'full_raw_square.ndjson');
    const simplifiedFile = join(dir, 'full_simplified_smiley face.ndjson');
    await writeFile(rawFile, [rawSquare, unrecognized, '{not json', '', noKey, badCoordinate].join('\n') + '\n');
    await writeFile(simplifiedFile, `${simplifiedSmiley}\n`);
    const out = join(dir, 'out', 'quickdraw.ndjson');
    const seen: string[] = [];

    const summary = await importQuickDraw([rawFile, simplifiedFile], out, (r) => seen.push(r.key));

    expect(summary).toMatchObject({ lines: 6, imported: 3, unrecognized: 1, malformed: 2, perCategory: { square: 2, smiley: 1 } });
    expect(summary.errors).toHaveLength(2);
    expect(summary.errors[0]).toMatch(/full_raw_square\.ndjson:3: .*malformed JSON/);
    expect(summary.errors[1]).toMatch(/full_raw_square\.ndjson:6: .*non-numeric/);
    const records = await readSketchDataset(out);
    expect(records.map((r) => [r.category, r.key, r.split])).toEqual([
      ['square', '5001', 'train'],
      ['square', 'full_raw_square.ndjson:5', 'train'],
      ['smiley', '6001', 'train'],
    ]);
    expect(seen).toEqual(records.map((r) => r.key));
    for (const r of records) {
      const bounds = drawingBounds(r.drawing)!;
      expect([bounds.minX, bounds.minY, Math.max(bounds.maxX, bounds.maxY)]).toEqual([0, 0, 255]);
    }
  });

  it('assigns splits 90/5/5 by each category\'s running count across files', async () => {
    const file = join(dir, 'many.ndjson');
    await writeFile(file, Array.from({ length: 40 }, () => simplifiedSmiley).join('\n'));
    const out = join(dir, 'many-out.ndjson');
    await importQuickDraw([file], out);
    const splits = (await readSketchDataset(out)).map((r) => r.split);
    expect(splits.filter((s) => s === 'valid')).toHaveLength(2);
    expect(splits.filter((s) => s === 'test')).toHaveLength(2);
    expect(splits[18]).toBe('valid');
    expect(splits[39]).toBe('test');
  });
});
