import type { Difficulty } from './schemas';

/**
 * The AI opponent of the reveal race. It watches the same frames as the players and buzzes in on the first
 * frame where the CNN's top probability passes the difficulty's threshold, after a short "reaction" delay.
 * A low threshold makes it fast but sometimes wrong on noisy frames, which is worth seeing in a classroom.
 */
export const AI_STYLES: Record<Difficulty, { threshold: number; reactionMs: number }> = {
  easy: { threshold: 0.995, reactionMs: 1200 },
  medium: { threshold: 0.95, reactionMs: 600 },
  hard: { threshold: 0.8, reactionMs: 200 },
};

export interface AiBuzz {
  digit: number;
  frameIndex: number;
  confidence: number;
  atMs: number;
}

export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] ?? -Infinity) > (values[best] ?? -Infinity)) best = i;
  return best;
}

/** @param probabilitiesPerFrame the CNN's 10 probabilities on each frame, noisiest first */
export function decideAiBuzz(
  probabilitiesPerFrame: readonly (readonly number[])[],
  difficulty: Difficulty,
  frameIntervalMs: number,
): AiBuzz | null {
  const { threshold, reactionMs } = AI_STYLES[difficulty];
  for (let frameIndex = 0; frameIndex < probabilitiesPerFrame.length; frameIndex++) {
    const probs = probabilitiesPerFrame[frameIndex] ?? [];
    const digit = argmax(probs);
    const confidence = probs[digit] ?? 0;
    if (confidence >= threshold) {
      return { digit, frameIndex, confidence, atMs: frameIndex * frameIntervalMs + reactionMs };
    }
  }
  return null;
}
