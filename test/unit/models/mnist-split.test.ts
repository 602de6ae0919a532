import { describe, expect, it } from 'vitest';
import { HELD_OUT_COUNT, heldOutDigit, loadMnistSplit } from '../../../server/ml/mnist-split.js';

describe('MNIST split', () => {
  const { train, heldOut } = loadMnistSplit();

  it('is 8,000 train / 2,000 held out, 200 held out per class, interleaved by class', () => {
    expect(train).toHaveLength(8000);
    expect(heldOut).toHaveLength(HELD_OUT_COUNT);
    for (let label = 0; label < 10; label++) expect(heldOut.filter((d) => d.label === label)).toHaveLength(200);
    heldOut.slice(0, 30).forEach((d, i) => expect(d.label).toBe(i % 10));
  });

  it('holds 28x28 images in 0..1, and no held-out image is also a training image', () => {
    const key = (x: Float32Array) => Array.from(x, (v) => Math.round(v * 255).toString(16)).join('');
    const trainKeys = new Set(train.map((d) => key(d.x)));
    for (const d of heldOut) {
      expect(d.x).toHaveLength(784);
      expect(trainKeys.has(key(d.x))).toBe(false);
    }
    expect(Math.max(...heldOut[0]!.x)).toBeLessThanOrEqual(1);
    expect(Math.min(...heldOut[0]!.x)).toBeGreaterThanOrEqual(0);
  });

  it('heldOutDigit is stable and checks its index', () => {
    expect(heldOutDigit(17)).toBe(heldOut[17]);
    expect(heldOutDigit(17).label).toBe(7);
    expect(() => heldOutDigit(2000)).toThrow(RangeError);
    expect(() => heldOutDigit(-1)).toThrow(RangeError);
    expect(() => heldOutDigit(1.5)).toThrow(RangeError);
  });
});
