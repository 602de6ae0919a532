/**
 * The sketch decoder as a differentiable tfjs graph, for training and for measuring held-out likelihood.
 * Sampling does not use this: it runs the exported weights in plain JS (sample.ts), one step at a time.
 *
 * Written with tfjs-core ops rather than tf.layers.lstm so the variables are exactly the canonical layout
 * of decoder-weights.ts (no conversion step to get wrong) and the per-step work is one matMul plus a few
 * element-wise ops. The input projection of every time step is one big matMul up front.
 *
 * The loss is Sketch-RNN's reconstruction loss (Ha & Eck 2017, eq. 9; Magenta's `get_lossfunc`):
 *   offsets: -log Σ_k π_k N(dx, dy | μ_k, σ_k, ρ_k) over the real rows of each sketch,
 *   pen:     cross-entropy of the 3 pen states over every row, padding (end-of-sketch) rows included,
 * both summed and divided by batch x rows, as Magenta averages over batch x N_max.
 */
import * as tf from '@tensorflow/tfjs-core';
import { outputSizeFor, type SketchDecoderWeights } from './decoder-weights.js';

export interface DecoderShape {
  inputSize: number;
  hiddenSize: number;
  mixtures: number;
}

export interface DecoderVariables {
  inputKernel: tf.Variable;
  recurrentKernel: tf.Variable;
  bias: tf.Variable;
  outputKernel: tf.Variable;
  outputBias: tf.Variable;
}

/** A time-major batch: T rows x B sketches. */
export interface DecoderBatch {
  /** [T, B, inputSize]: the previous stroke-5 row (start token first) and the one-hot category. */
  inputs: tf.Tensor3D;
  /** [T, B, 5]: the stroke-5 row to predict. */
  targets: tf.Tensor3D;
}

export interface DecoderLoss {
  total: tf.Scalar;
  offsets: tf.Scalar;
  pen: tf.Scalar;
}

const LOG_2PI = Math.log(2 * Math.PI);

/** Fresh variables: scaled normal kernels and a forget-gate bias of 1 (as Magenta's cell adds). */
export function createDecoderVariables(shape: DecoderShape, seed: number): DecoderVariables {
  const { inputSize, hiddenSize: h, mixtures } = shape;
  const gates = 4 * h;
  const biasValues = new Float32Array(gates);
  biasValues.fill(1, h, 2 * h);
  return {
    inputKernel: tf.variable(tf.randomNormal([inputSize, gates], 0, 1 / Math.sqrt(inputSize), 'float32', seed), true, 'inputKernel'),
    recurrentKernel: tf.variable(tf.randomNormal([h, gates], 0, 1 / Math.sqrt(h), 'float32', seed + 1), true, 'recurrentKernel'),
    bias: tf.variable(tf.tensor1d(biasValues), true, 'bias'),
    outputKernel: tf.variable(tf.randomNormal([h, outputSizeFor(mixtures)], 0, 0.5 / Math.sqrt(h), 'float32', seed + 2), true, 'outputKernel'),
    outputBias: tf.variable(tf.zeros([outputSizeFor(mixtures)]), true, 'outputBias'),
  };
}

/** [T*B, outputSize] raw outputs for a batch, in time-major row order. */
export function decoderOutputs(v: DecoderVariables, inputs: tf.Tensor3D): tf.Tensor2D {
  return tf.tidy(() => {
    const [steps, batch, inputSize] = inputs.shape;
    const units = v.recurrentKernel.shape[0]!;
    const projected = tf.add(tf.matMul(tf.reshape(inputs, [steps * batch, inputSize]), v.inputKernel), v.bias);
    const perStep = tf.unstack(tf.reshape(projected, [steps, batch, 4 * units]));
    let h: tf.Tensor2D = tf.zeros([batch, units]);
    let c: tf.Tensor2D = tf.zeros([batch, units]);
    const hidden: tf.Tensor2D[] = [];
    for (const x of perStep) {
      const z = tf.add(x, tf.matMul(h, v.recurrentKernel));
      const [i, f, g, o] = tf.split(z, 4, 1) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
      c = tf.add(tf.mul(tf.sigmoid(f), c), tf.mul(tf.sigmoid(i), tf.tanh(g)));
      h = tf.mul(tf.sigmoid(o), tf.tanh(c));
      hidden.push(h);
    }
    return tf.add(tf.matMul(tf.concat(hidden, 0), v.outputKernel), v.outputBias);
  });
}

/** Sketch-RNN reconstruction loss of a batch (see the header). */
export function decoderLoss(v: DecoderVariables, batch: DecoderBatch, mixtures: number): DecoderLoss {
  return tf.tidy(() => {
    const [steps, size] = batch.targets.shape;
    const rows = steps * size;
    const out = decoderOutputs(v, batch.inputs);
    const target = tf.reshape(batch.targets, [rows, 5]);
    const [dx, dy, penTarget] = tf.split(target, [1, 1, 3], 1) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
    const [penLogits, piLogits, mu1, mu2, logS1, logS2, rhoRaw] = tf.split(out, [3, mixtures, mixtures, mixtures, mixtures, mixtures, mixtures], 1);
    const n1 = tf.mul(tf.sub(dx, mu1!), tf.exp(tf.neg(logS1!)));
    const n2 = tf.mul(tf.sub(dy, mu2!), tf.exp(tf.neg(logS2!)));
    const rho = tf.tanh(rhoRaw!);
    // 1 - rho^2, kept away from 0 so a near-degenerate component cannot produce an infinite loss.
    const oneMinusRho2 = tf.add(tf.sub(1, tf.square(rho)), 1e-5);
    const z = tf.sub(tf.add(tf.square(n1), tf.square(n2)), tf.mul(2, tf.mul(rho, tf.mul(n1, n2))));
    const logNormal = tf.sub(
      tf.neg(tf.div(z, tf.mul(2, oneMinusRho2))),
      tf.add(tf.add(tf.add(logS1!, logS2!), tf.mul(0.5, tf.log(oneMinusRho2))), LOG_2PI),
    );
    const logMixture = tf.logSumExp(tf.add(tf.logSoftmax(piLogits!), logNormal), 1);
    // Offsets count only on real rows; padding rows are [0, 0, 0, 0, 1].
    const realRow = tf.sub(1, tf.reshape(tf.slice(penTarget, [0, 2], [rows, 1]), [rows]));
    const offsets = tf.div(tf.sum(tf.mul(tf.neg(logMixture), realRow)), rows) as tf.Scalar;
    const pen = tf.div(tf.neg(tf.sum(tf.mul(penTarget, tf.logSoftmax(penLogits!)))), rows) as tf.Scalar;
    return { total: tf.add(offsets, pen) as tf.Scalar, offsets, pen };
  });
}

/** Copies the variables out into the canonical weights the sampler reads. */
export function exportDecoderWeights(v: DecoderVariables, mixtures: number): SketchDecoderWeights {
  return {
    inputSize: v.inputKernel.shape[0]!,
    hiddenSize: v.recurrentKernel.shape[0]!,
    inputKernel: Float32Array.from(v.inputKernel.dataSync()),
    recurrentKernel: Float32Array.from(v.recurrentKernel.dataSync()),
    bias: Float32Array.from(v.bias.dataSync()),
    outputKernel: Float32Array.from(v.outputKernel.dataSync()),
    outputBias: Float32Array.from(v.outputBias.dataSync()),
    mixtures,
  };
}

/** Overwrites the variables with saved weights (resuming a checkpoint). */
export function assignDecoderWeights(v: DecoderVariables, w: SketchDecoderWeights): void {
  v.inputKernel.assign(tf.tensor2d(w.inputKernel, [w.inputSize, 4 * w.hiddenSize]));
  v.recurrentKernel.assign(tf.tensor2d(w.recurrentKernel, [w.hiddenSize, 4 * w.hiddenSize]));
  v.bias.assign(tf.tensor1d(w.bias));
  v.outputKernel.assign(tf.tensor2d(w.outputKernel, [w.hiddenSize, outputSizeFor(w.mixtures)]));
  v.outputBias.assign(tf.tensor1d(w.outputBias));
}

export function decoderVariableList(v: DecoderVariables): tf.Variable[] {
  return [v.inputKernel, v.recurrentKernel, v.bias, v.outputKernel, v.outputBias];
}
