import { describe, expect, it } from 'vitest';
import { centreOfMass, imageToMnist, MNIST_BOX, strokesToMnist } from '../../../shared/models/digits/preprocess.js';
import type { Drawing } from '../../../shared/strokes/types.js';
import { heldOutDigit } from '../../../server/ml/mnist-split.js';
import { FOUR, ONE, SEVEN, ZERO } from './synthetic-drawings.js';

/** Inked box (pixels > threshold) of a 28x28 image. */
function inkBox(image: Float32Array, threshold = 0.05) {
  let [minX, minY, maxX, maxY] = [28, 28, -1, -1];
  image.forEach((v, i) => {
    if (v <= threshold) return;
    const [x, y] = [i % 28, Math.floor(i / 28)];
    [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
  });
  return { width: maxX - minX + 1, height: maxY - minY + 1 };
}

describe('strokesToMnist', () => {
  it.each<[string, Drawing]>([
    ['zero', ZERO],
    ['one', ONE],
    ['seven', SEVEN],
    ['four', FOUR],
  ])('%s: 784 values in 0..1, ink fits 20x20 (+1 px of edge blur), centre of mass at (14, 14)', (_, drawing) => {
    const image = strokesToMnist(drawing);
    expect(image).toHaveLength(784);
    expect(Math.min(...image)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...image)).toBeLessThanOrEqual(1);
    expect(Math.max(...image)).toBe(1);
    const box = inkBox(image);
    expect(Math.max(box.width, box.height)).toBeGreaterThanOrEqual(MNIST_BOX - 1);
    expect(box.width).toBeLessThanOrEqual(MNIST_BOX + 1);
    expect(box.height).toBeLessThanOrEqual(MNIST_BOX + 1);
    const com = centreOfMass(image)!;
    expect(Math.abs(com.x - 14)).toBeLessThan(1);
    expect(Math.abs(com.y - 14)).toBeLessThan(1);
  });

  it('gives all zeros for an empty drawing (nothing drawn)', () => {
    expect(strokesToMnist([]).every((v) => v === 0)).toBe(true);
    expect(strokesToMnist([[], []]).every((v) => v === 0)).toBe(true);
  });

  it('keeps a straight vertical "1" thin instead of stretching it to 20 px wide', () => {
    const box = inkBox(strokesToMnist(ONE));
    expect(box.height).toBeGreaterThanOrEqual(19);
    expect(box.width).toBeLessThanOrEqual(4);
  });

  it('keeps a single point a small dot, centred', () => {
    const image = strokesToMnist([[[40, 200]]]);
    const box = inkBox(image);
    expect(Math.max(box.width, box.height)).toBeLessThanOrEqual(4);
    const com = centreOfMass(image)!;
    expect(com.x).toBeCloseTo(14, 0);
    expect(com.y).toBeCloseTo(14, 0);
  });

  it('does not depend on where or how large the digit was drawn', () => {
    const shifted = ZERO.map((s) => s.map(([x, y]): [number, number] => [x * 0.5 + 10, y * 0.5 + 5]));
    const a = strokesToMnist(ZERO);
    const b = strokesToMnist(shifted);
    const diff = a.reduce((acc, v, i) => acc + Math.abs(v - b[i]!), 0);
    expect(diff / a.reduce((x, y) => x + y, 0)).toBeLessThan(0.05);
  });
});

describe('imageToMnist', () => {
  it('leaves a real MNIST digit (already 20 px and centred) nearly unchanged', () => {
    const { x } = heldOutDigit(3);
    const out = imageToMnist(x, 28, 28);
    const diff = out.reduce((acc, v, i) => acc + Math.abs(v - x[i]!), 0) / x.reduce((a, b) => a + b, 0);
    expect(diff).toBeLessThan(0.35);
    const com = centreOfMass(out)!;
    expect(Math.abs(com.x - 14)).toBeLessThan(0.5);
    expect(Math.abs(com.y - 14)).toBeLessThan(0.5);
  });

  it('crops, scales and centres a large off-centre dark-on-light image', () => {
    // 100x60 white page with a black 30x50 rectangle outline in the top-right corner.
    const [w, h] = [100, 60];
    const page = new Uint8Array(w * h).fill(255);
    for (let y = 5; y < 55; y++) {
      for (let x = 65; x < 95; x++) {
        if (y < 9 || y >= 51 || x < 69 || x >= 91) page[y * w + x] = 0;
      }
    }
    const out = imageToMnist(page, w, h, { invert: true });
    const box = inkBox(out);
    expect(box.height).toBeGreaterThanOrEqual(19);
    expect(box.height).toBeLessThanOrEqual(21);
    expect(box.width).toBeGreaterThanOrEqual(11); // 30/50 of 20 px, aspect ratio kept
    expect(box.width).toBeLessThanOrEqual(14);
    const com = centreOfMass(out)!;
    expect(Math.abs(com.x - 14)).toBeLessThan(0.5);
    expect(Math.abs(com.y - 14)).toBeLessThan(0.5);
    expect(Math.max(...out)).toBeLessThanOrEqual(1);
  });

  it('returns zeros for a blank image and rejects a wrong size', () => {
    expect(imageToMnist(new Float32Array(50 * 50), 50, 50).every((v) => v === 0)).toBe(true);
    expect(() => imageToMnist(new Float32Array(10), 5, 5)).toThrow();
  });
});
