/**
 * One-shot worker thread that draws pictures with the project's GAN checkpoints (wasm, so never on the
 * server's event loop) and exits. workerData: GanWorkerRequest; it posts one GanWorkerReply.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawLevels, type DrawnLevel } from './gan-levels.js';
import { initTfNodeBackend } from './tf-node-backend.js';

export interface GanWorkerRequest {
  ganDir: string;
  perCheckpoint: number;
  seed: number;
}

export type GanWorkerReply = { ok: true; levels: DrawnLevel[]; shape: { side: number; channels: number } } | { ok: false; error: string };

async function draw({ ganDir, perCheckpoint, seed }: GanWorkerRequest): Promise<GanWorkerReply> {
  await initTfNodeBackend();
  const { gan, levels } = await drawLevels(ganDir, perCheckpoint, seed);
  return { ok: true, levels, shape: gan.shape };
}

if (!parentPort) throw new Error('gan-worker.ts must run as a worker thread');
const port = parentPort;
draw(workerData as GanWorkerRequest).then(
  (reply) => port.postMessage(reply),
  (error: unknown) => port.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies GanWorkerReply),
);
