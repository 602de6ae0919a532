import { randomBytes, randomInt } from 'node:crypto';
import { mulberry32, shuffled } from '../../../shared/game/random';
import type { RealOrAiQuestionData } from '../../../shared/game/rounds/real-or-ai/rules';
import type { RealOrAiConfig, RealOrAiDifficulty } from '../../../shared/game/rounds/real-or-ai/schemas';
import { chooseTips } from '../../../shared/game/rounds/real-or-ai/tips';
import type { PlayableDeck } from '../../decks/deck-library';
import type { GameModels } from '../../ml/game-models';
import type { RoundContext } from '../server-round';

/** Which of the deck's levels (GAN checkpoints, easiest first) a difficulty draws from; null = any. */
function levelIndex(difficulty: RealOrAiDifficulty, levels: number): number | null {
  if (difficulty === 'mixed') return null;
  return { easy: 0, medium: Math.floor((levels - 1) / 2), hard: levels - 1 }[difficulty];
}

/** Why this config cannot be played with the decks loaded, as a message for the host; null when it can. */
export function realOrAiProblem(config: RealOrAiConfig, models: GameModels): string | null {
  const deck = models.decks?.get(config.deck);
  if (!deck) {
    const add = config.deck === 'london' ? 'npm run deck -- fetch london' : `npm run deck -- import --real <photos> --name ${config.deck} --license <text>`;
    return `deck "${config.deck}" is not installed on this server (add it with: ${add}, then restart)`;
  }
  if (deck.levels.length === 0) return `deck "${config.deck}" has no AI images yet (npm run train:gan -- --deck ${config.deck})`;
  return null;
}

/** 12 characters from 9 random bytes: fresh per question, so an id says nothing about its image. */
const choiceId = () => randomBytes(9).toString('base64url');

const base64 = (pixels: Uint8Array) => Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength).toString('base64');

/**
 * Pairs real and generated images without repeats. Everything a client will see before the reveal is made
 * the same way for both images: raw pixels of one length, fresh random ids, a coin-flip order drawn from
 * the OS's randomness (not the seeded stream), so nothing but the pixels tells them apart.
 */
export async function prepareRealOrAi(config: RealOrAiConfig, ctx: RoundContext): Promise<RealOrAiQuestionData[]> {
  const deck: PlayableDeck = ctx.models.decks!.get(config.deck)!;
  const rand = mulberry32(ctx.seed);
  // Pictures another round of this game showed come last, so they repeat only once the deck runs out.
  const shown = ctx.shown ?? new Set<string>();
  const key = (file: string) => `${deck.name}/${file}`;
  const freshLast = <T extends { meta: { file: string } }>(pictures: T[]) => {
    const mixed = shuffled(pictures, rand);
    return [...mixed.filter((p) => shown.has(key(p.meta.file))), ...mixed.filter((p) => !shown.has(key(p.meta.file)))];
  };
  const real = freshLast(deck.real);
  const pools = deck.levels.map((level) => freshLast(level.generated));
  const fixed = levelIndex(config.difficulty, deck.levels.length);
  const questions: RealOrAiQuestionData[] = [];
  for (let q = 0; q < config.questions; q++) {
    const open = pools.flatMap((pool, i) => (pool.length > 0 ? [i] : []));
    const index = fixed ?? open[Math.floor(rand() * open.length)];
    const realPicture = real.pop();
    const generatedPicture = index === undefined ? undefined : pools[index]?.pop();
    if (!realPicture || !generatedPicture || index === undefined) break;
    shown.add(key(realPicture.meta.file));
    shown.add(key(generatedPicture.meta.file));
    const realImage = { id: choiceId(), pixels: base64(realPicture.pixels) };
    const generatedImage = { id: choiceId(), pixels: base64(generatedPicture.pixels) };
    const level = deck.levels[index]!;
    const { source, license, attribution } = realPicture.meta;
    questions.push({
      view: {
        kind: 'real-or-ai',
        subject: deck.json.subject,
        side: deck.side,
        channels: deck.channels,
        deckTitle: deck.json.title,
        credits: deck.json.credits,
        images: randomInt(2) === 0 ? [realImage, generatedImage] : [generatedImage, realImage],
      },
      realId: realImage.id,
      generatedId: generatedImage.id,
      reveal: {
        tips: chooseTips(deck.json.subject, { side: deck.side, channels: deck.channels, pixels: generatedPicture.pixels }, deck.baseline),
        generator: { checkpoint: level.checkpoint, step: level.step, level: index + 1, levels: deck.levels.length },
        realCredit: { source, license, attribution },
      },
    });
  }
  return questions;
}
