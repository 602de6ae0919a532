import { describe, expect, it } from 'vitest';
import { drawingBounds } from '../../../shared/strokes/rasterize.js';
import {
  alignAndScale,
  quickDrawSimplify,
  resampleStroke,
  simplifyDrawing,
  simplifyStroke,
} from '../../../shared/strokes/simplify.js';
import type { Drawing, Stroke } from '../../../shared/strokes/types.js';

describe('simplifyStroke (Ramer-Douglas-Peucker)', () => {
  it('removes collinear points, keeping first and last', () => {
    expect(simplifyStroke([[0, 0], [1, 1], [2, 2], [3, 3]], 0.1)).toEqual([[0, 0], [3, 3]]);
  });

  it('keeps a right-angle corner and drops the points along its edges', () => {
    const corner: Stroke = [[0, 0], [5, 0], [10, 0], [10, 5], [10, 10]];
    expect(simplifyStroke(corner, 1)).toEqual([[0, 0], [10, 0], [10, 10]]);
  });

  it('keeps a point only when it is farther than epsilon from the simplified line', () => {
    const bump: Stroke = [[0, 0], [5, 1.5], [10, 0]];
    expect(simplifyStroke(bump, 1)).toEqual(bump);
    expect(simplifyStroke(bump, 1.5)).toEqual([[0, 0], [10, 0]]);
    expect(simplifyStroke(bump, 2)).toEqual([[0, 0], [10, 0]]);
  });

  it('keeps the shape of a closed stroke whose ends coincide', () => {
    const square: Stroke = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
    expect(simplifyStroke(square, 2)).toEqual(square);
  });

  it('returns short strokes as copies and leaves its input untouched', () => {
    const dot: Stroke = [[3, 4]];
    const copy = simplifyStroke(dot, 2);
    expect(copy).toEqual(dot);
    expect(copy[0]).not.toBe(dot[0]);
    const line: Stroke = [[0, 0], [1, 0], [2, 0]];
    simplifyStroke(line, 2);
    expect(line).toEqual([[0, 0], [1, 0], [2, 0]]);
  });

  it('simplifyDrawing uses epsilon 2.0 by default', () => {
    const drawing: Drawing = [[[0, 0], [5, 1.9], [10, 0]], [[0, 0], [5, 2.1], [10, 0]]];
    expect(simplifyDrawing(drawing)).toEqual([[[0, 0], [10, 0]], [[0, 0], [5, 2.1], [10, 0]]]);
  });
});

describe('resampleStroke', () => {
  it('splits each segment into equal steps no longer than the spacing, keeping vertices', () => {
    expect(resampleStroke([[0, 0], [3, 0], [3, 1.5]], 1)).toEqual([[0, 0], [1, 0], [2, 0], [3, 0], [3, 0.75], [3, 1.5]]);
    expect(resampleStroke([[2, 2]], 1)).toEqual([[2, 2]]);
    expect(resampleStroke([], 1)).toEqual([]);
  });
});

describe('alignAndScale', () => {
  it('moves the top-left to the origin and scales the longer side to 255', () => {
    expect(alignAndScale([[[10, 20], [61, 45]], [[35, 30]]])).toEqual([[[0, 0], [255, 125]], [[125, 50]]]);
  });

  it('only moves a single dot, which has no size to scale', () => {
    expect(alignAndScale([[[7, 9]]])).toEqual([[[0, 0]]]);
  });
});

describe('quickDrawSimplify', () => {
  it('turns a densely sampled raw rectangle into its integer corners within 0..255', () => {
    // A 200 x 100 rectangle drawn at (100, 50) with a point every 10 canvas pixels.
    const edge = (from: [number, number], to: [number, number]): Stroke =>
      Array.from({ length: 10 }, (_, i) => [from[0] + ((to[0] - from[0]) * i) / 10, from[1] + ((to[1] - from[1]) * i) / 10]);
    const rectangle: Stroke = [
      ...edge([100, 50], [300, 50]), ...edge([300, 50], [300, 150]),
      ...edge([300, 150], [100, 150]), ...edge([100, 150], [100, 50]), [100, 50],
    ];
    expect(quickDrawSimplify([rectangle, []])).toEqual([[[0, 0], [255, 0], [255, 128], [0, 128], [0, 0]]]);
  });

  it('keeps the longer side exactly 255 even when RDP drops the extreme point', () => {
    // The second stroke bulges 1 unit right of its chord: the bulge is its maximum x but within epsilon.
    const raw: Drawing = [[[0, 0], [0, 100]], [[200, 0], [201, 50], [200, 100]]];
    const simplified = quickDrawSimplify(raw);
    expect(simplified.map((stroke) => stroke.length)).toEqual([2, 2]);
    // Without the final rescale the right edge would sit at 200 * 255 / 201 = 253.7; the height is 127.5 -> 128.
    expect(drawingBounds(simplified)).toEqual({ minX: 0, minY: 0, maxX: 255, maxY: 128 });
    expect(simplified.flat(2).every(Number.isInteger)).toBe(true);
  });

  it('returns nothing for an empty drawing', () => {
    expect(quickDrawSimplify([])).toEqual([]);
    expect(quickDrawSimplify([[]])).toEqual([]);
  });
});
