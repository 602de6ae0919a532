/**
 * Points shared by round kinds. A correct answer is worth BASE_POINTS plus up to SPEED_POINTS for speed;
 * with speed scoring off every correct answer is worth the full MAX_POINTS, so slow readers are not punished.
 */
export const BASE_POINTS = 500;
export const SPEED_POINTS = 500;
export const MAX_POINTS = BASE_POINTS + SPEED_POINTS;
export const BEAT_AI_BONUS = 250;
/** Extra points for the first, second and third player to be right (draw race). */
export const RANK_BONUS = [300, 200, 100] as const;

export function speedPoints(elapsedMs: number, windowMs: number, speedScoring: boolean): number {
  if (!speedScoring) return MAX_POINTS;
  const left = windowMs <= 0 ? 0 : Math.min(1, Math.max(0, 1 - elapsedMs / windowMs));
  return BASE_POINTS + Math.round(SPEED_POINTS * left);
}

export function rankBonus(rank: number, speedScoring: boolean): number {
  return speedScoring ? (RANK_BONUS[rank] ?? 0) : 0;
}
