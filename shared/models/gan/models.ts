/**
 * DCGAN-style generator and discriminator (Radford et al. 2016), as tfjs-layers models so the browser and
 * Node load the same files:
 *
 *   generator      z [latent] -> dense -> [seed, seed, width] -> (conv2dTranspose 4x4 stride 2, batch norm,
 *                  ReLU) per doubling, halving the filters -> conv 3x3 to channels, tanh -> [side, side, ch]
 *   discriminator  image -> (conv 4x4 stride 2, LeakyReLU 0.2) per halving -> minibatch std -> flatten -> dense 1 (a logit)
 *
 * The discriminator has no batch norm: its statistics would mix real and generated batches, and with the
 * tiny face sets this project trains on it overfits less without. Weights start from N(0, 0.02), as DCGAN.
 */
import * as tfl from '@tensorflow/tfjs-layers';
import { checkGanShape, seedSide, type GanShape } from './gan-shape.js';
import { MinibatchStd } from './minibatch-std.js';

const init = (seed: number) => tfl.initializers.randomNormal({ mean: 0, stddev: 0.02, seed });

export function createGenerator(shape: GanShape, seed = 1): tfl.Sequential {
  checkGanShape(shape);
  const { seed: start, upsamplings } = seedSide(shape.side);
  const model = tfl.sequential({ name: 'generator' });
  model.add(tfl.layers.dense({ inputShape: [shape.latent], units: start * start * shape.width, kernelInitializer: init(seed), name: 'project' }));
  model.add(tfl.layers.reshape({ targetShape: [start, start, shape.width] }));
  model.add(tfl.layers.batchNormalization({ name: 'project_bn' }));
  model.add(tfl.layers.reLU());
  let filters = shape.width;
  for (let i = 0; i < upsamplings; i++) {
    filters = Math.max(16, filters / 2);
    model.add(tfl.layers.conv2dTranspose({ filters, kernelSize: 4, strides: 2, padding: 'same', useBias: false, kernelInitializer: init(seed + 10 + i), name: `up${i + 1}` }));
    model.add(tfl.layers.batchNormalization({ name: `up${i + 1}_bn` }));
    model.add(tfl.layers.reLU());
  }
  model.add(tfl.layers.conv2d({ filters: shape.channels, kernelSize: 3, padding: 'same', activation: 'tanh', kernelInitializer: init(seed + 30), name: 'to_pixels' }));
  return model;
}

export function createDiscriminator(shape: GanShape, seed = 2): tfl.Sequential {
  checkGanShape(shape);
  const { upsamplings } = seedSide(shape.side);
  const model = tfl.sequential({ name: 'discriminator' });
  // The discriminator starts wider than the generator ends: a weak critic lets the generator settle on one
  // image that fools it (mode collapse). Each halving doubles the filters, up to twice the generator's width.
  let filters = Math.max(32, shape.width / 2 ** (upsamplings - 1));
  for (let i = 0; i < upsamplings; i++) {
    model.add(
      tfl.layers.conv2d({
        ...(i === 0 ? { inputShape: [shape.side, shape.side, shape.channels] } : {}),
        filters,
        kernelSize: 4,
        strides: 2,
        padding: 'same',
        kernelInitializer: init(seed + i),
        name: `down${i + 1}`,
      }),
    );
    model.add(tfl.layers.leakyReLU({ alpha: 0.2 }));
    filters = Math.min(2 * shape.width, filters * 2);
  }
  model.add(new MinibatchStd({ name: 'minibatch_std' }));
  model.add(tfl.layers.flatten());
  model.add(tfl.layers.dense({ units: 1, kernelInitializer: init(seed + 20), name: 'real_logit' }));
  return model;
}
