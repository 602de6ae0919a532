/**
 * Minibatch standard deviation (Karras et al. 2018, "Progressive Growing of GANs", section 3): the
 * discriminator gets one extra feature map holding how much the images in its batch differ from each other.
 * A generator that collapses to one image (every "digit" the same squiggle) then gives itself away, so it
 * keeps its variety. Measured here: without it our digit GAN collapsed to a single shape by step 750.
 *
 *   [n, h, w, c] -> [n, h, w, c + 1]
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';

export class MinibatchStd extends tfl.layers.Layer {
  static readonly className = 'MinibatchStd';

  override computeOutputShape(inputShape: tfl.Shape): tfl.Shape {
    const [n, h, w, c] = inputShape as [number | null, number, number, number];
    return [n, h, w, c + 1];
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor4D;
      const { variance } = tf.moments(x, 0);
      const spread = tf.mean(tf.sqrt(tf.add(variance, 1e-8)));
      const [n, h, w] = x.shape;
      return tf.concat([x, tf.mul(tf.ones([n, h, w, 1]), spread)], 3);
    });
  }
}

tf.serialization.registerClass(MinibatchStd);
