import { randomBytes } from 'node:crypto';
import { mulberry32, shuffled } from '../../../shared/game/random';
import { decideAiBuzz } from '../../../shared/game/rounds/digits/ai-player';
import { encodeImage, toUnitFloats } from '../../../shared/game/rounds/digits/image-codec';
import { revealFrames } from '../../../shared/game/rounds/digits/noise-schedule';
import {
  FRAME_COUNT,
  FRAME_INTERVAL_MS,
  type DigitsQuestionData,
  type DrawQuestionData,
  type RevealQuestionData,
} from '../../../shared/game/rounds/digits/rules';
import type { DigitsConfig } from '../../../shared/game/rounds/digits/schemas';
import type { RoundContext } from '../server-round';

/** A held-out digit becomes a question only if the CNN reads its clean image this surely: MNIST has some
 * digits a person would call something else, and a race on those is no fun. */
const CLEAN_MIN_CONFIDENCE = 0.9;

/**
 * Reveal race: draw held-out digits, noise them into frames, and let the CNN watch every frame now, so the
 * AI's buzz is decided before anyone sees a pixel. The frames the CNN judges are the bytes players get.
 */
async function prepareReveal(config: DigitsConfig, ctx: RoundContext): Promise<RevealQuestionData[]> {
  const pool = ctx.models.digitPool!;
  const classifier = ctx.models.digits!;
  const rand = mulberry32(ctx.seed);
  const candidates = shuffled(
    Array.from({ length: pool.size }, (_, i) => i),
    rand,
  );
  const chosen: RevealQuestionData[] = [];
  while (chosen.length < config.questions && candidates.length > 0) {
    const batch = candidates.splice(0, 2 * (config.questions - chosen.length)).map((index) => {
      const sample = pool.get(index);
      return { digit: sample.label, frames: revealFrames(sample.x, FRAME_COUNT, Math.floor(rand() * 2 ** 31)) };
    });
    const probabilities = await classifier.classify(batch.flatMap((q) => q.frames.map(toUnitFloats)));
    batch.forEach((q, i) => {
      const perFrame = probabilities.slice(i * FRAME_COUNT, (i + 1) * FRAME_COUNT);
      const clean = perFrame[FRAME_COUNT - 1] ?? [];
      if ((clean[q.digit] ?? 0) < CLEAN_MIN_CONFIDENCE || chosen.length >= config.questions) return;
      chosen.push({
        variant: 'reveal',
        digit: q.digit,
        frames: q.frames.map(encodeImage),
        probabilities: perFrame.map((p) => p.map((v) => Math.round(v * 1e4) / 1e4)),
        ai: decideAiBuzz(perFrame, config.difficulty, FRAME_INTERVAL_MS),
      });
    });
  }
  return chosen;
}

/** Draw race: prompts cycle through shuffled digits, so a short game never repeats one. */
function prepareDraw(config: DigitsConfig, ctx: RoundContext): DrawQuestionData[] {
  const rand = mulberry32(ctx.seed);
  const prompts: number[] = [];
  while (prompts.length < config.questions) prompts.push(...shuffled([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], rand));
  return prompts.slice(0, config.questions).map((prompt) => ({ variant: 'draw', prompt }));
}

export async function prepareDigits(config: DigitsConfig, ctx: RoundContext): Promise<DigitsQuestionData[]> {
  return config.variant === 'reveal' ? prepareReveal(config, ctx) : prepareDraw(config, ctx);
}

/** Question ids are random so that nothing about a question can be guessed from its id. */
export function newQuestionId(): string {
  return randomBytes(9).toString('base64url');
}
