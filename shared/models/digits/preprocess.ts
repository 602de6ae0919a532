/**
 * Turns what players draw (strokes) or any grayscale image into the model's input, the way MNIST was made:
 * crop to the ink, scale so the longer side is 20 px keeping the aspect ratio, then place it in 28x28 so
 * the ink's centre of mass is at pixel (14, 14) (row/column index coordinates, as measured on MNIST).
 * Output: Float32Array(784), row-major, 0..1, white ink (1) on black (0). All zeros means "nothing drawn".
 */
import { drawingBounds, rasterizePolylines } from '../../strokes/rasterize.js';
import { DRAW_SPACE, type Drawing } from '../../strokes/types.js';
import { DIGIT_PIXELS, DIGIT_SIDE } from './model.js';

/** Longer side of the ink's box after scaling, in pixels. */
export const MNIST_BOX = 20;
/** Where the centre of mass goes, in pixel index coordinates (MNIST's measured mean is 14.00, 14.00). */
export const MNIST_CENTRE = 14;
/** Pen diameter in output pixels: an MNIST "1" carries ~3 px of ink per row, edge blur included. */
export const MNIST_PEN_PX = 2.6;
/**
 * Drawings smaller than this (draw units, longer side) are not blown up to fill the box: they keep the
 * scale of a drawing this size, so a dot or a stray tick stays small instead of becoming a 20 px blob.
 */
export const MIN_DRAWING_EXTENT = DRAW_SPACE * 0.08;

/** Renders `drawing` (draw space, y down) as an MNIST-style 28x28 input. */
export function strokesToMnist(drawing: Drawing): Float32Array {
  const bounds = drawingBounds(drawing);
  if (bounds == null) return new Float32Array(DIGIT_PIXELS);
  const extent = Math.max(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY, MIN_DRAWING_EXTENT);
  // The pen is part of the ink's box: centre line extent * scale + pen = 20 px. So the pen's width in
  // draw units is proportional to the drawing's size, and a straight "1" stays pen-thin.
  const scale = (MNIST_BOX - MNIST_PEN_PX) / extent;
  const boxCentreX = ((bounds.minX + bounds.maxX) / 2) * scale;
  const boxCentreY = ((bounds.minY + bounds.maxY) / 2) * scale;
  return centreByMass((dx, dy) =>
    rasterizePolylines(drawing, {
      width: DIGIT_SIDE,
      height: DIGIT_SIDE,
      scale,
      offsetX: DIGIT_SIDE / 2 - boxCentreX + dx,
      offsetY: DIGIT_SIDE / 2 - boxCentreY + dy,
      penWidth: MNIST_PEN_PX,
      supersample: 8,
    }),
  );
}

export interface ImageToMnistOptions {
  /** Set for dark ink on a light background (e.g. a photo of paper); MNIST wants light ink on dark. */
  invert?: boolean;
  /** Pixels at or below this (after normalising to 0..1) count as background when cropping. Default 0.05. */
  background?: number;
}

/**
 * Any grayscale image -> MNIST-style 28x28 input. `gray` is row-major, w*h values: 0..1 for a
 * Float32Array, 0..255 for a Uint8Array. Uses area (box-filter) resampling, so downscaling anti-aliases.
 */
export function imageToMnist(gray: Float32Array | Uint8Array, w: number, h: number, options: ImageToMnistOptions = {}): Float32Array {
  if (gray.length !== w * h) throw new Error(`image has ${gray.length} values, want ${w}x${h}`);
  const max = gray instanceof Uint8Array ? 255 : 1;
  const background = options.background ?? 0.05;
  const image = Float32Array.from(gray, (v) => {
    const x = Math.min(1, Math.max(0, v / max));
    const ink = options.invert ? 1 - x : x;
    return ink <= background ? 0 : ink;
  });
  let minX = w;
  let minY = h;
  let maxX = -1;
  let maxY = -1;
  image.forEach((v, i) => {
    if (v === 0) return;
    const x = i % w;
    const y = Math.floor(i / w);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  if (maxX < 0) return new Float32Array(DIGIT_PIXELS);
  const scale = MNIST_BOX / Math.max(maxX - minX + 1, maxY - minY + 1);
  const boxCentreX = ((minX + maxX + 1) / 2) * scale;
  const boxCentreY = ((minY + maxY + 1) / 2) * scale;
  return centreByMass((dx, dy) =>
    resampleArea(image, w, h, scale, DIGIT_SIDE / 2 - boxCentreX + dx, DIGIT_SIDE / 2 - boxCentreY + dy),
  );
}

/** Centre of mass in pixel index coordinates, or null for an empty image. */
export function centreOfMass(image: Float32Array, side = DIGIT_SIDE): { x: number; y: number } | null {
  let mass = 0;
  let sx = 0;
  let sy = 0;
  image.forEach((v, i) => {
    mass += v;
    sx += v * (i % side);
    sy += v * Math.floor(i / side);
  });
  return mass > 0 ? { x: sx / mass, y: sy / mass } : null;
}

/** Renders once, measures the centre of mass, renders again shifted so it lands on (14, 14). */
function centreByMass(render: (dx: number, dy: number) => Float32Array): Float32Array {
  const first = render(0, 0);
  const com = centreOfMass(first);
  return com ? render(MNIST_CENTRE - com.x, MNIST_CENTRE - com.y) : first;
}

/**
 * 28x28 output where output x = source x * scale + offsetX (continuous pixel edges), each output pixel
 * the area-weighted mean of the source pixels under it (a box filter, separable in x and y).
 */
function resampleArea(src: Float32Array, w: number, h: number, scale: number, offsetX: number, offsetY: number): Float32Array {
  const wx = boxWeights(w, scale, offsetX);
  const wy = boxWeights(h, scale, offsetY);
  // Rows first: tmp[srcRow][outCol].
  const tmp = new Float32Array(h * DIGIT_SIDE);
  for (let y = 0; y < h; y++) {
    for (let u = 0; u < DIGIT_SIDE; u++) {
      let acc = 0;
      for (const [x, weight] of wx[u]!) acc += src[y * w + x]! * weight;
      tmp[y * DIGIT_SIDE + u] = acc;
    }
  }
  const out = new Float32Array(DIGIT_PIXELS);
  for (let v = 0; v < DIGIT_SIDE; v++) {
    for (const [y, weight] of wy[v]!) {
      for (let u = 0; u < DIGIT_SIDE; u++) out[v * DIGIT_SIDE + u]! += tmp[y * DIGIT_SIDE + u]! * weight;
    }
  }
  return out;
}

/** For each output pixel, the source pixels it overlaps and their weights (overlap / output pixel's span). */
function boxWeights(srcSize: number, scale: number, offset: number): [number, number][][] {
  const span = 1 / scale; // one output pixel, in source pixels
  return Array.from({ length: DIGIT_SIDE }, (_, out) => {
    const start = (out - offset) / scale;
    const end = start + span;
    const weights: [number, number][] = [];
    for (let s = Math.max(0, Math.floor(start)); s < Math.min(srcSize, Math.ceil(end)); s++) {
      const overlap = Math.min(end, s + 1) - Math.max(start, s);
      if (overlap > 0) weights.push([s, overlap / span]);
    }
    return weights;
  });
}
