/** Seeded randomness for training: the game's own PRNG, so shuffles and augmentation repeat run to run. */
import { mulberry32 } from '../../shared/game/random';

export type Random = () => number;

export const seededRandom: (seed: number) => Random = mulberry32;

export function uniform(rng: Random, lo: number, hi: number): number {
  return lo + (hi - lo) * rng();
}

/** In-place Fisher-Yates shuffle. */
export function shuffleInPlace<T>(items: T[], rng: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
