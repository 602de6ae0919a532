/**
 * Tiny decoders in Magenta's layout (8 units, the published 20 mixtures), written with encodeGenJson so
 * tests exercise the exact file format without Google's 3 MB files.
 */
import { mulberry32 } from '../../../../shared/game/random.js';
import { encodeGenJson, type MagentaGenParts } from '../../../../shared/models/sketch/magenta-gen.js';

export const TINY_HIDDEN = 8;
export const TINY_MIXTURES = 20;

/**
 * Random weights. With `onGrid` every value is a whole number of int16 steps, so a file round trip is exact;
 * otherwise values are arbitrary and come back within half a step.
 */
export function tinyMagentaParts(seed: number, options: { name?: string; onGrid?: boolean; scale?: number } = {}): MagentaGenParts {
  const random = mulberry32(seed);
  const scale = options.scale ?? 0.8;
  const values = (count: number): Float32Array =>
    Float32Array.from({ length: count }, () => {
      const w = (random() * 2 - 1) * scale;
      // The same expression the decoder uses for int16 k, so on-grid values survive bit for bit.
      return options.onGrid === false ? w : (10 * Math.round((w * 32767) / 10)) / 32767;
    });
  const h = TINY_HIDDEN;
  const out = 3 + 6 * TINY_MIXTURES;
  return {
    name: options.name ?? 'tiny',
    maxSeqLen: 50,
    scaleFactor: 42.5,
    hiddenSize: h,
    mixtures: TINY_MIXTURES,
    outputKernel: values(h * out),
    outputBias: values(out),
    inputKernel: values(5 * 4 * h),
    recurrentKernel: values(h * 4 * h),
    bias: values(4 * h),
  };
}

/** The text of a .gen.json file for a tiny model. */
export function tinyGenJsonText(seed: number, name = 'tiny'): string {
  return JSON.stringify(encodeGenJson(tinyMagentaParts(seed, { name })));
}
