/**
 * One LSTM step in plain JavaScript over Float32Arrays. Sampling runs one step at a time for one sketch, where
 * tensor ops would spend far more on dispatch than on arithmetic (a 512-unit step is ~1M multiply-adds), and
 * plain code runs the same in a worker thread, on the server and in the browser without a backend to load.
 */
import type { SketchDecoderWeights } from './decoder-weights.js';

export interface LstmState {
  h: Float32Array;
  c: Float32Array;
}

export function zeroState(hiddenSize: number): LstmState {
  return { h: new Float32Array(hiddenSize), c: new Float32Array(hiddenSize) };
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * Advances `state` in place by one input row. `scratch` (4*hiddenSize) avoids an allocation per step.
 * Inputs that are zero are skipped: the one-hot category and pen state make most of the input zero.
 */
export function lstmStep(w: SketchDecoderWeights, state: LstmState, input: ArrayLike<number>, scratch: Float32Array): void {
  const units = w.hiddenSize;
  const gates = 4 * units;
  scratch.set(w.bias);
  for (let i = 0; i < w.inputSize; i++) {
    const x = input[i] ?? 0;
    if (x === 0) continue;
    const row = i * gates;
    for (let g = 0; g < gates; g++) scratch[g]! += x * w.inputKernel[row + g]!;
  }
  const h = state.h;
  for (let i = 0; i < units; i++) {
    const x = h[i]!;
    if (x === 0) continue;
    const row = i * gates;
    for (let g = 0; g < gates; g++) scratch[g]! += x * w.recurrentKernel[row + g]!;
  }
  const c = state.c;
  for (let u = 0; u < units; u++) {
    const inputGate = sigmoid(scratch[u]!);
    const forgetGate = sigmoid(scratch[units + u]!);
    const candidate = Math.tanh(scratch[2 * units + u]!);
    const outputGate = sigmoid(scratch[3 * units + u]!);
    const cell = forgetGate * c[u]! + inputGate * candidate;
    c[u] = cell;
    h[u] = outputGate * Math.tanh(cell);
  }
}

/** out = h · outputKernel + outputBias. */
export function projectOutput(w: SketchDecoderWeights, h: Float32Array, out: Float32Array): void {
  const size = out.length;
  out.set(w.outputBias);
  for (let i = 0; i < w.hiddenSize; i++) {
    const x = h[i]!;
    if (x === 0) continue;
    const row = i * size;
    for (let o = 0; o < size; o++) out[o]! += x * w.outputKernel[row + o]!;
  }
}
