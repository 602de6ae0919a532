/**
 * The heavy half of ml/sketch-classifier.ts (dynamically imported): TensorFlow.js, a backend and the
 * classifier's weights and labels from assets/models/sketch/classifier/.
 *
 * Backend: the page's one TensorFlow.js backend (tf-backend.ts), shared with the digit model.
 */
import * as tfl from '@tensorflow/tfjs-layers';
import { classifySketches } from '../../../shared/models/sketch-classifier/classify';
import { SKETCH_CLASSIFIER_LABELS, SKETCH_CLASSIFIER_URL } from '../../../shared/models/sketch-classifier/model';
import type { SketchClassifier } from './sketch-classifier';
import { ensureTfBackend } from './tf-backend';

export async function createSketchClassifier(): Promise<SketchClassifier> {
  await ensureTfBackend();
  const labelsUrl = new URL(SKETCH_CLASSIFIER_LABELS, new URL(SKETCH_CLASSIFIER_URL, window.location.href)).href;
  const [model, labels] = await Promise.all([
    tfl.loadLayersModel(SKETCH_CLASSIFIER_URL),
    fetch(labelsUrl).then((r) => {
      if (!r.ok) throw new Error(`sketch labels: HTTP ${r.status}`);
      return r.json() as Promise<string[]>;
    }),
  ]);
  // Warm up once so the first live guess is not the slow one (kernels compile on first use).
  classifySketches(model, [[[[0, 0], [10, 10]]]]);
  return { labels, classify: (drawing) => classifySketches(model, [drawing])[0] ?? [] };
}
