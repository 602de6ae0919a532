/**
 * The sketch data set file format: one ndjson file, each line a record shaped like a Quick, Draw!
 * simplified record, so the same reader takes our procedural doodles and imported real ones:
 *
 *   {"word":"cat","key_id":"p1-cat-17","split":"train","drawing":[[[x...],[y...]], ...]}
 *
 * `word` is the category, `key_id` a unique string, `split` one of train/valid/test, and `drawing` holds one
 * [xs, ys] pair per stroke (integers 0..255 in practice, top-left aligned). Other fields are ignored, so
 * records copied from Quick, Draw! files with extra fields still read.
 *
 * Browser-safe: reading and writing files is in tools/lib/sketch-dataset-file.ts.
 */
import { quickDrawToDrawing } from './formats.js';
import type { Drawing } from './types.js';

export const SKETCH_SPLITS = ['train', 'valid', 'test'] as const;
export type SketchSplit = (typeof SKETCH_SPLITS)[number];

export interface SketchRecord {
  category: string;
  key: string;
  split: SketchSplit;
  drawing: Drawing;
}

/**
 * 90/5/5 by position within a category: of every 20 consecutive sketches, 18 train, 1 valid, 1 test. By
 * index rather than by hash so a category with only 40 sketches still gets some of each, and the split of a
 * sketch never changes when more are appended.
 */
export function splitForIndex(index: number): SketchSplit {
  const slot = index % 20;
  return slot === 18 ? 'valid' : slot === 19 ? 'test' : 'train';
}

export function isSketchSplit(value: unknown): value is SketchSplit {
  return (SKETCH_SPLITS as readonly unknown[]).includes(value);
}

/** Parses one line; throws an Error saying what is wrong with it. */
export function parseSketchDatasetLine(line: string): SketchRecord {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    throw new Error(`sketch record: malformed JSON (${(error as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('sketch record: expected a JSON object');
  const record = json as Record<string, unknown>;
  if (typeof record.word !== 'string' || record.word === '') throw new Error('sketch record: missing or empty "word"');
  if (typeof record.key_id !== 'string') throw new Error('sketch record: "key_id" must be a string');
  if (!isSketchSplit(record.split)) throw new Error(`sketch record: "split" must be one of ${SKETCH_SPLITS.join('/')}`);
  const drawing = quickDrawToDrawing(record.drawing);
  if (drawing.length === 0 || drawing.some((stroke) => stroke.length === 0)) throw new Error('sketch record: empty drawing or stroke');
  return { category: record.word, key: record.key_id, split: record.split, drawing };
}

/** One line, without its newline. Coordinates are written as they are; the simplified form has integers. */
export function formatSketchDatasetLine(record: SketchRecord): string {
  const drawing = record.drawing.map((stroke) => [stroke.map(([x]) => x), stroke.map(([, y]) => y)]);
  return JSON.stringify({ word: record.category, key_id: record.key, split: record.split, drawing });
}
