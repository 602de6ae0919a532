/**
 * The server's Sketch Duet judge with a stand-in for the model worker: what it streams, to whom, in what
 * shape, and how it takes back a duet the room saw but that will not count.
 */
import { describe, expect, it } from 'vitest';
import type { GameModels } from '../../../server/ml/game-models';
import type { SketchModels } from '../../../server/ml/sketch-models';
import { discardSketch, judgeSketch } from '../../../server/rounds/sketch/judge-sketch';
import type { QuestionEvent } from '../../../shared/game/rounds/registry-schemas';
import { DEFAULT_SKETCH_CONFIG } from '../../../shared/game/rounds/sketch/schemas';
import { questionEventSchema } from '../../../shared/game/rounds/registry-schemas';
import type { Drawing } from '../../../shared/strokes/types';

const DATA = { category: 'sun', name: { en: 'sun', ko: '해' }, model: 'procedural' };

/** A worker stand-in: draws `completion` stroke by stroke (or fails), and is sure it sees a sun. */
function fakeSketch(completion: Drawing | Error): GameModels {
  const sketch: Partial<SketchModels> = {
    ready: true,
    classifierCategories: ['circle', 'sun'],
    complete: async (_request, onStroke) => {
      if (completion instanceof Error) throw completion;
      completion.forEach((s) => onStroke?.(s));
      return completion;
    },
    classify: async (drawings) => drawings.map(() => [0.1, 0.9]),
  };
  return { digits: null, digitPool: null, sketch: sketch as SketchModels };
}

function channel() {
  const room: QuestionEvent[] = [];
  const answerer: QuestionEvent[] = [];
  return { room, answerer, live: { toRoom: (e: QuestionEvent) => room.push(e), toAnswerer: (e: QuestionEvent) => answerer.push(e) } };
}

/** A circle the way a pad records it: a point every pointer move, 400 of them. */
const DENSE_CIRCLE: Drawing = [Array.from({ length: 400 }, (_, i): [number, number] => [128 + 90 * Math.cos((i / 399) * 2 * Math.PI), 128 + 90 * Math.sin((i / 399) * 2 * Math.PI)])];

describe('judgeSketch', () => {
  it('tells the answerer their entry first, streams the simplified opening then the AI, and judges the duet', async () => {
    const c = channel();
    const verdict = await judgeSketch(DATA, DEFAULT_SKETCH_CONFIG, { type: 'sketch', strokes: DENSE_CIRCLE }, fakeSketch([[[10, 10], [20, 20]], [[NaN, 1], [900, -900]]]), c.live);
    expect(c.answerer).toHaveLength(1);
    expect(c.answerer[0]).toMatchObject({ kind: 'sketch-yours' });
    const entryId = (c.answerer[0] as { entryId: string }).entryId;
    expect(c.room.map((e) => ('by' in e ? e.by : e.kind))).toEqual(['player', 'ai', 'ai', 'sketch-finished']);
    // Every event fits the wire schema: the dense circle went out simplified, off-pad points clipped, NaN dropped.
    for (const event of c.room) expect(questionEventSchema.safeParse(event).success).toBe(true);
    const opening = (c.room[0] as { stroke: [number, number][] }).stroke;
    expect(opening.length).toBeLessThan(60);
    expect(c.room[2]).toMatchObject({ stroke: [[768, -512]] });
    expect(verdict).toMatchObject({ correct: true, judgement: { kind: 'sketch', entryId, recognisability: 0.9 } });
    expect(verdict.answerText).toMatch(/^sun: 1\+2 strokes; AI sees sun \(90%\)$/);
  });

  it('takes the duet back from the room when the model fails, and rethrows', async () => {
    const c = channel();
    await expect(judgeSketch(DATA, DEFAULT_SKETCH_CONFIG, { type: 'sketch', strokes: DENSE_CIRCLE }, fakeSketch(new Error('OVERLOADED')), c.live)).rejects.toThrow('OVERLOADED');
    const entryId = (c.answerer[0] as { entryId: string }).entryId;
    expect(c.room.at(-1)).toEqual({ kind: 'sketch-cancelled', entryId });
  });

  it('discards a judged duet the room then refused', async () => {
    const c = channel();
    const verdict = await judgeSketch(DATA, DEFAULT_SKETCH_CONFIG, { type: 'sketch', strokes: DENSE_CIRCLE }, fakeSketch([]), c.live);
    const after = channel();
    discardSketch(verdict, after.live);
    expect(after.room).toEqual([{ kind: 'sketch-cancelled', entryId: (verdict.judgement as { entryId: string }).entryId }]);
  });
});
