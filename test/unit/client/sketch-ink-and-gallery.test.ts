import { describe, expect, it } from 'vitest';
import { columnsFromTops, galleryMove } from '../../../client/src/rounds/sketch/gallery-nav';
import { inkDrops, inkLeft, isOutOfInk, shouldAutoSubmit } from '../../../client/src/rounds/sketch/ink';

describe('ink', () => {
  it.each([
    [0, 2, 2, false],
    [1, 2, 1, false],
    [2, 2, 0, true],
    [3, 2, 0, true],
    [0, 1, 1, false],
  ])('%i strokes of %i: %i left, out of ink %s', (drawn, ink, left, out) => {
    expect(inkLeft(drawn, ink)).toBe(left);
    expect(isOutOfInk(drawn, ink)).toBe(out);
  });

  it('shows one drop per stroke of ink, the used ones empty', () => {
    expect(inkDrops(1, 3)).toEqual([false, true, true]);
    expect(inkDrops(0, 0)).toEqual([]);
  });

  it.each([
    [800, false, 1, true],
    [900, false, 2, true],
    [901, false, 1, false],
    [500, true, 1, false],
    [500, false, 0, false],
    [null, false, 3, false],
  ] as const)('auto-submits with %s ms left (paused %s, %i strokes): %s', (left, paused, strokes, expected) => {
    expect(shouldAutoSubmit(left, paused, strokes, 900)).toBe(expected);
  });
});

describe('vote gallery keyboard navigation', () => {
  // A 7-item gallery in 3 columns:  0 1 2 / 3 4 5 / 6
  it.each([
    [0, 'ArrowRight', 1],
    [2, 'ArrowRight', 3],
    [6, 'ArrowRight', 6],
    [0, 'ArrowLeft', 0],
    [3, 'ArrowLeft', 2],
    [1, 'ArrowDown', 4],
    [4, 'ArrowDown', 4],
    [3, 'ArrowDown', 6],
    [5, 'ArrowUp', 2],
    [1, 'ArrowUp', 1],
    [4, 'Home', 0],
    [1, 'End', 6],
  ])('from %i, %s goes to %i', (from, key, to) => {
    expect(galleryMove(from, key, 7, 3)).toBe(to);
  });

  it('ignores other keys and empty galleries', () => {
    expect(galleryMove(0, 'Enter', 7, 3)).toBeNull();
    expect(galleryMove(0, 'ArrowRight', 0, 3)).toBeNull();
  });

  it('counts columns from where the items sit', () => {
    expect(columnsFromTops([10, 10, 10, 200, 200])).toBe(3);
    expect(columnsFromTops([10, 11, 180])).toBe(2);
    expect(columnsFromTops([10, 180, 350])).toBe(1);
    expect(columnsFromTops([])).toBe(1);
  });
});
