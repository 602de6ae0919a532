/**
 * Worker thread that owns the Sketch Duet models: the decoders that finish drawings (ours and any downloaded
 * Magenta ones) and the sketch classifier. Sampling is plain JS and the classifier is wasm; both are
 * synchronous, so they run here and never on the server's event loop. Talks sketch-worker-protocol.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as tfl from '@tensorflow/tfjs-layers';
import { mulberry32 } from '../../shared/game/random.js';
import { BUILT_IN_SKETCH_MODEL } from '../../shared/game/rounds/sketch/schemas.js';
import type { SketchDecoder } from '../../shared/models/sketch/decoder-weights.js';
import { completeDrawing } from '../../shared/models/sketch/complete-drawing.js';
import { estimateDrawScale } from '../../shared/models/sketch/draw-scale.js';
import { decodeGenJson } from '../../shared/models/sketch/magenta-gen.js';
import { classifySketches } from '../../shared/models/sketch-classifier/classify.js';
import { SKETCH_CLASSIFIER_LABELS } from '../../shared/models/sketch-classifier/model.js';
import { fileLoadHandler } from './file-io.js';
import { loadMagentaModels } from './magenta-models.js';
import type { FromSketchWorker, SketchWorkerData, ToSketchWorker } from './sketch-worker-protocol.js';
import { initTfNodeBackend } from './tf-node-backend.js';

if (!parentPort) throw new Error('sketch-worker.ts must run as a worker thread');
const port = parentPort;
const send = (message: FromSketchWorker) => port.postMessage(message);

interface LoadedDecoder {
  decoder: SketchDecoder;
  drawScale: number;
}

async function main(): Promise<void> {
  const { modelDir, magentaDir } = workerData as SketchWorkerData;
  const decoders = new Map<string, LoadedDecoder>();
  let classifier: tfl.LayersModel;
  let classifierCategories: string[];
  let problems: string[];
  try {
    const ours = decodeGenJson(JSON.parse(await readFile(join(modelDir, 'decoder.gen.json'), 'utf8')));
    decoders.set(BUILT_IN_SKETCH_MODEL, { decoder: { ...ours, name: BUILT_IN_SKETCH_MODEL }, drawScale: 1 });
    const magenta = await loadMagentaModels(magentaDir);
    problems = magenta.errors;
    for (const decoder of magenta.decoders) {
      if (decoders.has(decoder.name)) problems.push(`${decoder.name}: clashes with a built-in model name; skipped`);
      else decoders.set(decoder.name, { decoder, drawScale: estimateDrawScale(decoder) });
    }
    await initTfNodeBackend();
    const classifierDir = join(modelDir, 'classifier');
    classifier = await tfl.loadLayersModel(fileLoadHandler(classifierDir));
    classifierCategories = JSON.parse(await readFile(join(classifierDir, SKETCH_CLASSIFIER_LABELS), 'utf8')) as string[];
    classifySketches(classifier, [[[[0, 0], [10, 10]]]]); // warm up: the first call builds XNNPACK operators
  } catch (error) {
    send({ type: 'init-error', message: error instanceof Error ? error.message : String(error) });
    return;
  }

  port.on('message', (message: ToSketchWorker) => {
    try {
      if (message.type === 'classify') {
        send({ type: 'classified', id: message.id, probabilities: classifySketches(classifier, message.drawings) });
        return;
      }
      const loaded = decoders.get(message.model);
      if (!loaded) throw new Error(`no sketch model "${message.model}"`);
      const completion = completeDrawing(
        loaded.decoder,
        message.opening,
        {
          category: message.category,
          temperature: message.temperature,
          maxSteps: message.maxSteps,
          random: mulberry32(message.seed),
          drawScale: loaded.drawScale,
        },
        (stroke) => send({ type: 'stroke', id: message.id, stroke }),
      );
      send({ type: 'completed', id: message.id, completion });
    } catch (error) {
      send({ type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) });
    }
  });
  send({
    type: 'ready',
    models: [...decoders.values()].map(({ decoder }) => ({ name: decoder.name, categories: [...decoder.categories], conditional: decoder.conditional })),
    classifierCategories,
    problems,
  });
}

void main();
