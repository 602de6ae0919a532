/**
 * The committed model in assets/models/digits/ must be accurate on held-out MNIST digits and on digits
 * drawn as strokes (which checks that our stroke preprocessing matches MNIST well enough).
 */
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { argMax, classifyDigits } from '../../../shared/models/digits/classify.js';
import { strokesToMnist } from '../../../shared/models/digits/preprocess.js';
import type { Drawing } from '../../../shared/strokes/types.js';
import { DEFAULT_DIGIT_MODEL_DIR } from '../../../server/ml/digit-classifier.js';
import { fileLoadHandler } from '../../../server/ml/file-io.js';
import { loadMnistSplit } from '../../../server/ml/mnist-split.js';
import { initTfNodeBackend } from '../../../server/ml/tf-node-backend.js';
import { FOUR, ONE, SEVEN, ZERO } from './synthetic-drawings.js';

let model: tfl.LayersModel;

beforeAll(async () => {
  await initTfNodeBackend();
  model = await tfl.loadLayersModel(fileLoadHandler(DEFAULT_DIGIT_MODEL_DIR));
});

describe('committed digit weights', () => {
  it('classify >= 98.5% of the first 500 held-out digits (50 per class)', () => {
    const digits = loadMnistSplit().heldOut.slice(0, 500);
    const probs = classifyDigits(model, digits.map((d) => d.x));
    const correct = digits.filter((d, i) => argMax(probs[i]!) === d.label).length;
    expect(correct / digits.length).toBeGreaterThanOrEqual(0.985);
  });

  it.each<[number, Drawing]>([
    [0, ZERO],
    [1, ONE],
    [7, SEVEN],
    [4, FOUR],
  ])('recognise a stroke-drawn %i', (digit, drawing) => {
    const [probs] = classifyDigits(model, [strokesToMnist(drawing)]);
    expect(argMax(probs!)).toBe(digit);
  });
});
