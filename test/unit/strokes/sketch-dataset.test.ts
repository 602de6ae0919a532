import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatSketchDatasetLine,
  parseSketchDatasetLine,
  splitForIndex,
  type SketchRecord,
} from '../../../shared/strokes/sketch-dataset.js';
import { readSketchDataset, writeSketchDataset } from '../../../tools/lib/sketch-dataset-file.js';
import { proceduralRecords } from '../../../tools/lib/procedural-sketches.js';

const record: SketchRecord = {
  category: 'cat',
  key: 'p1-cat-0',
  split: 'train',
  drawing: [[[0, 0], [255, 10], [128, 200]], [[40, 40]]],
};

describe('sketch data set lines', () => {
  it('round-trips a record through the Quick, Draw!-style line', () => {
    const line = formatSketchDatasetLine(record);
    expect(JSON.parse(line)).toEqual({
      word: 'cat',
      key_id: 'p1-cat-0',
      split: 'train',
      drawing: [[[0, 255, 128], [0, 10, 200]], [[40], [40]]],
    });
    expect(parseSketchDatasetLine(line)).toEqual(record);
  });

  it('ignores extra Quick, Draw! fields', () => {
    const line = '{"word":"sun","key_id":"5","split":"valid","countrycode":"KR","recognized":true,"drawing":[[[1,2],[3,4]]]}';
    expect(parseSketchDatasetLine(line)).toEqual({ category: 'sun', key: '5', split: 'valid', drawing: [[[1, 3], [2, 4]]] });
  });

  it.each([
    ['not JSON', '{"word":', /malformed JSON/],
    ['an array', '[]', /JSON object/],
    ['no word', '{"key_id":"1","split":"train","drawing":[[[1],[1]]]}', /word/],
    ['a numeric key', '{"word":"cat","key_id":1,"split":"train","drawing":[[[1],[1]]]}', /key_id/],
    ['an unknown split', '{"word":"cat","key_id":"1","split":"dev","drawing":[[[1],[1]]]}', /split/],
    ['an empty drawing', '{"word":"cat","key_id":"1","split":"test","drawing":[]}', /empty/],
    ['an empty stroke', '{"word":"cat","key_id":"1","split":"test","drawing":[[[],[]]]}', /empty/],
    ['a bad coordinate', '{"word":"cat","key_id":"1","split":"test","drawing":[[[1,"x"],[1,2]]]}', /non-numeric/],
  ])('rejects %s', (_, line, message) => {
    expect(() => parseSketchDatasetLine(line)).toThrow(message);
  });
});

describe('splitForIndex', () => {
  it('splits 90/5/5 by index, the same every time', () => {
    const splits = Array.from({ length: 2000 }, (_, i) => splitForIndex(i));
    expect(splits.filter((s) => s === 'train')).toHaveLength(1800);
    expect(splits.filter((s) => s === 'valid')).toHaveLength(100);
    expect(splits.filter((s) => s === 'test')).toHaveLength(100);
    expect(splits.slice(0, 20)).toEqual([...Array<string>(18).fill('train'), 'valid', 'test']);
  });
});

describe('sketch data set files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sketch-dataset-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes and reads back procedural records, with keys and splits by index', async () => {
    const path = join(dir, 'nested', 'procedural.ndjson');
    const records = [...proceduralRecords(3, 20, ['circle', 'cat'])];
    await writeSketchDataset(path, records);
    const text = await readFile(path, 'utf8');
    expect(text.split('\n')).toHaveLength(41); // 40 lines and the final newline
    const read = await readSketchDataset(path);
    expect(read).toEqual(records);
    expect(read[0]).toMatchObject({ category: 'circle', key: 'p3-circle-0', split: 'train' });
    expect(read.filter((r) => r.category === 'cat').map((r) => r.split).slice(18)).toEqual(['valid', 'test']);
  });

  it('names the line of a bad record and skips blank lines', async () => {
    const path = join(dir, 'bad.ndjson');
    await writeFile(path, `${formatSketchDatasetLine(record)}\n\n{"word":"cat"}\n`);
    await expect(readSketchDataset(path)).rejects.toThrow(/bad\.ndjson:3: .*key_id/);
  });
});
