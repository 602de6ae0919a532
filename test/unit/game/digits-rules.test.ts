import { describe, expect, it } from 'vitest';
import { cosineAlphaBar, revealFrames } from '../../../shared/game/rounds/digits/noise-schedule';
import { decodeImage, encodeImage } from '../../../shared/game/rounds/digits/image-codec';
import { mnistImageSchema } from '../../../shared/game/rounds/digits/schemas';
import { rankBonus, speedPoints } from '../../../shared/game/scoring';
import { decideAiBuzz } from '../../../shared/game/rounds/digits/ai-player';

function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0, mb = 0;
  for (let i = 0; i < n; i++) { ma += a[i]!; mb += b[i]!; }
  ma /= n; mb /= n;
  let cov = 0, va = 0, vb = 0;
  for (let i = 0; i < n; i++) {
    cov += (a[i]! - ma) * (b[i]! - mb);
    va += (a[i]! - ma) ** 2;
    vb += (b[i]! - mb) ** 2;
  }
  return cov / Math.sqrt(va * vb);
}

/** A plain "1": a vertical bar. */
const clean = Float32Array.from({ length: 784 }, (_, i) => (i % 28 >= 13 && i % 28 <= 15 && i > 112 && i < 672 ? 1 : 0));

describe('the reveal noise schedule', () => {
  it('goes from noise to the clean digit, more like it at every step', () => {
    const frames = revealFrames(clean, 12, 42);
    expect(frames).toHaveLength(12);
    const last = frames[11]!;
    expect([...last]).toEqual([...clean].map((v) => Math.round(v * 255)));
    const similarity = frames.map((f) => correlation(f, clean));
    expect(similarity[0]!).toBeLessThan(0.2);
    for (let k = 1; k < 12; k++) expect(similarity[k]!).toBeGreaterThan(similarity[k - 1]! - 0.02);
    expect(similarity[11]!).toBeCloseTo(1, 5);
  });

  it('is reproducible for a seed and differs between seeds', () => {
    expect(revealFrames(clean, 6, 7)).toEqual(revealFrames(clean, 6, 7));
    expect(revealFrames(clean, 6, 7)[0]).not.toEqual(revealFrames(clean, 6, 8)[0]);
  });

  it('has the cosine schedule ends', () => {
    expect(cosineAlphaBar(0)).toBe(1);
    expect(cosineAlphaBar(1)).toBeLessThan(1e-3);
    expect(cosineAlphaBar(0.5)).toBeGreaterThan(cosineAlphaBar(0.6));
  });
});

describe('image codec', () => {
  it('round-trips 784 bytes through a 1048-character string', () => {
    const bytes = Uint8Array.from({ length: 784 }, (_, i) => (i * 37) % 256);
    const text = encodeImage(bytes);
    expect(mnistImageSchema.safeParse(text).success).toBe(true);
    expect(decodeImage(text)).toEqual(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('scoring', () => {
  it.each([
    [0, 10_000, true, 1000],
    [5_000, 10_000, true, 750],
    [10_000, 10_000, true, 500],
    [20_000, 10_000, true, 500],
    [9_000, 10_000, false, 1000],
  ])('speedPoints(%i ms of %i, speed %s) = %i', (elapsed, window, speed, points) => {
    expect(speedPoints(elapsed, window, speed)).toBe(points);
  });

  it('gives rank bonuses to the first three only, and none without speed scoring', () => {
    expect([0, 1, 2, 3].map((r) => rankBonus(r, true))).toEqual([300, 200, 100, 0]);
    expect(rankBonus(0, false)).toBe(0);
  });
});

describe('the AI player', () => {
  const unsure = Array(10).fill(0.1);
  const sure7 = [0, 0, 0, 0, 0, 0, 0, 0.97, 0.03, 0];
  it('buzzes on the first frame over its threshold, after its reaction time', () => {
    expect(decideAiBuzz([unsure, unsure, sure7], 'medium', 500)).toEqual({
      digit: 7, frameIndex: 2, confidence: 0.97, atMs: 1000 + 600,
    });
    expect(decideAiBuzz([unsure, unsure, sure7], 'easy', 500)).toBeNull();
  });
});
