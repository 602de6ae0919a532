/** Messages between the sketch models (main thread, sketch-models.ts) and their worker thread. */
import type { Drawing, Stroke } from '../../shared/strokes/types.js';

export interface SketchWorkerData {
  /** Our decoder (decoder.gen.json) and classifier (classifier/) live here. */
  modelDir: string;
  /** Downloaded Magenta models (*.gen.json); a missing folder means none. */
  magentaDir: string;
}

export interface SketchModelInfo {
  name: string;
  categories: string[];
  conditional: boolean;
}

export interface CompleteRequest {
  model: string;
  category: string;
  opening: Drawing;
  temperature: number;
  maxSteps: number;
  seed: number;
}

export type ToSketchWorker =
  | ({ type: 'complete'; id: number } & CompleteRequest)
  | { type: 'classify'; id: number; drawings: Drawing[] };

export type FromSketchWorker =
  | { type: 'ready'; models: SketchModelInfo[]; classifierCategories: string[]; problems: string[] }
  | { type: 'init-error'; message: string }
  /** One finished AI stroke of completion `id`, sent as soon as its pen lifts. */
  | { type: 'stroke'; id: number; stroke: Stroke }
  | { type: 'completed'; id: number; completion: Drawing }
  | { type: 'classified'; id: number; probabilities: number[][] }
  | { type: 'failed'; id: number; message: string };
