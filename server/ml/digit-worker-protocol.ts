/** Messages between the digit classifier (main thread) and its worker thread. Float arrays are transferred. */

export interface DigitWorkerData {
  modelDir: string;
}

export type ToDigitWorker =
  /** inputs: count * 784 floats, concatenated 28x28 images. */
  { type: 'classify'; id: number; count: number; inputs: Float32Array };

export type FromDigitWorker =
  | { type: 'ready' }
  | { type: 'init-error'; message: string }
  /** probabilities: count * 10 floats, one softmax row per input. */
  | { type: 'result'; id: number; probabilities: Float32Array }
  | { type: 'classify-error'; id: number; message: string };
