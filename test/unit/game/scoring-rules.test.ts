import { describe, expect, it } from 'vitest';
import { resultsCsv } from '../../../server/results/results-csv';
import type { PreparedRound } from '../../../shared/game/round-rules';
import { DEFAULT_DIGITS_CONFIG } from '../../../shared/game/rounds/digits/schemas';
import { BEAT_AI_BONUS, MAX_POINTS, RANK_BONUS } from '../../../shared/game/scoring';
import { makeRoom, revealRound, TEST_TIMINGS } from '../../support/room-fixtures';

function drawRound(prompts: number[], overrides = {}): PreparedRound {
  const config = { ...DEFAULT_DIGITS_CONFIG, variant: 'draw' as const, questions: prompts.length, ...overrides };
  return {
    entry: { kind: 'digits', config },
    questions: prompts.map((prompt, i) => ({ id: `d${i}`, data: { variant: 'draw', prompt } })),
  };
}

/** A drawing judged right or wrong at once (the model's part is tested elsewhere). */
function submitDrawing(r: ReturnType<typeof makeRoom>, playerId: string, correct: boolean) {
  const questionId = r.currentQuestionId();
  r.room.dispatch({ type: 'answer-begin', playerId, questionId, answerType: 'drawing' });
  return r.room.dispatch({ type: 'answer', playerId, questionId, verdict: { correct, answerText: 'drawing', judgement: null } })
    .data as { correct: boolean; points: number; canRetry: boolean };
}

describe('scoring', () => {
  it('does not count paused time against a player', () => {
    const r = makeRoom();
    const ana = r.join('Ana').playerId;
    r.join('Ben');
    r.start([revealRound([3], { timerSec: 10 })]);
    r.clock.advance(TEST_TIMINGS.introMs + 2000);
    r.room.dispatch({ type: 'pause' });
    r.clock.advance(30_000);
    r.room.dispatch({ type: 'unpause' });
    // 2 s of 10 s: 500 + 400, and the AI (medium) has not buzzed yet at 2 s.
    expect(r.answerDigit(ana, 3).data!.points).toBe(900 + BEAT_AI_BONUS);
  });

  it('measures speed against a generous window when the timer is off', () => {
    const r = makeRoom();
    const ana = r.join('Ana').playerId;
    r.join('Ben');
    r.start([revealRound([3], { timerSec: null })]);
    r.room.dispatch({ type: 'next' });
    r.clock.advance(16_000); // the whole untimed window (6 s of frames + 10 s)
    expect(r.answerDigit(ana, 3).data!.points).toBe(500);
  });

  it('gives the same points to every right answer with speed scoring off, AI or not', () => {
    const r = makeRoom();
    const ana = r.join('Ana').playerId;
    const ben = r.join('Ben').playerId;
    r.start([revealRound([3], { speedScoring: false })]);
    r.clock.advance(TEST_TIMINGS.introMs + 500);
    expect(r.answerDigit(ana, 3).data!.points).toBe(MAX_POINTS);
    r.clock.advance(9000);
    expect(r.answerDigit(ben, 3).data!.points).toBe(MAX_POINTS);
  });

  it('scores the AI only for a buzz that happened before the question ended', () => {
    const r = makeRoom();
    const ana = r.join('Ana').playerId;
    r.start([revealRound([3, 4])]);
    r.clock.advance(TEST_TIMINGS.introMs + 1000);
    r.answerDigit(ana, 3); // everyone is done at 1 s: the AI never got to buzz
    expect(r.state.phase).toBe('reveal');
    expect(r.state.game!.aiScore).toBe(0);
    r.room.dispatch({ type: 'next' });
    r.clock.advance(9000); // past the AI's buzz in question 2
    r.answerDigit(ana, 4);
    expect(r.state.game!.aiScore).toBeGreaterThan(0);
  });

  it('ranks the draw race: the first recognised drawings earn a bonus, wrong ones may retry', () => {
    const r = makeRoom();
    const ids = ['A1', 'B2', 'C3', 'D4'].map((n) => r.join(n).playerId);
    r.start([drawRound([7], { timerSec: 20 })]);
    r.clock.advance(TEST_TIMINGS.introMs);
    const wrong = submitDrawing(r, ids[0]!, false);
    expect(wrong).toMatchObject({ correct: false, points: 0, canRetry: true });
    const points = ids.map((id) => submitDrawing(r, id, true).points);
    // Same moment, so the same speed part: only the rank bonus differs.
    expect(points.map((p) => p - MAX_POINTS)).toEqual([RANK_BONUS[0], RANK_BONUS[1], RANK_BONUS[2], 0]);
  });

  it('locks a player out after the last draw attempt', () => {
    const r = makeRoom();
    const ana = r.join('Ana').playerId;
    r.join('Ben');
    r.start([drawRound([2])]);
    r.clock.advance(TEST_TIMINGS.introMs);
    for (let i = 0; i < 4; i++) expect(submitDrawing(r, ana, false).canRetry).toBe(true);
    expect(submitDrawing(r, ana, false).canRetry).toBe(false);
    expect(r.room.dispatch({ type: 'answer-begin', playerId: ana, questionId: r.currentQuestionId(), answerType: 'drawing' }).error?.code)
      .toBe('LOCKED_OUT');
  });
});

describe('the results file', () => {
  it('has one row per player per question, names kept, formulas neutralised, quotes escaped', () => {
    const r = makeRoom();
    const ana = r.join('Ana').playerId;
    const bo = r.join('Bo-Best').playerId;
    r.join('민준');
    r.start([revealRound([3, 5])]);
    r.clock.advance(TEST_TIMINGS.introMs + 1000);
    r.answerDigit(ana, 3);
    r.answerDigit(bo, 9);
    r.room.dispatch({ type: 'next' });
    r.room.dispatch({ type: 'next' });
    r.room.dispatch({ type: 'kick', playerId: ana }); // a removed player's rows keep their name
    r.room.dispatch({ type: 'end' });
    // Answer texts come from the server, but the writer must be safe for any text a future round produces.
    r.state.history[1]!.answerText = '=HYPERLINK("http://x")';
    const csv = resultsCsv(r.state);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('"room","round","round_kind","variant","question","player","correct","answer","attempts","time_ms","points","score_after"');
    expect(lines).toHaveLength(1 + 3 + 2); // Ana was kicked before question 2
    expect(lines[1]).toMatch(/^"ABCDEF","1","digits","reveal","1","Ana","true","3","1","1000","\d+","\d+"$/);
    expect(lines[2]).toContain('"Bo-Best","false","\'=HYPERLINK(""http://x"")"');
    expect(lines.some((l) => l.includes('"민준"'))).toBe(true);
  });
});
