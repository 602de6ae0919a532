/**
 * Offset scaling for Sketch-RNN style models, as in Magenta's `calculate_normalizing_scale_factor` and
 * `DataLoader.normalize`: offsets are divided by one factor for the whole data set so the model sees values
 * of roughly unit spread, and model output is multiplied by the same factor to get back to drawing units.
 * Pen states are left alone.
 */
import type { Stroke3 } from './formats.js';

/**
 * Population standard deviation of every dx and dy (pooled together) over all sketches. Magenta also skips
 * sketches longer than the model's max sequence length; filter those out before calling if that matters.
 * Throws when there are no offsets, since no factor can be computed.
 */
export function strokeScaleFactor(sketches: Stroke3[]): number {
  let count = 0;
  let sum = 0;
  for (const rows of sketches) {
    for (const [dx, dy] of rows) {
      sum += dx + dy;
      count += 2;
    }
  }
  if (count === 0) throw new Error('strokeScaleFactor: no offsets to measure');
  const mean = sum / count;
  let squares = 0;
  for (const rows of sketches) {
    for (const [dx, dy] of rows) squares += (dx - mean) ** 2 + (dy - mean) ** 2;
  }
  return Math.sqrt(squares / count);
}

function checkFactor(factor: number, caller: string): void {
  // A zero or NaN factor would silently turn every offset into NaN or Infinity.
  if (!Number.isFinite(factor) || factor <= 0) throw new Error(`${caller}: factor must be a positive finite number, got ${factor}`);
}

/** Offsets divided by factor (drawing units -> model units). */
export function normaliseStroke3(rows: Stroke3, factor: number): Stroke3 {
  checkFactor(factor, 'normaliseStroke3');
  return rows.map(([dx, dy, penLifted]) => [dx / factor, dy / factor, penLifted]);
}

/** Offsets multiplied by factor (model units -> drawing units). */
export function denormaliseStroke3(rows: Stroke3, factor: number): Stroke3 {
  checkFactor(factor, 'denormaliseStroke3');
  return rows.map(([dx, dy, penLifted]) => [dx * factor, dy * factor, penLifted]);
}
