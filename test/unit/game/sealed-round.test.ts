import { describe, expect, it } from 'vitest';
import type { PreparedRound } from '../../../shared/game/round-rules';
import type { RealOrAiQuestionData } from '../../../shared/game/rounds/real-or-ai/rules';
import { DEFAULT_REAL_OR_AI_CONFIG, type RealOrAiConfig } from '../../../shared/game/rounds/real-or-ai/schemas';
import { MAX_POINTS } from '../../../shared/game/scoring';
import { makeRoom } from '../../support/room-fixtures';

/**
 * Sealed verdicts ("Real or AI?"): nobody's score moves and no ack says right or wrong until the reveal,
 * which then scores the right answers as they would have scored when they arrived. Players who left, were
 * kicked or rejoined, a skip and a pause are all handled. Fake clock, no sockets.
 */
const REAL = 'realrealreal';
const FAKE = 'fakefakefake';

function question(i: number): RealOrAiQuestionData {
  const images: RealOrAiQuestionData['view']['images'] = i % 2 ? [{ id: FAKE, pixels: 'AA==' }, { id: REAL, pixels: 'AA==' }] : [{ id: REAL, pixels: 'AA==' }, { id: FAKE, pixels: 'AA==' }];
  return {
    view: { kind: 'real-or-ai', subject: 'digits', side: 28, channels: 1, deckTitle: { en: 'd', ko: 'd' }, credits: 'c', images },
    realId: REAL,
    generatedId: FAKE,
    reveal: { tips: ['strokes'], generator: { checkpoint: 'step-1', step: 1, level: 1, levels: 1 }, realCredit: { source: 's', license: 'l', attribution: 'a' } },
  };
}

function round(questions: number, overrides: Partial<RealOrAiConfig> = {}): PreparedRound {
  return { entry: { kind: 'real-or-ai', config: { ...DEFAULT_REAL_OR_AI_CONFIG, questions, ...overrides } }, questions: Array.from({ length: questions }, (_, i) => ({ id: `q${i}`, data: question(i) })) };
}

function setup(overrides: Partial<RealOrAiConfig> = {}) {
  const r = makeRoom();
  const players = ['Ana', 'Ben', 'Cho'].map((n) => r.join(n).playerId) as [string, string, string];
  r.start([round(2, overrides)]);
  r.clock.advance(r.state.timings.introMs);
  // With timers off the intro waits for the host.
  if (r.state.phase === 'intro') r.room.dispatch({ type: 'next' });
  expect(r.state.phase).toBe('question');
  const pick = (playerId: string, choiceId: string) => {
    const questionId = r.currentQuestionId();
    const begun = r.room.dispatch({ type: 'answer-begin', playerId, questionId, answerType: 'pick' });
    if (begun.error) return { error: begun.error.code };
    const result = r.room.dispatch({ type: 'answer', playerId, questionId, verdict: { correct: choiceId === REAL, answerText: choiceId, judgement: { kind: 'real-or-ai', choiceId } } });
    return { error: result.error?.code, data: result.data };
  };
  const score = (playerId: string) => r.state.players.get(playerId)?.score;
  return { ...r, players, pick, score };
}

describe('a sealed round', () => {
  it('tells right and wrong alike as sealed, moves no score, then scores the right ones by speed at the reveal', () => {
    const r = setup({ timerSec: 20 });
    const [ana, ben, cho] = r.players;
    r.clock.advance(2000);
    const right = r.pick(ana, REAL);
    r.clock.advance(8000);
    const wrong = r.pick(ben, FAKE);
    expect(right.data).toEqual({ correct: false, points: 0, canRetry: false, sealed: true, judgement: { kind: 'real-or-ai', choiceId: REAL } });
    expect(wrong.data).toEqual({ correct: false, points: 0, canRetry: false, sealed: true, judgement: { kind: 'real-or-ai', choiceId: FAKE } });
    // Both second tries get the same refusal: "locked out" would mean "you were wrong".
    expect(r.pick(ana, FAKE).error).toBe('ALREADY_ANSWERED');
    expect(r.pick(ben, REAL).error).toBe('ALREADY_ANSWERED');
    expect([r.score(ana), r.score(ben)]).toEqual([0, 0]);
    r.clock.advance(2000);
    r.pick(cho, REAL);
    expect(r.state.phase).toBe('reveal');
    // 2 s of 20 s -> 500 + 450; 12 s -> 500 + 200.
    expect([r.score(ana), r.score(ben), r.score(cho)]).toEqual([950, 0, 700]);
  });

  it('with speed scoring off every right pick is worth the same', () => {
    const r = setup({ speedScoring: false });
    const [ana, ben, cho] = r.players;
    r.pick(ana, REAL);
    r.clock.advance(5000);
    r.pick(ben, REAL);
    r.pick(cho, FAKE);
    expect([r.score(ana), r.score(ben), r.score(cho)]).toEqual([MAX_POINTS, MAX_POINTS, 0]);
  });

  it('a player who rejoins keeps the pick; one who was kicked scores nothing; a skip still scores who answered', () => {
    const r = setup({ timerSec: null });
    const [ana, ben, cho] = r.players;
    r.pick(ana, REAL);
    r.pick(ben, REAL);
    r.room.dispatch({ type: 'disconnect', playerId: ana });
    r.room.dispatch({ type: 'resume', token: 'token-Ana-0123456789' });
    r.room.dispatch({ type: 'kick', playerId: ben });
    r.room.dispatch({ type: 'pause' });
    r.room.dispatch({ type: 'unpause' });
    r.room.dispatch({ type: 'next' }); // the host moves on before Cho answers
    expect(r.state.phase).toBe('reveal');
    expect(r.score(ana)).toBeGreaterThan(0);
    expect(r.score(ben)).toBeUndefined();
    expect(r.score(cho)).toBe(0);
    const reveal = r.state.game!.lastReveal!;
    expect(reveal.results.map((x) => [x.playerId, x.correct])).toEqual([[ana, true], [cho, false]]);
    expect(reveal).toMatchObject({ correctCount: 1, answeredCount: 1 });
  });

  it('an answer after the deadline changes nothing', () => {
    const r = setup({ timerSec: 10 });
    const [ana] = r.players;
    r.clock.advance(10_001);
    expect(r.pick(ana, REAL).error).toBeDefined();
    expect(r.score(ana)).toBe(0);
  });
});
