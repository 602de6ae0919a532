/**
 * Size statistics of sketches in the units the models care about: stroke-3 rows (one per point) and
 * strokes. The Sketch-RNN trains on sequences of at most SKETCH_MAX_ROWS rows, so the share of sketches
 * within that is what says whether a data set fits it.
 */
import { drawingToStroke3 } from '../../shared/strokes/formats.js';
import type { Drawing } from '../../shared/strokes/types.js';

export const SKETCH_MAX_ROWS = 64;

export interface SketchStats {
  count: number;
  medianRows: number;
  p90Rows: number;
  maxRows: number;
  medianStrokes: number;
  /** Fraction (0..1) of sketches with at most SKETCH_MAX_ROWS rows. */
  withinMaxRows: number;
}

/** Nearest-rank percentile of sorted numbers. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number;
}

/** Size of one sketch: stroke-3 rows and strokes. */
export interface SketchSize {
  rows: number;
  strokes: number;
}

export function sketchSize(drawing: Drawing): SketchSize {
  return { rows: drawingToStroke3(drawing).length, strokes: drawing.filter((s) => s.length > 0).length };
}

export function sketchStats(sizes: SketchSize[]): SketchStats {
  const rows = sizes.map((s) => s.rows).sort((a, b) => a - b);
  const strokes = sizes.map((s) => s.strokes).sort((a, b) => a - b);
  return {
    count: sizes.length,
    medianRows: percentile(rows, 0.5),
    p90Rows: percentile(rows, 0.9),
    maxRows: rows[rows.length - 1] ?? 0,
    medianStrokes: percentile(strokes, 0.5),
    withinMaxRows: sizes.length === 0 ? 0 : rows.filter((n) => n <= SKETCH_MAX_ROWS).length / sizes.length,
  };
}

export interface SizeTally {
  add(category: string, drawing: Drawing): void;
  stats(): Record<string, SketchStats>;
}

/** Collects sizes per category (in the order categories are first seen) while sketches stream past. */
export function createSizeTally(): SizeTally {
  const byCategory = new Map<string, SketchSize[]>();
  return {
    add(category, drawing) {
      const sizes = byCategory.get(category) ?? [];
      sizes.push(sketchSize(drawing));
      byCategory.set(category, sizes);
    },
    stats: () => Object.fromEntries([...byCategory].map(([category, sizes]) => [category, sketchStats(sizes)])),
  };
}

/** One aligned summary line per category. */
export function formatStatsTable(byCategory: Record<string, SketchStats>): string[] {
  const width = Math.max(8, ...Object.keys(byCategory).map((c) => c.length));
  const header = `${'category'.padEnd(width)}  count  rows(median p90 max)  strokes(median)  <=${SKETCH_MAX_ROWS} rows`;
  return [
    header,
    ...Object.entries(byCategory).map(
      ([category, s]) =>
        `${category.padEnd(width)}  ${String(s.count).padStart(5)}  ${String(s.medianRows).padStart(9)} ${String(s.p90Rows).padStart(3)} ${String(s.maxRows).padStart(3)}  ${String(s.medianStrokes).padStart(15)}  ${(s.withinMaxRows * 100).toFixed(1).padStart(8)}%`,
    ),
  ];
}
