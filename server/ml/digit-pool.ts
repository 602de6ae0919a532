import type { DigitPool } from './game-models';
import { HELD_OUT_COUNT, heldOutDigit } from './mnist-split';

/** The 2,000 held-out MNIST digits (never trained on) are the reveal race's questions. */
export const heldOutPool: DigitPool = {
  size: HELD_OUT_COUNT,
  get: (index) => heldOutDigit(index),
};
