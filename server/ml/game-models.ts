import type { DigitClassifier } from './digit-classifier';
import type { DeckLibrary } from '../decks/deck-library';
import type { SketchModels } from './sketch-models';

/** A held-out MNIST digit the reveal race can show: 784 floats in 0..1 and its label. */
export interface DigitSample {
  x: Float32Array;
  label: number;
}

export interface DigitPool {
  readonly size: number;
  get(index: number): DigitSample;
}

/** Every model and data set the rounds use, injected into createApp so tests choose what is real. */
export interface GameModels {
  digits: DigitClassifier | null;
  digitPool: DigitPool | null;
  sketch: SketchModels | null;
  /** "Real or AI?" decks; optional so rooms without that round need not load them. */
  decks?: DeckLibrary | null;
}
