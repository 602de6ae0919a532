/**
 * The alignment geometry on pictures with known eyes: the similarity sends the targets onto the eyes,
 * dark dots drawn at the eyes land on (0.37 S, 0.45 S) and (0.63 S, 0.45 S) whatever the tilt, scale
 * and place of the face, and shrinking averages rather than aliases.
 */
import { describe, expect, it } from 'vitest';
import { alignFace, alignmentToSource, eyeTargets, shareOutsideSource, type EyePair } from '../../../tools/lib/deck/align-face';
import { applyAffine, areaResize, footprint, shrinkToFit } from '../../../tools/lib/deck/resample';
import { darkCentre, dotFacePicture } from './synthetic-pictures';

const SIDE = 64;

/** Eyes `distance` apart around `centre`, the line between them turned by `degrees` (clockwise on screen). */
function eyesAt(centre: { x: number; y: number }, distance: number, degrees: number): EyePair {
  const angle = (degrees * Math.PI) / 180;
  const dx = (Math.cos(angle) * distance) / 2;
  const dy = (Math.sin(angle) * distance) / 2;
  return { left: { x: centre.x - dx, y: centre.y - dy }, right: { x: centre.x + dx, y: centre.y + dy } };
}

const CASES: { name: string; width: number; height: number; eyes: EyePair; radius: number }[] = [
  { name: 'level, large photo', width: 900, height: 1000, eyes: eyesAt({ x: 450, y: 420 }, 200, 0), radius: 18 },
  { name: 'tilted 20 degrees', width: 600, height: 500, eyes: eyesAt({ x: 300, y: 250 }, 150, 20), radius: 14 },
  { name: 'tilted -35 degrees, off centre', width: 700, height: 700, eyes: eyesAt({ x: 260, y: 380 }, 120, -35), radius: 11 },
  { name: 'small face, no shrinking', width: 80, height: 80, eyes: eyesAt({ x: 40, y: 36 }, 17, 8), radius: 2 },
];

describe('alignmentToSource', () => {
  it.each(CASES)('sends the eye targets onto the eyes ($name)', ({ eyes }) => {
    const map = alignmentToSource(eyes, SIDE);
    const targets = eyeTargets(SIDE);
    for (const side of ['left', 'right'] as const) {
      const [x, y] = applyAffine(map, targets[side].x, targets[side].y);
      expect(x).toBeCloseTo(eyes[side].x, 9);
      expect(y).toBeCloseTo(eyes[side].y, 9);
    }
  });

  it('is a similarity: no shear, equal scale on both axes', () => {
    const map = alignmentToSource(eyesAt({ x: 100, y: 100 }, 80, 30), SIDE);
    expect(map.a).toBeCloseTo(map.e, 12);
    expect(map.b).toBeCloseTo(-map.d, 12);
    expect(footprint(map)).toBeCloseTo(80 / (0.26 * SIDE), 9);
  });

  it('turns an upside-down face the right way up (the left eye is on the right of the photo)', () => {
    const map = alignmentToSource({ left: { x: 300, y: 200 }, right: { x: 200, y: 200 } }, SIDE);
    // Output "down" (chin) must point to photo "up".
    const [, yTop] = applyAffine(map, SIDE / 2, 0);
    const [, yBottom] = applyAffine(map, SIDE / 2, SIDE);
    expect(yBottom).toBeLessThan(yTop);
  });

  it('refuses two eyes at one point', () => {
    expect(() => alignmentToSource({ left: { x: 5, y: 5 }, right: { x: 5, y: 5 } }, SIDE)).toThrow(/same point/);
  });
});

describe('alignFace', () => {
  it.each(CASES)('puts dots drawn at the eyes on the targets ($name)', ({ width, height, eyes, radius }) => {
    const face = alignFace(dotFacePicture(width, height, eyes, radius), eyes, SIDE);
    expect([face.width, face.height, face.rgb.length]).toEqual([SIDE, SIDE, SIDE * SIDE * 3]);
    const targets = eyeTargets(SIDE);
    const left = darkCentre(face, (x) => x < SIDE / 2)!;
    const right = darkCentre(face, (x) => x >= SIDE / 2)!;
    expect(Math.hypot(left.x - targets.left.x, left.y - targets.left.y)).toBeLessThan(0.5);
    expect(Math.hypot(right.x - targets.right.x, right.y - targets.right.y)).toBeLessThan(0.5);
  });

  it('repeats edge pixels beyond the photo instead of painting black', () => {
    // Eyes near the top-left corner: much of the crop falls outside the photo.
    const eyes = eyesAt({ x: 30, y: 20 }, 40, 0);
    const face = alignFace(dotFacePicture(200, 200, eyes, 4), eyes, SIDE);
    expect(Math.min(...face.rgb)).toBeGreaterThan(0);
    expect(face.rgb[0]).toBe(200);
    expect(shareOutsideSource({ width: 200, height: 200 }, eyes, SIDE)).toBeGreaterThan(0.3);
    const centred = eyesAt({ x: 100, y: 90 }, 40, 0);
    expect(shareOutsideSource({ width: 200, height: 200 }, centred, SIDE)).toBe(0);
  });
});

describe('area resampling', () => {
  it('shrinks a one-pixel checkerboard to flat grey (no aliasing)', () => {
    const size = 600;
    const board = { width: size, height: size, rgb: new Uint8Array(size * size * 3) };
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) board.rgb.fill((x + y) % 2 ? 255 : 0, (y * size + x) * 3, (y * size + x) * 3 + 3);
    const small = areaResize(board, 47, 47);
    for (const v of small.rgb) expect(Math.abs(v - 127.5)).toBeLessThanOrEqual(3);
    // A rotated warp of the same board, through alignFace, is just as flat.
    const face = alignFace(board, eyesAt({ x: 300, y: 300 }, 160, 25), SIDE);
    for (const v of face.rgb) expect(Math.abs(v - 127.5)).toBeLessThanOrEqual(3);
  });

  it('keeps the mean brightness and reports the scale it used', () => {
    const picture = dotFacePicture(1000, 700, eyesAt({ x: 500, y: 350 }, 200, 0), 30);
    const { image, scaleX, scaleY } = shrinkToFit(picture, 640);
    expect([image.width, image.height]).toEqual([640, 448]);
    expect(scaleX).toBeCloseTo(0.64, 9);
    expect(scaleY).toBeCloseTo(448 / 700, 9);
    const mean = (rgb: Uint8Array) => rgb.reduce((a, b) => a + b, 0) / rgb.length;
    expect(mean(image.rgb)).toBeCloseTo(mean(picture.rgb), 0);
    expect(shrinkToFit(picture, 2000).image).toBe(picture);
  });
});
