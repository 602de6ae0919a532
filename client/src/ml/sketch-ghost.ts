/**
 * The ghost: a faint guess of how the AI would finish the opening, drawn under the player's ink while they
 * draw. It samples our own sketch decoder in the browser (plain JS, no TensorFlow.js: ~0.1 ms a step for
 * the built-in model), at a low temperature so the hint is the model's typical idea, and with a seeded
 * random so the same opening always shows the same ghost instead of flickering.
 * Only the built-in model is served to browsers; the server's completion is what counts.
 */
import type { Drawing } from '../../../shared/strokes/types';
import { lazyModel } from './sketch-lazy';

export interface SketchGhost {
  /** Categories the decoder can draw. */
  readonly categories: readonly string[];
  /** The AI's likely strokes after `opening` (not including it), in draw space. */
  continueDrawing(opening: Drawing, category: string, seed: number): Drawing;
}

/** Fetched on first use: the decoder file is the largest thing a sketch question needs. */
export const sketchGhost = lazyModel<SketchGhost>('sketch ghost', () => import('./sketch-ghost-runtime').then((m) => m.createSketchGhost()));

/** A stable 32-bit seed from text (FNV-1a), so a question's ghost is reproducible. */
export function seedFrom(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
