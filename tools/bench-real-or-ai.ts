/**
 * Real or AI? figures for `npm run bench` (the issue sets no bar; these are for the record): how long the
 * built-in digits deck takes to draw at start-up, how long preparing a 20-question round takes, and how big a
 * question is on the wire (both pictures, as raw pixels) for the digits deck and a 64 px colour face deck.
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
  // A 64 x 64 RGB face: 12,288 bytes per picture, base64 16,384 characters; two per question plus the frame.
  const faceQuestionBytes = digitsQuestionBytes + 2 * (Math.ceil((64 * 64 * 3) / 3) * 4 - Math.ceil((28 * 28) / 3) * 4);
  return { digitsDeckBuildMs, prepare20Ms, digitsQuestionBytes, faceQuestionBytes };
}
