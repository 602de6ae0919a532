/**
 * What to look for in a generated image, chosen by measuring it rather than at random: a few simple pixel
 * statistics, each tied to one tip, are compared with the same statistics over the deck's real images. The
 * tips whose statistic is most unusual for a real image (largest z-score) are the ones the reveal shows.
 *
 * Faces are aligned with the eyes at (0.37, 0.45) and (0.63, 0.45) of the side (see `deck import`), so
 * regions are fixed fractions of the image. Pixels are bytes, side * side * channels, interleaved.
 */
import type { TipId } from './schemas';

export interface TipImage {
  side: number;
  channels: 1 | 3;
  pixels: Uint8Array;
}

/** Mean and spread of each statistic over a deck's real images. */
export type TipBaseline = Partial<Record<TipId, { mean: number; std: number }>>;

type Measure = (image: Gray) => number;

interface Gray {
  side: number;
  /** 0..1 luminance, row-major. */
  v: Float32Array;
}

function toGray({ side, channels, pixels }: TipImage): Gray {
  const v = new Float32Array(side * side);
  for (let i = 0; i < v.length; i++) {
    v[i] = channels === 1 ? pixels[i]! / 255 : (0.299 * pixels[3 * i]! + 0.587 * pixels[3 * i + 1]! + 0.114 * pixels[3 * i + 2]!) / 255;
  }
  return { side, v };
}

/** Mean of f(x, y) over the box [x0, x1) x [y0, y1), given as fractions of the side. */
function boxMean(g: Gray, x0: number, x1: number, y0: number, y1: number, f: (x: number, y: number) => number): number {
  const s = g.side;
  let sum = 0;
  let n = 0;
  for (let y = Math.max(1, Math.floor(y0 * s)); y < Math.min(s - 1, Math.ceil(y1 * s)); y++) {
    for (let x = Math.max(1, Math.floor(x0 * s)); x < Math.min(s - 1, Math.ceil(x1 * s)); x++) {
      sum += f(x, y);
      n++;
    }
  }
  return n === 0 ? 0 : sum / n;
}

const at = (g: Gray, x: number, y: number) => g.v[y * g.side + x]!;
/** Absolute Laplacian: fine texture, blotches and the checkerboard that transposed convolutions leave. */
const roughness = (g: Gray) => (x: number, y: number) => Math.abs(4 * at(g, x, y) - at(g, x - 1, y) - at(g, x + 1, y) - at(g, x, y - 1) - at(g, x, y + 1));
/** Difference from the mirror image: a face's two halves should roughly match. */
const asymmetry = (g: Gray) => (x: number, y: number) => Math.abs(at(g, x, y) - at(g, g.side - 1 - x, y));

const FACE_MEASURES: Partial<Record<TipId, Measure>> = {
  background: (g) => (boxMean(g, 0, 0.18, 0, 0.3, roughness(g)) + boxMean(g, 0.82, 1, 0, 0.3, roughness(g))) / 2,
  hair: (g) => boxMean(g, 0.2, 0.8, 0.05, 0.28, roughness(g)),
  eyes: (g) => boxMean(g, 0.28, 0.46, 0.38, 0.52, asymmetry(g)),
  ears: (g) => boxMean(g, 0.1, 0.26, 0.4, 0.66, asymmetry(g)),
  skin: (g) => boxMean(g, 0.3, 0.7, 0.52, 0.72, roughness(g)),
  teeth: (g) => boxMean(g, 0.4, 0.6, 0.72, 0.84, roughness(g)),
  symmetry: (g) => boxMean(g, 0.2, 0.5, 0.25, 0.9, asymmetry(g)),
};

/** Pixels of ink (> 0.5) with no inked neighbour: specks a pen does not leave. */
function speckles(g: Gray): number {
  let count = 0;
  for (let y = 1; y < g.side - 1; y++) {
    for (let x = 1; x < g.side - 1; x++) {
      if (at(g, x, y) <= 0.5) continue;
      let alone = true;
      for (let dy = -1; dy <= 1 && alone; dy++) for (let dx = -1; dx <= 1 && alone; dx++) if ((dx || dy) && at(g, x + dx, y + dy) > 0.5) alone = false;
      if (alone) count++;
    }
  }
  return count;
}

/** Separate pieces of ink (8-connected, > 0.5): a broken stroke or a stray blob adds one. */
function pieces(g: Gray): number {
  const seen = new Uint8Array(g.v.length);
  let count = 0;
  for (let start = 0; start < g.v.length; start++) {
    if (seen[start] || g.v[start]! <= 0.5) continue;
    count++;
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const i = stack.pop()!;
      const x = i % g.side;
      const y = (i - x) / g.side;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= g.side || ny >= g.side) continue;
          const j = ny * g.side + nx;
          if (!seen[j] && g.v[j]! > 0.5) {
            seen[j] = 1;
            stack.push(j);
          }
        }
      }
    }
  }
  return count;
}

/** Share of inked pixels that are only half inked: smudgy, uneven strokes. */
function smudge(g: Gray): number {
  let ink = 0;
  let half = 0;
  for (const v of g.v) {
    if (v > 0.1) ink++;
    if (v > 0.1 && v < 0.6) half++;
  }
  return ink === 0 ? 0 : half / ink;
}

const DIGIT_MEASURES: Partial<Record<TipId, Measure>> = { speckles, ends: pieces, strokes: smudge };

const measuresFor = (subject: 'faces' | 'digits') => (subject === 'faces' ? FACE_MEASURES : DIGIT_MEASURES);

export function tipBaseline(subject: 'faces' | 'digits', real: readonly TipImage[]): TipBaseline {
  const grays = real.map(toGray);
  const baseline: TipBaseline = {};
  for (const [tip, measure] of Object.entries(measuresFor(subject)) as [TipId, Measure][]) {
    const values = grays.map(measure);
    const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length);
    baseline[tip] = { mean, std: Math.sqrt(variance) };
  }
  return baseline;
}

/** The one or two tips whose statistic is least like the real images'; a second only if it also stands out. */
export function chooseTips(subject: 'faces' | 'digits', generated: TipImage, baseline: TipBaseline): TipId[] {
  const gray = toGray(generated);
  const scored = (Object.entries(measuresFor(subject)) as [TipId, Measure][])
    .map(([tip, measure]) => {
      const { mean, std } = baseline[tip] ?? { mean: 0, std: 1 };
      return { tip, z: (measure(gray) - mean) / Math.max(std, 1e-6) };
    })
    .sort((a, b) => b.z - a.z);
  const [first, second] = scored;
  // Nothing measurably unlike a real picture (a good fake): give the tip that most often helps instead.
  if (!first || first.z <= 0) return [subject === 'faces' ? 'symmetry' : 'strokes'];
  return second && second.z > 1 ? [first.tip, second.tip] : [first.tip];
}
