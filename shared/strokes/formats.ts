/**
 * Conversions between the drawing pad's absolute polylines and the offset formats Sketch-RNN style models
 * read and write (Magenta's `sketch_rnn/utils.py` conventions), so the server, the browser and the training
 * tools agree on one encoding.
 *
 * Formats:
 * - Drawing (types.ts): strokes of absolute [x, y] points.
 * - stroke-3: one row per point, [dx, dy, penLifted]. (dx, dy) is the offset from the previous point; the
 *   first point's offset is from the drawing's origin (0, 0). penLifted = 1 on the last point of each stroke.
 * - stroke-5: one row per point, [dx, dy, p1, p2, p3] with a one-hot pen state: p1 = pen stays down (the
 *   stroke continues), p2 = pen lifted after this point, p3 = end of sketch (padding rows [0, 0, 0, 0, 1]).
 * - Quick, Draw! ndjson (https://github.com/googlecreativelab/quickdraw-dataset): one JSON object per line,
 *   `{ word, countrycode, recognized, drawing, ... }`, where `drawing` holds one entry per stroke:
 *   raw files `[[x...], [y...], [t...]]` (canvas pixels, t in ms), simplified files `[[x...], [y...]]`
 *   (integers 0..255, already aligned and scaled; see simplify.ts for how raw data gets there).
 */
import type { Drawing, Stroke } from './types.js';

/** [dx, dy, penLifted]; penLifted is 0 or 1. */
export type Stroke3Row = [number, number, number];
export type Stroke3 = Stroke3Row[];

/** [dx, dy, p1, p2, p3]; one-hot pen state (fromStroke5 also accepts soft model output). */
export type Stroke5Row = [number, number, number, number, number];
export type Stroke5 = Stroke5Row[];

/** The row that pads a stroke-5 sketch after its end. */
export const STROKE5_END: Readonly<Stroke5Row> = [0, 0, 0, 0, 1];

/** Absolute polylines -> stroke-3. Empty strokes carry no points, so they vanish. */
export function drawingToStroke3(drawing: Drawing): Stroke3 {
  const rows: Stroke3 = [];
  let prevX = 0;
  let prevY = 0;
  for (const stroke of drawing) {
    stroke.forEach(([x, y], i) => {
      rows.push([x - prevX, y - prevY, i === stroke.length - 1 ? 1 : 0]);
      prevX = x;
      prevY = y;
    });
  }
  return rows;
}

/**
 * stroke-3 -> absolute polylines. A final stroke without its pen lift (e.g. a model cut off mid-stroke)
 * is kept rather than dropped, since its points were drawn.
 */
export function stroke3ToDrawing(rows: Stroke3): Drawing {
  const drawing: Drawing = [];
  let current: Stroke = [];
  let x = 0;
  let y = 0;
  for (const [dx, dy, penLifted] of rows) {
    x += dx;
    y += dy;
    current.push([x, y]);
    if (penLifted === 1) {
      drawing.push(current);
      current = [];
    }
  }
  if (current.length > 0) drawing.push(current);
  return drawing;
}

/**
 * stroke-3 -> stroke-5 of exactly maxLen rows, like Magenta's `to_big_strokes`: rows after the sketch are
 * padded with [0, 0, 0, 0, 1].
 *
 * Magenta asserts the sketch fits; here a longer sketch is truncated to maxLen rows and its last kept row
 * gets p2 (pen lifted), so it still decodes to whole strokes. A sketch of maxLen rows or more has no p3 row:
 * as in Magenta, the end of the array is then the end of the sketch.
 */
export function toStroke5(rows: Stroke3, maxLen: number): Stroke5 {
  if (!Number.isInteger(maxLen) || maxLen < 0) throw new Error(`toStroke5: maxLen must be a non-negative integer, got ${maxLen}`);
  const kept = rows.slice(0, maxLen);
  const out: Stroke5 = kept.map(([dx, dy, penLifted], i) => {
    const lifted = penLifted === 1 || (i === maxLen - 1 && rows.length > maxLen);
    return [dx, dy, lifted ? 0 : 1, lifted ? 1 : 0, 0];
  });
  while (out.length < maxLen) out.push([...STROKE5_END]);
  return out;
}

/**
 * stroke-5 -> stroke-3, stopping at the first end-of-sketch row (which is not part of the sketch). The pen
 * state is the largest of p1..p3, so a model's soft (not yet sampled) pen output decodes too; ties go to the
 * earlier state.
 */
export function fromStroke5(rows: Stroke5): Stroke3 {
  const out: Stroke3 = [];
  for (const [dx, dy, p1, p2, p3] of rows) {
    if (p3 > p1 && p3 > p2) break;
    out.push([dx, dy, p2 > p1 ? 1 : 0]);
  }
  return out;
}

/** One parsed Quick, Draw! record; the fields we do not use (key_id, timestamp) are dropped. */
export interface QuickDrawRecord {
  word: string;
  countrycode?: string;
  recognized?: boolean;
  drawing: Drawing;
}

/**
 * Quick, Draw! `drawing` field (raw or simplified) -> absolute polylines, coordinates kept as recorded
 * (raw data is in canvas pixels, not draw space). Timestamps are checked for length but dropped.
 * Throws an Error naming the stroke and coordinate at fault.
 */
export function quickDrawToDrawing(strokes: unknown): Drawing {
  if (!Array.isArray(strokes)) throw new Error('Quick, Draw! drawing: expected an array of strokes');
  return strokes.map((entry: unknown, s): Stroke => {
    if (!Array.isArray(entry) || (entry.length !== 2 && entry.length !== 3)) {
      throw new Error(`Quick, Draw! stroke ${s}: expected [xs, ys] or [xs, ys, ts]`);
    }
    const [xs, ys, ts] = entry as unknown[];
    const xValues = numberArray(xs, `stroke ${s} xs`);
    const yValues = numberArray(ys, `stroke ${s} ys`);
    if (xValues.length !== yValues.length) {
      throw new Error(`Quick, Draw! stroke ${s}: xs has ${xValues.length} values but ys has ${yValues.length}`);
    }
    const tCount = ts === undefined ? xValues.length : numberArray(ts, `stroke ${s} ts`).length;
    if (tCount !== xValues.length) {
      throw new Error(`Quick, Draw! stroke ${s}: ts has ${tCount} values but xs has ${xValues.length}`);
    }
    return xValues.map((x, i): [number, number] => [x, yValues[i] as number]);
  });
}

/** Parses one ndjson line of a Quick, Draw! raw or simplified file. Throws an Error saying what is wrong. */
export function parseQuickDrawLine(line: string): QuickDrawRecord {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    throw new Error(`Quick, Draw! line: malformed JSON (${(error as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error('Quick, Draw! line: expected a JSON object');
  }
  const record = json as Record<string, unknown>;
  if (typeof record.word !== 'string') throw new Error('Quick, Draw! line: missing or non-string "word"');
  if (record.countrycode !== undefined && typeof record.countrycode !== 'string') {
    throw new Error('Quick, Draw! line: "countrycode" must be a string');
  }
  if (record.recognized !== undefined && typeof record.recognized !== 'boolean') {
    throw new Error('Quick, Draw! line: "recognized" must be a boolean');
  }
  if (record.drawing === undefined) throw new Error('Quick, Draw! line: missing "drawing"');
  const parsed: QuickDrawRecord = { word: record.word, drawing: quickDrawToDrawing(record.drawing) };
  if (record.countrycode !== undefined) parsed.countrycode = record.countrycode;
  if (record.recognized !== undefined) parsed.recognized = record.recognized;
  return parsed;
}

function numberArray(value: unknown, what: string): number[] {
  if (!Array.isArray(value)) throw new Error(`Quick, Draw! ${what}: expected an array of numbers`);
  value.forEach((v: unknown, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new Error(`Quick, Draw! ${what}[${i}]: non-numeric coordinate ${JSON.stringify(v)}`);
    }
  });
  return value as number[];
}
