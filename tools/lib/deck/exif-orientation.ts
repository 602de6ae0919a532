/**
 * Phone cameras store the sensor's pixels as they were and write the way to hold the picture in the
 * EXIF Orientation tag (0x0112). jpeg-js ignores it, and the face detector only finds upright faces,
 * so a classroom's phone photos would mostly come out "no face found" without this.
 * Spec: EXIF 2.32 section 4.6.4 (TIFF IFD0), values 1-8.
 */
import { blankRgbImage, type RgbImage } from './rgb-image.js';

const ORIENTATION_TAG = 0x0112;

/** Orientation 1-8 from an EXIF payload (TIFF header first, perhaps after a stray zero byte), else 1. */
export function readExifOrientation(exif: Uint8Array | undefined): number {
  if (!exif) return 1;
  const view = new DataView(exif.buffer, exif.byteOffset, exif.byteLength);
  // jpeg-js hands over the APP1 payload after "Exif\0", which leaves the second zero of "Exif\0\0" in front.
  for (const start of [0, 1]) {
    if (exif.length < start + 8) return 1;
    const order = view.getUint16(start);
    const little = order === 0x4949; // "II"
    if (!little && order !== 0x4d4d) continue; // "MM"
    const u16 = (at: number) => view.getUint16(start + at, little);
    const u32 = (at: number) => view.getUint32(start + at, little);
    if (u16(2) !== 42) return 1;
    const ifd = u32(4);
    if (start + ifd + 2 > exif.length) return 1;
    const count = u16(ifd);
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      if (start + entry + 12 > exif.length) return 1;
      if (u16(entry) === ORIENTATION_TAG) {
        const value = u16(entry + 8);
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
    return 1;
  }
  return 1;
}

/**
 * For each orientation, where the displayed pixel (x, y) is stored, given the stored width w and height h.
 * 2 and 4 mirror, 3 turns 180 degrees, 6 and 8 turn a quarter, 5 and 7 are the two transposes.
 */
const STORED_AT: Record<number, (x: number, y: number, w: number, h: number) => [number, number]> = {
  1: (x, y) => [x, y],
  2: (x, y, w) => [w - 1 - x, y],
  3: (x, y, w, h) => [w - 1 - x, h - 1 - y],
  4: (x, y, _w, h) => [x, h - 1 - y],
  5: (x, y) => [y, x],
  6: (x, y, _w, h) => [y, h - 1 - x],
  7: (x, y, w, h) => [w - 1 - y, h - 1 - x],
  8: (x, y, w) => [w - 1 - y, x],
};

/** The picture as it is meant to be seen. */
export function applyExifOrientation(stored: RgbImage, orientation: number): RgbImage {
  const storedAt = STORED_AT[orientation];
  if (!storedAt || orientation === 1) return stored;
  const quarterTurn = orientation >= 5;
  const out = blankRgbImage(quarterTurn ? stored.height : stored.width, quarterTurn ? stored.width : stored.height);
  for (let y = 0; y < out.height; y++) {
    for (let x = 0; x < out.width; x++) {
      const [sx, sy] = storedAt(x, y, stored.width, stored.height);
      const from = (sy * stored.width + sx) * 3;
      out.rgb.set(stored.rgb.subarray(from, from + 3), (y * out.width + x) * 3);
    }
  }
  return out;
}
