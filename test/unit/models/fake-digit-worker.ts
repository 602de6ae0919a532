/**
 * A stand-in digit worker for classifier tests: answers uniform probabilities, and exits abruptly when
 * the first pixel of the first input is -1 (a "poison" input), so crash handling can be tested exactly.
 */
import { parentPort } from 'node:worker_threads';
import type { FromDigitWorker, ToDigitWorker } from '../../../server/ml/digit-worker-protocol.js';

const port = parentPort!;
port.on('message', (message: ToDigitWorker) => {
  if (message.inputs[0] === -1) process.exit(7);
  const probabilities = new Float32Array(message.count * 10).fill(0.1);
  port.postMessage({ type: 'result', id: message.id, probabilities } satisfies FromDigitWorker);
});
port.postMessage({ type: 'ready' } satisfies FromDigitWorker);
