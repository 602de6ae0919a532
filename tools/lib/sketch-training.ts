/**
 * Training and held-out scoring of the sketch decoder on the active tfjs backend (wasm in Node). Kept apart
 * from the CLI (tools/train-sketch.ts) so the smoke test can run a few steps on a tiny set.
 */
import * as tf from '@tensorflow/tfjs-core';
import { drawingToStroke3 } from '../../shared/strokes/formats.js';
import { normaliseStroke3 } from '../../shared/strokes/normalise.js';
import type { Drawing } from '../../shared/strokes/types.js';
import { decoderLoss, decoderVariableList, type DecoderVariables } from '../../shared/models/sketch/decoder-graph.js';
import { makeDecoderBatch, type EncodedSketch } from './sketch-batches.js';
import type { Random } from './seeded-random.js';

/** Drawings -> normalised stroke-3, dropping sketches longer than maxSeqLen rows (as Magenta does). */
export function encodeSketches(
  items: readonly { category: number; drawing: Drawing }[],
  scaleFactor: number,
  maxSeqLen: number,
): EncodedSketch[] {
  const out: EncodedSketch[] = [];
  for (const item of items) {
    const rows = drawingToStroke3(item.drawing);
    if (rows.length === 0 || rows.length > maxSeqLen) continue;
    out.push({ category: item.category, rows: normaliseStroke3(rows, scaleFactor) });
  }
  return out;
}

/** Scales the gradients down together when their global L2 norm exceeds maxNorm. */
function clipByGlobalNorm(grads: tf.NamedTensorMap, maxNorm: number): tf.NamedTensorMap {
  return tf.tidy(() => {
    const squares = Object.values(grads).map((g) => tf.sum(tf.square(g)));
    const norm = Math.sqrt(tf.addN(squares).dataSync()[0]!);
    if (norm <= maxNorm) return grads;
    const scale = maxNorm / norm;
    return Object.fromEntries(Object.entries(grads).map(([name, g]) => [name, tf.mul(g, scale)]));
  });
}

export interface DecoderStepResult {
  loss: number;
  offsets: number;
  pen: number;
}

/** One optimiser step on one batch; gradients clipped to a global norm of 1, as Magenta's grad_clip. */
export function trainDecoderStep(
  v: DecoderVariables,
  optimizer: tf.Optimizer,
  sketches: readonly EncodedSketch[],
  categories: number,
  mixtures: number,
  random: Random,
): DecoderStepResult {
  const batch = makeDecoderBatch(sketches, categories, random);
  try {
    const parts: { offsets?: tf.Scalar; pen?: tf.Scalar } = {};
    const { value, grads } = tf.variableGrads(() => {
      const loss = decoderLoss(v, batch, mixtures);
      parts.offsets = tf.keep(loss.offsets);
      parts.pen = tf.keep(loss.pen);
      return loss.total;
    }, decoderVariableList(v));
    const clipped = clipByGlobalNorm(grads, 1);
    optimizer.applyGradients(clipped);
    const result = { loss: value.dataSync()[0]!, offsets: parts.offsets!.dataSync()[0]!, pen: parts.pen!.dataSync()[0]! };
    tf.dispose([value, parts.offsets!, parts.pen!, ...Object.values(grads), ...Object.values(clipped)]);
    return result;
  } finally {
    tf.dispose([batch.inputs, batch.targets]);
  }
}

/**
 * Mean reconstruction loss per sketch row over `sketches`, every sketch padded to maxSeqLen + 1 rows
 * (Magenta's L_R = L_s + L_p with N_max = maxSeqLen + 1). No augmentation.
 */
export function evaluateDecoder(
  v: DecoderVariables,
  sketches: readonly EncodedSketch[],
  categories: number,
  mixtures: number,
  maxSeqLen: number,
  batchSize = 64,
): DecoderStepResult {
  let offsets = 0;
  let pen = 0;
  for (let start = 0; start < sketches.length; start += batchSize) {
    const slice = sketches.slice(start, start + batchSize);
    const batch = makeDecoderBatch(slice, categories, null, maxSeqLen + 1);
    const loss = decoderLoss(v, batch, mixtures);
    offsets += loss.offsets.dataSync()[0]! * slice.length;
    pen += loss.pen.dataSync()[0]! * slice.length;
    tf.dispose([batch.inputs, batch.targets, loss.total, loss.offsets, loss.pen]);
  }
  const n = Math.max(1, sketches.length);
  return { loss: (offsets + pen) / n, offsets: offsets / n, pen: pen / n };
}
