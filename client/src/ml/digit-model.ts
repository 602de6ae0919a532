/**
 * The browser's digit model, loaded on demand. This file is tiny and imports nothing heavy: the join
 * screen must not wait for TensorFlow.js, so the runtime (tfjs + weights) is a dynamic import that Vite
 * splits into its own chunk, fetched the first time a round needs live AI feedback.
 * The server's verdict is authoritative; what this computes is feedback only.
 */
import type { Drawing } from '../../../shared/strokes/types';

export interface DigitRuntime {
  /** N images of 784 floats (0..1, white on black) -> N x 10 probabilities. */
  classify(images: readonly Float32Array[]): number[][];
  /** Strokes -> the 28x28 input the model gets (the same preprocessing as the server's). */
  preprocess(drawing: Drawing): Float32Array;
  backend: string;
}

export type ModelStatus = 'idle' | 'loading' | 'ready' | 'failed';

let loading: Promise<DigitRuntime> | null = null;
let status: ModelStatus = 'idle';
const listeners = new Set<(status: ModelStatus) => void>();

function setStatus(next: ModelStatus): void {
  status = next;
  for (const listener of [...listeners]) listener(next);
}

export function modelStatus(): ModelStatus {
  return status;
}

export function onModelStatus(listener: (status: ModelStatus) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Starts loading once; later calls share the same promise. A failure can be retried by calling again. */
export function loadDigitRuntime(): Promise<DigitRuntime> {
  if (!loading) {
    setStatus('loading');
    loading = import('./digit-runtime')
      .then((m) => m.createDigitRuntime())
      .then((runtime) => {
        setStatus('ready');
        return runtime;
      })
      .catch((error: unknown) => {
        console.warn('digit model unavailable', error);
        loading = null;
        setStatus('failed');
        throw error;
      });
  }
  return loading;
}
