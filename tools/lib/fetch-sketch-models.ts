/**
 * Downloads Magenta's pretrained Sketch-RNN decoders (`<base>/<name>.gen.json`) into the models folder the
 * server loads from (server/ml/magenta-models.ts).
 *
 * Each file is decoded before it is kept, and written to a temp file that is renamed into place, so the
 * folder never holds a file the server would refuse: not an HTML error page, not half a download.
 * Names are checked before anything is requested, since a name becomes both a URL path and a file name.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { decodeGenJson } from '../../shared/models/sketch/magenta-gen.js';
import { GEN_JSON_SUFFIX } from '../../server/ml/magenta-models.js';

export const DEFAULT_SKETCH_MODEL_BASE_URL = 'https://storage.googleapis.com/quickdraw-models/sketchRNN/large_models';
/** Overrides the default base URL (tests point it at a local server). `--base-url` wins over it. */
export const SKETCH_MODEL_URL_ENV = 'NEURAL_ARCADE_SKETCH_MODEL_URL';
export const SKETCH_MODEL_NAME = /^[a-z0-9_-]+$/;
export const DEFAULT_FETCH_TIMEOUT_MS = 60_000;
/** The published files are ~3 MB; anything far larger is not one of them. */
export const MAX_MODEL_BYTES = 32 * 1024 * 1024;

export interface FetchSketchModelsOptions {
  dir: string;
  baseUrl: string;
  /** Per file, covering the request and the body. */
  timeoutMs?: number;
}

export type FetchReport =
  | { name: string; ok: true; path: string; summary: string }
  | { name: string; ok: false; reason: string };

/** `--base-url`, else the env var, else Magenta's public bucket. */
export function sketchModelBaseUrl(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env[SKETCH_MODEL_URL_ENV] || DEFAULT_SKETCH_MODEL_BASE_URL;
}

export function modelUrl(baseUrl: string, name: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${name}${GEN_JSON_SUFFIX}`;
}

/** One report per name, in order; never throws for a single model's failure. */
export async function fetchSketchModels(names: readonly string[], options: FetchSketchModelsOptions): Promise<FetchReport[]> {
  const reports: FetchReport[] = [];
  for (const name of names) reports.push(await fetchOne(name, options));
  return reports;
}

async function fetchOne(name: string, options: FetchSketchModelsOptions): Promise<FetchReport> {
  if (!SKETCH_MODEL_NAME.test(name)) {
    return { name, ok: false, reason: 'refused: a model name may only use a-z, 0-9, "_" and "-" (e.g. cat, palm_tree)' };
  }
  const url = modelUrl(options.baseUrl, name);
  let body: Uint8Array;
  try {
    body = await download(url, options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS);
  } catch (err) {
    return { name, ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
  let summary: string;
  try {
    const decoder = decodeGenJson(JSON.parse(new TextDecoder().decode(body)));
    summary = `"${decoder.name}", ${decoder.weights.hiddenSize} units, up to ${decoder.maxSeqLen} rows`;
  } catch (err) {
    return { name, ok: false, reason: `invalid file from ${url}: ${err instanceof Error ? err.message : String(err)}` };
  }
  const path = join(options.dir, `${name}${GEN_JSON_SUFFIX}`);
  try {
    await saveAtomically(path, body);
  } catch (err) {
    return { name, ok: false, reason: `could not save ${path}: ${err instanceof Error ? err.message : String(err)}` };
  }
  return { name, ok: true, path, summary };
}

/** The body's bytes; throws with "HTTP 404 ...", "network error ..." or "timed out ...". */
async function download(url: string, timeoutMs: number): Promise<Uint8Array> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) {
      await response.body?.cancel();
      throw new HttpError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_MODEL_BYTES) {
      await response.body?.cancel();
      throw new HttpError(`${url} is ${declared} bytes, more than the ${MAX_MODEL_BYTES} a model file can be`);
    }
    return new Uint8Array(await response.arrayBuffer());
  } catch (err) {
    if (err instanceof HttpError) throw err;
    if (err instanceof Error && err.name === 'TimeoutError') throw new Error(`timed out after ${timeoutMs} ms fetching ${url}`);
    // undici reports "fetch failed" with the useful part (ECONNREFUSED, ENOTFOUND...) in `cause`.
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : undefined;
    throw new Error(`network error fetching ${url}: ${cause ?? (err instanceof Error ? err.message : String(err))}`);
  }
}

class HttpError extends Error {}

async function saveAtomically(path: string, body: Uint8Array): Promise<void> {
  // The temp name does not end in .gen.json, so a crash mid-write leaves nothing the loader would read.
  const tmp = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, body);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
