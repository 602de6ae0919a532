import { describe, expect, it } from 'vitest';
import { drawingSchema, STROKE_LIMITS } from '../../../shared/strokes/schema';
import { MIN_POINT_DISTANCE, StrokeRecorder, toDrawSpace } from '../../../client/src/rounds/digits/stroke-capture';

const pad = { left: 10, top: 20, width: 300, height: 300 };

describe('toDrawSpace', () => {
  it('maps the pad to 0..256 draw space, y down', () => {
    expect(toDrawSpace(10, 20, pad)).toEqual([0, 0]);
    expect(toDrawSpace(310, 320, pad)).toEqual([256, 256]);
    expect(toDrawSpace(160, 170, pad)).toEqual([128, 128]);
  });

  it('clamps pointers that wander off the pad', () => {
    expect(toDrawSpace(-50, 1000, pad)).toEqual([0, 256]);
  });

  it('does not divide by zero on a collapsed pad', () => {
    expect(toDrawSpace(5, 5, { left: 0, top: 0, width: 0, height: 0 })).toEqual([0, 0]);
  });
});

describe('StrokeRecorder', () => {
  it('drops points closer than the minimum distance but keeps the stroke end', () => {
    const r = new StrokeRecorder();
    r.begin([0, 0]);
    for (let i = 1; i <= 20; i++) r.extend([i * 0.5, 0]); // 0.5 units apart
    r.end();
    const [stroke] = r.drawing;
    expect(stroke![0]).toEqual([0, 0]);
    expect(stroke![stroke!.length - 1]).toEqual([10, 0]);
    for (let i = 1; i < stroke!.length - 1; i++) {
      expect(Math.hypot(stroke![i]![0] - stroke![i - 1]![0], stroke![i]![1] - stroke![i - 1]![1])).toBeGreaterThanOrEqual(MIN_POINT_DISTANCE);
    }
    expect(stroke!.length).toBeLessThanOrEqual(7);
  });

  it('keeps a tap as a one-point stroke (a dot)', () => {
    const r = new StrokeRecorder();
    r.begin([50, 50]);
    r.end();
    expect(r.drawing).toEqual([[[50, 50]]]);
  });

  it('ignores moves with no pen down', () => {
    const r = new StrokeRecorder();
    expect(r.extend([1, 1])).toBe(false);
    expect(r.isEmpty).toBe(true);
  });

  it('stays within STROKE_LIMITS however much is drawn, so the server accepts it', () => {
    const r = new StrokeRecorder();
    for (let s = 0; s < STROKE_LIMITS.maxStrokes + 10; s++) {
      r.begin([0, 0]);
      for (let i = 0; i < 800; i++) r.extend([(i * 3) % 256, (s * 7 + i) % 256]);
      r.end();
    }
    const drawing = r.drawing;
    expect(drawing.length).toBeLessThanOrEqual(STROKE_LIMITS.maxStrokes);
    expect(drawing.every((s) => s.length <= STROKE_LIMITS.maxPointsPerStroke)).toBe(true);
    expect(drawing.flat().length).toBeLessThanOrEqual(STROKE_LIMITS.maxPointsTotal);
    expect(r.isFull).toBe(true);
    expect(drawingSchema.safeParse(drawing).success).toBe(true);
  });

  it('returns copies, so the caller cannot change what was recorded', () => {
    const r = new StrokeRecorder();
    r.begin([1, 1]);
    r.extend([10, 10]);
    const copy = r.drawing;
    copy[0]![0]![0] = 99;
    expect(r.drawing[0]![0]).toEqual([1, 1]);
  });

  it('clears', () => {
    const r = new StrokeRecorder();
    r.begin([1, 1]);
    r.end();
    r.clear();
    expect(r.isEmpty).toBe(true);
  });
});
