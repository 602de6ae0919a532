/**
 * Float32 checkpoints of a sketch decoder training run: one JSON file with the weights as base64, the step
 * reached and the run's settings, written atomically so a run killed mid-write leaves the last good one.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { writeAtomically } from '../../server/ml/file-io.js';
import { dirname } from 'node:path';
import type { SketchDecoderWeights } from '../../shared/models/sketch/decoder-weights.js';

export interface DecoderRunSettings {
  categories: string[];
  scaleFactor: number;
  maxSeqLen: number;
  hiddenSize: number;
  mixtures: number;
  batchSize: number;
  learningRate: number;
  seed: number;
  steps: number;
}

export interface DecoderCheckpoint {
  step: number;
  settings: DecoderRunSettings;
  weights: SketchDecoderWeights;
  history: { step: number; trainLoss: number; validLoss?: number; seconds: number }[];
}

const ARRAYS = ['inputKernel', 'recurrentKernel', 'bias', 'outputKernel', 'outputBias'] as const;

function toBase64(values: Float32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

function fromBase64(text: string): Float32Array {
  const bytes = Buffer.from(text, 'base64');
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

export async function writeDecoderCheckpoint(path: string, checkpoint: DecoderCheckpoint): Promise<void> {
  const w = checkpoint.weights;
  const json = {
    ...checkpoint,
    weights: {
      inputSize: w.inputSize,
      hiddenSize: w.hiddenSize,
      mixtures: w.mixtures,
      ...Object.fromEntries(ARRAYS.map((name) => [name, toBase64(w[name])])),
    },
  };
  await mkdir(dirname(path), { recursive: true });
  await writeAtomically(path, JSON.stringify(json));
}

export async function readDecoderCheckpoint(path: string): Promise<DecoderCheckpoint> {
  const json = JSON.parse(await readFile(path, 'utf8')) as Omit<DecoderCheckpoint, 'weights'> & { weights: Record<string, unknown> };
  const raw = json.weights;
  const weights = {
    inputSize: raw.inputSize as number,
    hiddenSize: raw.hiddenSize as number,
    mixtures: raw.mixtures as number,
    ...Object.fromEntries(ARRAYS.map((name) => [name, fromBase64(raw[name] as string)])),
  } as SketchDecoderWeights;
  return { ...json, weights };
}
