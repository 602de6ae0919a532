import { beforeAll, describe, expect, it } from 'vitest';
import type * as tfl from '@tensorflow/tfjs-layers';
import { fileLoadHandler } from '../../server/ml/file-io';
import { initTfNodeBackend } from '../../server/ml/tf-node-backend';
import { argMax, classifyDigits } from '../../shared/models/digits/classify';
import { loadDigitModel } from '../../shared/models/digits/model';
import { strokesToMnist } from '../../shared/models/digits/preprocess';
import { sampleDigitStrokes } from '../../tools/lib/sample-digit-strokes';

/**
 * The bots and the browser tests draw digits with these strokes; the committed CNN must read every one
 * of them, steady or shaky, through the same preprocessing the server uses.
 */
let model: tfl.LayersModel;
beforeAll(async () => {
  await initTfNodeBackend();
  model = await loadDigitModel(fileLoadHandler(new URL('../../assets/models/digits/', import.meta.url).pathname));
});

describe('sample digit strokes', () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])('are read as %i, with and without a shaky hand', (digit) => {
    const drawings = [sampleDigitStrokes(digit), ...[1, 2, 3].map((seed) => sampleDigitStrokes(digit, 4, seed))];
    const guesses = classifyDigits(model, drawings.map(strokesToMnist)).map(argMax);
    expect(guesses).toEqual(drawings.map(() => digit));
  });

  it('stay inside the draw space', () => {
    for (let d = 0; d < 10; d++) {
      for (const [x, y] of sampleDigitStrokes(d, 8, d).flat()) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(256);
      }
    }
  });
});
