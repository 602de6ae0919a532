/**
 * Training-time augmentation of 28x28 MNIST batches, as tensor ops (runs on wasm).
 *
 * Why these: 8,000 training digits are few, and the game feeds the model digits drawn with a mouse or a
 * finger, which are more tilted, sheared, off-size and differently thick than MNIST's pen digits.
 * - stroke thickness: blend towards a 3x3 dilation (thicker) or erosion (thinner);
 * - a random affine warp about the centre: rotation, anisotropic scale, shear, small shift.
 */
import * as tf from '@tensorflow/tfjs-core';
import { uniform, type Random } from './seeded-random.js';

export interface AugmentOptions {
  maxRotationDeg: number;
  scaleRange: [number, number];
  maxShear: number;
  maxShiftPx: number;
  thickenProbability: number;
  thinProbability: number;
}

export const DEFAULT_AUGMENT: AugmentOptions = {
  maxRotationDeg: 12,
  scaleRange: [0.85, 1.12],
  maxShear: 0.25,
  maxShiftPx: 2.5,
  thickenProbability: 0.25,
  thinProbability: 0.15,
};

/** Milder warps and no thickness change: the last epochs fit the clean MNIST distribution more closely. */
export const LIGHT_AUGMENT: AugmentOptions = {
  maxRotationDeg: 6,
  scaleRange: [0.94, 1.06],
  maxShear: 0.1,
  maxShiftPx: 1.5,
  thickenProbability: 0,
  thinProbability: 0,
};

const CENTRE = 13.5;

/**
 * Inverse affine for tf.image.transform, which maps each OUTPUT pixel to the INPUT point it samples:
 * [a0, a1, a2, b0, b1, b2, 0, 0] with in = (a0 x + a1 y + a2, b0 x + b1 y + b2).
 */
function randomInverseAffine(rng: Random, o: AugmentOptions): number[] {
  const theta = (uniform(rng, -o.maxRotationDeg, o.maxRotationDeg) * Math.PI) / 180;
  const base = uniform(rng, o.scaleRange[0], o.scaleRange[1]);
  const sx = base * uniform(rng, 0.92, 1.08);
  const sy = base * uniform(rng, 0.92, 1.08);
  const shear = uniform(rng, -o.maxShear, o.maxShear);
  const tx = uniform(rng, -o.maxShiftPx, o.maxShiftPx);
  const ty = uniform(rng, -o.maxShiftPx, o.maxShiftPx);
  // Forward A = rotation * shear(x by y) * scale; out = A (in - c) + c + t.
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  const a = c * sx;
  const b = (c * shear - s) * sy;
  const d = s * sx;
  const e = (s * shear + c) * sy;
  const det = a * e - b * d;
  const [i00, i01, i10, i11] = [e / det, -b / det, -d / det, a / det];
  // in = Ainv (out - c - t) + c
  const ox = CENTRE + tx;
  const oy = CENTRE + ty;
  return [i00, i01, CENTRE - (i00 * ox + i01 * oy), i10, i11, CENTRE - (i10 * ox + i11 * oy), 0, 0];
}

/** x: [batch, 28, 28, 1] in 0..1 -> augmented [batch, 28, 28, 1] in 0..1. Caller owns the result. */
export function augmentDigitBatch(x: tf.Tensor4D, rng: Random, options: AugmentOptions = DEFAULT_AUGMENT): tf.Tensor4D {
  const n = x.shape[0];
  const thicken = new Float32Array(n);
  const thin = new Float32Array(n);
  const transforms: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng();
    if (r < options.thickenProbability) thicken[i] = uniform(rng, 0.3, 1);
    else if (r < options.thickenProbability + options.thinProbability) thin[i] = uniform(rng, 0.3, 0.8);
    transforms.push(...randomInverseAffine(rng, options));
  }
  return tf.tidy(() => {
    const dilated = tf.maxPool(x, 3, 1, 'same');
    const eroded = tf.neg(tf.maxPool(tf.neg(x), 3, 1, 'same'));
    const wThick = tf.tensor4d(thicken, [n, 1, 1, 1]);
    const wThin = tf.tensor4d(thin, [n, 1, 1, 1]);
    // Chained tensor methods are not registered when importing tfjs-core alone, hence the functional ops.
    const strokes: tf.Tensor4D = tf.add(tf.add(x, tf.mul(tf.sub(dilated, x), wThick)), tf.mul(tf.sub(eroded, x), wThin));
    const warped = tf.image.transform(strokes, tf.tensor2d(transforms, [n, 8]), 'bilinear', 'constant', 0);
    return tf.clipByValue(warped, 0, 1);
  });
}
