/**
 * Which photos make a deck picture: exactly one clear face, big enough that it is never enlarged much
 * (an upscaled, blurrier real face would give itself away next to a sharp generated one), and far enough
 * from the photo's edge that the square crop is mostly photo, not repeated edge pixels.
 */
import { eyeDistance, shareOutsideSource, targetEyeDistance, type EyePair } from './align-face.js';
import type { DetectedFace } from './face-detector.js';

export const FACE_RULES = {
  /** Detections below this are ignored altogether. */
  minScore: 0.5,
  /** A face is clear from here on; two such faces make a group photo. */
  clearScore: 0.8,
  /** The source's eye distance over the output's: below 1 the face is enlarged. */
  minEyeDistanceRatio: 0.75,
  /** Largest share of the output square allowed to fall outside the photo. */
  maxShareOutside: 0.2,
} as const;

export type FaceChoice = { ok: true; eyes: EyePair; score: number } | { ok: false; reason: string };

/** `faces` best first, as FaceFinder.findFaces returns them. */
export function chooseFace(faces: DetectedFace[], picture: { width: number; height: number }, side: number): FaceChoice {
  const clear = faces.filter((face) => face.score >= FACE_RULES.clearScore);
  const best = faces[0];
  if (!best) return { ok: false, reason: 'no face found' };
  if (clear.length > 1) return { ok: false, reason: `${clear.length} faces found; a deck picture shows exactly one` };
  if (best.score < FACE_RULES.clearScore) return { ok: false, reason: `no clear face (best detection score ${best.score.toFixed(2)})` };
  const minDistance = targetEyeDistance(side) * FACE_RULES.minEyeDistanceRatio;
  const distance = eyeDistance(best.eyes);
  if (distance < minDistance) {
    return { ok: false, reason: `face too small (eyes ${distance.toFixed(1)} px apart; a ${side} px deck needs at least ${minDistance.toFixed(1)})` };
  }
  const outside = shareOutsideSource(picture, best.eyes, side);
  if (outside > FACE_RULES.maxShareOutside) {
    return { ok: false, reason: `face too close to the photo's edge (${Math.round(outside * 100)}% of the crop would be outside the photo)` };
  }
  return { ok: true, eyes: best.eyes, score: best.score };
}
