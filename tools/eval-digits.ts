/**
 * Held-out accuracy of the committed digit model (or --model DIR) on the 2,000 held-out MNIST digits.
 *
 *   npm run eval:digits [-- --json] [-- --model DIR]
 *
 * With --json the LAST stdout line is JSON: { accuracy, n, loss, perClassAccuracy, confusion, modelDir }.
 */
import * as tfl from '@tensorflow/tfjs-layers';
import { DEFAULT_DIGIT_MODEL_DIR } from '../server/ml/digit-classifier.js';
import { fileLoadHandler } from '../server/ml/file-io.js';
import { loadMnistSplit } from '../server/ml/mnist-split.js';
import { initTfNodeBackend } from '../server/ml/tf-node-backend.js';
import { parseToolArgs } from './lib/cli-args.js';
import { evaluateDigits } from './lib/digit-eval.js';

const args = parseToolArgs({ json: { type: 'boolean', default: false }, model: { type: 'string' } });
const modelDir = args.model ?? DEFAULT_DIGIT_MODEL_DIR;

await initTfNodeBackend();
const model = await tfl.loadLayersModel(fileLoadHandler(modelDir));
const result = { ...evaluateDigits(model, loadMnistSplit().heldOut), modelDir };

if (args.json) {
  console.log(JSON.stringify(result));
} else {
  console.log(`held-out accuracy ${(result.accuracy * 100).toFixed(2)}% on ${result.n} digits, loss ${result.loss.toFixed(4)}`);
  console.log(`per class: ${result.perClassAccuracy.map((a, d) => `${d}:${(a * 100).toFixed(1)}%`).join(' ')}`);
  console.log('confusion (rows = true digit, columns = predicted):');
  result.confusion.forEach((row, d) => console.log(`  ${d} | ${row.map((n) => String(n).padStart(4)).join('')}`));
}
