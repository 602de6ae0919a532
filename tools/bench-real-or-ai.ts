/**
 * Real or AI? figures for `npm run bench` (the issue sets no bar; these are for the record): how long the
 * built-in digits deck takes to draw at start-up, how long preparing a 20-question round takes, and how big a
 * question is on the wire (both pictures, as raw pixels) for the digits deck and for a 64 px colour face deck
 * (a one-question stand-in with the London deck's title and credits, so no photographs are needed).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadDeckLibrary } from '../server/decks/deck-library';
import { buildDigitsDeck } from '../server/decks/digits-deck';
import type { GameModels } from '../server/ml/game-models';
import { prepareRealOrAi } from '../server/rounds/real-or-ai/prepare-real-or-ai';
import { DEFAULT_REAL_OR_AI_CONFIG } from '../shared/game/rounds/real-or-ai/schemas';

/** A one-question deck of 64 x 64 colour noise with the London deck's credits, to size a face question. */
function faceModels(): GameModels {
  const picture = (file: string, label: 'real' | 'generated') => ({
    meta: { file, label, source: '001_03.jpg', license: 'CC BY 4.0', attribution: 'a', generator: 'g', checkpoint: 'step-1' } as never,
    pixels: Uint8Array.from({ length: 64 * 64 * 3 }, (_, i) => (i * 7919) % 256),
  });
  const credits = 'DeBruine, L., & Jones, B. (2017). Face Research Lab London Set (Version 5). figshare. https://doi.org/10.6084/m9.figshare.5047666.v5';
  const json = { format: 1 as const, name: 'faces', title: { en: 'Face Research Lab London Set', ko: 'Face Research Lab 런던 얼굴 세트' }, subject: 'faces' as const, side: 64, channels: 3 as const, credits, checkpoints: [], images: [] };
  const deck = { name: 'faces', json, side: 64, channels: 3 as const, real: [picture('real/r1.png', 'real')], levels: [{ checkpoint: 'step-1', step: 1, generated: [picture('generated/g1.png', 'generated')] }], baseline: {} };
  return { digits: null, digitPool: null, sketch: null, decks: { list: () => [], get: () => deck, problems: [] } };
}

export async function benchRealOrAiPrep() {
  const started = performance.now();
  const builtIn = await buildDigitsDeck();
  const digitsDeckBuildMs = Math.round(performance.now() - started);
  const decks = await loadDeckLibrary({ dir: await mkdtemp(join(tmpdir(), 'bench-no-decks-')), builtIn });
  const models: GameModels = { digits: null, digitPool: null, sketch: null, decks };
  const prepStarted = performance.now();
  const questions = await prepareRealOrAi({ ...DEFAULT_REAL_OR_AI_CONFIG, questions: 20, difficulty: 'mixed' }, { models, seed: 1 });
  const prepare20Ms = Math.round((performance.now() - prepStarted) * 10) / 10;
  const digitsQuestionBytes = Buffer.byteLength(JSON.stringify(questions[0]!.view));
  const faceQuestionBytes = Buffer.byteLength(JSON.stringify((await prepareRealOrAi({ ...DEFAULT_REAL_OR_AI_CONFIG, deck: 'faces', questions: 1 }, { models: faceModels(), seed: 1 }))[0]!.view));
  return { digitsDeckBuildMs, prepare20Ms, digitsQuestionBytes, faceQuestionBytes };
}
