/** Synthetic stroke drawings of a few digits in the 0..256 draw space, as a person might draw them. */
import type { Drawing, Point, Stroke } from '../../../shared/strokes/types.js';

function ellipse(cx: number, cy: number, rx: number, ry: number, steps = 48): Stroke {
  const points: Point[] = [];
  // Start at the top and overshoot a little, as hand-drawn zeros do.
  for (let i = 0; i <= steps + 3; i++) {
    const a = -Math.PI / 2 - (2 * Math.PI * i) / steps;
    points.push([cx + rx * Math.cos(a), cy + ry * Math.sin(a)]);
  }
  return points;
}

function line(a: Point, b: Point, steps = 16): Stroke {
  return Array.from({ length: steps + 1 }, (_, i): Point => [a[0] + ((b[0] - a[0]) * i) / steps, a[1] + ((b[1] - a[1]) * i) / steps]);
}

export const ZERO: Drawing = [ellipse(128, 128, 55, 90)];
/** A perfectly straight vertical "1". */
export const ONE: Drawing = [line([128, 30], [128, 226])];
export const SEVEN: Drawing = [[...line([60, 40], [196, 40]), ...line([196, 40], [110, 226]).slice(1)]];
/** A "4" drawn in two strokes, open top. */
export const FOUR: Drawing = [
  [...line([150, 30], [50, 160]), ...line([50, 160], [200, 160]).slice(1)],
  line([160, 70], [160, 230]),
];
