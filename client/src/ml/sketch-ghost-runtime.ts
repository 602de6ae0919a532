/**
 * The heavy half of ml/sketch-ghost.ts (dynamically imported): our sketch decoder, fetched from the game
 * server (assets/models/sketch/decoder.gen.json), and the same completion code the server's worker runs.
 */
import { mulberry32 } from '../../../shared/game/random';
import { completeDrawing } from '../../../shared/models/sketch/complete-drawing';
import { decodeGenJson } from '../../../shared/models/sketch/magenta-gen';
import type { SketchGhost } from './sketch-ghost';

export const SKETCH_DECODER_URL = '/models/sketch/decoder.gen.json';
/** Low: the ghost shows the model's most typical idea, not one of its wild ones. */
const GHOST_TEMPERATURE = 0.1;
/** Shorter than the server's 100-row budget: a hint, and cheap enough to redo after every stroke. */
const GHOST_STEPS = 80;

export async function createSketchGhost(): Promise<SketchGhost> {
  const response = await fetch(SKETCH_DECODER_URL);
  if (!response.ok) throw new Error(`sketch decoder: HTTP ${response.status}`);
  const decoder = decodeGenJson(await response.json());
  return {
    categories: decoder.categories,
    continueDrawing: (opening, category, seed) =>
      completeDrawing(decoder, opening, { category, temperature: GHOST_TEMPERATURE, maxSteps: GHOST_STEPS, random: mulberry32(seed) }),
  };
}
