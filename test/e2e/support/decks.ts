/**
 * Deck folders for browser tests, written the way `npm run deck` writes them (deck.json plus PNGs through
 * the game's own encoder), but tiny and drawn here: the test is about the game, not about any photographs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeckJson } from '../../../shared/decks/deck-schema';
import { encodeDeckPng } from '../../../server/decks/deck-png';

const SIDE = 32;

/** A cartoon face: skin-toned oval on a blue background, two eyes; `noise` smears it like an early GAN. */
function face(seed: number, noise: number): Uint8Array {
  const pixels = new Uint8Array(SIDE * SIDE * 3);
  let state = seed * 9301 + 49297;
  const rand = () => ((state = (state * 9301 + 49297) % 233280) / 233280);
  for (let y = 0; y < SIDE; y++) {
    for (let x = 0; x < SIDE; x++) {
      const inFace = ((x - 16) / 10) ** 2 + ((y - 17) / 13) ** 2 < 1;
      const eye = (Math.abs(x - 12) < 2 || Math.abs(x - 20) < 2) && Math.abs(y - 14) < 2;
      const [r, g, b] = eye ? [40, 30, 30] : inFace ? [225, 180 + seed * 5, 150] : [60, 90, 170];
      const jitter = () => Math.round((rand() - 0.5) * noise);
      const at = (y * SIDE + x) * 3;
      pixels[at] = Math.max(0, Math.min(255, r + jitter()));
      pixels[at + 1] = Math.max(0, Math.min(255, g + jitter()));
      pixels[at + 2] = Math.max(0, Math.min(255, b + jitter()));
    }
  }
  return pixels;
}

/** A playable faces deck "tiny-faces": 4 real pictures, 2 AI ones at each of two checkpoints. */
export async function writeTinyFaceDeck(decksDir: string): Promise<void> {
  const dir = join(decksDir, 'tiny-faces');
  await mkdir(join(dir, 'real'), { recursive: true });
  await mkdir(join(dir, 'generated'), { recursive: true });
  const credit = { source: 'drawn by the test', license: 'CC0', attribution: 'Neural Arcade tests' };
  const images: DeckJson['images'] = [];
  for (let i = 0; i < 4; i++) {
    const file = `real/r${i}.png`;
    await writeFile(join(dir, file), encodeDeckPng({ side: SIDE, channels: 3, pixels: face(i, 10) }));
    images.push({ file, label: 'real', ...credit });
  }
  for (const [level, checkpoint] of ['step-100', 'step-200'].entries()) {
    for (let i = 0; i < 2; i++) {
      const file = `generated/${checkpoint}-${i}.png`;
      await writeFile(join(dir, file), encodeDeckPng({ side: SIDE, channels: 3, pixels: face(i + 10, 120 - level * 60) }));
      images.push({ file, label: 'generated', ...credit, generator: 'a test pattern', checkpoint });
    }
  }
  const json: DeckJson = {
    format: 1,
    name: 'tiny-faces',
    title: { en: 'Tiny test faces', ko: '작은 테스트 얼굴' },
    subject: 'faces',
    side: SIDE,
    channels: 3,
    credits: 'Tiny test faces: drawn by the Neural Arcade tests (CC0).',
    checkpoints: [
      { id: 'step-100', step: 100 },
      { id: 'step-200', step: 200 },
    ],
    images,
  };
  await writeFile(join(dir, 'deck.json'), JSON.stringify(json, null, 2));
}

/** A deck folder the server must refuse (and say why): its deck.json is not JSON. */
export async function writeBrokenDeck(decksDir: string, name = 'broken'): Promise<void> {
  await mkdir(join(decksDir, name), { recursive: true });
  await writeFile(join(decksDir, name, 'deck.json'), '{ "format": 1,');
}
