/**
 * The Sketch Duet model's held-out figures: the decoder's reconstruction loss on held-out sketches, and how
 * often a completion from a held-out sketch's first stroke is recognised by the sketch classifier as the
 * prompted category (the issue's `completionRecognized`, bar 0.7 at temperature 0.25).
 */
import type * as tfl from '@tensorflow/tfjs-layers';
import * as tf from '@tensorflow/tfjs-core';
import { mulberry32 } from '../../shared/game/random.js';
import { assignDecoderWeights, createDecoderVariables } from '../../shared/models/sketch/decoder-graph.js';
import type { SketchDecoder } from '../../shared/models/sketch/decoder-weights.js';
import { completeDrawing } from '../../shared/models/sketch/complete-drawing.js';
import { classifySketches } from '../../shared/models/sketch-classifier/classify.js';
import type { Drawing } from '../../shared/strokes/types.js';
import { drawingBounds } from '../../shared/strokes/rasterize.js';
import type { LabelledSketch } from './sketch-data.js';
import { encodeSketches, evaluateDecoder } from './sketch-training.js';

export interface Completion {
  category: string;
  opening: Drawing;
  completion: Drawing;
  guess: string;
  recognised: boolean;
}

/** Held-out reconstruction loss (Magenta's L_R = offsets + pen, per row, N_max = maxSeqLen + 1). */
export function heldOutLoss(decoder: SketchDecoder, sketches: readonly LabelledSketch[]): { nll: number; offsets: number; pen: number; n: number } {
  const w = decoder.weights;
  const vars = createDecoderVariables({ inputSize: w.inputSize, hiddenSize: w.hiddenSize, mixtures: w.mixtures }, 1);
  assignDecoderWeights(vars, w);
  const encoded = encodeSketches(sketches, decoder.scaleFactor, decoder.maxSeqLen);
  const loss = evaluateDecoder(vars, encoded, decoder.categories.length, w.mixtures, decoder.maxSeqLen);
  tf.dispose(Object.values(vars));
  return { nll: loss.loss, offsets: loss.offsets, pen: loss.pen, n: encoded.length };
}

/**
 * The held-out sketch as a player might have drawn it on the pad instead: the same drawing at 45-85% of the
 * size, somewhere on the 256 pad (seeded). The data set's sketches all start aligned to the top left at
 * full size; players' do not, so this tells how the game's completions fare.
 */
export function asOnPad(drawing: Drawing, random: () => number): Drawing {
  const bounds = drawingBounds(drawing);
  if (!bounds) return drawing;
  const scale = 0.45 + 0.4 * random();
  const width = (bounds.maxX - bounds.minX) * scale;
  const height = (bounds.maxY - bounds.minY) * scale;
  const left = 8 + random() * Math.max(0, 240 - width);
  const top = 8 + random() * Math.max(0, 240 - height);
  return drawing.map((stroke) => stroke.map(([x, y]): [number, number] => [left + (x - bounds.minX) * scale, top + (y - bounds.minY) * scale]));
}

/**
 * Completes each sketch from its first stroke at `temperature` (seeded per sketch) and classifies the
 * finished drawing (opening + completion) with the classifier. `onPad` moves each sketch as asOnPad does.
 */
export function completeAndRecognise(
  decoder: SketchDecoder,
  classifier: tfl.LayersModel,
  classifierCategories: readonly string[],
  sketches: readonly LabelledSketch[],
  temperature: number,
  seed: number,
  onPad = false,
): Completion[] {
  const out: Completion[] = [];
  const batch = 64;
  for (let start = 0; start < sketches.length; start += batch) {
    const slice = sketches.slice(start, start + batch);
    const done = slice.map((sketch, i) => {
      const category = decoder.categories[sketch.category]!;
      const drawing = onPad ? asOnPad(sketch.drawing, mulberry32(seed * 7_919 + start + i)) : sketch.drawing;
      const opening = drawing.slice(0, 1);
      const completion = completeDrawing(decoder, opening, { category, temperature, random: mulberry32(seed * 100_003 + start + i) });
      return { category, opening, completion };
    });
    const probabilities = classifySketches(classifier, done.map((d) => [...d.opening, ...d.completion]));
    done.forEach((d, i) => {
      const p = probabilities[i]!;
      const guess = classifierCategories[p.indexOf(Math.max(...p))]!;
      out.push({ ...d, guess, recognised: guess === d.category });
    });
  }
  return out;
}

/** Share recognised, overall and per category. */
export function recognitionRates(completions: readonly Completion[]): { overall: number; perCategory: Record<string, number> } {
  const perCategory: Record<string, number> = {};
  const counts: Record<string, [number, number]> = {};
  for (const c of completions) {
    const [hit, n] = counts[c.category] ?? [0, 0];
    counts[c.category] = [hit + (c.recognised ? 1 : 0), n + 1];
  }
  for (const [category, [hit, n]] of Object.entries(counts)) perCategory[category] = Math.round((hit / n) * 1000) / 1000;
  const overall = completions.filter((c) => c.recognised).length / Math.max(1, completions.length);
  return { overall, perCategory };
}
