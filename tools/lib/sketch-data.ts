/** Reads a sketch data set file (see shared/strokes/sketch-dataset.ts) into its splits and category list. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Drawing } from '../../shared/strokes/types.js';
import type { OpeningFrame } from '../../shared/models/sketch/decoder-weights.js';
import { drawingBounds } from '../../shared/strokes/rasterize.js';
import { parseSketchDatasetLine } from '../../shared/strokes/sketch-dataset.js';
import { SKETCH_CATEGORIES } from '../../shared/strokes/procedural/categories.js';

export const DEFAULT_SKETCH_DATA = 'data/sketch/procedural.ndjson';

export interface LabelledSketch {
  category: number;
  drawing: Drawing;
}

export interface SketchSplits {
  /** One-hot order. The procedural set uses SKETCH_CATEGORIES' order; other sets sort their words. */
  categories: string[];
  train: LabelledSketch[];
  valid: LabelledSketch[];
  test: LabelledSketch[];
}

/** The default set is made on demand (`npm run data:sketch`, seeded), so train and eval work from a clean clone. */
export function ensureSketchData(path: string): void {
  if (existsSync(path) || path !== DEFAULT_SKETCH_DATA) return;
  console.log(`${path} is missing: running npm run data:sketch first`);
  execFileSync('npx', ['tsx', 'tools/data-sketch.ts'], { stdio: 'inherit' });
}

export async function loadSketchSplits(path: string): Promise<SketchSplits> {
  const lines = (await readFile(path, 'utf8')).split('\n').filter((line) => line.trim() !== '');
  const records = lines.map((line, i) => {
    try {
      return parseSketchDatasetLine(line);
    } catch (error) {
      throw new Error(`${path}:${i + 1}: ${(error as Error).message}`);
    }
  });
  const words = [...new Set(records.map((r) => r.category))];
  const known = SKETCH_CATEGORIES as readonly string[];
  const categories = words.every((w) => known.includes(w)) ? known.filter((c) => words.includes(c)) : words.sort();
  const splits: SketchSplits = { categories, train: [], valid: [], test: [] };
  for (const r of records) splits[r.split].push({ category: categories.indexOf(r.category), drawing: r.drawing });
  return splits;
}

/**
 * Per category, the median box of the training sketches' first strokes ([minX, minY, maxX, maxY], each
 * coordinate's median): where the decoder is used to seeing an opening (SketchDecoder.openingFrames).
 */
export function openingFramesOf(splits: SketchSplits): Record<string, OpeningFrame> {
  const median = (values: number[]) => {
    const sorted = values.slice().sort((a, b) => a - b);
    return Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10;
  };
  const frames: Record<string, OpeningFrame> = {};
  splits.categories.forEach((category, index) => {
    const boxes = splits.train.filter((s) => s.category === index && s.drawing[0]).map((s) => drawingBounds([s.drawing[0]!])!);
    if (boxes.length === 0) return;
    frames[category] = [median(boxes.map((b) => b.minX)), median(boxes.map((b) => b.minY)), median(boxes.map((b) => b.maxX)), median(boxes.map((b) => b.maxY))];
  });
  return frames;
}
