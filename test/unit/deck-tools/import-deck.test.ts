/**
 * `deck import` end to end with a stand-in detector (synthetic dot faces, so this runs in a second):
 * what lands on disk, how skips are reported, zip input, generated inputs, refusing to overwrite, and
 * that a failed import leaves no deck behind. The real detector on real photos: london-import.test.ts.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeDeckPng } from '../../../server/decks/deck-png';
import { loadDeckFolder } from '../../../server/decks/load-deck';
import { DECK_JSON, deckJsonSchema } from '../../../shared/decks/deck-schema';
import { eyeTargets } from '../../../tools/lib/deck/align-face';
import { importDeck, type ImportDeckOptions } from '../../../tools/lib/deck/import-deck';
import { darkCentre, dotFaceFinder, dotFacePicture, flatPicture, jpegOf, noisePicture, pngOf } from './synthetic-pictures';

let root: string;
let photos: string;
let noGans: string;

const face = (cx: number, cy: number, tilt: number) =>
  dotFacePicture(600, 600, { left: { x: cx - 50, y: cy - tilt }, right: { x: cx + 50, y: cy + tilt } }, 8);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'deck-import-'));
  photos = join(root, 'photos');
  noGans = join(root, 'no-gans');
  await mkdir(join(photos, 'class-b'), { recursive: true });
  await writeFile(join(photos, 'anna.png'), pngOf(face(300, 280, 0)));
  await writeFile(join(photos, 'class-b', 'ben.jpg'), jpegOf(face(280, 300, 20)));
  await writeFile(join(photos, 'grey.png'), pngOf(flatPicture(120, 90)));
  await writeFile(join(photos, 'broken.jpg'), 'this is not a jpeg');
  await writeFile(join(photos, 'list.csv'), 'name\n');
});
afterAll(() => rm(root, { recursive: true, force: true }));

function options(extra: Partial<ImportDeckOptions> & { decksDir: string }): ImportDeckOptions {
  return { name: 'class', real: photos, license: 'used with permission', faceFinder: dotFaceFinder, ganModelsDir: noGans, ...extra };
}

describe('importDeck', () => {
  it('writes aligned faces with neutral names and reports every skipped file with its reason', async () => {
    const decksDir = join(root, 'decks-1');
    const lines: string[] = [];
    const result = await importDeck(options({ decksDir, title: { en: 'Our class' }, log: (line) => lines.push(line) }));
    expect(result.real).toBe(2);
    expect(result.generated).toBe(0);
    expect(result.skipped).toEqual([
      { file: 'list.csv', reason: 'not a .jpg, .jpeg or .png file' },
      { file: 'broken.jpg', reason: 'not a JPEG or PNG file' },
      { file: 'grey.png', reason: 'no face found' },
    ]);
    expect(lines).toContain('grey.png: no face found');
    expect(result.gan?.message).toMatch(/no GAN for "class" yet.*npm run train:gan -- --deck class/);

    const deck = deckJsonSchema.parse(JSON.parse(await readFile(join(decksDir, 'class', DECK_JSON), 'utf8')));
    expect(deck).toMatchObject({ name: 'class', subject: 'faces', side: 64, channels: 3, checkpoints: [], title: { en: 'Our class', ko: 'Our class' } });
    expect(deck.credits).toBe('used with permission');
    expect(deck.images).toEqual([
      { file: 'real/r0001.png', label: 'real', source: 'anna.png', license: 'used with permission', attribution: 'used with permission' },
      { file: 'real/r0002.png', label: 'real', source: 'class-b/ben.jpg', license: 'used with permission', attribution: 'used with permission' },
    ]);
    // Nothing but the deck in the decks folder: the staging folder is gone.
    expect(await readdir(decksDir)).toEqual(['class']);
    expect((await readdir(join(decksDir, 'class', 'real'))).sort()).toEqual(['r0001.png', 'r0002.png']);

    const targets = eyeTargets(64);
    for (const image of deck.images) {
      const png = decodeDeckPng(await readFile(join(decksDir, 'class', image.file)));
      expect([png.side, png.channels]).toEqual([64, 3]);
      const picture = { width: 64, height: 64, rgb: png.pixels };
      const left = darkCentre(picture, (x) => x < 32)!;
      const right = darkCentre(picture, (x) => x >= 32)!;
      expect(Math.hypot(left.x - targets.left.x, left.y - targets.left.y)).toBeLessThan(1);
      expect(Math.hypot(right.x - targets.right.x, right.y - targets.right.y)).toBeLessThan(1);
    }
    // The server reads it as a deck that only lacks generated faces.
    expect(await loadDeckFolder(join(decksDir, 'class'), { requireGenerated: false })).toMatchObject({ ok: true });
    expect(await loadDeckFolder(join(decksDir, 'class'))).toMatchObject({ ok: false, error: expect.stringMatching(/no generated images yet/) });
  });

  it('reads a zip, records --source with each file name, and refuses to overwrite without force', async () => {
    const decksDir = join(root, 'decks-2');
    const zipPath = join(root, 'faces.zip');
    await writeFile(zipPath, zipSync({ 'faces/one.png': pngOf(face(300, 290, -10)), 'faces/noise.png': pngOf(noisePicture(64, 64)), '__MACOSX/faces/._one.png': new Uint8Array(8) }));
    const zipped = { decksDir, real: zipPath, name: 'zipped', attribution: 'Photo: A. Person', source: 'School photo day 2024' };
    const first = await importDeck(options(zipped));
    expect(first.real).toBe(1);
    // The dot finder takes the noise's dark pixels for two eyes far apart in a small picture: the rules refuse it.
    expect(first.skipped).toEqual([{ file: 'faces/noise.png', reason: expect.stringMatching(/^face too close to the photo's edge/) }]);
    const deck = deckJsonSchema.parse(JSON.parse(await readFile(join(decksDir, 'zipped', DECK_JSON), 'utf8')));
    expect(deck.images[0]).toMatchObject({ source: 'School photo day 2024: faces/one.png', attribution: 'Photo: A. Person' });
    expect(deck.credits).toBe('Photo: A. Person');

    await expect(importDeck(options(zipped))).rejects.toThrow(/deck "zipped" already exists.*--force/);
    const again = await importDeck(options({ ...zipped, force: true, title: { en: 'Replaced' } }));
    expect(again.real).toBe(1);
    const replaced = deckJsonSchema.parse(JSON.parse(await readFile(join(decksDir, 'zipped', DECK_JSON), 'utf8')));
    expect(replaced.title.en).toBe('Replaced');
    expect(await readdir(decksDir)).toEqual(['zipped']);
  });

  it('imports generated faces from elsewhere through the same path, as checkpoint "imported"', async () => {
    const decksDir = join(root, 'decks-3');
    const generated = join(root, 'generated');
    await mkdir(generated, { recursive: true });
    await writeFile(join(generated, 'fake-1.png'), pngOf(face(310, 290, 5)));
    await writeFile(join(generated, 'fake-2.png'), pngOf(flatPicture(64, 64)));
    const result = await importDeck(options({ decksDir, name: 'mixed', generated: { path: generated, generatedBy: 'StyleGAN2 (FFHQ)' } }));
    expect([result.real, result.generated, result.gan]).toEqual([2, 1, undefined]);
    expect(result.skipped.map((s) => s.file)).toContain('[generated] fake-2.png');
    const deck = deckJsonSchema.parse(JSON.parse(await readFile(join(decksDir, 'mixed', DECK_JSON), 'utf8')));
    expect(deck.checkpoints).toEqual([{ id: 'imported', step: 0 }]);
    expect(deck.images.at(-1)).toEqual({
      file: 'generated/g0001.png',
      label: 'generated',
      source: 'fake-1.png',
      license: 'used with permission',
      attribution: 'StyleGAN2 (FFHQ)',
      generator: 'StyleGAN2 (FFHQ)',
      checkpoint: 'imported',
    });
    const loaded = await loadDeckFolder(join(decksDir, 'mixed'));
    expect(loaded.ok && loaded.deck.levels.map((l) => [l.checkpoint, l.generated.length])).toEqual([['imported', 1]]);
  });

  it('still publishes the real faces when the project GAN cannot draw, and says so', async () => {
    const decksDir = join(root, 'decks-4');
    const gans = join(root, 'gans');
    await mkdir(join(gans, 'class'), { recursive: true });
    await writeFile(join(gans, 'class', 'gan.json'), '{"not":"a gan"}');
    const result = await importDeck(options({ decksDir, ganModelsDir: gans }));
    expect(result.real).toBe(2);
    expect(result.gan?.added).toBe(0);
    expect(result.gan?.message).toMatch(/could not draw.*npm run train:gan -- --deck class/);
    expect(await readdir(join(decksDir, 'class', 'generated'))).toEqual([]);
    expect(await loadDeckFolder(join(decksDir, 'class'), { requireGenerated: false })).toMatchObject({ ok: true });
  });

  it('leaves no deck when no face could be imported, and checks its options first', async () => {
    const decksDir = join(root, 'decks-5');
    const empty = join(root, 'no-faces');
    await mkdir(empty, { recursive: true });
    await writeFile(join(empty, 'grey.png'), pngOf(flatPicture(50, 50)));
    await expect(importDeck(options({ decksDir, real: empty }))).rejects.toThrow(/no face could be imported .* \(1 skipped\); no deck written/);
    expect(await readdir(decksDir)).toEqual([]);
    await expect(importDeck(options({ decksDir, name: 'Bad Name' }))).rejects.toThrow(/lower-case/);
    await expect(importDeck(options({ decksDir, side: 8 }))).rejects.toThrow(/--side/);
    await expect(importDeck(options({ decksDir, real: join(root, 'nowhere') }))).rejects.toThrow(/no such file or folder/);
  });

  it('skips a picture the detector fails on, and goes on with the others', async () => {
    const decksDir = join(root, 'decks-7');
    const choking: typeof dotFaceFinder = {
      findFaces: async (picture, minScore) => {
        if (picture.width === 120) throw new Error('out of memory');
        return dotFaceFinder.findFaces(picture, minScore);
      },
    };
    const result = await importDeck(options({ decksDir, faceFinder: choking }));
    expect(result.real).toBe(2);
    expect(result.skipped).toContainEqual({ file: 'grey.png', reason: 'face detector failed (out of memory)' });
  });

  it('makes the side it is asked for', async () => {
    const decksDir = join(root, 'decks-6');
    await importDeck(options({ decksDir, side: 32 }));
    const deck = deckJsonSchema.parse(JSON.parse(await readFile(join(decksDir, 'class', DECK_JSON), 'utf8')));
    expect(deck.side).toBe(32);
    expect(decodeDeckPng(await readFile(join(decksDir, 'class', 'real', 'r0001.png'))).side).toBe(32);
  });
});
