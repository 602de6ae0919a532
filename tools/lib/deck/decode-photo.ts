/**
 * Turns an input file's bytes into an upright RGB picture: JPEG through jpeg-js (EXIF orientation
 * applied), PNG through pngjs (any bit depth, palette or interlace; alpha flattened onto grey).
 * Throws an Error whose message says what is wrong; the importer reports it as a skip.
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { applyExifOrientation, readExifOrientation } from './exif-orientation.js';
import type { RgbImage } from './rgb-image.js';

/** Larger inputs are refused before decoding: a 64-megapixel RGBA picture already takes 256 MB. */
export const MAX_MEGAPIXELS = 64;
/** Transparent areas of a PNG become this grey, a neutral studio-like backdrop. */
const BACKDROP = 128;

const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function decodeJpeg(bytes: Uint8Array): RgbImage {
  let decoded: { width: number; height: number; data: Uint8Array; exifBuffer?: Uint8Array };
  try {
    decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: false, maxResolutionInMP: MAX_MEGAPIXELS, maxMemoryUsageInMB: 1024 });
  } catch (err) {
    throw new Error(`cannot decode JPEG (${err instanceof Error ? err.message : String(err)})`);
  }
  const stored: RgbImage = { width: decoded.width, height: decoded.height, rgb: decoded.data };
  return applyExifOrientation(stored, readExifOrientation(decoded.exifBuffer));
}

function decodePng(bytes: Uint8Array): RgbImage {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && (view.getUint32(16) * view.getUint32(20)) / 1e6 > MAX_MEGAPIXELS) {
    throw new Error(`PNG is larger than ${MAX_MEGAPIXELS} megapixels`);
  }
  let decoded: PNG;
  try {
    decoded = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (err) {
    throw new Error(`cannot decode PNG (${err instanceof Error ? err.message : String(err)})`);
  }
  const { width, height, data } = decoded;
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) {
    const alpha = data[i * 4 + 3]! / 255;
    for (let c = 0; c < 3; c++) rgb[i * 3 + c] = Math.round(data[i * 4 + c]! * alpha + BACKDROP * (1 - alpha));
  }
  return { width, height, rgb };
}

/** Decides by content, not by file name: a .jpg that is really a PNG still decodes. */
export function decodePhoto(bytes: Uint8Array): RgbImage {
  if (startsWith(bytes, JPEG_MAGIC)) return decodeJpeg(bytes);
  if (startsWith(bytes, PNG_MAGIC)) return decodePng(bytes);
  throw new Error('not a JPEG or PNG file');
}
