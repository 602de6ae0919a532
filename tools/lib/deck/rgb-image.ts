/** The one in-memory picture type of the deck tools: 8-bit RGB, no alpha, row-major, interleaved. */
export interface RgbImage {
  width: number;
  height: number;
  /** width * height * 3 bytes. */
  rgb: Uint8Array;
}

export function blankRgbImage(width: number, height: number): RgbImage {
  return { width, height, rgb: new Uint8Array(width * height * 3) };
}
