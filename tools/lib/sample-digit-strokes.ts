import { mulberry32 } from '../../shared/game/random';
import type { Drawing, Point, Stroke } from '../../shared/strokes/types';

/**
 * Hand-designed strokes of each digit in the 0..256 draw space, drawn the way people write them. Bots play
 * the draw race with these, and tests use them to check that the stroke path (preprocessing + CNN)
 * recognises plainly drawn digits. `jitter` moves every point a little, seeded, like a shaky hand.
 */
function arc(cx: number, cy: number, rx: number, ry: number, fromDeg: number, toDeg: number, steps = 24): Stroke {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const a = ((fromDeg + ((toDeg - fromDeg) * i) / steps) * Math.PI) / 180;
    return [cx + rx * Math.cos(a), cy + ry * Math.sin(a)] as Point;
  });
}

function line(...points: Point[]): Stroke {
  const out: Stroke = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [x0, y0] = points[i]!;
    const [x1, y1] = points[i + 1]!;
    const steps = Math.max(2, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 8));
    for (let s = i === 0 ? 0 : 1; s <= steps; s++) out.push([x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps]);
  }
  return out;
}

// Angles: 0 deg = right, 90 deg = down (y grows downwards).
const SHAPES: Record<number, Drawing> = {
  0: [arc(128, 128, 52, 82, -90, 275)],
  1: [line([108, 72], [132, 44], [132, 214])],
  2: [[...arc(128, 92, 48, 46, 200, 360), ...line([176, 92], [78, 212], [184, 212])]],
  3: [[...arc(124, 86, 46, 42, 210, 450), ...arc(124, 170, 52, 44, 270, 500)]],
  4: [line([100, 44], [82, 146], [184, 146]), line([160, 60], [158, 214])],
  5: [[...line([176, 46], [98, 46], [92, 116]), ...arc(124, 162, 54, 52, 220, 480)]],
  6: [[...line([166, 44], [112, 96]), ...arc(128, 164, 48, 50, 200, 560)]],
  7: [line([76, 50], [182, 50], [112, 214])],
  8: [[...arc(128, 84, 40, 40, 90, 450), ...arc(128, 168, 48, 46, -90, 270)]],
  9: [arc(124, 90, 44, 44, 0, 360), line([168, 90], [160, 214])],
};

export function sampleDigitStrokes(digit: number, jitter = 0, seed = 1): Drawing {
  const uniform = mulberry32(seed);
  const rand = () => uniform() * 2 - 1;
  const clamp = (v: number) => Math.min(256, Math.max(0, v));
  const dx = rand() * jitter * 4;
  const dy = rand() * jitter * 4;
  return SHAPES[digit]!.map((stroke) =>
    stroke.map(([x, y]) => [clamp(x + dx + rand() * jitter), clamp(y + dy + rand() * jitter)] as Point),
  );
}
