import { describe, expect, it } from 'vitest';
import { drawingBounds, rasterizePolylines, type RasterTransform } from '../../../shared/strokes/rasterize.js';

const identity = (penWidth: number, size = 10): RasterTransform => ({
  width: size, height: size, scale: 1, offsetX: 0, offsetY: 0, penWidth, supersample: 8,
});
const sum = (image: Float32Array) => image.reduce((a, b) => a + b, 0);

describe('drawingBounds', () => {
  it('is null for no points and spans all strokes otherwise', () => {
    expect(drawingBounds([])).toBeNull();
    expect(drawingBounds([[]])).toBeNull();
    expect(drawingBounds([[[1, 5], [3, 2]], [[-1, 4]]])).toEqual({ minX: -1, minY: 2, maxX: 3, maxY: 5 });
  });
});

describe('rasterizePolylines', () => {
  it('covers a horizontal segment with area ~ length * pen width, values in 0..1', () => {
    const image = rasterizePolylines([[[2, 5], [8, 5]]], identity(2));
    expect(Math.min(...image)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...image)).toBeLessThanOrEqual(1);
    // 6 long x 2 wide rectangle plus two round caps of radius 1 (pi).
    expect(sum(image)).toBeCloseTo(6 * 2 + Math.PI, 0);
    expect(image[5 * 10 + 5]).toBe(1); // on the line
    expect(image[1 * 10 + 5]).toBe(0); // far from it
  });

  it('anti-aliases: a pen edge through the middle of a pixel gives partial coverage', () => {
    // Line along y = 5; pen radius 0.5 covers exactly rows 4.5..5.5 -> half of row 4 and half of row 5.
    const image = rasterizePolylines([[[0, 5], [10, 5]]], identity(1));
    expect(image[4 * 10 + 5]).toBeCloseTo(0.5, 1);
    expect(image[5 * 10 + 5]).toBeCloseTo(0.5, 1);
  });

  it('draws a single point as a round dot', () => {
    const image = rasterizePolylines([[[5, 5]]], identity(4));
    expect(sum(image)).toBeCloseTo(Math.PI * 4, 0);
  });

  it('applies scale and offset, and clips ink outside the image', () => {
    const image = rasterizePolylines([[[0, 0], [100, 0]]], { ...identity(2), scale: 0.1, offsetX: 0, offsetY: 5 });
    expect(image[5 * 10 + 9]).toBe(1);
    expect(sum(rasterizePolylines([[[50, 50], [60, 60]]], identity(2)))).toBe(0);
  });
});
