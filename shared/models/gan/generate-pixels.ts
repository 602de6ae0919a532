/**
 * Draws images with a trained generator and returns them as 8-bit pixels (the form decks store and the game
 * sends): tanh output -1..1 maps to 0..255. Seeded, so the same generator and seed give the same images.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { generate } from './train-step.js';

/** Each result is side * side * channels bytes, row-major, interleaved. */
export function generatePixels(generator: tfl.LayersModel, count: number, seed: number): Uint8Array[] {
  const [, latent] = generator.inputs[0]!.shape as [null, number];
  const noise = tf.randomNormal([count, latent], 0, 1, 'float32', seed) as tf.Tensor2D;
  const images = generate(generator, noise);
  const [, side, , channels] = images.shape;
  const values = images.dataSync();
  tf.dispose([noise, images]);
  const size = side * side * channels;
  return Array.from({ length: count }, (_, i) => Uint8Array.from(values.subarray(i * size, (i + 1) * size), (v) => Math.round((Math.max(-1, Math.min(1, v)) + 1) * 127.5)));
}
