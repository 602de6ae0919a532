/**
 * The sketch classifier: what the AI thinks a drawing is, as Quick, Draw! shows while you draw. It scores how
 * recognisable a finished duet is and drives the live guess bars in the browser.
 *
 *   input   [batch, 28, 28, 1]  rasterised sketch, white ink 1 on black 0 (preprocess.ts)
 *   conv 3x3x16 same, relu -> pool 2 -> [14, 14, 16]
 *   conv 3x3x32 same, relu -> pool 2 -> [7, 7, 32]
 *   conv 3x3x64 same, relu -> pool 2 -> [3, 3, 64]
 *   flatten 576 -> dense 96 relu (dropout 0.3 while training) -> dense C softmax
 *
 * Sketches are line drawings with little texture, so a narrow net suffices; it is small enough that the
 * browser can run it on every stroke.
 */
import * as tfl from '@tensorflow/tfjs-layers';

export const SKETCH_SIDE = 28;
export const SKETCH_PIXELS = SKETCH_SIDE * SKETCH_SIDE;

/** Where the committed weights are served from in the browser (assets/models/sketch/classifier/ on disk). */
export const SKETCH_CLASSIFIER_URL = '/models/sketch/classifier/model.json';
/** The classifier's category order, next to its model.json. */
export const SKETCH_CLASSIFIER_LABELS = 'labels.json';

export function createSketchClassifier(classes: number, seed = 1): tfl.Sequential {
  const init = (offset: number) => tfl.initializers.glorotUniform({ seed: seed * 100 + offset });
  const model = tfl.sequential({ name: 'sketch_classifier' });
  [16, 32, 64].forEach((filters, i) => {
    model.add(
      tfl.layers.conv2d({
        ...(i === 0 ? { inputShape: [SKETCH_SIDE, SKETCH_SIDE, 1] } : {}),
        filters,
        kernelSize: 3,
        padding: 'same',
        activation: 'relu',
        kernelInitializer: init(i + 1),
        name: `conv${i + 1}`,
      }),
    );
    model.add(tfl.layers.maxPooling2d({ poolSize: 2, name: `pool${i + 1}` }));
  });
  model.add(tfl.layers.flatten({ name: 'flatten' }));
  model.add(tfl.layers.dense({ units: 96, activation: 'relu', kernelInitializer: init(5), name: 'dense1' }));
  model.add(tfl.layers.dropout({ rate: 0.3, seed: seed * 100 + 6, name: 'dropout' }));
  model.add(tfl.layers.dense({ units: classes, activation: 'softmax', kernelInitializer: init(7), name: 'probs' }));
  return model;
}
