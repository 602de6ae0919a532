/**
 * A review sheet of deck-style images (grayscale or RGB bytes): rows of cells, each scaled up by whole
 * pixels, with an optional caption above each row in the tools' pixel font.
 */
import type { RgbaImage } from './png.js';
import { GLYPH_HEIGHT, textPixels } from './pixel-font.js';

export interface GridRow {
  caption: string;
  images: Uint8Array[];
  /** Draw a coloured frame around cells (e.g. green real, red generated). */
  frame?: [number, number, number];
}

export function renderImageGrid(rows: GridRow[], shape: { side: number; channels: number }, scale: number, perRow: number): RgbaImage {
  const cell = shape.side * scale;
  const gap = 4;
  const captionHeight = GLYPH_HEIGHT * 2 + 6;
  const width = gap + perRow * (cell + gap);
  const rowHeight = captionHeight + cell + gap;
  const height = gap + rows.length * rowHeight;
  const rgba = new Uint8Array(width * height * 4).fill(255);
  const put = (x: number, y: number, r: number, g: number, b: number) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const i = (y * width + x) * 4;
    rgba[i] = r;
    rgba[i + 1] = g;
    rgba[i + 2] = b;
    rgba[i + 3] = 255;
  };
  rows.forEach((row, r) => {
    const top = gap + r * rowHeight;
    for (const [x, y] of textPixels(row.caption, 2)) put(gap + x, top + 2 + y, 0, 0, 0);
    row.images.slice(0, perRow).forEach((pixels, c) => {
      const left = gap + c * (cell + gap);
      const y0 = top + captionHeight;
      for (let y = 0; y < cell; y++) {
        for (let x = 0; x < cell; x++) {
          const i = (Math.floor(y / scale) * shape.side + Math.floor(x / scale)) * shape.channels;
          const [red, green, blue] = shape.channels === 1 ? [pixels[i]!, pixels[i]!, pixels[i]!] : [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
          put(left + x, y0 + y, red, green, blue);
        }
      }
      if (row.frame) {
        const [fr, fg, fb] = row.frame;
        for (let k = -2; k < cell + 2; k++) {
          for (const d of [-2, -1]) {
            put(left + k, y0 + d, fr, fg, fb);
            put(left + k, y0 + cell - 1 - d, fr, fg, fb);
            put(left + d, y0 + k, fr, fg, fb);
            put(left + cell - 1 - d, y0 + k, fr, fg, fb);
          }
        }
      }
    });
  });
  return { width, height, rgba };
}
