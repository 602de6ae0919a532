/**
 * Installing and loading Magenta decoders: the server's folder loader and the download tool, against a local
 * HTTP server (no internet), with tiny files in the published format.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSketchModelsDir, loadMagentaModels, SKETCH_MODELS_DIR_ENV } from '../../../../server/ml/magenta-models.js';
import { fetchSketchModels, modelUrl, SKETCH_MODEL_URL_ENV, sketchModelBaseUrl } from '../../../../tools/lib/fetch-sketch-models.js';
import { tinyGenJsonText } from './magenta-fixture.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const run = promisify(execFile);

/** Routes of the fake model bucket; anything else is a 404. */
const ROUTES: Record<string, string> = {
  '/bucket/good.gen.json': tinyGenJsonText(1, 'good'),
  '/bucket/other.gen.json': tinyGenJsonText(2, 'other'),
  '/bucket/corrupt.gen.json': tinyGenJsonText(3, 'corrupt').slice(0, 2000),
  '/bucket/vae.gen.json': tinyGenJsonText(4, 'vae').replace('"mode":2', '"mode":0'),
};

let server: Server;
let baseUrl: string;
let scratch: string;
const requested: string[] = [];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'magenta-models-'));
  server = createServer((req, res) => {
    requested.push(req.url ?? '');
    const body = ROUTES[req.url ?? ''];
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bucket/`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await rm(scratch, { recursive: true, force: true });
});

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

describe('fetchSketchModels', () => {
  it('saves valid files and reports each failure by kind, leaving nothing behind for them', async () => {
    const dir = join(scratch, 'fetched');
    requested.length = 0;
    const reports = await fetchSketchModels(['good', 'missing', 'corrupt', 'vae', 'Bad/Name', '../up'], { dir, baseUrl });
    expect(reports.map((r) => [r.name, r.ok])).toEqual([
      ['good', true],
      ['missing', false],
      ['corrupt', false],
      ['vae', false],
      ['Bad/Name', false],
      ['../up', false],
    ]);
    const reason = (name: string) => reports.find((r) => r.name === name && !r.ok && 'reason' in r) as { reason: string };
    expect(reason('missing').reason).toMatch(/^HTTP 404 Not Found for http:\/\/127\.0\.0\.1:\d+\/bucket\/missing\.gen\.json$/);
    expect(reason('corrupt').reason).toMatch(/^invalid file from .*corrupt\.gen\.json: .*JSON/);
    expect(reason('vae').reason).toMatch(/^invalid file from .*: Magenta \.gen\.json: unknown mode 0/);
    expect(reason('Bad/Name').reason).toMatch(/^refused: a model name may only use a-z, 0-9/);
    expect(reason('../up').reason).toMatch(/^refused/);
    // Refused names never reach the network.
    expect(requested).toEqual(['/bucket/good.gen.json', '/bucket/missing.gen.json', '/bucket/corrupt.gen.json', '/bucket/vae.gen.json']);
    expect(await readdir(dir)).toEqual(['good.gen.json']);
    expect(await readFile(join(dir, 'good.gen.json'), 'utf8')).toBe(ROUTES['/bucket/good.gen.json']);
    expect(reports[0]).toMatchObject({ ok: true, path: join(dir, 'good.gen.json') });
  });

  it('reports a network error when nothing answers', async () => {
    const dir = join(scratch, 'unreachable');
    const [report] = await fetchSketchModels(['good'], { dir, baseUrl: `http://127.0.0.1:${await closedPort()}` });
    expect(report).toMatchObject({ ok: false, reason: expect.stringMatching(/^network error fetching http:\/\/127\.0\.0\.1:\d+\/good\.gen\.json: .*ECONNREFUSED/) });
    await expect(readdir(dir)).rejects.toThrow(/ENOENT/);
  });

  it('takes --base-url over the env var over the public bucket', () => {
    const env = { [SKETCH_MODEL_URL_ENV]: 'http://env.test/models' };
    expect(sketchModelBaseUrl('http://flag.test', env)).toBe('http://flag.test');
    expect(sketchModelBaseUrl(undefined, env)).toBe('http://env.test/models');
    expect(sketchModelBaseUrl(undefined, {})).toBe('https://storage.googleapis.com/quickdraw-models/sketchRNN/large_models');
    expect(modelUrl('http://a.test/x/', 'cat')).toBe('http://a.test/x/cat.gen.json');
  });
});

describe('npm run models:sketch', () => {
  it('fetch prints one line per name and exits 1 when one failed; list shows what is installed', async () => {
    const dir = join(scratch, 'cli');
    const tool = (...args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'tools/models-sketch.ts', ...args, '--dir', dir], {
        cwd: repoRoot,
        env: { ...process.env, [SKETCH_MODEL_URL_ENV]: baseUrl },
      });
    const failed = await tool('fetch', 'good', 'missing').then(
      () => expect.unreachable('a failed download must exit non-zero'),
      (err: { code: number; stdout: string }) => err,
    );
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/^ok {6}good: "good", 8 units, up to 50 rows -> /m);
    expect(failed.stdout).toMatch(/^failed {2}missing: HTTP 404/m);
    expect(failed.stdout).toMatch(/^1 ok, 1 failed$/m);
    const listed = await tool('list');
    expect(listed.stdout).toMatch(/^1 model\(s\) in .*\n {2}good: 8 units, up to 50 rows$/m);
  });
});

describe('loadMagentaModels', () => {
  it('loads the good files and names each refused file and its problem', async () => {
    const dir = join(scratch, 'installed');
    await fetchSketchModels(['good', 'other'], { dir, baseUrl });
    await writeFile(join(dir, 'half.gen.json'), ROUTES['/bucket/corrupt.gen.json']!);
    await writeFile(join(dir, 'again.gen.json'), ROUTES['/bucket/good.gen.json']!);
    await writeFile(join(dir, 'README.txt'), 'not a model');
    await writeFile(join(dir, 'good.gen.json.tmp-1-x'), 'an interrupted download');
    const { decoders, errors } = await loadMagentaModels(dir);
    // "again" sorts first, so it is the one that loads as "good"; the real good.gen.json is then the duplicate.
    expect(decoders.map((d) => d.name)).toEqual(['good', 'other']);
    expect(errors).toEqual([
      'good.gen.json: model "good" is already loaded from again.gen.json',
      expect.stringMatching(/^half\.gen\.json: not valid JSON \(2000 characters; truncated\?\)/),
    ]);
  });

  it('treats a missing folder as no models', async () => {
    expect(await loadMagentaModels(join(scratch, 'does-not-exist'))).toEqual({ decoders: [], errors: [] });
  });

  it('finds the folder from the env var, else data/sketch-models in the repo', () => {
    expect(defaultSketchModelsDir({ [SKETCH_MODELS_DIR_ENV]: 'some/where' })).toBe(resolve('some/where'));
    expect(defaultSketchModelsDir({})).toBe(join(repoRoot, 'data/sketch-models'));
  });
});
