import { describe, expect, it } from 'vitest';
import { drawingToStroke3, toStroke5 } from '../../../shared/strokes/formats.js';
import { SKETCH_CATEGORIES, SKETCH_CATEGORY_NAMES, isSketchCategory, type SketchCategory } from '../../../shared/strokes/procedural/categories.js';
import { generateSketch, generateSketchForSeed, sketchSeed } from '../../../shared/strokes/procedural/generate.js';
import { drawingBounds } from '../../../shared/strokes/rasterize.js';
import { drawingSchema } from '../../../shared/strokes/schema.js';
import { mulberry32 } from '../../../shared/game/random.js';
import type { Drawing } from '../../../shared/strokes/types.js';

const SAMPLES = 60;
const MAX_ROWS = 64;

/** The first SAMPLES sketches of a category as the data set tool makes them (seed 7). */
const samplesOf = (category: SketchCategory): Drawing[] =>
  Array.from({ length: SAMPLES }, (_, i) => generateSketchForSeed(category, sketchSeed(7, category, i)));

const rowCount = (drawing: Drawing) => drawingToStroke3(drawing).length;

describe('sketch categories', () => {
  it('are the 15 prompt ids in their fixed order, with English and Korean names', () => {
    expect(SKETCH_CATEGORIES).toEqual([
      'circle', 'square', 'triangle', 'star', 'house', 'sun', 'smiley', 'cat',
      'fish', 'flower', 'tree', 'car', 'cloud', 'heart', 'umbrella',
    ]);
    expect(SKETCH_CATEGORY_NAMES.cat).toEqual({ en: 'cat face', ko: '고양이 얼굴' });
    expect(SKETCH_CATEGORY_NAMES.smiley.ko).toBe('웃는 얼굴');
    for (const category of SKETCH_CATEGORIES) {
      expect(SKETCH_CATEGORY_NAMES[category].en.length).toBeGreaterThan(0);
      expect(SKETCH_CATEGORY_NAMES[category].ko.length).toBeGreaterThan(0);
    }
    expect(isSketchCategory('cat')).toBe(true);
    expect(isSketchCategory('dog')).toBe(false);
  });
});

describe.each(SKETCH_CATEGORIES.map((category) => [category, samplesOf(category)] as const))('procedural %s', (category, samples) => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateSketchForSeed(category, 42)).toEqual(generateSketchForSeed(category, 42));
    expect(generateSketch(category, mulberry32(42))).toEqual(generateSketchForSeed(category, 42));
    const distinct = new Set(samples.map((d) => JSON.stringify(d)));
    expect(distinct.size).toBe(samples.length);
  });

  it('has the form of a Quick, Draw! simplified drawing: integers 0..255, top-left aligned, longer side 255', () => {
    for (const drawing of samples) {
      const bounds = drawingBounds(drawing)!;
      expect(bounds.minX).toBe(0);
      expect(bounds.minY).toBe(0);
      expect(Math.max(bounds.maxX, bounds.maxY)).toBe(255);
      for (const [x, y] of drawing.flat()) {
        expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
        expect(x >= 0 && x <= 255 && y >= 0 && y <= 255).toBe(true);
      }
    }
  });

  it('is a valid drawing within STROKE_LIMITS and valid stroke-5 data', () => {
    for (const drawing of samples) {
      expect(drawingSchema.safeParse(drawing).success).toBe(true);
      const rows = drawingToStroke3(drawing);
      const stroke5 = toStroke5(rows, rows.length + 1);
      for (const [, , p1, p2, p3] of stroke5) expect(p1 + p2 + p3).toBe(1);
      expect(stroke5[stroke5.length - 1]).toEqual([0, 0, 0, 0, 1]);
      expect(stroke5.filter((row) => row[3] === 1)).toHaveLength(drawing.length);
    }
  });

  it('has Quick, Draw!-like sizes: a few strokes, tens of points, nearly all within the model\'s 64 rows', () => {
    const rows = samples.map(rowCount).sort((a, b) => a - b);
    for (const n of rows) expect(n >= 4 && n <= 120).toBe(true);
    const median = rows[rows.length >> 1]!;
    expect(median).toBeGreaterThanOrEqual(8);
    expect(median).toBeLessThanOrEqual(60);
    expect(rows.filter((n) => n <= MAX_ROWS).length / rows.length).toBeGreaterThanOrEqual(0.85);
    for (const drawing of samples) expect(drawing.length).toBeLessThanOrEqual(16);
  });
});

describe('stroke order', () => {
  // The game's AI guesses the rest of a drawing from its first stroke(s), so for these the first stroke is
  // the big outline (tree and flower often start with a trunk or the flower's small middle).
  const outlineFirst = SKETCH_CATEGORIES.filter((c) => c !== 'tree' && c !== 'flower');

  it.each(outlineFirst)('%s mostly starts with a stroke spanning most of the drawing', (category) => {
    const spans = samplesOf(category).map((drawing) => {
      const first = drawingBounds([drawing[0]!])!;
      return Math.max(first.maxX - first.minX, first.maxY - first.minY) / 255;
    });
    expect(spans.filter((s) => s >= 0.5).length / spans.length).toBeGreaterThanOrEqual(0.9);
  });

  it('varies the number of details: sun rays, flower petals', () => {
    const sunStrokes = new Set(samplesOf('sun').map((d) => d.length));
    expect(Math.min(...sunStrokes)).toBeLessThanOrEqual(7);
    expect(Math.max(...sunStrokes)).toBeGreaterThanOrEqual(12);
    const flowerStrokes = new Set(samplesOf('flower').map((d) => d.length));
    expect(flowerStrokes.size).toBeGreaterThanOrEqual(5);
  });

  it('draws a star in one stroke sometimes and in five strokes other times', () => {
    const counts = samplesOf('star').map((d) => d.length);
    expect(counts).toContain(1);
    expect(counts).toContain(5);
  });
});

describe('sketchSeed', () => {
  it('is stable and spreads over categories and indices', () => {
    expect(sketchSeed(1, 'cat', 0)).toBe(sketchSeed(1, 'cat', 0));
    const seeds = new Set(SKETCH_CATEGORIES.flatMap((c) => [0, 1, 2].map((i) => sketchSeed(1, c, i))));
    expect(seeds.size).toBe(SKETCH_CATEGORIES.length * 3);
    expect(sketchSeed(2, 'cat', 0)).not.toBe(sketchSeed(1, 'cat', 0));
  });
});
