/**
 * One GAN training step with the non-saturating loss (Goodfellow et al. 2014): the discriminator learns to
 * tell real from generated, the generator to be called real. `augment` is applied to real and generated
 * images alike before the discriminator sees them (DiffAugment, Zhao et al. 2020): with a tiny set of real
 * images the discriminator otherwise memorises them and the generator stops learning.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';

export interface GanPair {
  generator: tfl.LayersModel;
  discriminator: tfl.LayersModel;
  latent: number;
}

export interface GanStepResult {
  discriminatorLoss: number;
  generatorLoss: number;
}

/** Differentiable augmentation: any function of a batch built from ops with gradients. */
export type Augment = (images: tf.Tensor4D) => tf.Tensor4D;

function trainable(model: tfl.LayersModel): tf.Variable[] {
  return model.trainableWeights.map((w) => w.read() as tf.Variable);
}

/** log(1 + e^x), stable for large |x|: the cross-entropy of a logit against label 0 (real: softplus(-x)). */
const softplus = (x: tf.Tensor) => tf.softplus(x);

export function ganTrainStep(
  pair: GanPair,
  optimizers: { generator: tf.Optimizer; discriminator: tf.Optimizer },
  real: tf.Tensor4D,
  noise: tf.Tensor2D,
  augment: Augment = (x) => x,
): GanStepResult {
  const dLoss = optimizers.discriminator.minimize(
    () =>
      tf.tidy(() => {
        const fake = pair.generator.apply(noise, { training: true }) as tf.Tensor4D;
        const realLogits = pair.discriminator.apply(augment(real), { training: true }) as tf.Tensor;
        const fakeLogits = pair.discriminator.apply(augment(fake), { training: true }) as tf.Tensor;
        return tf.add(tf.mean(softplus(tf.neg(realLogits))), tf.mean(softplus(fakeLogits))) as tf.Scalar;
      }),
    true,
    trainable(pair.discriminator),
  );
  const gLoss = optimizers.generator.minimize(
    () =>
      tf.tidy(() => {
        const fake = pair.generator.apply(noise, { training: true }) as tf.Tensor4D;
        const logits = pair.discriminator.apply(augment(fake), { training: true }) as tf.Tensor;
        return tf.mean(softplus(tf.neg(logits))) as tf.Scalar;
      }),
    true,
    trainable(pair.generator),
  );
  const result = { discriminatorLoss: dLoss!.dataSync()[0]!, generatorLoss: gLoss!.dataSync()[0]! };
  tf.dispose([dLoss!, gLoss!]);
  return result;
}

/** Images in -1..1 from the generator for `noise` (inference mode: batch norm uses its running statistics). */
export function generate(generator: tfl.LayersModel, noise: tf.Tensor2D): tf.Tensor4D {
  return tf.tidy(() => generator.predict(noise) as tf.Tensor4D);
}
