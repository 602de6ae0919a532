import { describe, expect, it } from 'vitest';
import type { SketchJudgement } from '../../../shared/game/rounds/sketch/schemas';
import { seedFrom } from '../../../client/src/ml/sketch-ghost';
import { topGuesses } from '../../../client/src/rounds/sketch/guess-bars';
import { myBallotEntry, myDuetStrokes, sketchJudgement } from '../../../client/src/rounds/sketch/my-duet';
import { rankByPoints } from '../../../client/src/rounds/sketch/sketch-reveal-view';
import type { DuetProgress } from '../../../client/src/state/app-state';

const opening: [number, number][][] = [[[10, 10], [40, 40]], [[50, 50]]];
const duet = (strokes: DuetProgress['strokes'], finished = false): DuetProgress => ({ strokes, finished });

describe('my duet', () => {
  const duets = {
    bbbbbb: duet([{ by: 'player', stroke: [[10, 10], [40, 40]] }, { by: 'player', stroke: [[50, 50]] }, { by: 'ai', stroke: [[60, 60]] }]),
  };

  const judgement: SketchJudgement = {
    kind: 'sketch',
    entryId: 'bbbbbb',
    opening,
    completion: [[[60, 60]], [[70, 70], [80, 80]]],
    guesses: [{ category: 'cat', probability: 0.8 }],
    recognisability: 0.8,
  };

  it('draws what is known: my opening, then the stream, then the judgement when it holds more', () => {
    expect(myDuetStrokes(undefined, null, opening).map((s) => s.by)).toEqual(['player', 'player']);
    expect(myDuetStrokes(duets.bbbbbb, null, opening)).toHaveLength(3);
    expect(myDuetStrokes(duets.bbbbbb, judgement, opening).map((s) => s.by)).toEqual(['player', 'player', 'ai', 'ai']);
    expect(myDuetStrokes(undefined, judgement, null)).toHaveLength(4);
  });

  it('knows my gallery entry from the ballot (a catch-up), else from what the server said when my duet began', () => {
    const ballot = (entryId: string | null) => ({ entries: [], mine: { entryId, votedFor: null }, deadlineAt: null });
    expect(myBallotEntry({ ballot: ballot('cccccc'), myEntryId: 'bbbbbb' })).toBe('cccccc');
    expect(myBallotEntry({ ballot: ballot(null), myEntryId: 'bbbbbb' })).toBe('bbbbbb');
    expect(myBallotEntry({ ballot: null, myEntryId: null })).toBeNull();
  });

  it('tells a sketch judgement from a digits one', () => {
    expect(sketchJudgement(judgement)).toBe(judgement);
    expect(sketchJudgement({ input: '', probabilities: [], guess: 1, recognised: false })).toBeNull();
    expect(sketchJudgement(null)).toBeNull();
  });
});

describe('small sketch helpers', () => {
  it('ranks by points with shared ranks for ties', () => {
    expect(rankByPoints([{ points: 900 }, { points: 400 }, { points: 400 }, { points: 100 }])).toEqual([1, 2, 2, 4]);
    expect(rankByPoints([])).toEqual([]);
  });

  it('picks the top guesses, most likely first', () => {
    expect(topGuesses(['a', 'b', 'c', 'd'], [0.1, 0.5, 0.15, 0.25], 3)).toEqual([
      { category: 'b', probability: 0.5 },
      { category: 'd', probability: 0.25 },
      { category: 'c', probability: 0.15 },
    ]);
  });

  it('seeds the ghost the same way for the same question', () => {
    expect(seedFrom('q1')).toBe(seedFrom('q1'));
    expect(seedFrom('q1')).not.toBe(seedFrom('q2'));
    expect(Number.isInteger(seedFrom('q1')) && seedFrom('q1') >= 0).toBe(true);
  });
});
