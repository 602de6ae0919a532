/**
 * The real face detector (face-api, weights from node_modules): pictures without a face and a group
 * photo are refused with the right reason; and, where the Face Research Lab London Set is present
 * (../shared/data/faces_london, never inside the repository), real photos import into a valid deck whose
 * faces, detected again, have their eyes on the targets. Decks go to the OS temp folder, never the repo.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeDeckPng } from '../../../server/decks/deck-png';
import { DECK_JSON, deckJsonSchema } from '../../../shared/decks/deck-schema';
import { eyeTargets, type EyePair } from '../../../tools/lib/deck/align-face';
import { makeDeckPicture } from '../../../tools/lib/deck/deck-picture';
import { decodePhoto } from '../../../tools/lib/deck/decode-photo';
import { loadFaceDetector, type FaceFinder } from '../../../tools/lib/deck/face-detector';
import { importDeck } from '../../../tools/lib/deck/import-deck';
import { warpAffine } from '../../../tools/lib/deck/resample';
import type { RgbImage } from '../../../tools/lib/deck/rgb-image';
import { flatPicture, jpegOf, noisePicture, pngOf } from './synthetic-pictures';

const LONDON = fileURLToPath(new URL('../../../../shared/data/faces_london/neutral_front', import.meta.url));
const hasLondon = existsSync(LONDON);
const GROUP_PHOTO = fileURLToPath(new URL('../../../node_modules/@vladmandic/face-api/demo/sample1.jpg', import.meta.url));
const SIDE = 64;

let finder: FaceFinder;
let work: string;

beforeAll(async () => {
  finder = await loadFaceDetector();
  work = await mkdtemp(join(tmpdir(), 'deck-real-'));
  if (!hasLondon) console.log(`London face set not found at ${LONDON}: the real-photo import tests are skipped`);
}, 60_000);
afterAll(() => rm(work, { recursive: true, force: true }));

/**
 * Eye centres found again on a deck face: the detector wants some context around a face, so the 64 px
 * picture is padded with its own edge pixels and enlarged 4x first, and the result mapped back.
 */
async function redetectEyes(face: RgbImage): Promise<EyePair | undefined> {
  const zoom = 4;
  const pad = face.width / 2;
  const big = warpAffine(face, { a: 1 / zoom, b: 0, c: -pad, d: 0, e: 1 / zoom, f: -pad }, (face.width + 2 * pad) * zoom, (face.height + 2 * pad) * zoom);
  const found = await finder.findFaces(big, 0.5);
  if (found.length !== 1) return undefined;
  const back = (p: { x: number; y: number }) => ({ x: p.x / zoom - pad, y: p.y / zoom - pad });
  return { left: back(found[0]!.eyes.left), right: back(found[0]!.eyes.right) };
}

function expectEyesOnTargets(eyes: EyePair | undefined, tolerancePx: number): void {
  expect(eyes).toBeDefined();
  const targets = eyeTargets(SIDE);
  for (const side of ['left', 'right'] as const) {
    expect(Math.hypot(eyes![side].x - targets[side].x, eyes![side].y - targets[side].y)).toBeLessThan(tolerancePx);
  }
}

describe('the real detector refuses what is not one face', () => {
  it.each([
    ['a flat grey picture', () => pngOf(flatPicture(400, 300))],
    ['a noise picture', () => jpegOf(noisePicture(320, 320, 7))],
  ])('%s: no face found', async (_name, bytes) => {
    expect(await makeDeckPicture(bytes(), SIDE, finder)).toEqual({ ok: false, reason: 'no face found' });
  });

  it('a group photo: several faces found', async () => {
    const result = await makeDeckPicture(new Uint8Array(await readFile(GROUP_PHOTO)), SIDE, finder);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^\d+ faces found; a deck picture shows exactly one$/) });
  });
});

describe.skipIf(!hasLondon)('real London photos (skipped where ../shared/data/faces_london is absent)', () => {
  const names = ['001_03.jpg', '020_03.jpg', '045_03.jpg', '101_03.jpg'];

  it('import into a valid deck of 64 x 64 RGB faces with the eyes on the targets', async () => {
    const input = join(work, 'london-4');
    await mkdir(input);
    for (const name of names) await symlink(join(LONDON, name), join(input, name));
    const decksDir = join(work, 'decks');
    const result = await importDeck({
      decksDir,
      name: 'london-test',
      real: input,
      license: 'CC BY 4.0',
      attribution: 'DeBruine, L., & Jones, B. (2017). Face Research Lab London Set (Version 5). figshare.',
      faceFinder: finder,
      ganModelsDir: join(work, 'no-gans'),
    });
    expect([result.real, result.skipped]).toEqual([4, []]);
    const deck = deckJsonSchema.parse(JSON.parse(await readFile(join(decksDir, 'london-test', DECK_JSON), 'utf8')));
    expect(deck.images.map((image) => [image.file, image.source])).toEqual(names.map((name, i) => [`real/r000${i + 1}.png`, name]));
    for (const image of deck.images) {
      const png = decodeDeckPng(await readFile(join(decksDir, 'london-test', image.file)));
      expect([png.side, png.channels, png.pixels.length]).toEqual([SIDE, 3, SIDE * SIDE * 3]);
      expectEyesOnTargets(await redetectEyes({ width: SIDE, height: SIDE, rgb: png.pixels }), 2);
    }
  }, 60_000);

  it('a face already cropped to 64 px (as a GAN draws it) is found and keeps its framing', async () => {
    const photo = decodePhoto(new Uint8Array(await readFile(join(LONDON, names[2]!))));
    const first = await makeDeckPicture(jpegOf(photo), SIDE, finder);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = await makeDeckPicture(pngOf({ width: SIDE, height: SIDE, rgb: first.pixels }), SIDE, finder);
    expect(again.ok).toBe(true);
    if (again.ok) expectEyesOnTargets(await redetectEyes({ width: SIDE, height: SIDE, rgb: again.pixels }), 2);
  }, 30_000);

  it('a tilted photo comes out upright', async () => {
    const photo = decodePhoto(new Uint8Array(await readFile(join(LONDON, names[1]!))));
    // Turn it 25 degrees about its centre (a similarity with unit scale), keeping the size.
    const angle = (25 * Math.PI) / 180;
    const [cos, sin, cx, cy] = [Math.cos(angle), Math.sin(angle), photo.width / 2, photo.height / 2];
    const tilted = warpAffine(photo, { a: cos, b: -sin, c: cx - cos * cx + sin * cy, d: sin, e: cos, f: cy - sin * cx - cos * cy }, photo.width, photo.height);
    const result = await makeDeckPicture(jpegOf(tilted), SIDE, finder);
    expect(result.ok).toBe(true);
    if (result.ok) expectEyesOnTargets(await redetectEyes({ width: SIDE, height: SIDE, rgb: result.pixels }), 2);
  }, 30_000);
});
