/**
 * The mixture-density head of Sketch-RNN (Ha & Eck 2017): the decoder's output row is
 * [3 pen logits, then M mixture logits, M mu_x, M mu_y, M log sigma_x, M log sigma_y, M pre-tanh rho],
 * the layout of Magenta's `get_mixture_coef`, which the published `.gen.json` models use.
 *
 * Temperature follows sketch-rnn-js: mixture and pen logits are divided by (0.5 + 0.5 τ) and each sigma is
 * multiplied by √τ. τ = 0 is taken as fully greedy (the most likely component, its mean, the most likely
 * pen state), the limit the issue asks for; with the formula alone, τ = 0 would still sample the mixture at
 * softmax temperature 0.5.
 */
import { gaussian } from '../../game/random.js';
import type { Stroke5Row } from '../../strokes/formats.js';

export interface MixtureOffsets {
  /** Sampled or greedy offset in model units. */
  dx: number;
  dy: number;
  /** 0 = pen down, 1 = pen up, 2 = end of sketch. */
  pen: 0 | 1 | 2;
}

/** Index drawn from softmax(logits / temperature) over logits[start .. start+count). */
export function sampleSoftmax(logits: ArrayLike<number>, start: number, count: number, temperature: number, random: () => number): number {
  let max = -Infinity;
  for (let i = 0; i < count; i++) max = Math.max(max, logits[start + i]!);
  if (temperature <= 0) return argMaxFrom(logits, start, count);
  let total = 0;
  const weights = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    weights[i] = Math.exp((logits[start + i]! - max) / temperature);
    total += weights[i]!;
  }
  let r = random() * total;
  for (let i = 0; i < count; i++) {
    r -= weights[i]!;
    if (r <= 0) return i;
  }
  return count - 1;
}

function argMaxFrom(values: ArrayLike<number>, start: number, count: number): number {
  let best = 0;
  for (let i = 1; i < count; i++) if (values[start + i]! > values[start + best]!) best = i;
  return best;
}

/** Draws one stroke-5 step from a raw output row at temperature τ (see the header for τ = 0). */
export function sampleMixture(output: ArrayLike<number>, mixtures: number, temperature: number, random: () => number): MixtureOffsets {
  const greedy = temperature <= 0;
  const logitTemperature = greedy ? 0 : 0.5 + 0.5 * temperature;
  const pen = sampleSoftmax(output, 0, 3, logitTemperature, random) as 0 | 1 | 2;
  const k = sampleSoftmax(output, 3, mixtures, logitTemperature, random);
  const at = (block: number): number => output[3 + block * mixtures + k]!;
  const muX = at(1);
  const muY = at(2);
  if (greedy) return { dx: muX, dy: muY, pen };
  const spread = Math.sqrt(temperature);
  const sigmaX = Math.exp(at(3)) * spread;
  const sigmaY = Math.exp(at(4)) * spread;
  const rho = Math.tanh(at(5));
  const n1 = gaussian(random);
  const n2 = gaussian(random);
  return {
    dx: muX + sigmaX * n1,
    dy: muY + sigmaY * (rho * n1 + Math.sqrt(Math.max(0, 1 - rho * rho)) * n2),
    pen,
  };
}

export function offsetsToStroke5(o: MixtureOffsets): Stroke5Row {
  return [o.dx, o.dy, o.pen === 0 ? 1 : 0, o.pen === 1 ? 1 : 0, o.pen === 2 ? 1 : 0];
}
