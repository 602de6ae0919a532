/**
 * The train:gan pipeline on a tiny model, a few steps: difficulty levels saved as generators with gan.json,
 * a stopped run resuming from its checkpoint, and a deck filled from the levels that then passes the deck
 * checks with images the GAN really drew. The real runs are `npm run train:gan`, never in CI.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeDeckPng } from '../../../../server/decks/deck-png';
import { loadDeckFolder } from '../../../../server/decks/load-deck';
import { fileLoadHandler } from '../../../../server/ml/file-io';
import { initTfNodeBackend } from '../../../../server/ml/tf-node-backend';
import { generatePixels } from '../../../../shared/models/gan/generate-pixels';
import type { DeckJson } from '../../../../shared/decks/deck-schema';
import { FACES_AUGMENT } from '../../../../shared/models/gan/diff-augment';
import type { GanShape } from '../../../../shared/models/gan/gan-shape';
import { addGeneratedImages } from '../../../../tools/lib/gan-deck';
import { ganFileSchema } from '../../../../shared/models/gan/gan-file';
import { trainGan, type GanTrainingOptions } from '../../../../tools/lib/gan-training';
import { mulberry32 } from '../../../../shared/game/random';

const SHAPE: GanShape = { side: 32, channels: 3, latent: 8, width: 16 };
let dir: string;
const lines: string[] = [];

beforeAll(async () => {
  await initTfNodeBackend();
  dir = await mkdtemp(join(tmpdir(), 'gan-train-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function realImages(count: number): Float32Array[] {
  const rand = mulberry32(3);
  return Array.from({ length: count }, () => Float32Array.from({ length: 32 * 32 * 3 }, () => rand() * 2 - 1));
}

const options = (outDir: string, steps: number, resume = false): GanTrainingOptions => ({
  shape: SHAPE,
  real: realImages(6),
  steps,
  batch: 4,
  seed: 5,
  augment: FACES_AUGMENT,
  levels: [2, 4],
  outDir,
  trainedOn: { deck: 'test', images: 6, source: 'noise', license: 'CC0', attribution: 'the test' },
  resume,
  checkpointEvery: 2,
  log: (line) => lines.push(line),
});

describe('train:gan', () => {
  it('saves each difficulty level with gan.json, resumes a stopped run, and cleans its checkpoint', async () => {
    const out = join(dir, 'gan');
    // Stopped (as by Ctrl+C) once the first level is saved: it leaves a checkpoint at step 2.
    const stop = new AbortController();
    await trainGan({ ...options(out, 4), signal: stop.signal, log: (line) => (lines.push(line), line.startsWith('saved') && stop.abort()) });
    expect(lines).toContain('stopped at step 2; continue with --resume');
    expect(existsSync(join(out, 'checkpoint/state.json'))).toBe(true);
    const resumed = await trainGan(options(out, 4, true));
    expect(lines).toContain('resuming at step 2');
    expect(resumed.map((l) => l.id)).toEqual(['step-2', 'step-4']);
    const gan = ganFileSchema.parse(JSON.parse(await readFile(join(out, 'gan.json'), 'utf8')));
    expect(gan.checkpoints.map((c) => c.step)).toEqual([2, 4]);
    expect(gan.shape).toEqual(SHAPE);
    expect(existsSync(join(out, 'step-4/model.json'))).toBe(true);
    expect(existsSync(join(out, 'checkpoint'))).toBe(false);
    expect(tf.memory().numTensors).toBeLessThan(50);
  }, 120_000);

  it('fills a deck with images drawn at each level, encoded like the real ones, and the deck then loads', async () => {
    const out = join(dir, 'gan');
    const deckDir = join(dir, 'decks', 'test');
    await mkdir(join(deckDir, 'real'), { recursive: true });
    await writeFile(join(deckDir, 'real/r1.png'), encodeDeckPng({ side: 32, channels: 3, pixels: new Uint8Array(32 * 32 * 3).fill(90) }));
    const json: DeckJson = {
      format: 1, name: 'test', title: { en: 'T', ko: 'T' }, subject: 'faces', side: 32, channels: 3, credits: 'c', checkpoints: [],
      images: [{ file: 'real/r1.png', label: 'real', source: 's', license: 'CC0', attribution: 'a' }],
    };
    await writeFile(join(deckDir, 'deck.json'), JSON.stringify(json));
    expect(await addGeneratedImages(deckDir, out, { perCheckpoint: 3, seed: 1 })).toEqual({ added: 6 });
    const loaded = await loadDeckFolder(deckDir);
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.deck.levels.map((l) => [l.checkpoint, l.generated.length])).toEqual([['step-2', 3], ['step-4', 3]]);
    // The files hold exactly what the level-2 generator draws from the fill's noise (seed 1, level index 1).
    const generator = await tfl.loadLayersModel(fileLoadHandler(join(out, 'step-4')));
    expect(loaded.deck.levels[1]!.generated.map((g) => g.pixels)).toEqual(generatePixels(generator, 3, 1001));
    generator.dispose();
    // A second fill replaces the first rather than adding to it, and leaves no stray files.
    expect(await addGeneratedImages(deckDir, out, { perCheckpoint: 2 })).toEqual({ added: 4 });
    expect(await readdir(join(deckDir, 'generated'))).toHaveLength(4);
    expect((await loadDeckFolder(deckDir)).ok).toBe(true);
  }, 60_000);
});
