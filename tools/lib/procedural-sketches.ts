/** The procedural sketch data set: which sketches it holds, in what order, with which keys and splits. */
import { SKETCH_CATEGORIES, type SketchCategory } from '../../shared/strokes/procedural/categories.js';
import { generateSketchForSeed, sketchSeed } from '../../shared/strokes/procedural/generate.js';
import { splitForIndex, type SketchRecord } from '../../shared/strokes/sketch-dataset.js';

export const DEFAULT_PROCEDURAL_SEED = 20240601;

/** The index-th sketch of a category; the same (seed, category, index) always gives the same record. */
export function proceduralRecord(seed: number, category: SketchCategory, index: number): SketchRecord {
  return {
    category,
    key: `p${seed}-${category}-${index}`,
    split: splitForIndex(index),
    drawing: generateSketchForSeed(category, sketchSeed(seed, category, index)),
  };
}

/** perCategory sketches of each category, category by category; lazy, so a big set streams to disk. */
export function* proceduralRecords(seed: number, perCategory: number, categories: readonly SketchCategory[] = SKETCH_CATEGORIES): Generator<SketchRecord> {
  for (const category of categories) {
    for (let index = 0; index < perCategory; index++) yield proceduralRecord(seed, category, index);
  }
}
