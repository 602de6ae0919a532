/**
 * Completing a drawing in pad units: strokes are cut at pen lifts, continue from where the opening ended,
 * come back in pad units at any drawScale, and stream stroke by stroke. Also the round trip of our own
 * class-conditional decoder through the .gen.json format.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../shared/game/random.js';
import { completeDrawing, placementFor } from '../../../../shared/models/sketch/complete-drawing.js';
import type { SketchDecoder } from '../../../../shared/models/sketch/decoder-weights.js';
import { estimateDrawScale } from '../../../../shared/models/sketch/draw-scale.js';
import { decodeGenJson, encodeDecoderGenJson } from '../../../../shared/models/sketch/magenta-gen.js';
import { completeSketch } from '../../../../shared/models/sketch/sample.js';
import { drawingToStroke3 } from '../../../../shared/strokes/formats.js';

const M = 2;
const H = 4;

/**
 * A decoder whose output ignores its input: the mixture always says "move (+dx, +dy)", and the pen logits
 * come from the bias, so tests can script what it draws. Recurrent and input weights are zero.
 */
function scriptedDecoder(pen: [number, number, number], mu: [number, number], extra: Partial<SketchDecoder> = {}): SketchDecoder {
  const out = 3 + 6 * M;
  const outputBias = new Float32Array(out);
  outputBias.set(pen, 0);
  outputBias[3] = 5; // component 0 dominates
  outputBias[3 + M] = mu[0];
  outputBias[3 + 2 * M] = mu[1];
  outputBias.fill(-3, 3 + 3 * M, 3 + 5 * M); // small sigmas
  return {
    name: 'scripted',
    categories: ['a', 'b'],
    conditional: true,
    scaleFactor: 10,
    maxSeqLen: 40,
    weights: {
      inputSize: 7,
      hiddenSize: H,
      inputKernel: new Float32Array(7 * 4 * H),
      recurrentKernel: new Float32Array(H * 4 * H),
      bias: new Float32Array(4 * H),
      outputKernel: new Float32Array(H * out),
      outputBias,
      mixtures: M,
    },
    ...extra,
  };
}

describe('completeDrawing', () => {
  it('continues from the end of the opening, in pad units, one stroke per pen lift, streamed as it goes', () => {
    // Pen logits favour "pen down" a little over "pen up" and never "end": strokes of a few points each.
    const decoder = scriptedDecoder([0.5, 0, -50], [1, 0.5]);
    const opening = [[[100, 100], [120, 110]] as [number, number][]];
    const streamed: unknown[] = [];
    const strokes = completeDrawing(decoder, opening, { category: 'a', temperature: 0, random: mulberry32(1), maxSteps: 12 }, (s) => streamed.push(s));
    expect(strokes.flat()).toHaveLength(12);
    expect(streamed).toEqual(strokes);
    // Greedy, pen down wins every time: one stroke of 12 points, each +10, +5 pad units from the last.
    expect(strokes).toHaveLength(1);
    expect(strokes[0]![0]).toEqual([130, 115]);
    expect(strokes[0]![11]).toEqual([240, 170]);
  });

  it('gives the same pad-unit drawing at any drawScale (model units are only internal)', () => {
    const base = scriptedDecoder([0, 0.5, -50], [1, -1]);
    const scaled = scriptedDecoder([0, 0.5, -50], [3, -3]); // draws 3x bigger in its own units
    const opening = [[[10, 200], [40, 180]] as [number, number][]];
    const a = completeDrawing(base, opening, { category: 'b', temperature: 0, random: mulberry32(2), maxSteps: 5 });
    const b = completeDrawing(scaled, opening, { category: 'b', temperature: 0, random: mulberry32(2), maxSteps: 5, drawScale: 3 });
    expect(b).toEqual(a);
    // Pen up wins: every point is its own stroke.
    expect(a).toHaveLength(5);
  });

  it('stops at the end-of-sketch state and returns nothing more', () => {
    const decoder = scriptedDecoder([0, 0, 5], [1, 1]);
    expect(completeDrawing(decoder, [[[0, 0], [5, 5]]], { category: 'a', temperature: 0, random: mulberry32(3) })).toEqual([]);
  });

  it('simplifies the dense strokes a pad records before the model reads them', () => {
    // A decoder that reads its input (random kernels), so what it draws depends on the rows it was fed.
    const decoder = scriptedDecoder([0.5, 0, -50], [1, 1]);
    const random = mulberry32(9);
    for (const array of [decoder.weights.inputKernel, decoder.weights.recurrentKernel, decoder.weights.outputKernel]) {
      array.forEach((_, i, a) => (a[i] = (random() - 0.5) * 0.8));
    }
    const options = { category: 'a', temperature: 0, random: mulberry32(1), maxSteps: 8 };
    const dense = [Array.from({ length: 200 }, (_, i): [number, number] => [i, 50])];
    const line = [[[0, 50], [199, 50]] as [number, number][]];
    expect(completeDrawing(decoder, dense, options)).toEqual(completeDrawing(decoder, line, options));
    // Fed unsimplified, the same stroke would have been 200 tiny steps, and the model would draw otherwise.
    const raw = completeSketch(decoder, drawingToStroke3(dense), { ...options, random: mulberry32(1) });
    const simplified = completeSketch(decoder, drawingToStroke3(line), { ...options, random: mulberry32(1) });
    expect(raw).not.toEqual(simplified);
  });
});

describe('placing the opening where the model learned to see first strokes', () => {
  // A decoder that reads its input, with a frame for category 'a': first strokes span 0..200 from the top left.
  const decoder = scriptedDecoder([0.5, 0, -50], [1, 1], { openingFrames: { a: [0, 0, 200, 100] } });
  const random = mulberry32(21);
  for (const array of [decoder.weights.inputKernel, decoder.weights.recurrentKernel, decoder.weights.outputKernel]) {
    array.forEach((_, i, a) => (a[i] = (random() - 0.5) * 0.8));
  }
  const options = { category: 'a', temperature: 0, random: mulberry32(1), maxSteps: 10 };
  const zigzag: [number, number][] = [[0, 0], [50, 100], [100, 0], [150, 100], [200, 0]];

  it('completes the same drawing wherever and at whatever size the player drew it, mapped back to the pad', () => {
    const canonical = completeDrawing(decoder, [zigzag], options);
    const moved = completeDrawing(decoder, [zigzag.map(([x, y]): [number, number] => [40 + x * 0.6, 90 + y * 0.6])], options);
    expect(canonical.flat().length).toBeGreaterThan(0);
    expect(moved.flat()).toHaveLength(canonical.flat().length);
    moved.flat().forEach(([x, y], i) => {
      const [cx, cy] = canonical.flat()[i]!;
      expect(x).toBeCloseTo(40 + cx * 0.6, 0);
      expect(y).toBeCloseTo(90 + cy * 0.6, 0);
    });
  });

  it('leaves openings alone for categories (and models) without a frame', () => {
    expect(placementFor(decoder, 'b', [zigzag])).toEqual({ scale: 1, dx: 0, dy: 0 });
    expect(placementFor(decoder, 'a', [zigzag.map(([x, y]): [number, number] => [x + 30, y + 30])])).toEqual({ scale: 1, dx: -30, dy: -30 });
    // A dot is not blown up to the frame's size: the scale is capped.
    expect(placementFor(decoder, 'a', [[[100, 100]]]).scale).toBe(2.5);
  });
});

describe('estimateDrawScale', () => {
  it('measures how large a model draws relative to the pad', () => {
    // 40 steps of (+1, +1) model-unit means * scale factor 10 = 400 units across, vs a 230-unit pad drawing.
    const decoder = scriptedDecoder([5, 0, -50], [1, 1], { maxSeqLen: 40 });
    expect(estimateDrawScale(decoder)).toBeCloseTo(390 / 230, 1);
  });
});

describe('our decoder in the .gen.json format', () => {
  it('round-trips categories, sizes and weights (within int16 quantisation) and keeps drawing the same', () => {
    const decoder = scriptedDecoder([0.5, 0.2, -2], [1, 0.5]);
    decoder.weights.recurrentKernel.forEach((_, i, a) => (a[i] = Math.sin(i) * 0.3));
    decoder.weights.bias.forEach((_, i, a) => (a[i] = Math.cos(i) * 0.5));
    const back = decodeGenJson(JSON.parse(JSON.stringify(encodeDecoderGenJson(decoder))));
    expect(back).toMatchObject({ categories: ['a', 'b'], conditional: true, scaleFactor: 10, maxSeqLen: 40 });
    back.weights.bias.forEach((v, i) => expect(v).toBeCloseTo(decoder.weights.bias[i]!, 3));
    back.weights.recurrentKernel.forEach((v, i) => expect(v).toBeCloseTo(decoder.weights.recurrentKernel[i]!, 3));
    const draw = (d: SketchDecoder) => completeDrawing(d, [[[50, 50], [60, 70]]], { category: 'b', temperature: 0, random: mulberry32(4), maxSteps: 10 });
    expect(draw(back)).toEqual(draw(decoder));
  });

  it('keeps the opening frames (our extension of the format)', () => {
    const decoder = scriptedDecoder([0, 0, 0], [0, 0], { openingFrames: { a: [0, 0, 255, 120.5], b: [10, 20, 30, 40] } });
    const back = decodeGenJson(JSON.parse(JSON.stringify(encodeDecoderGenJson(decoder))));
    expect(back.openingFrames).toEqual({ a: [0, 0, 255, 120.5], b: [10, 20, 30, 40] });
    const broken = encodeDecoderGenJson(decoder) as [Record<string, unknown>, unknown, unknown];
    broken[0].opening_frames = { a: [5, 5, 1, 1] };
    expect(() => decodeGenJson(broken)).toThrow(/opening_frames/);
  });

  it('refuses weights the format cannot hold', () => {
    const decoder = scriptedDecoder([0, 0, 0], [0, 0]);
    decoder.weights.outputBias[0] = 12;
    expect(() => encodeDecoderGenJson(decoder)).toThrow(/outside the storable range/);
  });
});
