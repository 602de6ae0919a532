import { describe, expect, it } from 'vitest';
import { decodeDeckPng, encodeDeckPng } from '../../../server/decks/deck-png';
import type { PlayableDeck } from '../../../server/decks/deck-library';
import type { GameModels } from '../../../server/ml/game-models';
import { prepareRealOrAi, realOrAiProblem } from '../../../server/rounds/real-or-ai/prepare-real-or-ai';
import { DEFAULT_REAL_OR_AI_CONFIG, realOrAiQuestionViewSchema } from '../../../shared/game/rounds/real-or-ai/schemas';
import { chooseTips, tipBaseline } from '../../../shared/game/rounds/real-or-ai/tips';
import { mulberry32 } from '../../../shared/game/random';

/**
 * The no-peeking encoding: what a question sends is the same for the real and the generated image in
 * everything but pixel values. And the deck PNG codec that makes real and generated files identical in form.
 */
const SIDE = 32;

function noise(seed: number, mean: number, spread: number): Uint8Array {
  const rand = mulberry32(seed);
  return Uint8Array.from({ length: SIDE * SIDE * 3 }, () => Math.max(0, Math.min(255, Math.round(mean + (rand() - 0.5) * spread))));
}

function testDeck(realCount: number, generatedPerLevel: number, levels = 3): PlayableDeck {
  const credit = { source: 'test', license: 'CC0', attribution: 'the test' };
  const real = Array.from({ length: realCount }, (_, i) => ({ meta: { file: `real/r${i}.png`, label: 'real' as const, ...credit }, pixels: noise(i, 128, 20) }));
  const deckLevels = Array.from({ length: levels }, (_, l) => ({
    checkpoint: `step-${(l + 1) * 100}`,
    step: (l + 1) * 100,
    generated: Array.from({ length: generatedPerLevel }, (_, i) => ({
      meta: { file: `generated/g${l}-${i}.png`, label: 'generated' as const, ...credit, generator: 'test', checkpoint: `step-${(l + 1) * 100}` },
      pixels: noise(1000 + l * 100 + i, 128, 120 - l * 40),
    })),
  }));
  const json = { format: 1 as const, name: 'test', title: { en: 'T', ko: 'T' }, subject: 'faces' as const, side: SIDE, channels: 3 as const, credits: 'c', checkpoints: [], images: [] };
  return { name: 'test', json, side: SIDE, channels: 3, real, levels: deckLevels, baseline: tipBaseline('faces', real.map((r) => ({ side: SIDE, channels: 3, pixels: r.pixels }))) };
}

const models = (deck: PlayableDeck): GameModels => ({ digits: null, digitPool: null, sketch: null, decks: { list: () => [], get: (n) => (n === deck.name ? deck : undefined), problems: [] } });

describe('Real or AI? questions', () => {
  it('send both images as equal-length raw pixels under fresh random ids, in no stable order', async () => {
    const deck = testDeck(200, 200);
    const questions = await prepareRealOrAi({ ...DEFAULT_REAL_OR_AI_CONFIG, deck: 'test', difficulty: 'mixed', questions: 20 }, { models: models(deck), seed: 7 });
    const more = await prepareRealOrAi({ ...DEFAULT_REAL_OR_AI_CONFIG, deck: 'test', difficulty: 'mixed', questions: 20 }, { models: models(deck), seed: 8 });
    const all = [...questions, ...more];
    expect(questions).toHaveLength(20);
    const ids = all.flatMap((q) => q.view.images.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of all) {
      expect(realOrAiQuestionViewSchema.parse(q.view)).toEqual(q.view);
      const [a, b] = q.view.images;
      expect(Object.keys(a)).toEqual(Object.keys(b));
      expect(a.pixels.length).toBe(b.pixels.length);
      expect(Buffer.from(a.pixels, 'base64').length).toBe(SIDE * SIDE * 3);
      expect(new Set([a.id, b.id])).toEqual(new Set([q.realId, q.generatedId]));
    }
    // 40 coin flips all landing the same way has probability 2^-39: this cannot fail by chance in practice.
    const realFirst = all.filter((q) => q.view.images[0].id === q.realId).length;
    expect(realFirst).toBeGreaterThan(0);
    expect(realFirst).toBeLessThan(all.length);
  });

  it('never repeats an image in a round, and draws the AI image from the level the host picked', async () => {
    const deck = testDeck(5, 10);
    const hard = await prepareRealOrAi({ ...DEFAULT_REAL_OR_AI_CONFIG, deck: 'test', difficulty: 'hard', questions: 10 }, { models: models(deck), seed: 1 });
    expect(hard).toHaveLength(5); // only five real images
    expect(new Set(hard.map((q) => q.view.images.map((i) => i.pixels).sort().join())).size).toBe(5);
    expect(hard.every((q) => q.reveal.generator.level === 3 && q.reveal.generator.checkpoint === 'step-300')).toBe(true);
    const easy = await prepareRealOrAi({ ...DEFAULT_REAL_OR_AI_CONFIG, deck: 'test', difficulty: 'easy', questions: 3 }, { models: models(deck), seed: 1 });
    expect(easy.map((q) => q.reveal.generator.level)).toEqual([1, 1, 1]);
  });

  it('says why a config cannot be played', () => {
    const deck = testDeck(2, 2);
    expect(realOrAiProblem({ ...DEFAULT_REAL_OR_AI_CONFIG, deck: 'test' }, models(deck))).toBeNull();
    expect(realOrAiProblem({ ...DEFAULT_REAL_OR_AI_CONFIG, deck: 'london' }, models(deck))).toMatch(/not installed.*deck -- fetch london/);
    expect(realOrAiProblem({ ...DEFAULT_REAL_OR_AI_CONFIG, deck: 'class-3b' }, models(deck))).toMatch(/not installed.*deck -- import --real <photos> --name class-3b/);
    expect(realOrAiProblem({ ...DEFAULT_REAL_OR_AI_CONFIG, deck: 'test' }, models({ ...deck, levels: [] }))).toMatch(/no AI images yet/);
  });
});

describe('tips', () => {
  it('point at the region that least resembles the real images', () => {
    const real = Array.from({ length: 20 }, (_, i) => ({ side: SIDE, channels: 3 as const, pixels: noise(i, 128, 10) }));
    const baseline = tipBaseline('faces', real);
    // A blotchy top-left corner only: the background tip must come first.
    const blotchy = noise(99, 128, 10);
    for (let y = 0; y < 8; y++) for (let x = 0; x < 5; x++) for (let c = 0; c < 3; c++) blotchy[(y * SIDE + x) * 3 + c] = (x + y) % 2 ? 255 : 0;
    expect(chooseTips('faces', { side: SIDE, channels: 3, pixels: blotchy }, baseline)[0]).toBe('background');
  });

  it('for digits, count specks and broken strokes', () => {
    const stroke = (extra: (img: Uint8Array) => void) => {
      const img = new Uint8Array(28 * 28);
      for (let y = 6; y < 22; y++) img[y * 28 + 14] = 255;
      extra(img);
      return { side: 28, channels: 1 as const, pixels: img };
    };
    const baseline = tipBaseline('digits', Array.from({ length: 5 }, () => stroke(() => {})));
    const specks = stroke((img) => [30, 80, 700, 750].forEach((i) => (img[i] = 255)));
    expect(chooseTips('digits', specks, baseline)).toContain('speckles');
  });
});

describe('deck PNG codec', () => {
  it('round-trips grayscale and RGB exactly, and writes identical files for identical pixels', () => {
    for (const channels of [1, 3] as const) {
      const pixels = noise(5, 128, 255).subarray(0, SIDE * SIDE * channels);
      const png = encodeDeckPng({ side: SIDE, channels, pixels });
      expect(decodeDeckPng(png)).toEqual({ side: SIDE, channels, pixels });
      expect(encodeDeckPng({ side: SIDE, channels, pixels: pixels.slice() }).equals(png)).toBe(true);
    }
  });
});
