/**
 * The committed Sketch Duet models in assets/models/sketch/ load with the game's loaders and do their jobs
 * on sketches they never saw (seeds outside the data set's): the classifier names them, and the decoder
 * finishes openings with drawings that end on their own and stay near the pad. The full figures and the
 * issue's bar come from `npm run eval:sketch`, which CI also runs.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../shared/game/random.js';
import { completeDrawing } from '../../../../shared/models/sketch/complete-drawing.js';
import type { SketchDecoder } from '../../../../shared/models/sketch/decoder-weights.js';
import { decodeGenJson } from '../../../../shared/models/sketch/magenta-gen.js';
import { classifySketches } from '../../../../shared/models/sketch-classifier/classify.js';
import { SKETCH_CATEGORIES } from '../../../../shared/strokes/procedural/categories.js';
import { generateSketchForSeed } from '../../../../shared/strokes/procedural/generate.js';
import { drawingBounds } from '../../../../shared/strokes/rasterize.js';
import { fileLoadHandler } from '../../../../server/ml/file-io.js';
import { DEFAULT_SKETCH_MODEL_DIR } from '../../../../server/ml/sketch-models.js';
import { initTfNodeBackend } from '../../../../server/ml/tf-node-backend.js';

/** Far from the data set's seeds (data:sketch derives them from 20240601). */
const FRESH_SEED = 9_000_000;
let decoder: SketchDecoder;
let classifier: tfl.LayersModel;
let labels: string[];

beforeAll(async () => {
  await initTfNodeBackend();
  decoder = decodeGenJson(JSON.parse(await readFile(join(DEFAULT_SKETCH_MODEL_DIR, 'decoder.gen.json'), 'utf8')));
  classifier = await tfl.loadLayersModel(fileLoadHandler(join(DEFAULT_SKETCH_MODEL_DIR, 'classifier')));
  labels = JSON.parse(await readFile(join(DEFAULT_SKETCH_MODEL_DIR, 'classifier', 'labels.json'), 'utf8'));
});

describe('committed sketch models', () => {
  it('the decoder is the class-conditional LSTM over the 15 categories', () => {
    expect(decoder).toMatchObject({ conditional: true, categories: [...SKETCH_CATEGORIES], maxSeqLen: 64 });
    expect(decoder.weights).toMatchObject({ hiddenSize: 128, mixtures: 20, inputSize: 5 + SKETCH_CATEGORIES.length });
    expect(labels).toEqual([...SKETCH_CATEGORIES]);
  });

  it('the classifier names >= 95% of 150 fresh procedural sketches', () => {
    const sketches = SKETCH_CATEGORIES.flatMap((c) => Array.from({ length: 10 }, (_, i) => ({ c, d: generateSketchForSeed(c, FRESH_SEED + i) })));
    const probabilities = classifySketches(classifier, sketches.map((s) => s.d));
    const right = probabilities.filter((p, i) => labels[p.indexOf(Math.max(...p))] === sketches[i]!.c).length;
    expect(right / sketches.length).toBeGreaterThanOrEqual(0.95);
  });

  it('the decoder finishes first strokes with drawings that end by themselves and stay near the pad', () => {
    let ended = 0;
    let total = 0;
    for (const category of SKETCH_CATEGORIES) {
      for (let i = 0; i < 4; i++) {
        const opening = generateSketchForSeed(category, FRESH_SEED + 100 + i).slice(0, 1);
        const completion = completeDrawing(decoder, opening, { category, temperature: 0.25, random: mulberry32(i), maxSteps: 100 });
        const points = completion.flat().length;
        if (points < 100) ended++;
        total++;
        const bounds = drawingBounds([...opening, ...completion])!;
        expect(Math.max(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY)).toBeLessThan(600);
      }
    }
    expect(ended / total).toBeGreaterThanOrEqual(0.9);
  });
});
