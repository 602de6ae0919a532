/**
 * The heavy half of ml/sketch-classifier.ts (dynamically imported): TensorFlow.js, a backend and the
 * classifier's weights and labels from assets/models/sketch/classifier/.
 *
 * Backend: if the digit model already started one, it is reused; otherwise wasm with its binaries served from
 * our own origin (as ml/digit-runtime.ts does), falling back to the pure-JS cpu backend.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { classifySketches } from '../../../shared/models/sketch-classifier/classify';
import { SKETCH_CLASSIFIER_LABELS, SKETCH_CLASSIFIER_URL } from '../../../shared/models/sketch-classifier/model';
import type { SketchClassifier } from './sketch-classifier';

async function ensureBackend(): Promise<void> {
  if (tf.engine().backendName) return;
  try {
    setWasmPaths({
      'tfjs-backend-wasm.wasm': wasmUrl,
      'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
      'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
    });
    if (await tf.setBackend('wasm')) return;
  } catch (error) {
    console.warn('tfjs wasm backend failed, using cpu', error);
  }
  await tf.setBackend('cpu');
}

export async function createSketchClassifier(): Promise<SketchClassifier> {
  await ensureBackend();
  await tf.ready();
  const labelsUrl = new URL(SKETCH_CLASSIFIER_LABELS, new URL(SKETCH_CLASSIFIER_URL, window.location.href)).href;
  const [model, labels] = await Promise.all([
    tfl.loadLayersModel(SKETCH_CLASSIFIER_URL),
    fetch(labelsUrl).then((r) => {
      if (!r.ok) throw new Error(`sketch labels: HTTP ${r.status}`);
      return r.json() as Promise<string[]>;
    }),
  ]);
  // Warm up once so the first live guess is not the slow one (kernels compile on first use).
  classifySketches(model, [[[[0, 0], [10, 10]]]]);
  return { labels, classify: (drawing) => classifySketches(model, [drawing])[0] ?? [] };
}
