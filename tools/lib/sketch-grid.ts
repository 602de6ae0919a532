/**
 * Renders drawings into a grid image (for encodePng): the procedural-data preview, and evaluation grids of
 * model completions where each stroke's colour says who drew it (human black, model red).
 *
 * Strokes are rasterised with the game's own anti-aliased rasteriser (shared/strokes/rasterize.ts) and
 * blended in drawing order, so later strokes lie on top of earlier ones.
 */
import { drawingBounds, rasterizePolylines } from '../../shared/strokes/rasterize.js';
import { DRAW_SPACE, type Drawing } from '../../shared/strokes/types.js';
import { GLYPH_HEIGHT, textPixels } from './pixel-font.js';
import type { RgbaImage } from './png.js';

/** Stroke colours: a list (cycled through by stroke index) or a function of the stroke index. */
export type StrokeColours = readonly string[] | ((strokeIndex: number) => string);

export interface SketchGridCell {
  drawing: Drawing;
  colours?: StrokeColours;
  /** Short text drawn at the cell's top-left (3x5 pixel font; letters shown upper-case). */
  caption?: string;
}

export interface SketchGridOptions {
  /** Pen diameter in pixels. Default 2. */
  penWidth?: number;
  /**
   * 'bounds' (default) scales each drawing's bounding box to fill its cell; 'draw-space' maps the fixed
   * 0..256 draw space to the cell, so size and position are comparable between cells.
   */
  fit?: 'bounds' | 'draw-space';
  /** A dot at the start of every stroke, to show which way it was drawn. */
  markStrokeStarts?: boolean;
}

/** First stroke black, then colours far apart, so the stroke order can be read off the picture. */
export const STROKE_ORDER_PALETTE = ['#000000', '#d62728', '#1f77b4', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf'];

const BACKGROUND: Rgb = [255, 255, 255];
const GRID_LINE: Rgb = [215, 215, 215];
const CAPTION: Rgb = [90, 90, 90];

type Rgb = [number, number, number];

export function parseColour(colour: string): Rgb {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour)?.[1] ?? /^#([0-9a-f]{3})$/i.exec(colour)?.[1]?.replace(/./g, '$&$&');
  if (!hex) throw new Error(`sketch grid: colour must be #rgb or #rrggbb, got ${JSON.stringify(colour)}`);
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function colourOf(colours: StrokeColours, index: number): string {
  if (typeof colours === 'function') return colours(index);
  return colours[index % colours.length] ?? '#000000';
}

/** Cells may be missing (null) at the end of a short row; the grid is as wide as its longest row. */
export function renderSketchGrid(cells: ReadonlyArray<ReadonlyArray<SketchGridCell | null>>, cellSize: number, options: SketchGridOptions = {}): RgbaImage {
  const columns = Math.max(1, ...cells.map((row) => row.length));
  const rows = Math.max(1, cells.length);
  const width = columns * cellSize;
  const height = rows * cellSize;
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set([...BACKGROUND, 255], i * 4);
  const image: RgbaImage = { width, height, rgba };
  const captionScale = Math.max(1, Math.floor(cellSize / 80));
  const hasCaptions = cells.some((row) => row.some((cell) => cell?.caption));
  // Captions get a band of their own so they never sit on a drawing.
  const band = hasCaptions ? (GLYPH_HEIGHT + 2) * captionScale : 0;
  cells.forEach((row, gy) =>
    row.forEach((cell, gx) => {
      if (!cell) return;
      const left = gx * cellSize;
      const top = gy * cellSize;
      drawCell(image, cell, { left, top: top + band, width: cellSize, height: cellSize - band }, options);
      if (cell.caption) {
        // Clipped to the cell, so a long caption cannot run into its neighbour.
        for (const [x, y] of textPixels(cell.caption, captionScale)) {
          if (x < cellSize - 2 * captionScale) blend(image, left + captionScale + x, top + captionScale + y, CAPTION, 1);
        }
      }
    }),
  );
  drawGridLines(image, cellSize);
  return image;
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

function drawCell(image: RgbaImage, cell: SketchGridCell, box: Box, options: SketchGridOptions): void {
  const penWidth = options.penWidth ?? 2;
  const padding = Math.max(3, Math.round(box.width * 0.08));
  const inner = Math.max(1, Math.min(box.width, box.height) - 2 * padding);
  const bounds = options.fit === 'draw-space' ? { minX: 0, minY: 0, maxX: DRAW_SPACE, maxY: DRAW_SPACE } : drawingBounds(cell.drawing);
  if (!bounds) return;
  const extent = Math.max(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY, 1e-6);
  const scale = inner / extent;
  // Centre the drawing's box in the cell.
  const offsetX = (box.width - (bounds.maxX - bounds.minX) * scale) / 2 - bounds.minX * scale;
  const offsetY = (box.height - (bounds.maxY - bounds.minY) * scale) / 2 - bounds.minY * scale;
  const transform = { width: box.width, height: box.height, scale, offsetX, offsetY, penWidth, supersample: 3 };
  cell.drawing.forEach((stroke, s) => {
    if (stroke.length === 0) return;
    const colour = parseColour(colourOf(cell.colours ?? STROKE_ORDER_PALETTE, s));
    const coverage = rasterizePolylines([stroke], transform);
    coverage.forEach((a, i) => {
      if (a > 0) blend(image, box.left + (i % box.width), box.top + Math.floor(i / box.width), colour, a);
    });
    if (options.markStrokeStarts) {
      const start = rasterizePolylines([[stroke[0]!]], { ...transform, penWidth: penWidth * 2.5 });
      start.forEach((a, i) => {
        if (a > 0) blend(image, box.left + (i % box.width), box.top + Math.floor(i / box.width), colour, a);
      });
    }
  });
}

function blend(image: RgbaImage, x: number, y: number, [r, g, b]: Rgb, alpha: number): void {
  if (x < 0 || y < 0 || x >= image.width || y >= image.height) return;
  const i = (y * image.width + x) * 4;
  const px = image.rgba;
  px[i] = Math.round(px[i]! * (1 - alpha) + r * alpha);
  px[i + 1] = Math.round(px[i + 1]! * (1 - alpha) + g * alpha);
  px[i + 2] = Math.round(px[i + 2]! * (1 - alpha) + b * alpha);
}

function drawGridLines(image: RgbaImage, cellSize: number): void {
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (x % cellSize === 0 || y % cellSize === 0) blend(image, x, y, GRID_LINE, 1);
    }
  }
}
