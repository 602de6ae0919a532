/**
 * The separability figure of `eval:gan`: how well a small CNN, trained on half of the real and generated
 * images, tells real from generated on the other half. 0.5 is chance (players cannot do better by pixel
 * statistics a small network finds); 1.0 means the fakes are trivially spotted. Lower is harder for players.
 *
 * Balanced classes (as many generated as real, the smaller count of the two), a seeded split and seeded
 * weights, so the same images give the same figure.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { seededRandom, shuffleInPlace } from './seeded-random.js';

export interface Separability {
  /** Held-out accuracy of the real-vs-generated classifier. */
  accuracy: number;
  trainImages: number;
  testImages: number;
}

function classifier(side: number, channels: number, seed: number): tfl.Sequential {
  const init = (k: number) => tfl.initializers.glorotUniform({ seed: seed + k });
  const model = tfl.sequential();
  model.add(tfl.layers.conv2d({ inputShape: [side, side, channels], filters: 8, kernelSize: 3, strides: 2, padding: 'same', activation: 'relu', kernelInitializer: init(1) }));
  model.add(tfl.layers.conv2d({ filters: 16, kernelSize: 3, strides: 2, padding: 'same', activation: 'relu', kernelInitializer: init(2) }));
  model.add(tfl.layers.conv2d({ filters: 32, kernelSize: 3, strides: 2, padding: 'same', activation: 'relu', kernelInitializer: init(3) }));
  model.add(tfl.layers.globalAveragePooling2d({}));
  model.add(tfl.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: init(4) }));
  model.compile({ optimizer: tf.train.adam(2e-3), loss: 'binaryCrossentropy', metrics: ['accuracy'] });
  return model;
}

/** `real` and `generated` are side * side * channels bytes each. */
export async function separability(
  real: Uint8Array[],
  generated: Uint8Array[],
  shape: { side: number; channels: number },
  options: { seed?: number; epochs?: number } = {},
): Promise<Separability> {
  const seed = options.seed ?? 1;
  const random = seededRandom(seed);
  const n = Math.min(real.length, generated.length);
  const pick = (images: Uint8Array[]) => shuffleInPlace(images.slice(), random).slice(0, n);
  const labelled = [...pick(real).map((x) => ({ x, y: 1 })), ...pick(generated).map((x) => ({ x, y: 0 }))];
  // Split each class in half, so train and test are both balanced.
  const half = (y: number) => labelled.filter((item) => item.y === y);
  const cut = Math.floor(n / 2);
  const train = shuffleInPlace([...half(1).slice(0, cut), ...half(0).slice(0, cut)], random);
  const test = [...half(1).slice(cut), ...half(0).slice(cut)];
  const size = shape.side * shape.side * shape.channels;
  const tensors = (items: typeof labelled) => {
    const xs = new Float32Array(items.length * size);
    items.forEach((item, i) => xs.set(Float32Array.from(item.x, (v) => v / 127.5 - 1), i * size));
    return { xs: tf.tensor4d(xs, [items.length, shape.side, shape.side, shape.channels]), ys: tf.tensor2d(items.map((item) => item.y), [items.length, 1]) };
  };
  const model = classifier(shape.side, shape.channels, seed);
  const trainSet = tensors(train);
  const testSet = tensors(test);
  await model.fit(trainSet.xs, trainSet.ys, { epochs: options.epochs ?? 40, batchSize: 16, shuffle: false, verbose: 0 });
  const predicted = model.predict(testSet.xs) as tf.Tensor;
  const p = predicted.dataSync();
  const truth = testSet.ys.dataSync();
  let right = 0;
  p.forEach((v, i) => (right += (v >= 0.5 ? 1 : 0) === truth[i] ? 1 : 0));
  tf.dispose([trainSet.xs, trainSet.ys, testSet.xs, testSet.ys, predicted]);
  model.dispose();
  return { accuracy: right / test.length, trainImages: train.length, testImages: test.length };
}
