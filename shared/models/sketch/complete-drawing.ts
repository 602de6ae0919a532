/**
 * Completing a player's opening, in the drawing pad's units: the layer the game uses (server for the real
 * duet, browser for the faint "ghost"). Underneath it is completeSketch on stroke-3 rows.
 *
 * The opening is simplified the way the training data was (Ramer-Douglas-Peucker, epsilon 2 on the 256
 * scale): the pad records a point per pointer move, and a model trained on simplified strokes reads a
 * dense stroke as many tiny steps it has never seen.
 *
 * It is also placed where the model learned to see first strokes. Training sketches are aligned to the top
 * left and scaled to fill 0..255, so a cat's head circle starts near the top left and spans most of the
 * frame; a player's circle may sit small in the middle of the pad. The model tracks where it is only by
 * adding up offsets, so it would put the ears where they belong for a training-sized head. When the
 * decoder knows where first strokes of the category lie (openingFrames), the opening is moved and scaled
 * (one factor, so its shape is kept) so its first stroke starts at that box's corner with that box's size,
 * and the completion is mapped back.
 */
import { drawingToStroke3 } from '../../strokes/formats.js';
import { simplifyDrawing } from '../../strokes/simplify.js';
import type { Drawing, Point, Stroke } from '../../strokes/types.js';
import type { SketchDecoder } from './decoder-weights.js';
import { completeSketch } from './sample.js';

/** The budget: a completion is at most this many sampled rows. */
export const MAX_COMPLETION_STEPS = 100;
/**
 * Most opening rows the model reads (the last ones). Training sketches have at most 64 rows; an opening
 * scribbled far past that is out of what the model knows anyway, and each row costs a step (~1.5 ms on a
 * 512-unit Magenta model), so this bounds the time one answer can take.
 */
export const MAX_OPENING_ROWS = 150;

/**
 * An opening as the model reads it and the room sees it: simplified as the training data was, rounded to
 * 0.1 of a pad unit, non-finite points dropped. Much smaller on the wire than what the pad recorded.
 */
export function prepareOpening(opening: Drawing): Drawing {
  const finite = opening.map((stroke) => stroke.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).filter((s) => s.length > 0);
  return simplifyDrawing(finite, 2.0).map((stroke) => stroke.map(([x, y]): Point => [tidy(x), tidy(y)]));
}

export interface DrawingCompletionOptions {
  category: string;
  temperature: number;
  random: () => number;
  maxSteps?: number;
  /**
   * Model units per pad unit. 1 for our model (trained in the 0..255 space); Magenta's published models
   * were trained on larger drawings (see estimateDrawScale).
   */
  drawScale?: number;
}

/** Rounds to 0.1 of a pad unit: finer is invisible and only costs bytes on the wire. */
function tidy(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The model's strokes after `opening` (not including it), in pad units. `onStroke` sees each stroke as soon
 * as its pen lifts, so callers can stream the drawing while the rest is still being sampled.
 */
/** A similarity transform (uniform scale, then shift) between the pad and the model's frame. */
interface Placement {
  scale: number;
  dx: number;
  dy: number;
}

const IDENTITY: Placement = { scale: 1, dx: 0, dy: 0 };
/** Limits on the placement's scale: a dot of a first stroke must not be blown up to fill the frame. */
const PLACEMENT_SCALE = { min: 0.4, max: 2.5 } as const;

/** Where the model expects this category's first stroke vs where the player drew it. */
export function placementFor(decoder: SketchDecoder, category: string, opening: Drawing): Placement {
  const frame = decoder.openingFrames?.[category];
  const first = opening[0];
  if (!frame || !first || first.length === 0) return IDENTITY;
  const xs = first.map((p) => p[0]);
  const ys = first.map((p) => p[1]);
  const [minX, minY, maxX, maxY] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  // Sizes compare by the longer side (an opening a little wider or taller than usual keeps its size), and
  // the top-left corners meet, as the training data is aligned to the top left.
  const fit = Math.max(frame[2] - frame[0], frame[3] - frame[1]) / Math.max(maxX - minX, maxY - minY, 1);
  const scale = Math.min(PLACEMENT_SCALE.max, Math.max(PLACEMENT_SCALE.min, fit));
  return { scale, dx: frame[0] - minX * scale, dy: frame[1] - minY * scale };
}

export function completeDrawing(
  decoder: SketchDecoder,
  opening: Drawing,
  options: DrawingCompletionOptions,
  onStroke?: (stroke: Stroke) => void,
): Drawing {
  const prepared = prepareOpening(opening);
  const place = placementFor(decoder, options.category, prepared);
  // Into the model's frame; the completion comes back through the inverse.
  const simplified = prepared.map((stroke) => stroke.map(([x, y]): Point => [x * place.scale + place.dx, y * place.scale + place.dy]));
  const toPad = (x: number, y: number): Point => [tidy((x - place.dx) / place.scale), tidy((y - place.dy) / place.scale)];
  const scale = options.drawScale ?? 1;
  const rows = drawingToStroke3(simplified).slice(-MAX_OPENING_ROWS).map(([dx, dy, p]): [number, number, number] => [dx * scale, dy * scale, p]);
  // The pen starts where the opening ended (the origin for an empty opening).
  const last = simplified.at(-1)?.at(-1);
  let x = last ? last[0] * scale : 0;
  let y = last ? last[1] * scale : 0;
  const strokes: Drawing = [];
  let current: Point[] = [];
  const finishStroke = () => {
    if (current.length === 0) return;
    strokes.push(current);
    onStroke?.(current);
    current = [];
  };
  completeSketch(
    decoder,
    rows,
    { category: options.category, temperature: options.temperature, maxSteps: options.maxSteps ?? MAX_COMPLETION_STEPS, random: options.random },
    ([dx, dy, lifted]) => {
      // A row is the offset to the next point; after a pen lift the next row moves the pen without ink,
      // so a stroke starts at the point the first row after the lift reaches.
      x += dx;
      y += dy;
      current.push(toPad(x / scale, y / scale));
      if (lifted) finishStroke();
    },
  );
  finishStroke();
  return strokes;
}
