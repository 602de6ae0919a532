/**
 * The browser's TensorFlow.js backend, chosen once for every model on the page: wasm (SIMD where supported),
 * its .wasm binaries bundled and served from our own origin by Vite, never from a CDN; if wasm fails to start
 * (old browsers, strict CSP) the pure-JS cpu backend takes over. Only the lazily loaded ML chunks import this.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

let chosen: Promise<string> | undefined;

async function choose(): Promise<string> {
  try {
    setWasmPaths({
      'tfjs-backend-wasm.wasm': wasmUrl,
      'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
      'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
    });
    if (await tf.setBackend('wasm')) return 'wasm';
  } catch (error) {
    console.warn('tfjs wasm backend failed, using cpu', error);
  }
  await tf.setBackend('cpu');
  return 'cpu';
}

/** The backend's name once it is ready; every caller shares the first choice. */
export function ensureTfBackend(): Promise<string> {
  chosen ??= choose().then(async (name) => {
    await tf.ready();
    return name;
  });
  return chosen;
}
