/**
 * The reveal race shows a digit emerging from noise. We run a diffusion model's forward (noising) process
 * in closed form and play it backwards: x_t = sqrt(abar_t) * x0 + sqrt(1 - abar_t) * eps with the cosine
 * schedule of Nichol & Dhariwal (2021), pixels mapped to [-1, 1] as diffusion models do. One fixed eps per
 * question makes the noise fade away smoothly instead of flickering.
 */
import { mulberry32, gaussian } from '../../random';

/** Cosine schedule abar(t) for t in [0, 1]; abar(0) = 1 (clean), abar(1) ~ 0 (pure noise). */
export function cosineAlphaBar(t: number, s = 0.008): number {
  const f = (u: number) => Math.cos(((u + s) / (1 + s)) * (Math.PI / 2)) ** 2;
  return Math.min(1, Math.max(0, f(t) / f(0)));
}

/**
 * Frames from noisiest (index 0) to clean (last index).
 * @param clean 784 pixels in 0..1
 * @returns frameCount images of 784 bytes (0..255)
 */
export function revealFrames(clean: ArrayLike<number>, frameCount: number, seed: number): Uint8Array[] {
  const rand = mulberry32(seed);
  const eps = Float32Array.from({ length: clean.length }, () => gaussian(rand));
  const frames: Uint8Array[] = [];
  for (let k = 0; k < frameCount; k++) {
    const t = frameCount === 1 ? 0 : 1 - k / (frameCount - 1);
    const abar = cosineAlphaBar(t);
    const a = Math.sqrt(abar);
    const b = Math.sqrt(1 - abar);
    const frame = new Uint8Array(clean.length);
    for (let i = 0; i < clean.length; i++) {
      const x = a * (2 * (clean[i] ?? 0) - 1) + b * (eps[i] ?? 0);
      frame[i] = Math.round(Math.min(1, Math.max(0, (x + 1) / 2)) * 255);
    }
    frames.push(frame);
  }
  return frames;
}
