import { describe, expect, it } from 'vitest';
import type { Stroke3 } from '../../../shared/strokes/formats.js';
import { denormaliseStroke3, normaliseStroke3, strokeScaleFactor } from '../../../shared/strokes/normalise.js';

describe('strokeScaleFactor', () => {
  it('is the population standard deviation of all dx and dy, pooled across sketches', () => {
    // Offsets 2,4,4,4,5,5,7,9: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32, 32 / 8 = 4, sqrt = 2.
    const sketches: Stroke3[] = [[[2, 4, 0], [4, 4, 1]], [[5, 5, 0], [7, 9, 1]]];
    expect(strokeScaleFactor(sketches)).toBe(2);
  });

  it('ignores pen states and throws when there are no offsets', () => {
    expect(strokeScaleFactor([[[1, 3, 1], [1, 3, 0]]])).toBe(1);
    expect(() => strokeScaleFactor([])).toThrow(/no offsets/);
    expect(() => strokeScaleFactor([[], []])).toThrow(/no offsets/);
  });
});

describe('normaliseStroke3 / denormaliseStroke3', () => {
  const rows: Stroke3 = [[10, -4, 0], [3, 8, 1]];

  it('divides and multiplies offsets by the factor, leaving pen states alone', () => {
    expect(normaliseStroke3(rows, 2)).toEqual([[5, -2, 0], [1.5, 4, 1]]);
    expect(denormaliseStroke3([[5, -2, 0], [1.5, 4, 1]], 2)).toEqual(rows);
  });

  it('round-trips through a factor measured on the data', () => {
    const factor = strokeScaleFactor([rows]);
    const back = denormaliseStroke3(normaliseStroke3(rows, factor), factor);
    back.flat().forEach((value, i) => expect(value).toBeCloseTo(rows.flat()[i] as number, 12));
  });

  it('rejects a factor that would turn offsets into NaN or Infinity', () => {
    expect(() => normaliseStroke3(rows, 0)).toThrow(/positive finite/);
    expect(() => denormaliseStroke3(rows, Number.NaN)).toThrow(/positive finite/);
  });
});
