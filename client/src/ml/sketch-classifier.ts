/**
 * The sketch classifier in the browser, for the live "AI thinks: …" bars while a player draws. Loaded on
 * demand: TensorFlow.js and the weights are a separate chunk (sketch-classifier-runtime.ts), fetched the
 * first time a sketch question is on screen, never before and never blocking the pad.
 * Feedback only: the server's classifier judges the finished duet.
 */
import type { Drawing } from '../../../shared/strokes/types';
import { lazyModel } from './sketch-lazy';

export interface SketchClassifier {
  /** Category ids in the order of the probabilities. */
  readonly labels: readonly string[];
  /** One probability per label. */
  classify(drawing: Drawing): number[];
}

export const sketchClassifier = lazyModel<SketchClassifier>('sketch classifier', () =>
  import('./sketch-classifier-runtime').then((m) => m.createSketchClassifier()),
);
