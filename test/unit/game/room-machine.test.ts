import { describe, expect, it } from 'vitest';
import { AI_STYLES } from '../../../shared/game/rounds/digits/ai-player';
import { BEAT_AI_BONUS, MAX_POINTS } from '../../../shared/game/scoring';
import { FRAME_COUNT, FRAME_INTERVAL_MS } from '../../../shared/game/rounds/digits/rules';
import { makeRoom, revealRound, TEST_TIMINGS } from '../../support/room-fixtures';

const events = (sent: { event: string; payload: any }[], name: string) => sent.filter((m) => m.event === name);

describe('joining', () => {
  const cases: [string, (r: ReturnType<typeof makeRoom>) => void, string, string][] = [
    ['duplicate nickname (case and spaces ignored)', (r) => r.join('Min Jun'), 'minjun', 'NICKNAME_TAKEN'],
    ['blocked word in Korean', () => {}, '씨발놈', 'NICKNAME_BLOCKED'],
    ['blocked word in English', () => {}, 'xXfuckXx', 'NICKNAME_BLOCKED'],
    ['markup', () => {}, '<b>hi</b>', 'NICKNAME_INVALID'],
    ['too long', () => {}, '가'.repeat(17), 'NICKNAME_INVALID'],
    ['empty after trimming', () => {}, '   ', 'NICKNAME_INVALID'],
    ['locked room', (r) => r.room.dispatch({ type: 'lock', locked: true }), 'Dana', 'ROOM_LOCKED'],
  ];
  it.each(cases)('refuses %s and changes nothing', (_name, setup, nickname, code) => {
    const r = makeRoom();
    setup(r);
    const before = [...r.state.players.values()].map((p) => ({ ...p }));
    const { result } = r.join(nickname);
    expect(result.error?.code).toBe(code);
    expect([...r.state.players.values()]).toEqual(before);
  });

  it('accepts Hangul nicknames and normalises spaces', () => {
    const r = makeRoom();
    const { playerId, result } = r.join('  김 민준  ');
    expect(result.error).toBeUndefined();
    expect(r.state.players.get(playerId)?.nickname).toBe('김 민준');
  });

  it('refuses joins past the room size', () => {
    const r = makeRoom({ ...TEST_TIMINGS, maxPlayers: 2 });
    r.join('a1');
    r.join('b2');
    expect(r.join('c3').result.error?.code).toBe('ROOM_FULL');
  });
});

describe('a reveal race with a fake clock', () => {
  it('sends each frame only when it is due, and the AI buzz at its time', () => {
    const r = makeRoom();
    r.join('Ana');
    r.start([revealRound([3])]);
    r.sink.take();
    r.clock.advance(TEST_TIMINGS.introMs);
    expect(r.state.phase).toBe('question');
    const first = r.sink.take();
    expect(events(first, 'round:question')).toHaveLength(1);
    expect(events(first, 'round:event').map((m: any) => m.payload.event.index)).toEqual([0]);
    for (let k = 1; k < FRAME_COUNT; k++) {
      r.clock.advance(FRAME_INTERVAL_MS - 1);
      expect(events(r.sink.take(), 'round:event').filter((m: any) => m.payload.event.kind === 'digits-frame')).toEqual([]);
      r.clock.advance(1);
      const frames = events(r.sink.take(), 'round:event').filter((m: any) => m.payload.event.kind === 'digits-frame');
      expect(frames.map((m: any) => m.payload.event.index)).toEqual([k]);
    }
  });

  it('scores speed, the beat-the-AI bonus and locks out a wrong answer', () => {
    const r = makeRoom();
    const ana = r.join('Ana').playerId;
    const ben = r.join('Ben').playerId;
    const cy = r.join('Cy').playerId;
    r.start([revealRound([3, 5])]);
    r.clock.advance(TEST_TIMINGS.introMs + 1000);
    const fast = r.answerDigit(ana, 3);
    expect(fast.data).toMatchObject({ correct: true });
    // 1 s into a 20 s window: 500 + round(500 * 0.95), plus the bonus for beating the AI.
    expect(fast.data!.points).toBe(500 + 475 + BEAT_AI_BONUS);
    const wrong = r.answerDigit(ben, 8);
    expect(wrong.data).toMatchObject({ correct: false, points: 0 });
    expect(r.answerDigit(ben, 3).error).toBe('LOCKED_OUT');
    expect(r.answerDigit(ana, 3).error).toBe('ALREADY_ANSWERED');
    expect(r.state.phase).toBe('question');
    r.clock.advance(8000); // past the AI's buzz
    const slow = r.answerDigit(cy, 3);
    expect(slow.data!.points).toBeLessThan(MAX_POINTS);
    expect(r.state.phase).toBe('reveal'); // everyone is done: the question ends early
    const reveal = events(r.sink.take(), 'round:reveal')[0]!.payload;
    expect(reveal).toMatchObject({ correctCount: 2, answeredCount: 3, total: 3 });
    expect(reveal.view).toMatchObject({ variant: 'reveal', answer: 3, ai: { digit: 3, correct: true } });
    expect(r.state.game!.aiScore).toBeGreaterThan(0);
  });

  it('runs a whole game to the podium by itself and keeps one row per player per question', () => {
    const r = makeRoom();
    r.join('Ana');
    r.join('Ben');
    r.start([revealRound([1, 2], { timerSec: 10 }), revealRound([7], { timerSec: 10 })]);
    const phases: string[] = [];
    for (let i = 0; i < 100 && r.state.phase !== 'podium'; i++) {
      if (phases.at(-1) !== r.state.phase) phases.push(r.state.phase);
      r.clock.advance(500);
    }
    phases.push(r.state.phase);
    expect(phases).toEqual([
      'intro', 'question', 'reveal', 'question', 'reveal', 'leaderboard',
      'intro', 'question', 'reveal', 'leaderboard', 'podium',
    ]);
    expect(r.state.history).toHaveLength(2 * 3);
    expect(r.state.history.every((h) => !h.correct && h.attempts === 0)).toBe(true);
  });

  it('refuses an answer after the deadline', () => {
    const r = makeRoom();
    const ana = r.join('Ana').playerId;
    r.join('Ben');
    r.start([revealRound([4], { timerSec: 5 })]);
    r.clock.advance(TEST_TIMINGS.introMs + 5000);
    expect(r.state.phase).toBe('reveal');
    expect(r.answerDigit(ana, 4).error).toBe('WRONG_PHASE');
    expect(r.state.players.get(ana)!.score).toBe(0);
  });

  it('waits past the deadline for an answer sent in time that is still being judged', () => {
    const r = makeRoom();
    const ana = r.join('Ana').playerId;
    r.join('Ben');
    r.start([revealRound([4], { timerSec: 5 })]);
    r.clock.advance(TEST_TIMINGS.introMs + 4990);
    const q = r.currentQuestionId();
    expect(r.room.dispatch({ type: 'answer-begin', playerId: ana, questionId: q, answerType: 'digit' }).data).toEqual({ elapsedMs: 4990 });
    expect(r.room.dispatch({ type: 'answer-begin', playerId: ana, questionId: q, answerType: 'digit' }).error?.code).toBe('RATE_LIMITED');
    r.clock.advance(500); // the deadline passes while the model runs
    expect(r.state.phase).toBe('question');
    const judged = r.room.dispatch({ type: 'answer', playerId: ana, questionId: q, verdict: { correct: true, answerText: '4', judgement: null } });
    expect(judged.data).toMatchObject({ correct: true });
    expect(r.state.players.get(ana)!.score).toBeGreaterThan(0);
    expect(r.state.phase).toBe('reveal'); // time is up and nothing is left to judge
  });

  it('drops the answer of a player kicked while it was being judged', () => {
    const r = makeRoom();
    const ana = r.join('Ana').playerId;
    r.join('Ben');
    r.start([revealRound([4])]);
    r.clock.advance(TEST_TIMINGS.introMs + 1000);
    const q = r.currentQuestionId();
    r.room.dispatch({ type: 'answer-begin', playerId: ana, questionId: q, answerType: 'digit' });
    r.room.dispatch({ type: 'kick', playerId: ana });
    const judged = r.room.dispatch({ type: 'answer', playerId: ana, questionId: q, verdict: { correct: true, answerText: '4', judgement: null } });
    expect(judged.error?.code).toBe('TOO_LATE');
    expect(r.state.game!.answers.has(ana)).toBe(false);
  });

  it('gives up on a judgement that takes longer than the grace period', () => {
    const r = makeRoom();
    const ana = r.join('Ana').playerId;
    r.start([revealRound([4], { timerSec: 5 })]);
    r.clock.advance(TEST_TIMINGS.introMs + 4000);
    const q = r.currentQuestionId();
    r.room.dispatch({ type: 'answer-begin', playerId: ana, questionId: q, answerType: 'digit' });
    r.clock.advance(1000 + TEST_TIMINGS.judgingGraceMs);
    expect(r.state.phase).toBe('reveal');
    const late = r.room.dispatch({ type: 'answer', playerId: ana, questionId: q, verdict: { correct: true, answerText: '4', judgement: null } });
    expect(late.error?.code).toBe('TOO_LATE');
    expect(r.state.players.get(ana)!.score).toBe(0);
  });
});

describe('host control', () => {
  it('pause freezes frames and the deadline; resume carries on', () => {
    const r = makeRoom();
    r.join('Ana');
    r.start([revealRound([6], { timerSec: 10 })]);
    r.clock.advance(TEST_TIMINGS.introMs + 1000);
    r.room.dispatch({ type: 'pause' });
    r.sink.take();
    r.clock.advance(60_000);
    expect(r.state.phase).toBe('question');
    expect(events(r.sink.take(), 'round:event')).toEqual([]);
    expect(r.answerDigit('id-Ana', 6).error).toBe('WRONG_PHASE');
    r.room.dispatch({ type: 'unpause' });
    r.clock.advance(8999);
    expect(r.state.phase).toBe('question');
    r.clock.advance(1);
    expect(r.state.phase).toBe('reveal');
  });

  it('ignores a timer that fires after its phase was skipped', () => {
    const r = makeRoom();
    r.join('Ana');
    r.start([revealRound([6, 7], { timerSec: 10 })]);
    r.clock.advance(TEST_TIMINGS.introMs);
    r.room.dispatch({ type: 'next' }); // skip question 1 -> reveal
    expect(r.state.phase).toBe('reveal');
    const seq = r.state.seq;
    r.room.dispatch({ type: 'wake', seq: seq - 1 });
    expect(r.state.phase).toBe('reveal');
    expect(r.state.seq).toBe(seq);
  });

  it('with the timer off, waits for the host at every step', () => {
    const r = makeRoom();
    r.join('Ana');
    r.start([revealRound([2], { timerSec: null })]);
    r.clock.advance(600_000);
    expect(r.state.phase).toBe('intro');
    r.room.dispatch({ type: 'next' });
    r.clock.advance(600_000);
    expect(r.state.phase).toBe('question');
    r.answerDigit('id-Ana', 2);
    expect(r.state.phase).toBe('reveal');
    r.clock.advance(600_000);
    expect(r.state.phase).toBe('reveal');
  });

  it('kicks a player for good: the seat is gone and the token no longer works', () => {
    const r = makeRoom();
    const { playerId } = r.join('Ana');
    expect(r.room.dispatch({ type: 'kick', playerId }).error).toBeUndefined();
    expect(r.sink.dropped).toEqual([playerId]);
    expect(r.room.dispatch({ type: 'resume', token: 'token-Ana-0123456789' }).error?.code).toBe('SESSION_INVALID');
  });

  it('goes back to the lobby from the podium only, keeping the results until the next start', () => {
    const r = makeRoom();
    r.join('Ana');
    r.start([revealRound([1])]);
    expect(r.room.dispatch({ type: 'lobby' }).error?.code).toBe('WRONG_PHASE');
    r.clock.advance(TEST_TIMINGS.introMs);
    r.room.dispatch({ type: 'end' }); // mid-question: that question still gets its rows
    expect(r.state.phase).toBe('podium');
    expect(r.room.dispatch({ type: 'lobby' }).error).toBeUndefined();
    expect(r.state.phase).toBe('lobby');
    expect(r.state.history).toHaveLength(1);
    expect(r.room.dispatch({ type: 'playlist', playlist: [revealRound([2]).entry] }).error).toBeUndefined();
  });

  it('refuses actions out of phase without changing anything', () => {
    const r = makeRoom();
    r.join('Ana');
    for (const type of ['pause', 'unpause', 'next', 'end'] as const) {
      const before = r.state.seq;
      expect(r.room.dispatch({ type }).error?.code).toBe('WRONG_PHASE');
      expect(r.state.seq).toBe(before);
    }
    r.start([revealRound([1])]);
    expect(r.room.dispatch({ type: 'playlist', playlist: [] }).error?.code).toBe('WRONG_PHASE');
  });
});

describe('reconnecting', () => {
  it('keeps seat and points, and catches a returning player up mid-question', () => {
    const r = makeRoom();
    const ana = r.join('Ana').playerId;
    r.join('Ben');
    r.start([revealRound([9, 8])]);
    r.clock.advance(TEST_TIMINGS.introMs + 1200);
    const points = r.answerDigit(ana, 9).data!.points;
    r.room.dispatch({ type: 'disconnect', playerId: ana });
    r.clock.advance(300);
    expect(r.state.phase).toBe('question'); // Ben is still thinking
    const resumed = r.room.dispatch({ type: 'resume', token: 'token-Ana-0123456789' });
    expect(resumed.data).toEqual({ role: 'player', playerId: ana });
    expect(r.state.players.get(ana)).toMatchObject({ score: points, connected: true });
    const sent = r.room.catchUp(ana);
    expect(sent.every((m) => 'playerId' in m.to && m.to.playerId === ana)).toBe(true);
    expect(sent[0]!.event).toBe('room:state');
    expect(events(sent, 'round:progress')[0]!.payload).toMatchObject({ answered: 1, total: 2 });
    const question = events(sent, 'round:question')[0]!.payload;
    expect(question.mine).toEqual({ correct: true, points, attempts: 1, canRetry: false, judgement: null });
    expect(events(sent, 'round:event').length).toBe(4); // frames 0..3 at 1.5 s in: what the others have seen
  });

  it('closes an abandoned room (host gone, nobody connected) after a short wait', () => {
    const r = makeRoom();
    r.room.dispatch({ type: 'host-disconnect' });
    r.clock.advance(TEST_TIMINGS.abandonedRoomMs - 1);
    r.room.dispatch({ type: 'sweep' });
    expect(r.closed).toEqual([]);
    r.clock.advance(1);
    r.room.dispatch({ type: 'sweep' });
    expect(r.closed).toEqual(['ABCDEF']);
  });

  it('closes the room when the host stays away past the grace period', () => {
    const r = makeRoom();
    r.join('Ana');
    r.room.dispatch({ type: 'host-disconnect' });
    r.clock.advance(TEST_TIMINGS.hostGraceMs - 1);
    r.room.dispatch({ type: 'sweep' });
    expect(r.closed).toEqual([]);
    r.clock.advance(1);
    r.room.dispatch({ type: 'sweep' });
    expect(r.closed).toEqual(['ABCDEF']);
  });
});

describe('AI difficulty', () => {
  it('buzzes later on easy than on hard', () => {
    const easy = revealRound([5], { difficulty: 'easy' }).questions[0]!.data as any;
    const hard = revealRound([5], { difficulty: 'hard' }).questions[0]!.data as any;
    expect(hard.ai.atMs).toBeLessThan(easy.ai.atMs);
    expect(AI_STYLES.easy.threshold).toBeGreaterThan(AI_STYLES.hard.threshold);
  });
});
