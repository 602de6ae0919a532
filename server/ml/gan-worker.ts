/**
 * One-shot worker thread that draws images with the project's GAN checkpoints (wasm, so never on the
 * server's event loop) and exits. workerData: GanWorkerRequest; it posts one GanWorkerReply.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as tfl from '@tensorflow/tfjs-layers';
import { generatePixels } from '../../shared/models/gan/generate-pixels.js';
import { fileLoadHandler } from './file-io.js';
import { initTfNodeBackend } from './tf-node-backend.js';

export interface GanWorkerRequest {
  ganDir: string;
  perCheckpoint: number;
  seed: number;
}

export type GanWorkerReply =
  | { ok: true; levels: { checkpoint: string; step: number; images: Uint8Array[] }[]; shape: { side: number; channels: number } }
  | { ok: false; error: string };

async function draw({ ganDir, perCheckpoint, seed }: GanWorkerRequest): Promise<GanWorkerReply> {
  await initTfNodeBackend();
  const gan = JSON.parse(await readFile(join(ganDir, 'gan.json'), 'utf8')) as { shape: { side: number; channels: number }; checkpoints: { id: string; step: number }[] };
  const levels = [];
  for (const [index, checkpoint] of gan.checkpoints.entries()) {
    const generator = await tfl.loadLayersModel(fileLoadHandler(join(ganDir, checkpoint.id)));
    levels.push({ checkpoint: checkpoint.id, step: checkpoint.step, images: generatePixels(generator, perCheckpoint, seed * 1000 + index) });
    generator.dispose();
  }
  return { ok: true, levels, shape: gan.shape };
}

if (!parentPort) throw new Error('gan-worker.ts must run as a worker thread');
const port = parentPort;
draw(workerData as GanWorkerRequest).then(
  (reply) => port.postMessage(reply),
  (error: unknown) => port.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies GanWorkerReply),
);
