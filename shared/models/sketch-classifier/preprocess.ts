/**
 * Drawing -> the classifier's 28x28 input: the ink's box scaled (keeping its aspect ratio) so its longer side
 * spans 24 px, centred. Centring by box rather than by mass (as MNIST does) keeps a sketch's parts where they
 * are relative to its outline, which is what tells a cat face from a smiley.
 */
import { drawingBounds, rasterizePolylines } from '../../strokes/rasterize.js';
import type { Drawing } from '../../strokes/types.js';
import { SKETCH_PIXELS, SKETCH_SIDE } from './model.js';

const BOX_PX = 24;
const PEN_PX = 1.6;
/** Tiny scribbles are not blown up to fill the box (draw-space units, longer side). */
const MIN_EXTENT = 24;

export function sketchToInput(drawing: Drawing): Float32Array {
  const bounds = drawingBounds(drawing);
  if (bounds == null) return new Float32Array(SKETCH_PIXELS);
  const extent = Math.max(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY, MIN_EXTENT);
  const scale = (BOX_PX - PEN_PX) / extent;
  return rasterizePolylines(drawing, {
    width: SKETCH_SIDE,
    height: SKETCH_SIDE,
    scale,
    offsetX: SKETCH_SIDE / 2 - ((bounds.minX + bounds.maxX) / 2) * scale,
    offsetY: SKETCH_SIDE / 2 - ((bounds.minY + bounds.maxY) / 2) * scale,
    penWidth: PEN_PX,
    supersample: 4,
  });
}
