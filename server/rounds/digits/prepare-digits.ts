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

/**
 * Reveal race: draw held-out digits, noise them into frames, and let the CNN watch every frame now, so the
 * AI's buzz is decided before anyone sees a pixel. The frames the CNN judges are the bytes players get.
 */
async function prepareReveal(config: DigitsConfig, ctx: RoundContext): Promise<RevealQuestionData[]> {
  const pool = ctx.models.digitPool!;
  const classifier = ctx.models.digits!;
  const rand = mulberry32(ctx.seed);
  const indices = shuffled(
    Array.from({ length: pool.size }, (_, i) => i),
    rand,
  ).slice(0, config.questions);
  const questions = indices.map((index) => {
    const sample = pool.get(index);
    const frames = revealFrames(sample.x, FRAME_COUNT, Math.floor(rand() * 2 ** 31));
    return { digit: sample.label, frames };
  });
  const inputs = questions.flatMap((q) => q.frames.map(toUnitFloats));
  const probabilities = await classifier.classify(inputs);
  return questions.map((q, i) => {
    const perFrame = probabilities.slice(i * FRAME_COUNT, (i + 1) * FRAME_COUNT);
    return {
      variant: 'reveal',
      digit: q.digit,
      frames: q.frames.map(encodeImage),
      probabilities: perFrame.map((p) => p.map((v) => Math.round(v * 1e4) / 1e4)),
      ai: decideAiBuzz(perFrame, config.difficulty, FRAME_INTERVAL_MS),
    };
  });
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
