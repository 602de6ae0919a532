import { describe, expect, it } from 'vitest';
import {
  drawingToStroke3,
  fromStroke5,
  parseQuickDrawLine,
  stroke3ToDrawing,
  toStroke5,
  type Stroke3,
  type Stroke5,
} from '../../../shared/strokes/formats.js';
import type { Drawing } from '../../../shared/strokes/types.js';

const twoStrokes: Drawing = [[[10, 20], [13, 24]], [[5, 5]]];
const twoStrokesAs3: Stroke3 = [[10, 20, 0], [3, 4, 1], [-8, -19, 1]];

/** Every row's pen state p1..p3 is 0/1 with exactly one 1. */
const penStatesAreOneHot = (rows: Stroke5) =>
  rows.every((row) => row.slice(2).every((p) => p === 0 || p === 1) && row[2] + row[3] + row[4] === 1);

describe('Drawing <-> stroke-3', () => {
  it('offsets the first point from the origin and lifts the pen on each stroke end', () => {
    expect(drawingToStroke3(twoStrokes)).toEqual(twoStrokesAs3);
    expect(stroke3ToDrawing(twoStrokesAs3)).toEqual(twoStrokes);
  });

  it('round-trips integer drawings exactly', () => {
    const drawing: Drawing = [
      [[0, 0], [255, 0], [255, 255], [0, 255], [0, 0]],
      [[128, 7]],
      [[40, 200], [41, 199], [39, 203]],
    ];
    expect(stroke3ToDrawing(drawingToStroke3(drawing))).toEqual(drawing);
  });

  it('drops empty strokes and keeps a final stroke that was never lifted', () => {
    expect(drawingToStroke3([[], [[1, 2]], []])).toEqual([[1, 2, 1]]);
    expect(stroke3ToDrawing([[1, 1, 1], [2, 0, 0], [0, 3, 0]])).toEqual([[[1, 1]], [[3, 1], [3, 4]]]);
    expect(stroke3ToDrawing([])).toEqual([]);
  });
});

describe('stroke-3 <-> stroke-5', () => {
  it('pads with [0,0,0,0,1] up to maxLen, with one-hot pen states', () => {
    const big = toStroke5(twoStrokesAs3, 6);
    expect(big).toEqual([
      [10, 20, 1, 0, 0],
      [3, 4, 0, 1, 0],
      [-8, -19, 0, 1, 0],
      [0, 0, 0, 0, 1],
      [0, 0, 0, 0, 1],
      [0, 0, 0, 0, 1],
    ]);
    expect(penStatesAreOneHot(big)).toBe(true);
    expect(fromStroke5(big)).toEqual(twoStrokesAs3);
  });

  it('has no end row when the sketch fills maxLen exactly, and still round-trips', () => {
    const big = toStroke5(twoStrokesAs3, 3);
    expect(big.map((row) => row[4])).toEqual([0, 0, 0]);
    expect(fromStroke5(big)).toEqual(twoStrokesAs3);
  });

  it('truncates a longer sketch to maxLen rows, lifting the pen on the last kept row', () => {
    const big = toStroke5(twoStrokesAs3, 1);
    expect(big).toEqual([[10, 20, 0, 1, 0]]);
    expect(penStatesAreOneHot(big)).toBe(true);
    expect(stroke3ToDrawing(fromStroke5(big))).toEqual([[[10, 20]]]);
    expect(toStroke5(twoStrokesAs3, 0)).toEqual([]);
  });

  it('rejects a maxLen that is not a non-negative integer', () => {
    expect(() => toStroke5(twoStrokesAs3, -1)).toThrow(/maxLen/);
    expect(() => toStroke5(twoStrokesAs3, 2.5)).toThrow(/maxLen/);
  });

  it('stops at the first end-of-sketch row, ignoring anything after it', () => {
    const rows: Stroke5 = [[1, 1, 1, 0, 0], [2, 2, 0, 1, 0], [0, 0, 0, 0, 1], [9, 9, 0, 1, 0]];
    expect(fromStroke5(rows)).toEqual([[1, 1, 0], [2, 2, 1]]);
  });

  it('decodes soft pen states by their largest value', () => {
    const rows: Stroke5 = [[1, 2, 0.6, 0.3, 0.1], [3, 4, 0.2, 0.7, 0.1], [0, 0, 0.1, 0.2, 0.7], [5, 5, 1, 0, 0]];
    expect(fromStroke5(rows)).toEqual([[1, 2, 0], [3, 4, 1]]);
  });
});

describe('parseQuickDrawLine', () => {
  it('reads a simplified record into absolute polylines', () => {
    const line = JSON.stringify({
      word: 'cat', countrycode: 'KR', recognized: true, key_id: '1', timestamp: 'x',
      drawing: [[[0, 255, 128], [10, 20, 30]], [[5], [6]]],
    });
    expect(parseQuickDrawLine(line)).toEqual({
      word: 'cat', countrycode: 'KR', recognized: true,
      drawing: [[[0, 10], [255, 20], [128, 30]], [[5, 6]]],
    });
  });

  it('reads a raw record, dropping timestamps and keeping canvas coordinates', () => {
    const line = '{"word":"sun","drawing":[[[400.5,410],[300,301.25],[0,16]]]}';
    expect(parseQuickDrawLine(line)).toEqual({ word: 'sun', drawing: [[[400.5, 300], [410, 301.25]]] });
  });

  it.each([
    ['{"word":"cat","drawing":', /malformed JSON/],
    ['[1,2]', /expected a JSON object/],
    ['{"drawing":[]}', /"word"/],
    ['{"word":"cat"}', /missing "drawing"/],
    ['{"word":"cat","recognized":"yes","drawing":[]}', /"recognized" must be a boolean/],
    ['{"word":"cat","drawing":[[[1,2,3],[4,5]]]}', /stroke 0: xs has 3 values but ys has 2/],
    ['{"word":"cat","drawing":[[[1],[2]],[[1,"a"],[4,5]]]}', /stroke 1 xs\[1\]: non-numeric coordinate "a"/],
    ['{"word":"cat","drawing":[[[1,2],[4,null]]]}', /stroke 0 ys\[1\]: non-numeric coordinate null/],
    ['{"word":"cat","drawing":[[[1,2],[4,5],[0]]]}', /stroke 0: ts has 1 values but xs has 2/],
    ['{"word":"cat","drawing":[[[1,2]]]}', /stroke 0: expected \[xs, ys\]/],
  ])('rejects %s', (line, message) => {
    expect(() => parseQuickDrawLine(line)).toThrow(message);
  });
});
