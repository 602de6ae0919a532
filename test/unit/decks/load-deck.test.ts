import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeDeckPng } from '../../../server/decks/deck-png';
import { loadDeckLibrary } from '../../../server/decks/deck-library';
import { loadDeckFolder } from '../../../server/decks/load-deck';
import type { DeckJson } from '../../../shared/decks/deck-schema';
import { crc32 } from '../../../tools/lib/png';

/**
 * Deck validation: a good deck loads; each kind of corrupt or partial deck is refused with a message that
 * names the file and the problem; and the library keeps serving the other decks.
 */
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'decks-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const SIDE = 16;
const pixels = (fill: number) => new Uint8Array(SIDE * SIDE * 3).fill(fill);
const credit = { source: 'test', license: 'CC0', attribution: 'the test' };

function deckJson(name: string): DeckJson {
  return {
    format: 1,
    name,
    title: { en: 'Test faces', ko: '시험 얼굴' },
    subject: 'faces',
    side: SIDE,
    channels: 3,
    credits: 'made by the test',
    checkpoints: [{ id: 'step-10', step: 10 }],
    images: [
      { file: 'real/r1.png', label: 'real', ...credit },
      { file: 'real/r2.png', label: 'real', ...credit },
      { file: 'generated/g1.png', label: 'generated', ...credit, generator: 'test gan', checkpoint: 'step-10' },
    ],
  };
}

/** Writes a valid deck, then lets the test break it. */
async function writeDeck(name: string, edit: (json: DeckJson) => unknown = (j) => j): Promise<string> {
  const dir = join(root, name);
  await mkdir(join(dir, 'real'), { recursive: true });
  await mkdir(join(dir, 'generated'), { recursive: true });
  await writeFile(join(dir, 'real/r1.png'), encodeDeckPng({ side: SIDE, channels: 3, pixels: pixels(10) }));
  await writeFile(join(dir, 'real/r2.png'), encodeDeckPng({ side: SIDE, channels: 3, pixels: pixels(20) }));
  await writeFile(join(dir, 'generated/g1.png'), encodeDeckPng({ side: SIDE, channels: 3, pixels: pixels(30) }));
  await writeFile(join(dir, 'deck.json'), JSON.stringify(edit(deckJson(name))));
  return dir;
}

async function refusal(dir: string): Promise<string> {
  const result = await loadDeckFolder(dir);
  if (result.ok) throw new Error('deck was accepted');
  return result.error;
}

describe('deck validation', () => {
  it('loads a good deck: pixels decoded, generated images grouped by checkpoint', async () => {
    const result = await loadDeckFolder(await writeDeck('good'));
    if (!result.ok) throw new Error(result.error);
    expect(result.deck.real.map((r) => r.pixels[0])).toEqual([10, 20]);
    expect(result.deck.levels).toEqual([{ checkpoint: 'step-10', step: 10, generated: [expect.objectContaining({ pixels: pixels(30) })] }]);
  });

  const breakages: [string, (dir: string) => Promise<unknown>, RegExp][] = [
    ['no deck.json', (dir) => rm(join(dir, 'deck.json')), /^bad\/deck\.json: missing/],
    ['deck.json not JSON', (dir) => writeFile(join(dir, 'deck.json'), '{"format": 1,'), /^bad\/deck\.json: not valid JSON/],
    ['a field of the wrong type', async (dir) => writeFile(join(dir, 'deck.json'), JSON.stringify({ ...deckJson('bad'), side: 'big' })), /^bad\/deck\.json: side: /],
    ['an unknown label', async (dir) => writeFile(join(dir, 'deck.json'), JSON.stringify({ ...deckJson('bad'), images: [{ file: 'real/r1.png', label: 'fake', ...credit }] })), /^bad\/deck\.json: images\.0\.label/],
    ['a path out of the folder', async (dir) => writeFile(join(dir, 'deck.json'), JSON.stringify({ ...deckJson('bad'), images: [{ file: '../../etc/passwd', label: 'real', ...credit }] })), /^bad\/deck\.json: images\.0\.file/],
    ['a name that is not the folder', async (dir) => writeFile(join(dir, 'deck.json'), JSON.stringify({ ...deckJson('other') })), /names the deck "other" but the folder is "bad"/],
    ['an image file missing', (dir) => rm(join(dir, 'real/r2.png')), /^bad\/real\/r2\.png: missing$/],
    ['a truncated image', async (dir) => writeFile(join(dir, 'real/r1.png'), (await readFile(join(dir, 'real/r1.png'))).subarray(0, 40)), /^bad\/real\/r1\.png: PNG is truncated/],
    ['a file that is not a PNG', (dir) => writeFile(join(dir, 'real/r1.png'), 'GIF89a'), /^bad\/real\/r1\.png: not a PNG file$/],
    ['an image of the wrong size', (dir) => writeFile(join(dir, 'generated/g1.png'), encodeDeckPng({ side: 8, channels: 3, pixels: new Uint8Array(8 * 8 * 3) })), /^bad\/generated\/g1\.png: is 8x8x3, the deck says 16x16x3$/],
    ['an image in grey in a colour deck', (dir) => writeFile(join(dir, 'generated/g1.png'), encodeDeckPng({ side: SIDE, channels: 1, pixels: new Uint8Array(SIDE * SIDE) })), /is 16x16x1, the deck says 16x16x3/],
    ['an image with metadata', async (dir) => writeFile(join(dir, 'real/r1.png'), withTextChunk(await readFile(join(dir, 'real/r1.png')))), /^bad\/real\/r1\.png: PNG has a tEXt chunk/],
    ['a generated image of an unknown checkpoint', async (dir) => writeFile(join(dir, 'deck.json'), JSON.stringify({ ...deckJson('bad'), checkpoints: [{ id: 'step-99', step: 99 }] })), /^bad\/generated\/g1\.png: checkpoint "step-10" is not in the deck's checkpoints/],
    ['a real image under generated/', async (dir) => writeFile(join(dir, 'deck.json'), JSON.stringify({ ...deckJson('bad'), images: [{ file: 'generated/g1.png', label: 'real', ...credit }] })), /^bad\/generated\/g1\.png: a real image must be under real\//],
    ['the same file twice', async (dir) => writeFile(join(dir, 'deck.json'), JSON.stringify({ ...deckJson('bad'), images: [...deckJson('bad').images, deckJson('bad').images[0]] })), /lists real\/r1\.png twice/],
    ['no generated images (an import not yet trained)', async (dir) => writeFile(join(dir, 'deck.json'), JSON.stringify({ ...deckJson('bad'), images: deckJson('bad').images.slice(0, 2) })), /has no generated images yet \(make them with: npm run train:gan -- --deck bad\)/],
  ];

  it.each(breakages)('refuses a deck with %s, naming the file and the problem', async (_what, breakIt, message) => {
    const dir = await writeDeck('bad');
    await breakIt(dir);
    expect(await refusal(dir)).toMatch(message);
  });

  it('keeps serving the good decks when one folder is corrupt, and says which and why', async () => {
    await writeDeck('good');
    const broken = await writeDeck('broken');
    await rm(join(broken, 'generated/g1.png'));
    await mkdir(join(root, 'digits'));
    const library = await loadDeckLibrary({ dir: root, builtIn: null });
    expect(library.list().map((d) => d.name)).toEqual(['good']);
    expect(library.get('good')?.baseline.background).toBeDefined();
    expect(library.problems).toEqual(['broken/generated/g1.png: missing', 'digits: this name belongs to the built-in deck; rename the folder']);
  });

  it('treats a missing decks folder as no decks, not an error', async () => {
    const library = await loadDeckLibrary({ dir: join(root, 'nowhere'), builtIn: null });
    expect(library.list()).toEqual([]);
    expect(library.problems).toEqual([]);
  });
});

/** The same PNG with a tEXt chunk (as a camera or editor would add) before IEND. */
function withTextChunk(png: Buffer): Buffer {
  const iend = png.length - 12;
  const text = Buffer.from('Comment\0hello', 'latin1');
  const chunk = Buffer.alloc(12 + text.length);
  chunk.writeUInt32BE(text.length, 0);
  chunk.write('tEXt', 4, 'ascii');
  text.copy(chunk, 8);
  // The loader checks CRCs before chunk types, so give it a right one.
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + text.length)), 8 + text.length);
  return Buffer.concat([png.subarray(0, iend), chunk, png.subarray(iend)]);
}

