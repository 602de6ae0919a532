import { describe, expect, it } from 'vitest';
import {
  continuesDuet,
  duetStrokes,
  extendSchedule,
  fitToBox,
  applyFit,
  partialStroke,
  strokeProgress,
  strokesBounds,
  unionBounds,
  PAD_BOUNDS,
} from '../../../client/src/rounds/sketch/duet-geometry';

describe('duet bounds and fitting', () => {
  it('finds the bounds of all strokes, or null for none', () => {
    expect(strokesBounds([[[10, 20], [30, 5]], [[-4, 50]]])).toEqual({ minX: -4, minY: 5, maxX: 30, maxY: 50 });
    expect(strokesBounds([])).toBeNull();
    expect(strokesBounds([[]])).toBeNull();
  });

  it('unions bounds, treating null as nothing', () => {
    expect(unionBounds(PAD_BOUNDS, { minX: -10, minY: 20, maxX: 300, maxY: 40 })).toEqual({ minX: -10, minY: 0, maxX: 300, maxY: 256 });
    expect(unionBounds(null, PAD_BOUNDS)).toBe(PAD_BOUNDS);
    expect(unionBounds(null, null)).toBeNull();
  });

  it('fits the pad exactly into a square box', () => {
    const fit = fitToBox(PAD_BOUNDS, 512, 512);
    expect(fit.scale).toBe(2);
    expect(applyFit(fit, [0, 0])).toEqual([0, 0]);
    expect(applyFit(fit, [256, 256])).toEqual([512, 512]);
  });

  it('keeps the aspect ratio and centres a wide drawing, inside the padding', () => {
    const fit = fitToBox({ minX: 0, minY: 100, maxX: 200, maxY: 150 }, 220, 220, 10);
    expect(fit.scale).toBe(1);
    const [left, top] = applyFit(fit, [0, 100]);
    const [right, bottom] = applyFit(fit, [200, 150]);
    expect([left, right]).toEqual([10, 210]);
    expect((top + bottom) / 2).toBe(110);
  });

  it('does not blow a tiny scribble up to fill the box', () => {
    const fit = fitToBox({ minX: 100, minY: 100, maxX: 104, maxY: 102 }, 260, 260, 0, 52);
    expect(fit.scale).toBe(5);
    expect(applyFit(fit, [102, 101])).toEqual([130, 130]);
  });

  it('frames the pad when there is no ink', () => {
    expect(fitToBox(null, 256, 256)).toEqual({ scale: 1, offsetX: 0, offsetY: 0 });
  });
});

describe('stroke animation schedule', () => {
  it('shows player strokes at once and queues AI strokes one after another', () => {
    const starts = extendSchedule([], [true, true, false, false], 1000, 300);
    expect(starts).toEqual([700, 700, 1000, 1300]);
    expect(starts.map((s) => strokeProgress(s, 1000, 300))).toEqual([1, 1, 0, 0]);
  });

  it('keeps existing start times and starts a late stroke when it arrives', () => {
    const first = extendSchedule([], [false], 0, 300);
    const second = extendSchedule(first, [false, false], 100, 300);
    expect(second).toEqual([0, 300]);
    const late = extendSchedule(second, [false, false, false], 5000, 300);
    expect(late).toEqual([0, 300, 5000]);
  });

  it('draws the first part of a stroke by length', () => {
    const stroke: [number, number][] = [[0, 0], [10, 0], [10, 30]];
    expect(partialStroke(stroke, 0)).toEqual([]);
    expect(partialStroke(stroke, 0.25)).toEqual([[0, 0], [10, 0]]);
    expect(partialStroke(stroke, 0.5)).toEqual([[0, 0], [10, 0], [10, 10]]);
    expect(partialStroke(stroke, 1)).toEqual(stroke);
    expect(partialStroke([[5, 5]], 0.1)).toEqual([[5, 5]]);
  });

  it('recognises a duet that only grew, and one that was replaced', () => {
    const shown = duetStrokes([[[1, 2], [3, 4]]], []);
    const grown = duetStrokes([[[1, 2], [3, 4]]], [[[5, 5], [6, 6]]]);
    const other = duetStrokes([[[9, 9], [3, 4]]], [[[5, 5]]]);
    expect(continuesDuet(grown, shown)).toBe(true);
    expect(continuesDuet(other, shown)).toBe(false);
    expect(continuesDuet(shown, grown)).toBe(false);
    expect(grown.map((s) => s.by)).toEqual(['player', 'ai']);
  });
});
