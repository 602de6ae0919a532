/**
 * Writes a trained sketch decoder as assets/models/sketch/decoder.gen.json (the weights) and training.json
 * (settings and loss history). The weights file is Magenta's `.gen.json` format, so the game loads our model
 * and Magenta's published ones with one loader; see shared/models/sketch/magenta-gen.ts.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { OpeningFrame, SketchDecoderWeights } from '../../shared/models/sketch/decoder-weights.js';
import { encodeDecoderGenJson } from '../../shared/models/sketch/magenta-gen.js';
import { writeAtomically } from '../../server/ml/file-io.js';
import type { DecoderRunSettings } from './sketch-checkpoint.js';

export const DECODER_FILE = 'decoder.gen.json';

export interface SketchDecoderModelFile {
  name: string;
  openingFrames: Record<string, OpeningFrame>;
  settings: DecoderRunSettings;
  weights: SketchDecoderWeights;
  history: unknown[];
}

export async function writeSketchDecoderModel(dir: string, model: SketchDecoderModelFile): Promise<void> {
  await mkdir(dir, { recursive: true });
  const genJson = encodeDecoderGenJson({
    name: model.name,
    categories: model.settings.categories,
    conditional: true,
    scaleFactor: model.settings.scaleFactor,
    maxSeqLen: model.settings.maxSeqLen,
    openingFrames: model.openingFrames,
    weights: model.weights,
  });
  await writeAtomically(join(dir, DECODER_FILE), JSON.stringify(genJson));
  await writeAtomically(join(dir, 'training.json'), `${JSON.stringify({ settings: model.settings, history: model.history }, null, 1)}\n`);
}
