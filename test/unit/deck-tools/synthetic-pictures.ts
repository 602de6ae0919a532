/**
 * Pictures the deck-tool tests draw themselves, and a stand-in face detector for them: a "face" is a
 * light photo with two dark round eyes, and `dotFaceFinder` reports the centres of the dark pixels on
 * either side as the eyes. It lets import, zip and fetch tests run the whole pipeline in milliseconds,
 * with eye positions known exactly; the real detector has its own tests on real photos.
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { Point } from '../../../tools/lib/deck/align-face';
import type { DetectedFace, FaceFinder } from '../../../tools/lib/deck/face-detector';
import type { RgbImage } from '../../../tools/lib/deck/rgb-image';

export const BACKGROUND = 200;
export const EYE = 20;
const DARK = 100;

export function flatPicture(width: number, height: number, grey = 128): RgbImage {
  return { width, height, rgb: new Uint8Array(width * height * 3).fill(grey) };
}

/** Deterministic noise (a small LCG), so the test sees the same picture every run. */
export function noisePicture(width: number, height: number, seed = 1): RgbImage {
  let state = seed >>> 0;
  const rgb = new Uint8Array(width * height * 3).map(() => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state >>> 24;
  });
  return { width, height, rgb };
}

/** A light picture with two dark discs of `radius` centred on the eyes (continuous coordinates). */
export function dotFacePicture(width: number, height: number, eyes: { left: Point; right: Point }, radius = 6): RgbImage {
  const picture = flatPicture(width, height, BACKGROUND);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const near = [eyes.left, eyes.right].some((eye) => Math.hypot(x + 0.5 - eye.x, y + 0.5 - eye.y) <= radius);
      if (near) picture.rgb.fill(EYE, (y * width + x) * 3, (y * width + x) * 3 + 3);
    }
  }
  return picture;
}

/** Darkness-weighted centre of the dark pixels in one region of a picture. */
export function darkCentre(picture: RgbImage, inRegion: (x: number, y: number) => boolean): Point | undefined {
  let sx = 0, sy = 0, total = 0;
  for (let y = 0; y < picture.height; y++) {
    for (let x = 0; x < picture.width; x++) {
      const value = picture.rgb[(y * picture.width + x) * 3]!;
      if (value >= DARK + 60 || !inRegion(x, y)) continue;
      const weight = BACKGROUND - value;
      sx += (x + 0.5) * weight;
      sy += (y + 0.5) * weight;
      total += weight;
    }
  }
  return total > 0 ? { x: sx / total, y: sy / total } : undefined;
}

/**
 * Finds the two dark dots: the dark pixels split by the perpendicular bisector of the two farthest-apart
 * dark pixels; each half's centre is an eye, the one further left is `left`. No dark pixels, no face.
 */
export const dotFaceFinder: FaceFinder = {
  async findFaces(picture) {
    const dark: Point[] = [];
    for (let y = 0; y < picture.height; y++) {
      for (let x = 0; x < picture.width; x++) if (picture.rgb[(y * picture.width + x) * 3]! < DARK) dark.push({ x, y });
    }
    if (dark.length < 2) return [];
    const a = dark.reduce((best, p) => (p.x + p.y < best.x + best.y ? p : best));
    const b = dark.reduce((best, p) => (Math.hypot(p.x - a.x, p.y - a.y) > Math.hypot(best.x - a.x, best.y - a.y) ? p : best));
    const nearA = (x: number, y: number) => Math.hypot(x - a.x, y - a.y) < Math.hypot(x - b.x, y - b.y);
    const one = darkCentre(picture, (x, y) => nearA(x, y))!;
    const two = darkCentre(picture, (x, y) => !nearA(x, y))!;
    const [left, right] = one.x <= two.x ? [one, two] : [two, one];
    const face: DetectedFace = { score: 0.99, box: { x: 0, y: 0, width: picture.width, height: picture.height }, eyes: { left, right } };
    return [face];
  },
};

export function pngOf(picture: RgbImage): Uint8Array {
  const png = new PNG({ width: picture.width, height: picture.height });
  for (let i = 0; i < picture.width * picture.height; i++) {
    png.data.set(picture.rgb.subarray(i * 3, i * 3 + 3), i * 4);
    png.data[i * 4 + 3] = 255;
  }
  return new Uint8Array(PNG.sync.write(png));
}

export function jpegOf(picture: RgbImage, quality = 95): Uint8Array {
  const rgba = new Uint8Array(picture.width * picture.height * 4);
  for (let i = 0; i < picture.width * picture.height; i++) {
    rgba.set(picture.rgb.subarray(i * 3, i * 3 + 3), i * 4);
    rgba[i * 4 + 3] = 255;
  }
  return new Uint8Array(jpeg.encode({ width: picture.width, height: picture.height, data: rgba }, quality).data);
}
