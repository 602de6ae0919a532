/**
 * Resampling with antialiasing. A photograph is ~1350 px and a deck face is 64 px: a plain bilinear
 * lookup would read 4 source pixels out of every ~400 under an output pixel and alias hair and skin
 * texture into noise. So a shrink averages each output pixel's whole footprint (a box filter, what
 * "area" resizing does), and a rotated warp first area-shrinks the source to about twice the output's
 * resolution, then averages 2 x 2 bilinear samples per output pixel.
 */
import { blankRgbImage, type RgbImage } from './rgb-image.js';

/**
 * An affine map from output coordinates to source coordinates:
 *   sx = a * x + b * y + c,   sy = d * x + e * y + f.
 * Coordinates are continuous: pixel (i, j) covers [i, i+1) x [j, j+1), so its centre is (i + 0.5, j + 0.5).
 */
export interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

export function applyAffine(m: Affine, x: number, y: number): [number, number] {
  return [m.a * x + m.b * y + m.c, m.d * x + m.e * y + m.f];
}

/** How many source pixels one output pixel spans along its longer side (1 for no scaling). */
export function footprint(m: Affine): number {
  return Math.max(Math.hypot(m.a, m.d), Math.hypot(m.b, m.e));
}

/**
 * For each of `outSize` output cells along one axis, which input cells it covers and with what weight:
 * output cell i spans input [i * ratio, (i + 1) * ratio), partial input cells count by their overlap.
 */
function coverage(inSize: number, outSize: number): { first: number; weights: number[] }[] {
  const ratio = inSize / outSize;
  return Array.from({ length: outSize }, (_, i) => {
    const from = i * ratio;
    const to = Math.min((i + 1) * ratio, inSize);
    const first = Math.floor(from);
    const weights: number[] = [];
    for (let k = first; k < to; k++) weights.push((Math.min(k + 1, to) - Math.max(k, from)) / ratio);
    return { first, weights };
  });
}

/** Area-average resize to width x height (meant for shrinking), one axis at a time. */
export function areaResize(source: RgbImage, width: number, height: number): RgbImage {
  const columns = coverage(source.width, width);
  const rows = coverage(source.height, height);
  // Horizontal pass into floats (width x source.height), then vertical pass into bytes.
  const mid = new Float32Array(width * source.height * 3);
  for (let y = 0; y < source.height; y++) {
    const rowIn = y * source.width * 3;
    const rowOut = y * width * 3;
    for (let x = 0; x < width; x++) {
      const { first, weights } = columns[x]!;
      let r = 0, g = 0, b = 0;
      for (let k = 0; k < weights.length; k++) {
        const at = rowIn + (first + k) * 3;
        const w = weights[k]!;
        r += source.rgb[at]! * w;
        g += source.rgb[at + 1]! * w;
        b += source.rgb[at + 2]! * w;
      }
      mid[rowOut + x * 3] = r;
      mid[rowOut + x * 3 + 1] = g;
      mid[rowOut + x * 3 + 2] = b;
    }
  }
  const out = blankRgbImage(width, height);
  for (let y = 0; y < height; y++) {
    const { first, weights } = rows[y]!;
    for (let x = 0; x < width * 3; x++) {
      let sum = 0;
      for (let k = 0; k < weights.length; k++) sum += mid[(first + k) * width * 3 + x]! * weights[k]!;
      out.rgb[y * width * 3 + x] = Math.min(255, Math.max(0, Math.round(sum)));
    }
  }
  return out;
}

/**
 * Shrinks (or keeps) an image to fit within maxSide, keeping its aspect ratio. Returns the factors that
 * take a point in the source to the shrunk image (they differ in the last digits because sizes round).
 */
export function shrinkToFit(source: RgbImage, maxSide: number): { image: RgbImage; scaleX: number; scaleY: number } {
  const longest = Math.max(source.width, source.height);
  if (longest <= maxSide) return { image: source, scaleX: 1, scaleY: 1 };
  const width = Math.max(1, Math.round((source.width * maxSide) / longest));
  const height = Math.max(1, Math.round((source.height * maxSide) / longest));
  return { image: areaResize(source, width, height), scaleX: width / source.width, scaleY: height / source.height };
}

/** Bilinear sample at a continuous point, all three channels into `into`; beyond the edge, edge pixels repeat. */
function bilinearInto(image: RgbImage, sx: number, sy: number, into: Float64Array): void {
  const { width, height, rgb } = image;
  const px = Math.min(Math.max(sx - 0.5, 0), width - 1);
  const py = Math.min(Math.max(sy - 0.5, 0), height - 1);
  const x0 = Math.floor(px);
  const y0 = Math.floor(py);
  const x1 = Math.min(x0 + 1, width - 1);
  const y1 = Math.min(y0 + 1, height - 1);
  const fx = px - x0;
  const fy = py - y0;
  const w00 = (1 - fx) * (1 - fy), w10 = fx * (1 - fy), w01 = (1 - fx) * fy, w11 = fx * fy;
  const i00 = (y0 * width + x0) * 3, i10 = (y0 * width + x1) * 3, i01 = (y1 * width + x0) * 3, i11 = (y1 * width + x1) * 3;
  for (let c = 0; c < 3; c++) into[c]! += rgb[i00 + c]! * w00 + rgb[i10 + c]! * w10 + rgb[i01 + c]! * w01 + rgb[i11 + c]! * w11;
}

/** Residual footprint the warp itself handles with its 2 x 2 samples per pixel. */
const WARP_FOOTPRINT = 2;

/**
 * Renders a width x height image whose pixel centres map into `source` through `toSource`. If one output
 * pixel spans more than 2 source pixels, the source is first area-shrunk so that it spans about 2, and
 * the map is rescaled to match; then each output pixel averages n x n bilinear samples spread over its
 * footprint, n = ceil(remaining footprint): every source pixel under it contributes.
 */
export function warpAffine(source: RgbImage, toSource: Affine, width: number, height: number): RgbImage {
  let image = source;
  let m = toSource;
  const reach = footprint(toSource);
  if (reach > WARP_FOOTPRINT) {
    const shrink = WARP_FOOTPRINT / reach;
    const w = Math.max(1, Math.round(source.width * shrink));
    const h = Math.max(1, Math.round(source.height * shrink));
    image = areaResize(source, w, h);
    const kx = w / source.width;
    const ky = h / source.height;
    m = { a: m.a * kx, b: m.b * kx, c: m.c * kx, d: m.d * ky, e: m.e * ky, f: m.f * ky };
  }
  const n = Math.max(1, Math.ceil(footprint(m) - 1e-6));
  const out = blankRgbImage(width, height);
  const sum = new Float64Array(3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      sum.fill(0);
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < n; i++) {
          const ox = x + (i + 0.5) / n;
          const oy = y + (j + 0.5) / n;
          bilinearInto(image, m.a * ox + m.b * oy + m.c, m.d * ox + m.e * oy + m.f, sum);
        }
      }
      for (let c = 0; c < 3; c++) out.rgb[(y * width + x) * 3 + c] = Math.round(sum[c]! / (n * n));
    }
  }
  return out;
}
