/**
 * How big a model draws, so a model trained on other units can share the 0..255 drawing pad.
 *
 * Our decoder is trained in the pad's own units (drawScale 1). Magenta's published decoders were trained on
 * drawings ~3-4x larger, so an opening fed as-is looks tiny to them and their completion comes out too big.
 * Rather than trusting a constant per file, this draws a few sketches from nothing and measures them.
 */
import { mulberry32 } from '../../game/random.js';
import { drawingBounds } from '../../strokes/rasterize.js';
import { stroke3ToDrawing } from '../../strokes/formats.js';
import type { SketchDecoder } from './decoder-weights.js';
import { completeSketch } from './sample.js';

/** The extent (longer side) our training drawings have in the pad: 0..255, with a little margin. */
export const PAD_DRAWING_EXTENT = 230;

/** Model units per pad unit: the median extent of a few unprompted sketches over PAD_DRAWING_EXTENT. */
export function estimateDrawScale(decoder: SketchDecoder, samples = 5): number {
  const extents: number[] = [];
  for (let i = 0; i < samples; i++) {
    const rows = completeSketch(decoder, [], { category: decoder.categories[0]!, temperature: 0.25, maxSteps: decoder.maxSeqLen, random: mulberry32(1000 + i) });
    const bounds = drawingBounds(stroke3ToDrawing(rows));
    if (bounds) extents.push(Math.max(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY));
  }
  extents.sort((a, b) => a - b);
  const median = extents[Math.floor(extents.length / 2)];
  return median && median > 0 ? median / PAD_DRAWING_EXTENT : 1;
}
