/**
 * The Magenta Sketch-RNN decoders installed on this machine (`npm run models:sketch -- fetch cat dog`
 * downloads them). They are not committed: about 3 MB each, Google's files, and each classroom picks its own.
 *
 * Why errors are returned, not thrown: one corrupt or half-copied file must not take the other categories
 * (or the server) down; the caller logs the messages and offers what did load.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SketchDecoder } from '../../shared/models/sketch/decoder-weights.js';
import { decodeGenJson } from '../../shared/models/sketch/magenta-gen.js';

export const SKETCH_MODELS_DIR_ENV = 'NEURAL_ARCADE_SKETCH_MODELS';
export const GEN_JSON_SUFFIX = '.gen.json';

/** `$NEURAL_ARCADE_SKETCH_MODELS` if set, else `<repo>/data/sketch-models` (data/ is gitignored). */
export function defaultSketchModelsDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[SKETCH_MODELS_DIR_ENV];
  if (fromEnv) return resolve(fromEnv);
  return fileURLToPath(new URL('../../data/sketch-models', import.meta.url));
}

export interface LoadedMagentaModels {
  /** In file-name order. */
  decoders: SketchDecoder[];
  /** One line per refused file: "<file>: <problem>". */
  errors: string[];
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Every `*.gen.json` in `dir`. A missing directory means no models, not an error. */
export async function loadMagentaModels(dir: string): Promise<LoadedMagentaModels> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { decoders: [], errors: [] };
    return { decoders: [], errors: [`${dir}: ${messageOf(err)}`] };
  }
  const decoders: SketchDecoder[] = [];
  const errors: string[] = [];
  // The file each model name came from, so a second file claiming the same category is refused by name.
  const sourceOf = new Map<string, string>();
  for (const file of names.filter((n) => n.endsWith(GEN_JSON_SUFFIX)).sort()) {
    try {
      const decoder = await loadOne(join(dir, file));
      const earlier = sourceOf.get(decoder.name);
      if (earlier !== undefined) throw new Error(`model "${decoder.name}" is already loaded from ${earlier}`);
      sourceOf.set(decoder.name, file);
      decoders.push(decoder);
    } catch (err) {
      errors.push(`${file}: ${messageOf(err)}`);
    }
  }
  return { decoders, errors };
}

async function loadOne(path: string): Promise<SketchDecoder> {
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    // Typically a download cut short: say so rather than only quoting the parser.
    throw new Error(`not valid JSON (${text.length} characters; truncated?): ${messageOf(err)}`);
  }
  return decodeGenJson(json);
}
