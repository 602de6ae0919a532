/**
 * The round's images arrive as raw bytes: side * side * channels, row-major, channels interleaved (gray, or
 * R G B), base64 on the wire. A canvas wants RGBA, so each pixel is widened here; pure, so it is unit-tested.
 */
import { decodeImage } from '../../../../shared/game/rounds/digits/image-codec';

export type Channels = 1 | 3;

/**
 * RGBA bytes for a canvas ImageData of side x side. Missing bytes (a short image) read as black, so a bad
 * image shows as a black square instead of throwing mid-question.
 */
export function pixelsToRgba(pixels: Uint8Array, side: number, channels: Channels): Uint8ClampedArray<ArrayBuffer> {
  const count = side * side;
  const rgba = new Uint8ClampedArray(count * 4);
  for (let i = 0; i < count; i++) {
    const at = i * channels;
    const r = pixels[at] ?? 0;
    rgba[i * 4] = r;
    rgba[i * 4 + 1] = channels === 1 ? r : (pixels[at + 1] ?? 0);
    rgba[i * 4 + 2] = channels === 1 ? r : (pixels[at + 2] ?? 0);
    rgba[i * 4 + 3] = 255;
  }
  return rgba;
}

/** The wire form (base64) straight to RGBA. */
export function base64ToRgba(base64: string, side: number, channels: Channels): Uint8ClampedArray<ArrayBuffer> {
  return pixelsToRgba(decodeImage(base64), side, channels);
}
