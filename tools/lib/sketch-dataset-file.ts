/** Reading and writing sketch data set files (format: shared/strokes/sketch-dataset.ts) with node streams. */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { formatSketchDatasetLine, parseSketchDatasetLine, type SketchRecord } from '../../shared/strokes/sketch-dataset.js';

/** Lines of a text file, streamed (Quick, Draw! files run to hundreds of megabytes). */
export function readLines(path: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
}

/** Every record of the file; blank lines are skipped, a bad line throws with its line number. */
export async function readSketchDataset(path: string): Promise<SketchRecord[]> {
  const records: SketchRecord[] = [];
  let lineNumber = 0;
  for await (const line of readLines(path)) {
    lineNumber++;
    if (line.trim() === '') continue;
    try {
      records.push(parseSketchDatasetLine(line));
    } catch (error) {
      throw new Error(`${path}:${lineNumber}: ${(error as Error).message}`);
    }
  }
  return records;
}

/** Writes the records, one per line, creating the folder; the source may be lazy so big sets stream. */
export async function writeSketchDataset(path: string, records: Iterable<SketchRecord> | AsyncIterable<SketchRecord>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await pipeline(async function* () {
    for await (const record of records) yield `${formatSketchDatasetLine(record)}\n`;
  }, createWriteStream(path));
}
