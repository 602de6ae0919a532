/**
 * Digit inference latency on the server's backend (wasm in Node):
 *  (a) direct, on this thread: one image per call, and a batch of 32;
 *  (b) round trip through the worker classifier (what the game server pays), single and batch of 32.
 *
 *   npx tsx tools/bench-digits.ts [--iterations 300]      prints JSON
 * or import { benchDigitInference } from it.
 */
import { fileURLToPath } from 'node:url';
import * as tfl from '@tensorflow/tfjs-layers';
import { classifyDigits } from '../shared/models/digits/classify.js';
import { createWorkerDigitClassifier, DEFAULT_DIGIT_MODEL_DIR } from '../server/ml/digit-classifier.js';
import { fileLoadHandler } from '../server/ml/file-io.js';
import { heldOutDigit } from '../server/ml/mnist-split.js';
import { initTfNodeBackend } from '../server/ml/tf-node-backend.js';

export interface DigitBenchOptions {
  modelDir?: string;
  /** Timed calls per measurement (after warm-up). Default 300 single, a fifth of that for batches. */
  iterations?: number;
}

export interface DigitBenchResult {
  /** Direct wasm on the calling thread, one image. */
  singleP50Ms: number;
  singleP99Ms: number;
  /** Direct wasm on the calling thread, 32 images in one call. */
  batch32P50Ms: number;
  batch32P99Ms: number;
  /** Round trip through the worker classifier (queue + postMessage + inference + reply). */
  workerSingleP50Ms: number;
  workerSingleP99Ms: number;
  workerBatch32P50Ms: number;
  workerBatch32P99Ms: number;
  iterations: number;
  backend: 'wasm';
}

function percentile(sortedMs: number[], p: number): number {
  const index = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return Number(sortedMs[index]!.toFixed(4));
}

async function time(iterations: number, fn: () => unknown): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < Math.max(5, iterations / 10); i++) await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

export async function benchDigitInference(opts: DigitBenchOptions = {}): Promise<DigitBenchResult> {
  const modelDir = opts.modelDir ?? DEFAULT_DIGIT_MODEL_DIR;
  const iterations = opts.iterations ?? 300;
  const batchIterations = Math.max(10, Math.round(iterations / 5));
  const one = [heldOutDigit(0).x];
  const batch = Array.from({ length: 32 }, (_, i) => heldOutDigit(i).x);

  await initTfNodeBackend();
  const model = await tfl.loadLayersModel(fileLoadHandler(modelDir));
  const single = await time(iterations, () => classifyDigits(model, one));
  const batched = await time(batchIterations, () => classifyDigits(model, batch));
  model.dispose();

  const classifier = await createWorkerDigitClassifier({ modelDir });
  try {
    const workerSingle = await time(iterations, () => classifier.classify(one));
    const workerBatch = await time(batchIterations, () => classifier.classify(batch));
    return {
      singleP50Ms: single.p50,
      singleP99Ms: single.p99,
      batch32P50Ms: batched.p50,
      batch32P99Ms: batched.p99,
      workerSingleP50Ms: workerSingle.p50,
      workerSingleP99Ms: workerSingle.p99,
      workerBatch32P50Ms: workerBatch.p50,
      workerBatch32P99Ms: workerBatch.p99,
      iterations,
      backend: 'wasm',
    };
  } finally {
    await classifier.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--iterations');
  const iterations = i > 0 ? Number(process.argv[i + 1]) : undefined;
  console.log(JSON.stringify(await benchDigitInference(iterations ? { iterations } : {})));
}
