/**
 * Sketch completion: prime the decoder with the player's opening, then sample until the end-of-sketch pen
 * state or a step cap. Works on any SketchDecoder (ours or a converted Magenta model).
 *
 * Openings and completions are stroke-3 in drawing units (the 0..255 Quick, Draw! space); the decoder's own
 * units are those divided by its scale factor.
 */
import type { Stroke3, Stroke3Row } from '../../strokes/formats.js';
import type { SketchDecoder } from './decoder-weights.js';
import { outputSizeFor } from './decoder-weights.js';
import { lstmStep, projectOutput, zeroState, type LstmState } from './lstm-cell.js';
import { sampleMixture } from './mixture.js';

export interface CompletionOptions {
  /** Which of decoder.categories to draw; ignored by unconditional models. */
  category: string;
  temperature: number;
  /** Most rows to add after the opening. */
  maxSteps: number;
  random: () => number;
}

/** The decoder's running state: feed rows in, read the next row's distribution out. */
export class SketchSampler {
  private readonly state: LstmState;
  private readonly scratch: Float32Array;
  private readonly output: Float32Array;
  private readonly input: Float32Array;

  constructor(private readonly decoder: SketchDecoder, category: string) {
    const w = decoder.weights;
    this.state = zeroState(w.hiddenSize);
    this.scratch = new Float32Array(4 * w.hiddenSize);
    this.output = new Float32Array(outputSizeFor(w.mixtures));
    this.input = new Float32Array(w.inputSize);
    if (decoder.conditional) {
      const index = decoder.categories.indexOf(category);
      if (index < 0) throw new Error(`sketch model ${decoder.name} has no category "${category}"`);
      this.input[5 + index] = 1;
    }
    // Magenta's start-of-sketch token: no offset, pen down.
    this.feedModelRow(0, 0, 1, 0, 0);
  }

  /** Feeds one stroke-3 row in drawing units. */
  feed([dx, dy, penLifted]: Stroke3Row): void {
    const f = this.decoder.scaleFactor;
    this.feedModelRow(dx / f, dy / f, penLifted ? 0 : 1, penLifted ? 1 : 0, 0);
  }

  /** Samples the next row in drawing units, or null at the end of the sketch. Does not feed it back. */
  next(temperature: number, random: () => number): Stroke3Row | null {
    const o = sampleMixture(this.output, this.decoder.weights.mixtures, temperature, random);
    if (o.pen === 2) return null;
    const f = this.decoder.scaleFactor;
    return [o.dx * f, o.dy * f, o.pen];
  }

  /** The raw output row for the next step (pen logits then mixture parameters). */
  get rawOutput(): Float32Array {
    return this.output;
  }

  private feedModelRow(dx: number, dy: number, p1: number, p2: number, p3: number): void {
    const input = this.input;
    input[0] = dx;
    input[1] = dy;
    input[2] = p1;
    input[3] = p2;
    input[4] = p3;
    lstmStep(this.decoder.weights, this.state, input, this.scratch);
    projectOutput(this.decoder.weights, this.state.h, this.output);
  }
}

/**
 * The continuation of `opening` (not including it). `onRow` sees each row as it is sampled, so a caller can
 * stream strokes while the rest is still being drawn.
 */
export function completeSketch(
  decoder: SketchDecoder,
  opening: Stroke3,
  options: CompletionOptions,
  onRow?: (row: Stroke3Row) => void,
): Stroke3 {
  const sampler = new SketchSampler(decoder, options.category);
  for (const row of opening) sampler.feed(row);
  const rows: Stroke3 = [];
  // An opening that ends mid-stroke is treated as lifted: the pad only sends whole strokes.
  for (let step = 0; step < options.maxSteps; step++) {
    const row = sampler.next(options.temperature, options.random);
    if (row === null) break;
    rows.push(row);
    onRow?.(row);
    sampler.feed(row);
  }
  if (rows.length > 0) rows[rows.length - 1]![2] = 1;
  return rows;
}
