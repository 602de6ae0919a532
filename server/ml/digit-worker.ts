/**
 * Worker thread that owns the digit model. Wasm inference is synchronous and single-threaded, so it runs
 * here and never on the server's event loop. Started by digit-classifier.ts; talks digit-worker-protocol.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as tfl from '@tensorflow/tfjs-layers';
import { classifyDigits } from '../../shared/models/digits/classify.js';
import { DIGIT_CLASSES, DIGIT_PIXELS } from '../../shared/models/digits/model.js';
import type { DigitWorkerData, FromDigitWorker, ToDigitWorker } from './digit-worker-protocol.js';
import { fileLoadHandler } from './file-io.js';
import { initTfNodeBackend } from './tf-node-backend.js';

if (!parentPort) throw new Error('digit-worker.ts must run as a worker thread');
const port = parentPort;
const send = (message: FromDigitWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

async function main(): Promise<void> {
  const { modelDir } = workerData as DigitWorkerData;
  let model: tfl.LayersModel;
  try {
    await initTfNodeBackend();
    model = await tfl.loadLayersModel(fileLoadHandler(modelDir));
    classifyDigits(model, [new Float32Array(DIGIT_PIXELS)]); // warm up: first call builds XNNPACK operators
  } catch (error) {
    send({ type: 'init-error', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  port.on('message', (message: ToDigitWorker) => {
    const { id, count, inputs } = message;
    try {
      const images = Array.from({ length: count }, (_, i) => inputs.subarray(i * DIGIT_PIXELS, (i + 1) * DIGIT_PIXELS));
      const rows = classifyDigits(model, images);
      const probabilities = new Float32Array(count * DIGIT_CLASSES);
      rows.forEach((row, i) => probabilities.set(row, i * DIGIT_CLASSES));
      send({ type: 'result', id, probabilities }, [probabilities.buffer as ArrayBuffer]);
    } catch (error) {
      send({ type: 'classify-error', id, message: error instanceof Error ? error.message : String(error) });
    }
  });
  send({ type: 'ready' });
}

void main();
