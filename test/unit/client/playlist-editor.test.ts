import { describe, expect, it } from 'vitest';
import { clampQuestions } from '../../../client/src/rounds/digits/config-form';
import { moveItem } from '../../../client/src/ui/playlist-editor';

describe('playlist editing helpers', () => {
  it('moves rounds up and down, ignoring moves past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
  });

  it.each([
    ['5', 5],
    ['0', 1],
    ['25', 20],
    ['3.6', 4],
    ['', 1],
    ['abc', 1],
  ])('clamps questions %j to %i', (raw, expected) => {
    expect(clampQuestions(raw)).toBe(expected);
  });
});
