import { randomBytes } from 'node:crypto';
import type { Verdict } from '../../../shared/game/round-rules';
import type { SketchQuestionData } from '../../../shared/game/rounds/sketch/rules';
import type { SketchConfig, SketchJudgement } from '../../../shared/game/rounds/sketch/schemas';
import type { Answer } from '../../../shared/game/rounds/registry-schemas';
import { MAX_COMPLETION_STEPS, prepareOpening } from '../../../shared/models/sketch/complete-drawing';
import type { Drawing, Stroke } from '../../../shared/strokes/types';
import type { GameModels } from '../../ml/game-models';
import type { SketchModels } from '../../ml/sketch-models';
import type { LiveChannel } from '../server-round';

/** Guesses shown with a duet: enough to see what else the AI considered. */
const GUESSES = 3;
/** The wire schema's bounds for AI strokes; a model that wanders off the pad is clipped to them. */
const MIN_COORD = -512;
const MAX_COORD = 768;

/** The wire schema's bounds; a model that wanders off the pad is clipped, a non-finite point dropped. */
function clampStroke(stroke: Stroke): Stroke {
  const clamp = (v: number) => Math.min(MAX_COORD, Math.max(MIN_COORD, v));
  return stroke.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)).map(([x, y]): [number, number] => [clamp(x), clamp(y)]);
}

/**
 * The server's duet: the sketch model finishes the opening in the worker, each stroke streamed to the room
 * as it is drawn (the opening first, so everyone sees the whole duet made), then the classifier says what
 * the finished drawing looks like. Both runs are the server's; the browser's ghost was only a hint.
 */
export async function judgeSketch(
  data: SketchQuestionData,
  config: SketchConfig,
  answer: Answer,
  models: GameModels,
  live: LiveChannel,
): Promise<Verdict> {
  if (answer.type !== 'sketch') throw new Error('Sketch Duet takes a sketch');
  const sketch = models.sketch!;
  // Random, so gallery order and ids say nothing about who drew what.
  const entryId = randomBytes(6).toString('hex');
  // What the room sees and the gallery keeps is the opening as the model read it: simplified, rounded.
  const opening = prepareOpening(answer.strokes);
  if (opening.length === 0) throw new Error('an opening with no drawable points');
  live.toAnswerer({ kind: 'sketch-yours', entryId });
  try {
    return await finishDuet(entryId, opening, data, config, sketch, live);
  } catch (error) {
    live.toRoom({ kind: 'sketch-cancelled', entryId });
    throw error;
  }
}

/** A duet refused after judging (too late, or the player left): the room drops the one it watched. */
export function discardSketch(verdict: Verdict, live: LiveChannel): void {
  const judgement = verdict.judgement;
  if (judgement && 'entryId' in judgement) live.toRoom({ kind: 'sketch-cancelled', entryId: judgement.entryId });
}

async function finishDuet(
  entryId: string,
  opening: Drawing,
  data: SketchQuestionData,
  config: SketchConfig,
  sketch: SketchModels,
  live: LiveChannel,
): Promise<Verdict> {
  opening.forEach((stroke, index) => live.toRoom({ kind: 'sketch-stroke', entryId, index, by: 'player', stroke }));
  let index = opening.length;
  const raw = await sketch.complete(
    { model: data.model, category: data.category, opening, temperature: config.temperature, maxSteps: MAX_COMPLETION_STEPS, seed: randomBytes(4).readUInt32LE() },
    (stroke) => live.toRoom({ kind: 'sketch-stroke', entryId, index: index++, by: 'ai', stroke: clampStroke(stroke) }),
  );
  live.toRoom({ kind: 'sketch-finished', entryId });
  const completion = raw.map(clampStroke).filter((stroke) => stroke.length > 0);
  const [probabilities = []] = await sketch.classify([[...opening, ...completion]]);
  const labels = sketch.classifierCategories;
  const guesses = probabilities
    .map((probability, i) => ({ category: labels[i]!, probability: Math.round(probability * 1e4) / 1e4 }))
    .sort((a, b) => b.probability - a.probability)
    .slice(0, GUESSES);
  const known = labels.indexOf(data.category);
  const judgement: SketchJudgement = {
    kind: 'sketch',
    entryId,
    opening,
    completion,
    guesses,
    recognisability: known >= 0 ? Math.round((probabilities[known] ?? 0) * 1e4) / 1e4 : null,
  };
  const top = guesses[0];
  return {
    correct: top?.category === data.category,
    answerText: `${data.category}: ${opening.length}+${completion.length} strokes; AI sees ${top?.category ?? '?'} (${Math.round((top?.probability ?? 0) * 100)}%)`,
    judgement,
  };
}
