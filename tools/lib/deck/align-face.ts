/**
 * Face alignment by the eyes: one similarity transform (rotation, uniform scale, translation) puts the
 * eye on the image's left at (0.37 S, 0.45 S) and the other at (0.63 S, 0.45 S) of an S x S picture.
 * Every deck face, real or generated, is framed the same way, so the player compares faces, not crops,
 * and the GAN learns faces instead of spending its capacity on where the face is.
 */
import { applyAffine, warpAffine, type Affine } from './resample.js';
import type { RgbImage } from './rgb-image.js';

export interface Point {
  x: number;
  y: number;
}

/** The eye centres, named by the side of the image they appear on (the subject's right eye is `left`). */
export interface EyePair {
  left: Point;
  right: Point;
}

/** Where the eyes land, as fractions of the side. */
export const EYE_TARGETS = { left: { x: 0.37, y: 0.45 }, right: { x: 0.63, y: 0.45 } } as const;

export function eyeTargets(side: number): EyePair {
  return {
    left: { x: EYE_TARGETS.left.x * side, y: EYE_TARGETS.left.y * side },
    right: { x: EYE_TARGETS.right.x * side, y: EYE_TARGETS.right.y * side },
  };
}

/** The eye distance in the output, in output pixels. */
export function targetEyeDistance(side: number): number {
  return (EYE_TARGETS.right.x - EYE_TARGETS.left.x) * side;
}

export function eyeDistance(eyes: EyePair): number {
  return Math.hypot(eyes.right.x - eyes.left.x, eyes.right.y - eyes.left.y);
}

/**
 * The map from output coordinates to source coordinates that sends the targets onto the given eyes.
 * As complex numbers, source = k * output + m with k = (R - L) / (R* - L*) and m = L - k * L*: a
 * similarity, since one complex multiplication is a rotation and a uniform scale.
 */
export function alignmentToSource(eyes: EyePair, side: number): Affine {
  const targets = eyeTargets(side);
  const dsx = eyes.right.x - eyes.left.x;
  const dsy = eyes.right.y - eyes.left.y;
  if (dsx === 0 && dsy === 0) throw new Error('the two eyes are at the same point');
  const dtx = targets.right.x - targets.left.x;
  const dty = targets.right.y - targets.left.y;
  const norm = dtx * dtx + dty * dty;
  // k = ds / dt (complex division).
  const kr = (dsx * dtx + dsy * dty) / norm;
  const ki = (dsy * dtx - dsx * dty) / norm;
  const c = eyes.left.x - (kr * targets.left.x - ki * targets.left.y);
  const f = eyes.left.y - (ki * targets.left.x + kr * targets.left.y);
  return { a: kr, b: -ki, c, d: ki, e: kr, f };
}

/** The S x S aligned face, area-averaged from the source; beyond the photo's edge the edge pixels repeat. */
export function alignFace(source: RgbImage, eyes: EyePair, side: number): RgbImage {
  return warpAffine(source, alignmentToSource(eyes, side), side, side);
}

/**
 * The share of output pixels whose centres fall outside the source photo, found on a coarse grid:
 * a face at the photo's edge would come out with smeared, repeated edge pixels there.
 */
export function shareOutsideSource(source: { width: number; height: number }, eyes: EyePair, side: number): number {
  const toSource = alignmentToSource(eyes, side);
  const grid = 32;
  let outside = 0;
  for (let j = 0; j < grid; j++) {
    for (let i = 0; i < grid; i++) {
      const [sx, sy] = applyAffine(toSource, ((i + 0.5) / grid) * side, ((j + 0.5) / grid) * side);
      if (sx < 0 || sy < 0 || sx > source.width || sy > source.height) outside++;
    }
  }
  return outside / (grid * grid);
}
