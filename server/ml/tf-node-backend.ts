/**
 * Chooses the tfjs backend for Node: wasm (XNNPACK, SIMD), since @tensorflow/tfjs-node cannot be
 * installed here and the pure-JS cpu backend is an order of magnitude slower.
 *
 * Wasm in Node is single-threaded and runs on the calling thread: the game server must call this only
 * inside a worker thread (see digit-worker.ts), never on the Socket.IO event loop. Tools may call it directly.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { registerConv2DBackpropFilter } from '../../shared/models/kernels/conv2d-backprop-filter.js';
import { registerFastConv2DBackpropInput } from '../../shared/models/kernels/conv2d-backprop-input.js';

let initialised: Promise<void> | undefined;

/**
 * Makes wasm the active backend and registers the training kernels wasm lacks (or has only slowly). Idempotent.
 * The .wasm binaries are found next to the package's node bundle without setWasmPaths.
 */
export function initTfNodeBackend(): Promise<void> {
  initialised ??= (async () => {
    registerConv2DBackpropFilter('wasm');
    registerFastConv2DBackpropInput('wasm');
    const ok = await tf.setBackend('wasm');
    if (!ok) throw new Error('tfjs wasm backend failed to initialise');
    await tf.ready();
  })();
  return initialised;
}
