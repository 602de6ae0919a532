/**
 * A minimal PNG encoder (8-bit RGBA, no interlace, filter 0 on every row), so tools can write preview
 * images without an image library. Spec: https://www.w3.org/TR/png/ (chunks, CRC-32, zlib IDAT).
 */
import { deflateSync } from 'node:zlib';
import { PNG_SIGNATURE, pngChunk } from '../../server/decks/png-chunks.js';

export { crc32, PNG_SIGNATURE } from '../../server/decks/png-chunks.js';

export interface RgbaImage {
  width: number;
  height: number;
  /** width * height * 4 bytes, row-major, straight (not premultiplied) alpha. */
  rgba: Uint8Array;
}

export function encodePng(image: RgbaImage): Buffer {
  const { width, height, rgba } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new Error(`encodePng: bad size ${width}x${height}`);
  }
  if (rgba.length !== width * height * 4) throw new Error(`encodePng: expected ${width * height * 4} bytes, got ${rgba.length}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // Bytes 10-12 (compression, filter method, interlace) stay 0.
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    // Each row starts with its filter type byte, 0 = none.
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([PNG_SIGNATURE, pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(raw)), pngChunk('IEND', new Uint8Array(0))]);
}
