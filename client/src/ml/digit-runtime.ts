/**
 * The heavy half of ml/digit-model.ts (dynamically imported): TensorFlow.js, the backend, the weights.
 * Backend: wasm (SIMD where supported), its .wasm binaries bundled and served from our own origin by Vite,
 * never from a CDN; if wasm fails to start (old browsers, strict CSP) the pure-JS cpu backend takes over.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { classifyDigits } from '../../../shared/models/digits/classify';
import { DIGIT_MODEL_URL, loadDigitModel } from '../../../shared/models/digits/model';
import { strokesToMnist } from '../../../shared/models/digits/preprocess';
import type { DigitRuntime } from './digit-model';

async function chooseBackend(): Promise<string> {
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

export async function createDigitRuntime(): Promise<DigitRuntime> {
  const backend = await chooseBackend();
  await tf.ready();
  const model = await loadDigitModel(DIGIT_MODEL_URL);
  // Warm up once so the first real preview is not the slow one (kernels compile on first use).
  classifyDigits(model, [new Float32Array(784)]);
  return {
    backend,
    classify: (images) => classifyDigits(model, images),
    preprocess: (drawing) => strokesToMnist(drawing),
  };
}
