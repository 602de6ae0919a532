/**
 * The heavy half of ml/digit-model.ts (dynamically imported): TensorFlow.js, the backend (tf-backend.ts),
 * the weights.
 */
import { classifyDigits } from '../../../shared/models/digits/classify';
import { DIGIT_MODEL_URL, loadDigitModel } from '../../../shared/models/digits/model';
import { strokesToMnist } from '../../../shared/models/digits/preprocess';
import type { DigitRuntime } from './digit-model';
import { ensureTfBackend } from './tf-backend';

export async function createDigitRuntime(): Promise<DigitRuntime> {
  const backend = await ensureTfBackend();
  const model = await loadDigitModel(DIGIT_MODEL_URL);
  // Warm up once so the first real preview is not the slow one (kernels compile on first use).
  classifyDigits(model, [new Float32Array(784)]);
  return {
    backend,
    classify: (images) => classifyDigits(model, images),
    preprocess: (drawing) => strokesToMnist(drawing),
  };
}
