/**
 * Just enough of figshare's public API (https://docs.figshare.com/) to download one file of a
 * published article version: list its files, then stream the chosen one to disk while checking its
 * size and MD5 against the listing. No login: public articles need none.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { z } from 'zod';

export const FIGSHARE_API_ENV = 'NEURAL_ARCADE_FIGSHARE_API';
export const DEFAULT_FIGSHARE_API = 'https://api.figshare.com/v2';

/** `$NEURAL_ARCADE_FIGSHARE_API` if set (tests point it at a local server), else figshare's own. */
export function figshareApiBase(env: NodeJS.ProcessEnv = process.env): string {
  return (env[FIGSHARE_API_ENV] || DEFAULT_FIGSHARE_API).replace(/\/+$/, '');
}

const figshareFileSchema = z.object({
  id: z.number(),
  name: z.string(),
  size: z.number().int().nonnegative(),
  download_url: z.url(),
  computed_md5: z.string().regex(/^[0-9a-f]{32}$/i),
});
const articleVersionSchema = z.object({ files: z.array(figshareFileSchema) });

export type FigshareFile = z.infer<typeof figshareFileSchema>;

const USER_AGENT = 'neural-arcade deck tool';

async function get(url: string, what: string, timeoutMs?: number): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { 'user-agent': USER_AGENT }, ...(timeoutMs ? { signal: AbortSignal.timeout(timeoutMs) } : {}) });
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
    throw new Error(`could not reach figshare for ${what} (${url})${cause}${err instanceof Error ? ` [${err.message}]` : ''}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`figshare answered HTTP ${response.status} ${response.statusText} for ${what} (${url})`);
  }
  return response;
}

/** The files of one published version of an article. */
export async function listArticleFiles(apiBase: string, articleId: number, version: number): Promise<FigshareFile[]> {
  const url = `${apiBase}/articles/${articleId}/versions/${version}`;
  const response = await get(url, `the file list of article ${articleId} version ${version}`, 30_000);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new Error(`figshare's answer for ${url} is not JSON`);
  }
  const parsed = articleVersionSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`figshare's file list for ${url} is not as expected (${issue.path.join('.') || 'top level'}: ${issue.message})`);
  }
  return parsed.data.files;
}

/**
 * Streams `file` to `path`, hashing as it goes, and fails (deleting the partial file) unless the byte
 * count and MD5 both match the listing. `onProgress` gets the bytes received so far.
 */
export async function downloadFile(file: FigshareFile, path: string, onProgress?: (received: number) => void): Promise<void> {
  const response = await get(file.download_url, file.name);
  if (!response.body) throw new Error(`figshare sent no data for ${file.name}`);
  const md5 = createHash('md5');
  let received = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      md5.update(chunk);
      received += chunk.length;
      onProgress?.(received);
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), meter, createWriteStream(path));
    if (received !== file.size) throw new Error(`${file.name}: received ${received} bytes, figshare lists ${file.size}; the download is incomplete or changed`);
    const digest = md5.digest('hex');
    if (digest !== file.computed_md5.toLowerCase()) throw new Error(`${file.name}: MD5 ${digest} does not match figshare's ${file.computed_md5}; the download is corrupt`);
  } catch (err) {
    await rm(path, { force: true });
    throw err;
  }
}
