/** Which detections make a deck picture, and the reason given for each that does not. */
import { describe, expect, it } from 'vitest';
import { chooseFace } from '../../../tools/lib/deck/choose-face';
import type { DetectedFace } from '../../../tools/lib/deck/face-detector';

const PHOTO = { width: 1000, height: 1000 };
const face = (score: number, eyeDistance = 200, at = { x: 500, y: 450 }): DetectedFace => ({
  score,
  box: { x: at.x - 200, y: at.y - 200, width: 400, height: 500 },
  eyes: { left: { x: at.x - eyeDistance / 2, y: at.y }, right: { x: at.x + eyeDistance / 2, y: at.y } },
});

describe('chooseFace', () => {
  it.each<[string, DetectedFace[], RegExp | null]>([
    ['one clear face', [face(0.99)], null],
    ['one clear face and a faint one', [face(0.99), face(0.6, 50, { x: 100, y: 100 })], null],
    ['nothing', [], /^no face found$/],
    ['two clear faces', [face(0.99), face(0.9, 150, { x: 200, y: 200 })], /^2 faces found/],
    ['only a faint face', [face(0.7)], /^no clear face \(best detection score 0\.70\)$/],
    ['eyes 12 px apart for a 64 px deck', [face(0.99, 12)], /^face too small \(eyes 12\.0 px apart; a 64 px deck needs at least 12\.5\)$/],
    ['a face at the corner', [face(0.99, 200, { x: 60, y: 40 })], /^face too close to the photo's edge/],
  ])('%s', (_name, faces, refusal) => {
    const choice = chooseFace(faces, PHOTO, 64);
    if (refusal === null) {
      expect(choice).toEqual({ ok: true, eyes: faces[0]!.eyes, score: faces[0]!.score });
    } else {
      expect(choice.ok).toBe(false);
      if (!choice.ok) expect(choice.reason).toMatch(refusal);
    }
  });

  it('needs bigger faces for bigger decks', () => {
    expect(chooseFace([face(0.99, 40)], PHOTO, 64).ok).toBe(true);
    expect(chooseFace([face(0.99, 40)], PHOTO, 256).ok).toBe(false);
  });
});
