/** Held-out evaluation of a digit model: accuracy, loss, per-class accuracy and confusion matrix. */
import type * as tfl from '@tensorflow/tfjs-layers';
import { argMax, classifyDigits } from '../../shared/models/digits/classify.js';
import type { LabelledDigit } from '../../server/ml/mnist-split.js';

export interface DigitEvaluation {
  accuracy: number;
  n: number;
  /** Mean cross-entropy, -log p(true class). */
  loss: number;
  perClassAccuracy: number[];
  /** confusion[true][predicted] counts. */
  confusion: number[][];
}

export function evaluateDigits(model: tfl.LayersModel, digits: readonly LabelledDigit[], batchSize = 500): DigitEvaluation {
  const confusion = Array.from({ length: 10 }, () => new Array<number>(10).fill(0));
  let correct = 0;
  let lossSum = 0;
  for (let start = 0; start < digits.length; start += batchSize) {
    const chunk = digits.slice(start, start + batchSize);
    const probs = classifyDigits(model, chunk.map((d) => d.x));
    chunk.forEach((digit, i) => {
      const p = probs[i]!;
      const predicted = argMax(p);
      confusion[digit.label]![predicted]! += 1;
      if (predicted === digit.label) correct++;
      lossSum += -Math.log(Math.max(p[digit.label]!, 1e-7));
    });
  }
  const perClassAccuracy = confusion.map((row, label) => {
    const total = row.reduce((a, b) => a + b, 0);
    return total === 0 ? 0 : row[label]! / total;
  });
  return { accuracy: correct / digits.length, n: digits.length, loss: lossSum / digits.length, perClassAccuracy, confusion };
}
