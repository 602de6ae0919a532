/**
 * Google Magenta's published Sketch-RNN decoders (`<category>.gen.json`, the files sketch-rnn-js and
 * @magenta/sketch load) read into the project's canonical SketchDecoder, and written back for tests.
 *
 * The file is a JSON array [info, shapes, weights]:
 * - info: { mode, version, max_seq_len, name, scale_factor }; mode 2 (or "gen") is decoder-only, the only
 *   kind published as .gen.json. Other modes are VAEs with an encoder (17 weight arrays), which we refuse.
 * - shapes: [[H, O], [O], [5, 4H], [H, 4H], [4H]] for the output kernel, output bias, LSTM input kernel,
 *   LSTM recurrent kernel and LSTM bias (H = 512 and O = 3 + 6 * 20 in every published model).
 * - weights: one base64 string per shape, little-endian int16, each value dequantising as 10 * v / 32767.
 * - The project's own class-conditional decoder is stored in the same format with one addition (see
 *   encodeDecoderGenJson): info.categories, the one-hot order, and an input kernel of 5 + categories rows.
 *
 * The LSTM is TensorFlow's basic cell (tf.basicLSTMCell): gate blocks i, j (candidate), f, o and a constant
 * forget bias of 1.0 added at run time. Converting reorders the blocks to the canonical i, f, g, o and folds
 * the 1.0 into `bias`, so lstmStep needs no Magenta special case.
 *
 * Units: scaleFactor is info.scale_factor as published. It was measured on Magenta's own training data,
 * which is not the 0..255 simplified Quick, Draw! space: the published bicycle, bird and dog models draw
 * sketches ~700-1000 of those units across (~10 scale factors), so a caller working in 0..255 has to rescale
 * openings and completions; that choice belongs to the code that draws with the model, not to this file.
 *
 * No Node imports: the browser decodes the same files.
 */
import { checkDecoderWeights, type OpeningFrame, type SketchDecoder } from './decoder-weights.js';

/** Largest magnitude an int16 can carry: the format stores w as round(w * 32767 / 10). */
export const MAGENTA_MAX_WEIGHT = 10;
const INT16_MAX = 32767;
/** TensorFlow's basic LSTM cell adds this to the forget gate on every step (magenta-js passes 1.0). */
export const MAGENTA_FORGET_BIAS = 1;
/** mode 2 / "gen" = decoder only; the VAE modes carry an encoder we cannot use. */
const DECODER_ONLY_MODES: readonly unknown[] = [2, 'gen'];
const STROKE5_INPUTS = 5;

/**
 * A decoder in Magenta's own layout (gate blocks i, j, f, o; forget bias not folded in), the parts a
 * .gen.json file holds. Shapes as in the header.
 */
export interface MagentaGenParts {
  name: string;
  maxSeqLen: number;
  /** Drawing units per model unit (the std of the training offsets in the 0..255 Quick, Draw! space). */
  scaleFactor: number;
  /** Written into info; defaults 2 (decoder only) and 6 (the published models' version). */
  mode?: number | string;
  version?: number;
  /** Present only for a class-conditional model: written to info, adds one input row per category. */
  categories?: string[];
  /** Our extension (SketchDecoder.openingFrames), written to info.opening_frames. */
  openingFrames?: Record<string, OpeningFrame>;
  hiddenSize: number;
  mixtures: number;
  /** [H, 3 + 6M] row-major. */
  outputKernel: ArrayLike<number>;
  outputBias: ArrayLike<number>;
  /** [5 + categories, 4H] row-major, blocks i, j, f, o. */
  inputKernel: ArrayLike<number>;
  /** [H, 4H] row-major, blocks i, j, f, o. */
  recurrentKernel: ArrayLike<number>;
  /** [4H], blocks i, j, f, o, without the forget bias. */
  bias: ArrayLike<number>;
}

const ARRAY_NAMES = ['output kernel', 'output bias', 'LSTM input kernel', 'LSTM recurrent kernel', 'LSTM bias'] as const;

function fail(problem: string): never {
  throw new Error(`Magenta .gen.json: ${problem}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The expected shapes for hidden size H and output size O, in file order. */
function expectedShapes(hidden: number, output: number, inputs = STROKE5_INPUTS): number[][] {
  return [[hidden, output], [output], [inputs, 4 * hidden], [hidden, 4 * hidden], [4 * hidden]];
}

interface GenInfo {
  name: string;
  /** Only in the project's own class-conditional files (encodeDecoderGenJson); Magenta's have none. */
  categories?: string[];
  maxSeqLen: number;
  scaleFactor: number;
  openingFrames?: Record<string, OpeningFrame>;
}

function readInfo(info: unknown): GenInfo {
  if (!isRecord(info)) fail('info (element 0) is not an object');
  if (!DECODER_ONLY_MODES.includes(info.mode)) {
    fail(`unknown mode ${JSON.stringify(info.mode)}: only decoder-only models (mode 2, "gen") can be loaded`);
  }
  const { name, max_seq_len: maxSeqLen, scale_factor: scaleFactor } = info;
  if (typeof name !== 'string' || name.trim() === '') fail('info.name is missing or empty');
  if (typeof maxSeqLen !== 'number' || !Number.isInteger(maxSeqLen) || maxSeqLen <= 0) {
    fail(`info.max_seq_len must be a positive integer, got ${JSON.stringify(maxSeqLen)}`);
  }
  if (typeof scaleFactor !== 'number' || !Number.isFinite(scaleFactor) || scaleFactor <= 0) {
    fail(`info.scale_factor must be a positive finite number, got ${JSON.stringify(scaleFactor)}`);
  }
  return { name, maxSeqLen, scaleFactor, ...readCategories(info.categories), ...readOpeningFrames(info.opening_frames) };
}

/** Our extension: { category: [minX, minY, maxX, maxY] } (see SketchDecoder.openingFrames). */
function readOpeningFrames(frames: unknown): { openingFrames?: Record<string, OpeningFrame> } {
  if (frames === undefined) return {};
  const isFrame = (f: unknown): f is OpeningFrame =>
    Array.isArray(f) && f.length === 4 && f.every((v) => typeof v === 'number' && Number.isFinite(v)) && f[2] >= f[0] && f[3] >= f[1];
  if (!isRecord(frames) || !Object.values(frames).every(isFrame)) {
    fail(`info.opening_frames must map categories to [minX, minY, maxX, maxY], got ${JSON.stringify(frames)?.slice(0, 200)}`);
  }
  return { openingFrames: frames as Record<string, OpeningFrame> };
}

function readCategories(categories: unknown): { categories?: string[] } {
  if (categories === undefined) return {};
  const valid = Array.isArray(categories) && categories.length > 0 && categories.every((c) => typeof c === 'string' && c !== '');
  if (!valid || new Set(categories).size !== categories.length) {
    fail(`info.categories must be a list of distinct non-empty names, got ${JSON.stringify(categories)?.slice(0, 200)}`);
  }
  return { categories: categories as string[] };
}

/** Checks the shapes list and returns H and the mixture count it implies. */
function readShapes(shapes: unknown, inputs: number): { hidden: number; mixtures: number } {
  const isShape = (s: unknown): s is number[] =>
    Array.isArray(s) && s.every((d) => typeof d === 'number' && Number.isInteger(d) && d > 0);
  if (!Array.isArray(shapes) || shapes.length !== 5 || !shapes.every(isShape)) {
    fail(`shapes (element 1) must be 5 lists of positive integers, got ${JSON.stringify(shapes)?.slice(0, 200)}`);
  }
  const outputShape = shapes[0] as number[];
  if (outputShape.length !== 2) fail(`shapes mismatch: output kernel is ${JSON.stringify(outputShape)}, expected [units, outputs]`);
  const [hidden, output] = outputShape as [number, number];
  const mixtures = (output - 3) / 6;
  if (!Number.isInteger(mixtures) || mixtures < 1) fail(`output size ${output} is not 3 + 6 x mixtures`);
  const expected = expectedShapes(hidden, output, inputs);
  expected.forEach((shape, i) => {
    if (JSON.stringify(shapes[i]) !== JSON.stringify(shape)) {
      fail(`shapes mismatch: ${ARRAY_NAMES[i]} is ${JSON.stringify(shapes[i])}, expected ${JSON.stringify(shape)} for ${hidden} units`);
    }
  });
  return { hidden, mixtures };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** base64 little-endian int16 -> dequantised floats. atob is global in browsers and in Node >= 16. */
function dequantise(encoded: unknown, count: number, what: string): Float32Array {
  if (typeof encoded !== 'string') fail(`${what} is not a base64 string`);
  const bytes = count * 2;
  const expectedChars = 4 * Math.ceil(bytes / 3);
  if (encoded.length !== expectedChars) {
    fail(`${what}: base64 length ${encoded.length}, expected ${expectedChars} (${count} int16 values); the file may be truncated`);
  }
  if (!BASE64.test(encoded)) fail(`${what}: not valid base64`);
  const binary = atob(encoded);
  if (binary.length !== bytes) fail(`${what}: decodes to ${binary.length} bytes, expected ${bytes}`);
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const unsigned = binary.charCodeAt(2 * i) | (binary.charCodeAt(2 * i + 1) << 8);
    const value = unsigned >= 0x8000 ? unsigned - 0x10000 : unsigned;
    out[i] = (MAGENTA_MAX_WEIGHT * value) / INT16_MAX;
  }
  return out;
}

/**
 * Canonical block index -> Magenta block index. Canonical is i, f, g, o; TensorFlow's basic cell is
 * i, j, f, o with j the candidate (g).
 */
const MAGENTA_BLOCK_FOR_CANONICAL = [0, 2, 1, 3] as const;
const FORGET_BLOCK = 1;

/** Reorders the gate blocks in every row of a [rows, 4H] matrix (or a [4H] vector with rows = 1). */
function reorderGates(magenta: ArrayLike<number>, rows: number, hidden: number): Float32Array {
  const gates = 4 * hidden;
  const out = new Float32Array(rows * gates);
  for (let r = 0; r < rows; r++) {
    MAGENTA_BLOCK_FOR_CANONICAL.forEach((from, to) => {
      for (let u = 0; u < hidden; u++) out[r * gates + to * hidden + u] = magenta[r * gates + from * hidden + u]!;
    });
  }
  return out;
}

/** Magenta-layout LSTM arrays -> canonical (blocks i, f, g, o; forget bias folded into bias). */
export function canonicalLstmFromMagenta(
  hidden: number,
  inputSize: number,
  magenta: { inputKernel: ArrayLike<number>; recurrentKernel: ArrayLike<number>; bias: ArrayLike<number> },
): { inputKernel: Float32Array; recurrentKernel: Float32Array; bias: Float32Array } {
  const bias = reorderGates(magenta.bias, 1, hidden);
  for (let u = 0; u < hidden; u++) bias[FORGET_BLOCK * hidden + u]! += MAGENTA_FORGET_BIAS;
  return {
    inputKernel: reorderGates(magenta.inputKernel, inputSize, hidden),
    recurrentKernel: reorderGates(magenta.recurrentKernel, hidden, hidden),
    bias,
  };
}

/**
 * Canonical LSTM arrays -> Magenta's layout, the inverse of canonicalLstmFromMagenta (the block order swap
 * is its own inverse; the constant forget bias comes back out of the bias).
 */
export function magentaLstmFromCanonical(
  hidden: number,
  inputSize: number,
  canonical: { inputKernel: ArrayLike<number>; recurrentKernel: ArrayLike<number>; bias: ArrayLike<number> },
): { inputKernel: Float32Array; recurrentKernel: Float32Array; bias: Float32Array } {
  const bias = reorderGates(canonical.bias, 1, hidden);
  for (let u = 0; u < hidden; u++) bias[MAGENTA_BLOCK_FOR_CANONICAL[FORGET_BLOCK] * hidden + u]! -= MAGENTA_FORGET_BIAS;
  return {
    inputKernel: reorderGates(canonical.inputKernel, inputSize, hidden),
    recurrentKernel: reorderGates(canonical.recurrentKernel, hidden, hidden),
    bias,
  };
}

/**
 * A SketchDecoder (ours, class-conditional) -> the JSON value of its `.gen.json` file, with info.categories
 * and info.opening_frames. Weights beyond ±10 cannot be stored in this format and are refused.
 */
export function encodeDecoderGenJson(decoder: SketchDecoder): unknown[] {
  const w = decoder.weights;
  return encodeGenJson({
    name: decoder.name,
    maxSeqLen: decoder.maxSeqLen,
    scaleFactor: decoder.scaleFactor,
    ...(decoder.conditional ? { categories: [...decoder.categories] } : {}),
    ...(decoder.openingFrames ? { openingFrames: decoder.openingFrames } : {}),
    hiddenSize: w.hiddenSize,
    mixtures: w.mixtures,
    outputKernel: w.outputKernel,
    outputBias: w.outputBias,
    ...magentaLstmFromCanonical(w.hiddenSize, w.inputSize, w),
  });
}

/** A parsed `.gen.json` (the JSON value, not the text) -> SketchDecoder. Throws naming the first problem. */
export function decodeGenJson(json: unknown): SketchDecoder {
  if (!Array.isArray(json) || json.length !== 3) {
    fail(`expected a JSON array [info, shapes, weights], got ${Array.isArray(json) ? `an array of ${json.length}` : typeof json}`);
  }
  const [rawInfo, rawShapes, rawWeights] = json as [unknown, unknown, unknown];
  const info = readInfo(rawInfo);
  // A class-conditional model reads the one-hot category after the 5 stroke-5 values of every step.
  const inputSize = STROKE5_INPUTS + (info.categories?.length ?? 0);
  const { hidden, mixtures } = readShapes(rawShapes, inputSize);
  if (!Array.isArray(rawWeights) || rawWeights.length !== 5) {
    fail(`weights (element 2) must be 5 base64 strings, got ${Array.isArray(rawWeights) ? rawWeights.length : typeof rawWeights}`);
  }
  const shapes = rawShapes as number[][];
  const arrays = shapes.map((shape, i) =>
    dequantise(rawWeights[i], shape.reduce((a, b) => a * b, 1), `weights[${i}] (${ARRAY_NAMES[i]})`),
  );
  const [outputKernel, outputBias, inputKernel, recurrentKernel, bias] = arrays as [
    Float32Array, Float32Array, Float32Array, Float32Array, Float32Array,
  ];
  const weights = {
    inputSize,
    hiddenSize: hidden,
    ...canonicalLstmFromMagenta(hidden, inputSize, { inputKernel, recurrentKernel, bias }),
    outputKernel,
    outputBias,
    mixtures,
  };
  checkDecoderWeights(weights);
  return {
    name: info.name,
    categories: info.categories ?? [info.name],
    conditional: info.categories !== undefined,
    scaleFactor: info.scaleFactor,
    maxSeqLen: info.maxSeqLen,
    ...(info.openingFrames ? { openingFrames: info.openingFrames } : {}),
    weights,
  };
}

/** Floats -> base64 little-endian int16. Throws on values the format cannot hold (|w| > 10, NaN). */
function quantise(values: ArrayLike<number>, what: string): string {
  let binary = '';
  for (let i = 0; i < values.length; i++) {
    const w = values[i]!;
    if (!Number.isFinite(w) || Math.abs(w) > MAGENTA_MAX_WEIGHT) {
      throw new Error(`encodeGenJson: ${what}[${i}] = ${w} is outside the storable range ±${MAGENTA_MAX_WEIGHT}`);
    }
    const v = Math.round((w * INT16_MAX) / MAGENTA_MAX_WEIGHT) & 0xffff;
    binary += String.fromCharCode(v & 0xff, v >> 8);
  }
  return btoa(binary);
}

/** Magenta-layout parts -> the JSON value of a `.gen.json` file (JSON.stringify it to write the file). */
export function encodeGenJson(parts: MagentaGenParts): unknown[] {
  const output = 3 + 6 * parts.mixtures;
  const shapes = expectedShapes(parts.hiddenSize, output, STROKE5_INPUTS + (parts.categories?.length ?? 0));
  const arrays = [parts.outputKernel, parts.outputBias, parts.inputKernel, parts.recurrentKernel, parts.bias];
  arrays.forEach((array, i) => {
    const length = shapes[i]!.reduce((a, b) => a * b, 1);
    if (array.length !== length) throw new Error(`encodeGenJson: ${ARRAY_NAMES[i]} has ${array.length} values, expected ${length}`);
  });
  const info = {
    mode: parts.mode ?? 2,
    version: parts.version ?? 6,
    max_seq_len: parts.maxSeqLen,
    name: parts.name,
    scale_factor: parts.scaleFactor,
    ...(parts.categories ? { categories: parts.categories } : {}),
    ...(parts.openingFrames ? { opening_frames: parts.openingFrames } : {}),
  };
  return [info, shapes, arrays.map((array, i) => quantise(array, ARRAY_NAMES[i]!))];
}
