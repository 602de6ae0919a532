/**
 * The one in-memory form every sketch decoder is converted to before it draws: the project's own trained
 * class-conditional model and Magenta's published `.gen.json` models alike. Sampling (sample.ts) only ever
 * sees this, so both kinds of model are drawn by the same code.
 *
 * The LSTM is a plain (no peephole) cell. Gate blocks are in the order input, forget, cell, output
 * (Keras's order); a converter reorders other layouts (TensorFlow's basic cell uses i, j, f, o) and folds any
 * constant forget bias into `bias`, so the step function has no per-model special cases.
 */
export const MIXTURES_DEFAULT = 20;

export interface SketchDecoderWeights {
  /** Inputs per step: 5 (stroke-5) + the number of categories for a class-conditional model. */
  inputSize: number;
  hiddenSize: number;
  /** inputSize x 4*hiddenSize, row-major. */
  inputKernel: Float32Array;
  /** hiddenSize x 4*hiddenSize, row-major. */
  recurrentKernel: Float32Array;
  /** 4*hiddenSize, forget bias folded in. */
  bias: Float32Array;
  /** hiddenSize x outputSize, row-major; outputSize = 3 + 6 * mixtures. */
  outputKernel: Float32Array;
  outputBias: Float32Array;
  mixtures: number;
}

/** A decoder plus what it needs to turn drawing units into model units and back. */
export interface SketchDecoder {
  /** Short id: 'procedural-15' for ours, or the Magenta category name ('bicycle'). */
  name: string;
  /** Categories the model is conditioned on, in one-hot order; one entry for an unconditional model. */
  categories: readonly string[];
  /** True when the one-hot category is part of every step's input. */
  conditional: boolean;
  /** Offsets are divided by this (see shared/strokes/normalise.ts). */
  scaleFactor: number;
  /** The longest sequence the model was trained on, in stroke-5 rows. */
  maxSeqLen: number;
  /**
   * Per category, where the first stroke of a training sketch typically lies ([minX, minY, maxX, maxY], the
   * median box in the training data's frame). A player's opening is placed in this box before the model
   * reads it (see complete-drawing.ts). Absent for Magenta's models.
   */
  openingFrames?: Record<string, OpeningFrame>;
  weights: SketchDecoderWeights;
}

export type OpeningFrame = [minX: number, minY: number, maxX: number, maxY: number];

export function outputSizeFor(mixtures: number): number {
  return 3 + 6 * mixtures;
}

/** Throws naming the first array whose length does not match the declared sizes. */
export function checkDecoderWeights(w: SketchDecoderWeights): void {
  const gates = 4 * w.hiddenSize;
  const out = outputSizeFor(w.mixtures);
  const expected: [string, Float32Array, number][] = [
    ['inputKernel', w.inputKernel, w.inputSize * gates],
    ['recurrentKernel', w.recurrentKernel, w.hiddenSize * gates],
    ['bias', w.bias, gates],
    ['outputKernel', w.outputKernel, w.hiddenSize * out],
    ['outputBias', w.outputBias, out],
  ];
  for (const [name, array, length] of expected) {
    if (array.length !== length) throw new Error(`sketch decoder: ${name} has ${array.length} values, expected ${length}`);
  }
  if (w.inputSize < 5) throw new Error(`sketch decoder: inputSize ${w.inputSize} is below the 5 stroke-5 inputs`);
}
