/**
 * SketchDecoder -> Magenta's `.gen.json` array [info, shapes, weights], the inverse of magenta-gen.ts's
 * decoding: gates back to TensorFlow's basic-cell order (i, j, f, o), the forget bias of 1 taken back out of
 * the bias (the basic cell adds it), weights quantised to int16 as 32767 * w / 10 and base64-encoded.
 *
 * Our class-conditional model adds one field to info, `categories` (the one-hot order), and its input kernel
 * has 5 + categories rows instead of 5. Weights beyond ±10 cannot be stored in this format and are refused.
 */
import type { SketchDecoder, SketchDecoderWeights } from './decoder-weights.js';
import { outputSizeFor } from './decoder-weights.js';

export const GEN_JSON_RANGE = 10;
const QUANT_MAX = 32767;

/** TensorFlow basic LSTM cell's gate blocks in canonical order: i, j(=cell), f, o <- i, f, g, o. */
export const CANONICAL_TO_BASIC_CELL_BLOCKS = [0, 2, 1, 3] as const;

/** Reorders the 4 gate blocks of every row (length rows x 4*units); `blocks[k]` is the source block of block k. */
export function reorderGateBlocks(values: Float32Array, units: number, blocks: readonly number[]): Float32Array {
  const gates = 4 * units;
  const out = new Float32Array(values.length);
  for (let row = 0; row < values.length / gates; row++) {
    for (let k = 0; k < 4; k++) {
      out.set(values.subarray(row * gates + blocks[k]! * units, row * gates + (blocks[k]! + 1) * units), row * gates + k * units);
    }
  }
  return out;
}

export function quantiseToBase64(values: Float32Array, what: string): string {
  const ints = new Int16Array(values.length);
  values.forEach((v, i) => {
    if (!Number.isFinite(v) || Math.abs(v) > GEN_JSON_RANGE) throw new Error(`${what}[${i}] = ${v} is outside the .gen.json range ±${GEN_JSON_RANGE}`);
    ints[i] = Math.round((v * QUANT_MAX) / GEN_JSON_RANGE);
  });
  const bytes = new Uint8Array(ints.buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function encodeDecoderGenJson(decoder: SketchDecoder): unknown[] {
  const w: SketchDecoderWeights = decoder.weights;
  const units = w.hiddenSize;
  const bias = reorderGateBlocks(w.bias, units, CANONICAL_TO_BASIC_CELL_BLOCKS);
  for (let u = 0; u < units; u++) bias[2 * units + u]! -= 1;
  const out = outputSizeFor(w.mixtures);
  const info: Record<string, unknown> = {
    mode: 2,
    version: 6,
    max_seq_len: decoder.maxSeqLen,
    name: decoder.name,
    scale_factor: decoder.scaleFactor,
  };
  if (decoder.conditional) info.categories = [...decoder.categories];
  if (decoder.openingFrames) info.opening_frames = decoder.openingFrames;
  const shapes = [[units, out], [out], [w.inputSize, 4 * units], [units, 4 * units], [4 * units]];
  const weights = [
    quantiseToBase64(w.outputKernel, 'outputKernel'),
    quantiseToBase64(w.outputBias, 'outputBias'),
    quantiseToBase64(reorderGateBlocks(w.inputKernel, units, CANONICAL_TO_BASIC_CELL_BLOCKS), 'inputKernel'),
    quantiseToBase64(reorderGateBlocks(w.recurrentKernel, units, CANONICAL_TO_BASIC_CELL_BLOCKS), 'recurrentKernel'),
    quantiseToBase64(bias, 'bias'),
  ];
  return [info, shapes, weights];
}
