/**
 * Draws pictures with every difficulty level (checkpoint) of one of the project's GANs: used by the server's
 * GAN worker (the built-in digits deck) and by the tools that fill a deck. Runs tfjs, so never call it on the
 * server's event loop.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tfl from '@tensorflow/tfjs-layers';
import { GAN_JSON, ganFileSchema, type GanFile } from '../../shared/models/gan/gan-file.js';
import { generatePixels } from '../../shared/models/gan/generate-pixels.js';
import { fileLoadHandler } from './file-io.js';

export interface DrawnLevel {
  checkpoint: string;
  step: number;
  /** side * side * channels bytes each. */
  images: Uint8Array[];
}

export async function readGanFile(ganDir: string): Promise<GanFile> {
  const path = join(ganDir, GAN_JSON);
  const parsed = ganFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** Level i draws from noise seeded `seed * 1000 + i`, so a seed names one exact set of pictures. */
export async function drawLevels(ganDir: string, perCheckpoint: number, seed: number): Promise<{ gan: GanFile; levels: DrawnLevel[] }> {
  const gan = await readGanFile(ganDir);
  if (gan.checkpoints.length === 0) throw new Error(`${join(ganDir, GAN_JSON)}: no checkpoints yet`);
  const levels: DrawnLevel[] = [];
  for (const [index, checkpoint] of gan.checkpoints.entries()) {
    const generator = await tfl.loadLayersModel(fileLoadHandler(join(ganDir, checkpoint.id)));
    levels.push({ checkpoint: checkpoint.id, step: checkpoint.step, images: generatePixels(generator, perCheckpoint, seed * 1000 + index) });
    generator.dispose();
  }
  return { gan, levels };
}
