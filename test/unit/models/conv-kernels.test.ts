/**
 * The composite conv gradient kernels registered for wasm must match the cpu backend's reference kernels.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// Registers the gradient of every op (its Node bundle does so on import), for tf.grads below.
import '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { initTfNodeBackend } from '../../../server/ml/tf-node-backend.js';

type Pad = 'same' | 'valid';
type Shape4 = [number, number, number, number];
interface Case {
  x: Shape4;
  filter: Shape4;
  stride: number;
  pad: Pad;
}

const CASES: Case[] = [
  { x: [2, 28, 28, 1], filter: [5, 5, 1, 8], stride: 1, pad: 'same' },
  { x: [3, 14, 14, 6], filter: [5, 5, 6, 4], stride: 1, pad: 'valid' },
  { x: [2, 9, 9, 2], filter: [4, 4, 2, 3], stride: 1, pad: 'same' },
  { x: [3, 13, 11, 3], filter: [3, 3, 3, 5], stride: 2, pad: 'valid' },
  { x: [3, 13, 11, 3], filter: [3, 3, 3, 5], stride: 2, pad: 'same' },
  { x: [2, 10, 10, 4], filter: [1, 1, 4, 2], stride: 2, pad: 'same' },
];

/** Deterministic pseudo-random values in -1..1 (Math.random would make failures unreproducible). */
function values(count: number, seed: number): Float32Array {
  let s = seed;
  return Float32Array.from({ length: count }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return (s / 2147483648) * 2 - 1;
  });
}

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

async function onBackend<T>(name: string, fn: () => T | Promise<T>): Promise<T> {
  await tf.setBackend(name);
  return fn();
}

function maxAbsDiff(a: Float32Array | Int32Array | Uint8Array, b: Float32Array | Int32Array | Uint8Array): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
  return worst;
}

beforeAll(async () => {
  await initTfNodeBackend();
});

describe.each(CASES)('conv2d %o', ({ x: xShape, filter: filterShape, stride, pad }) => {
  const x = values(size(xShape), 1);
  const filter = values(size(filterShape), 2);

  async function outShape(): Promise<Shape4> {
    return onBackend('cpu', () => tf.conv2d(tf.tensor4d(x, xShape), tf.tensor4d(filter, filterShape), stride, pad).shape);
  }

  it('Conv2DBackpropFilter on wasm matches cpu', async () => {
    const dyShape = await outShape();
    const dy = values(size(dyShape), 3);
    const run = () =>
      (tf.engine().runKernel(
        'Conv2DBackpropFilter',
        { x: tf.tensor4d(x, xShape), dy: tf.tensor4d(dy, dyShape) },
        { strides: stride, pad, dataFormat: 'NHWC', filterShape } as unknown as tf.NamedAttrMap,
      ) as tf.Tensor).dataSync();
    const wasm = await onBackend('wasm', run);
    const cpu = await onBackend('cpu', run);
    expect(maxAbsDiff(wasm, cpu)).toBeLessThan(1e-3);
  });

  it('Conv2DBackpropInput on wasm matches cpu', async () => {
    const dyShape = await outShape();
    const dy = values(size(dyShape), 4);
    const run = () =>
      (tf.engine().runKernel(
        'Conv2DBackpropInput',
        { dy: tf.tensor4d(dy, dyShape), filter: tf.tensor4d(filter, filterShape) },
        { strides: stride, pad, dataFormat: 'NHWC', inputShape: xShape } as unknown as tf.NamedAttrMap,
      ) as tf.Tensor).dataSync();
    const wasm = await onBackend('wasm', run);
    const cpu = await onBackend('cpu', run);
    expect(maxAbsDiff(wasm, cpu)).toBeLessThan(1e-3);
  });

  it('full gradient of relu(conv2d) -> maxPool -> sum matches cpu, and frees its intermediates', async () => {
    const grads = () =>
      tf.tidy(() => {
        const f = (a: tf.Tensor4D, w: tf.Tensor4D) => tf.sum(tf.square(tf.relu(tf.conv2d(a, w, stride, pad))));
        const [dx, dw] = tf.grads(f as (...args: tf.Tensor[]) => tf.Tensor)([tf.tensor4d(x, xShape), tf.tensor4d(filter, filterShape)]);
        return [dx!.dataSync(), dw!.dataSync()];
      });
    const wasm = await onBackend('wasm', () => {
      const before = tf.memory().numTensors;
      const out = grads();
      expect(tf.memory().numTensors).toBe(before);
      return out;
    });
    const cpu = await onBackend('cpu', grads);
    // Relative tolerance: sums of squares grow with the number of terms.
    const scale = Math.max(1, ...Array.from(cpu[1]!, Math.abs));
    expect(maxAbsDiff(wasm[0]!, cpu[0]!) / scale).toBeLessThan(1e-4);
    expect(maxAbsDiff(wasm[1]!, cpu[1]!) / scale).toBeLessThan(1e-4);
  });
});

describe('pooling and activation gradients the digit model needs exist on wasm', () => {
  it('MaxPoolGrad and relu gradients match cpu', async () => {
    const xs = values(2 * 8 * 8 * 3, 5);
    const grad = () =>
      tf.tidy(() => tf.grad((a: tf.Tensor) => tf.sum(tf.maxPool(tf.relu(a as tf.Tensor4D), 2, 2, 'valid')))(tf.tensor4d(xs, [2, 8, 8, 3])).dataSync());
    const wasm = await onBackend('wasm', grad);
    const cpu = await onBackend('cpu', grad);
    expect(maxAbsDiff(wasm, cpu)).toBeLessThan(1e-6);
  });
});
