/**
 * The shape of one GAN: what it draws (side x side x channels, pixels in -1..1) and how wide it is. One module
 * serves the digits fallback deck (28x28 grayscale) and face decks (colour, 32 or 64 px, upscaled for players).
 */
export interface GanShape {
  /** Output side in pixels: 28, or a power of two from 32 (each upsampling doubles it). */
  side: number;
  /** 1 = grayscale, 3 = RGB. */
  channels: number;
  /** Length of the random code the generator starts from. */
  latent: number;
  /** Filters in the widest layer; each upsampling halves them (never below 16). */
  width: number;
}

export const DIGITS_GAN: GanShape = { side: 28, channels: 1, latent: 64, width: 64 };

/** The generator starts from a seed grid of this side and doubles it until `side`. */
export function seedSide(side: number): { seed: number; upsamplings: number } {
  for (const seed of [7, 4]) {
    let s = seed;
    let steps = 0;
    while (s < side) {
      s *= 2;
      steps++;
    }
    if (s === side && steps >= 1) return { seed, upsamplings: steps };
  }
  throw new Error(`GAN side ${side} is not 7 or 4 times a power of two`);
}

export function checkGanShape(shape: GanShape): void {
  seedSide(shape.side);
  if (![1, 3].includes(shape.channels)) throw new Error(`GAN channels must be 1 or 3, got ${shape.channels}`);
  if (!Number.isInteger(shape.latent) || shape.latent < 2) throw new Error(`GAN latent must be an integer >= 2, got ${shape.latent}`);
  if (!Number.isInteger(shape.width) || shape.width < 16) throw new Error(`GAN width must be an integer >= 16, got ${shape.width}`);
}
