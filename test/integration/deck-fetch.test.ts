/**
 * `deck fetch london` against a local stand-in for figshare's API (node:http on port 0; this machine
 * never talks to figshare in tests): the listing is read, the neutral front-view zip picked by name,
 * downloaded and checked against the listed size and MD5, then imported with the set's licence and
 * citation. Every failure (HTTP 404, MD5 or size mismatch, no such file) says what went wrong and leaves
 * no deck and no download behind. Synthetic zips always; real London photos zipped at test time where
 * ../shared/data/faces_london exists.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DECK_JSON, deckJsonSchema } from '../../shared/decks/deck-schema';
import { loadFaceDetector } from '../../tools/lib/deck/face-detector';
import { fetchFaceSet, type FetchOptions } from '../../tools/lib/deck/fetch-face-set';
import { DEFAULT_FIGSHARE_API, FIGSHARE_API_ENV, figshareApiBase } from '../../tools/lib/deck/figshare';
import { dotFaceFinder, dotFacePicture, flatPicture, pngOf } from '../unit/deck-tools/synthetic-pictures';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const LONDON = join(REPO, '..', 'shared', 'data', 'faces_london', 'neutral_front');
const hasLondon = existsSync(LONDON);
const LISTING_PATH = '/articles/5047666/versions/5';
const CITATION = 'DeBruine, L., & Jones, B. (2017). Face Research Lab London Set (Version 5). figshare. https://doi.org/10.6084/m9.figshare.5047666.v5';

interface StubFile {
  name: string;
  bytes: Uint8Array;
  /** What the listing claims, when it should lie. */
  listedMd5?: string;
  listedSize?: number;
  /** Serve 404 for the download itself. */
  missing?: boolean;
}

let server: Server;
let api: string;
let listingStatus = 200;
let files: StubFile[] = [];
let requests: string[] = [];
let root: string;

const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('hex');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'deck-fetch-'));
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === LISTING_PATH) {
      if (listingStatus !== 200) {
        res.writeHead(listingStatus).end();
        return;
      }
      const listing = files.map((file, i) => ({
        id: 1000 + i,
        name: file.name,
        size: file.listedSize ?? file.bytes.length,
        download_url: `${api}/files/${1000 + i}`,
        computed_md5: file.listedMd5 ?? md5(file.bytes),
        is_link_only: false,
      }));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 5047666, version: 5, files: listing }));
      return;
    }
    const file = files[Number(req.url?.replace('/files/', '')) - 1000];
    if (!file || file.missing) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/zip' }).end(file.bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(root, { recursive: true, force: true });
});
beforeEach(() => {
  listingStatus = 200;
  requests = [];
});

const syntheticZip = () =>
  zipSync({
    'neutral_front/001_03.png': pngOf(dotFacePicture(600, 600, { left: { x: 250, y: 280 }, right: { x: 350, y: 280 } }, 8)),
    'neutral_front/002_03.png': pngOf(flatPicture(100, 100)),
  });
const otherFiles = (): StubFile[] => [
  { name: 'london_faces_info.csv', bytes: new TextEncoder().encode('face_id,age\n') },
  { name: 'neutral_left.zip', bytes: zipSync({}) },
];

let counter = 0;
async function freshDecksDir(): Promise<string> {
  const dir = join(root, `decks-${++counter}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

const options = (decksDir: string, extra: Partial<FetchOptions> = {}): FetchOptions => ({
  decksDir,
  apiBase: api,
  faceFinder: dotFaceFinder,
  ganModelsDir: join(root, 'no-gans'),
  ...extra,
});

/** Downloads go to OS temp folders named neural-arcade-london-*; none may be left behind. */
const leftoverDownloads = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('neural-arcade-london-'));

describe('deck fetch london', () => {
  it('downloads the neutral front-view zip, checks it, and imports it with the set licence and citation', async () => {
    files = [...otherFiles(), { name: 'neutral_front.zip', bytes: syntheticZip() }];
    const before = await leftoverDownloads();
    const decksDir = await freshDecksDir();
    const lines: string[] = [];
    const result = await fetchFaceSet('london', options(decksDir, { log: (line) => lines.push(line) }));
    expect(requests).toEqual([LISTING_PATH, '/files/1002']);
    expect(result.real).toBe(1);
    expect(result.skipped).toEqual([{ file: 'neutral_front/002_03.png', reason: 'no face found' }]);
    expect(lines).toContain('downloaded neutral_front.zip, size and MD5 match; importing');
    const deck = deckJsonSchema.parse(JSON.parse(await readFile(join(decksDir, 'london', DECK_JSON), 'utf8')));
    expect(deck).toMatchObject({
      name: 'london',
      title: { en: 'Face Research Lab London Set', ko: 'Face Research Lab 런던 얼굴 세트' },
      credits: CITATION,
      subject: 'faces',
      side: 64,
      channels: 3,
    });
    expect(deck.images).toEqual([
      {
        file: 'real/r0001.png',
        label: 'real',
        source: 'Face Research Lab London Set, figshare doi 10.6084/m9.figshare.5047666.v5: neutral_front/001_03.png',
        license: 'CC BY 4.0',
        attribution: CITATION,
      },
    ]);
    expect(await leftoverDownloads()).toEqual(before);
  });

  it.each<[string, () => StubFile[], () => void, RegExp]>([
    ['an MD5 mismatch', () => [{ name: 'neutral_front.zip', bytes: syntheticZip(), listedMd5: '0'.repeat(32) }], () => {}, /neutral_front\.zip: MD5 [0-9a-f]{32} does not match figshare's 0{32}; the download is corrupt/],
    ['a size mismatch', () => [{ name: 'neutral_front.zip', bytes: syntheticZip(), listedSize: 99 }], () => {}, /neutral_front\.zip: received \d+ bytes, figshare lists 99/],
    ['HTTP 404 for the listing', () => [], () => (listingStatus = 404), /figshare answered HTTP 404 Not Found for the file list of article 5047666 version 5 \(http:\/\/127\.0\.0\.1:\d+\/articles\/5047666\/versions\/5\)/],
    ['HTTP 404 for the file', () => [{ name: 'neutral_front.zip', bytes: syntheticZip(), missing: true }], () => {}, /figshare answered HTTP 404 Not Found for neutral_front\.zip/],
    ['no neutral front-view zip in the listing', otherFiles, () => {}, /lists no file matching .*neutral_front.* \(it has: london_faces_info\.csv, neutral_left\.zip\)/],
  ])('%s: a clear error, and no deck or download left behind', async (_name, makeFiles, arrange, message) => {
    files = makeFiles();
    arrange();
    const before = await leftoverDownloads();
    const decksDir = await freshDecksDir();
    await expect(fetchFaceSet('london', options(decksDir))).rejects.toThrow(message);
    expect(await readdir(decksDir)).toEqual([]);
    expect(await leftoverDownloads()).toEqual(before);
  });

  it('refuses an existing deck before downloading anything', async () => {
    files = [{ name: 'neutral_front.zip', bytes: syntheticZip() }];
    const decksDir = await freshDecksDir();
    await fetchFaceSet('london', options(decksDir));
    requests = [];
    await expect(fetchFaceSet('london', options(decksDir))).rejects.toThrow(/deck "london" already exists.*--force/);
    expect(requests).toEqual([]);
    await fetchFaceSet('london', options(decksDir, { force: true }));
    expect(await readdir(decksDir)).toEqual(['london']);
  });

  it('knows only the sets it knows, and takes the API address from the environment', async () => {
    await expect(fetchFaceSet('paris', options(root))).rejects.toThrow(/unknown face set "paris"; known: london/);
    expect(figshareApiBase({})).toBe(DEFAULT_FIGSHARE_API);
    expect(figshareApiBase({ [FIGSHARE_API_ENV]: 'http://127.0.0.1:9/v2/' })).toBe('http://127.0.0.1:9/v2');
  });

  it('runs from the command line against $NEURAL_ARCADE_FIGSHARE_API, failing clearly when nothing imports', async () => {
    files = [{ name: 'neutral_front.zip', bytes: zipSync({ 'neutral_front/grey.png': pngOf(flatPicture(200, 200)) }) }];
    const decksDir = await freshDecksDir();
    const run = promisify(execFile);
    const cli = (args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'tools/deck.ts', ...args], { cwd: REPO, env: { ...process.env, [FIGSHARE_API_ENV]: api } }).then(
        ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
        (err: { code: number; stdout: string; stderr: string }) => err,
      );
    const fetched = await cli(['fetch', 'london', '--out', decksDir]);
    expect(fetched.code).toBe(1);
    expect(fetched.stdout).toContain('neutral_front/grey.png: no face found');
    expect(fetched.stderr).toMatch(/deck: no face could be imported .*no deck written/);
    expect(await readdir(decksDir)).toEqual([]);
    const listed = await cli(['list', '--out', decksDir]);
    expect(listed.stdout).toMatch(/no decks in/);
  }, 60_000);

  it.skipIf(!hasLondon)('imports real London photos zipped at test time (skipped where ../shared/data/faces_london is absent)', async () => {
    const photos = ['003_03.jpg', '045_03.jpg', '123_03.jpg'];
    const entries: Record<string, Uint8Array> = {};
    for (const name of photos) entries[`neutral_front/${name}`] = new Uint8Array(await readFile(join(LONDON, name)));
    files = [...otherFiles(), { name: 'neutral_front.zip', bytes: zipSync(entries) }];
    const decksDir = await freshDecksDir();
    const result = await fetchFaceSet('london', options(decksDir, { faceFinder: await loadFaceDetector() }));
    expect([result.real, result.skipped]).toEqual([3, []]);
    const deck = deckJsonSchema.parse(JSON.parse(await readFile(join(decksDir, 'london', DECK_JSON), 'utf8')));
    expect(deck.images.map((image) => image.source.split(': ')[1])).toEqual(photos.map((name) => `neutral_front/${name}`));
  }, 60_000);
});
