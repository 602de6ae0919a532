import type { RoundRules } from '../../round-rules';
import { BEAT_AI_BONUS, rankBonus, speedPoints } from '../../scoring';
import type { AiBuzz } from './ai-player';
import type { DigitsConfig, DigitsRevealView } from './schemas';

/** Reveal race timing: 12 frames, half a second apart, so the digit is clean after 5.5 s. */
export const FRAME_COUNT = 12;
export const FRAME_INTERVAL_MS = 500;
/** Speed is measured against this window when the host turns the timer off. */
const UNTIMED_WINDOW_MS = { reveal: FRAME_COUNT * FRAME_INTERVAL_MS + 10_000, draw: 30_000 } as const;
/** Tries at drawing the prompt before a player is out of the question. */
export const DRAW_ATTEMPTS = 5;

export interface RevealQuestionData {
  variant: 'reveal';
  digit: number;
  /** base64 frames, noisiest first. */
  frames: string[];
  /** The CNN's probabilities on each frame, as the server computed them. */
  probabilities: number[][];
  ai: AiBuzz | null;
}

export interface DrawQuestionData {
  variant: 'draw';
  prompt: number;
}

export type DigitsQuestionData = RevealQuestionData | DrawQuestionData;

export const digitsRules: RoundRules<DigitsConfig, DigitsQuestionData> = {
  deadlineMs: (config) => (config.timerSec === null ? null : config.timerSec * 1000),
  speedWindowMs: (config, data) =>
    config.timerSec === null ? UNTIMED_WINDOW_MS[data.variant] : config.timerSec * 1000,
  autoAdvance: (config) => config.timerSec !== null,
  answerType: (config) => (config.variant === 'reveal' ? 'digit' : 'drawing'),
  maxAttempts: (config) => (config.variant === 'reveal' ? 1 : DRAW_ATTEMPTS),

  view: (_config, data) =>
    data.variant === 'reveal'
      ? { kind: 'digits', variant: 'reveal', frameCount: data.frames.length, frameIntervalMs: FRAME_INTERVAL_MS }
      : { kind: 'digits', variant: 'draw', prompt: data.prompt },

  timeline: (_config, data) => {
    if (data.variant === 'draw') return [];
    const frames = data.frames.map((image, index) => ({
      atMs: index * FRAME_INTERVAL_MS,
      event: { kind: 'digits-frame' as const, index, image },
    }));
    if (!data.ai) return frames;
    const { digit, frameIndex, confidence, atMs } = data.ai;
    const buzz = { atMs, event: { kind: 'digits-ai-buzz' as const, digit, frameIndex, confidence } };
    return [...frames, buzz].sort((a, b) => a.atMs - b.atMs);
  },

  ai: (_config, data) =>
    data.variant === 'reveal'
      ? { correct: data.ai?.digit === data.digit, atMs: data.ai?.atMs ?? null }
      : null,

  score: ({ config, elapsedMs, windowMs, rank, beatAi }) => {
    const base = speedPoints(elapsedMs, windowMs, config.speedScoring);
    // With speed scoring off every right answer is worth the same, so beating the AI earns nothing extra.
    if (config.variant === 'reveal') return base + (beatAi && config.speedScoring ? BEAT_AI_BONUS : 0);
    return base + rankBonus(rank, config.speedScoring);
  },

  reveal: (_config, data, answers): DigitsRevealView => {
    if (data.variant === 'reveal') {
      return {
        kind: 'digits',
        variant: 'reveal',
        answer: data.digit,
        image: data.frames[data.frames.length - 1] ?? '',
        ai: {
          digit: data.ai?.digit ?? null,
          frameIndex: data.ai?.frameIndex ?? null,
          correct: data.ai?.digit === data.digit,
          probabilitiesPerFrame: data.probabilities,
        },
      };
    }
    const showcase = answers
      .flatMap((a) => (a.correct && a.judgement && 'input' in a.judgement ? [{ ...a, judgement: a.judgement }] : []))
      .sort((a, b) => a.atMs - b.atMs)
      .slice(0, 3)
      .map((a) => ({ playerId: a.playerId, judgement: a.judgement }));
    return { kind: 'digits', variant: 'draw', prompt: data.prompt, showcase };
  },
};
