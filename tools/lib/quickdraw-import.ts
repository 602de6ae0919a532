/**
 * Imports real Quick, Draw! ndjson files (https://github.com/googlecreativelab/quickdraw-dataset) into the
 * sketch data set format, so models trained on procedural doodles can be tested on, or tuned with, the real
 * thing once someone brings the files in.
 *
 * Raw files (strokes [[x...], [y...], [t...]] in canvas pixels) go through quickDrawSimplify, exactly the
 * preprocessing Google used for its simplified files; simplified files ([[x...], [y...]], already 0..255)
 * are kept as they are. Records the game itself did not recognise (`recognized: false`) are skipped, as
 * they are often scribbles or unfinished, and a malformed line is counted and reported, never fatal: one
 * bad line in a 100 MB download should not cost the rest.
 */
import { basename } from 'node:path';
import { parseQuickDrawLine } from '../../shared/strokes/formats.js';
import { quickDrawSimplify } from '../../shared/strokes/simplify.js';
import { splitForIndex, type SketchRecord } from '../../shared/strokes/sketch-dataset.js';
import type { Drawing } from '../../shared/strokes/types.js';
import { readLines, writeSketchDataset } from './sketch-dataset-file.js';

/** Quick, Draw! words whose category id here is different. */
export const QUICKDRAW_WORD_TO_CATEGORY: Readonly<Record<string, string>> = { 'smiley face': 'smiley' };

export type QuickDrawLineResult =
  | { kind: 'sketch'; category: string; key: string | undefined; drawing: Drawing }
  | { kind: 'unrecognized' }
  | { kind: 'malformed'; error: string };

/** Raw records carry timestamps: three arrays per stroke instead of two. */
function hasTimestamps(json: unknown): boolean {
  const drawing = (json as { drawing?: unknown }).drawing;
  return Array.isArray(drawing) && drawing.some((stroke: unknown) => Array.isArray(stroke) && stroke.length === 3);
}

/** One line of a raw or simplified file -> a simplified drawing and its category, or why not. */
export function convertQuickDrawLine(line: string): QuickDrawLineResult {
  try {
    const record = parseQuickDrawLine(line);
    if (record.recognized === false) return { kind: 'unrecognized' };
    // parseQuickDrawLine has validated the JSON; parse again only for what it drops (timestamps, key_id).
    const json = JSON.parse(line) as { key_id?: unknown };
    const strokes = record.drawing.filter((stroke) => stroke.length > 0);
    const drawing = hasTimestamps(json) ? quickDrawSimplify(strokes) : strokes;
    if (drawing.length === 0) return { kind: 'malformed', error: 'drawing has no points' };
    const word = record.word.trim().toLowerCase();
    const key = typeof json.key_id === 'string' ? json.key_id : undefined;
    return { kind: 'sketch', category: QUICKDRAW_WORD_TO_CATEGORY[word] ?? word, key, drawing };
  } catch (error) {
    return { kind: 'malformed', error: (error as Error).message };
  }
}

export interface QuickDrawImportSummary {
  lines: number;
  imported: number;
  unrecognized: number;
  malformed: number;
  perCategory: Record<string, number>;
  /** The first few problems, as "file:line: message". */
  errors: string[];
}

const MAX_REPORTED_ERRORS = 10;

/**
 * Converts every line of the input files and writes one data set to `out`. Splits are 90/5/5 by each
 * category's running count across all inputs, so the same files in the same order give the same split.
 * `onRecord` sees each record as it is written (for statistics without reading the output back).
 */
export async function importQuickDraw(inputs: string[], out: string, onRecord?: (record: SketchRecord) => void): Promise<QuickDrawImportSummary> {
  const summary: QuickDrawImportSummary = { lines: 0, imported: 0, unrecognized: 0, malformed: 0, perCategory: {}, errors: [] };
  async function* records(): AsyncGenerator<SketchRecord> {
    for (const input of inputs) {
      let lineNumber = 0;
      for await (const line of readLines(input)) {
        lineNumber++;
        if (line.trim() === '') continue;
        summary.lines++;
        const result = convertQuickDrawLine(line);
        if (result.kind === 'unrecognized') {
          summary.unrecognized++;
        } else if (result.kind === 'malformed') {
          summary.malformed++;
          if (summary.errors.length < MAX_REPORTED_ERRORS) summary.errors.push(`${input}:${lineNumber}: ${result.error}`);
        } else {
          const index = summary.perCategory[result.category] ?? 0;
          summary.perCategory[result.category] = index + 1;
          summary.imported++;
          const record: SketchRecord = {
            category: result.category,
            key: result.key ?? `${basename(input)}:${lineNumber}`,
            split: splitForIndex(index),
            drawing: result.drawing,
          };
          onRecord?.(record);
          yield record;
        }
      }
    }
  }
  await writeSketchDataset(out, records());
  return summary;
}
