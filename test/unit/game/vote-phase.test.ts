/**
 * The vote phase (Sketch Duet) in the pure room machine, driven with a fake clock: who can vote, when the
 * vote ends, what it scores, and that bad votes change nothing.
 */
import { describe, expect, it } from 'vitest';
import type { PreparedRound } from '../../../shared/game/round-rules';
import { RECOGNISED_POINTS, SETTLE_MS, VOTE_POINTS, type SketchQuestionData } from '../../../shared/game/rounds/sketch/rules';
import { DEFAULT_SKETCH_CONFIG, type SketchConfig, type SketchJudgement } from '../../../shared/game/rounds/sketch/schemas';
import { makeRoom } from '../../support/room-fixtures';

const events = (sent: { event: string; payload: any }[], name: string) => sent.filter((m) => m.event === name);

function sketchRound(overrides: Partial<SketchConfig> = {}): PreparedRound {
  const config: SketchConfig = { ...DEFAULT_SKETCH_CONFIG, questions: 1, ...overrides };
  const data: SketchQuestionData = { category: 'cat', name: { en: 'cat face', ko: '고양이 얼굴' }, model: 'procedural' };
  return { entry: { kind: 'sketch', config }, questions: [{ id: 'q0-cat', data }] };
}

function judgement(entryId: string, recognisability: number): SketchJudgement {
  return {
    kind: 'sketch',
    entryId,
    opening: [[[10, 10], [50, 50]]],
    completion: [[[60, 60], [90, 20]]],
    guesses: [{ category: 'cat', probability: recognisability }],
    recognisability,
  };
}

/** Three players, each submits a duet (entry ids e-<name>), as the socket handler would after the model. */
function roomInVote(overrides: Partial<SketchConfig> = {}) {
  const r = makeRoom();
  const names = ['ana', 'ben', 'cho'];
  const ids = names.map((n) => r.join(n).playerId);
  r.start([sketchRound(overrides)]);
  r.clock.advance(r.state.timings.introMs);
  const questionId = r.currentQuestionId();
  const recognisability = [0.9, 0.5, 0.1];
  ids.forEach((playerId, i) => {
    r.room.dispatch({ type: 'answer-begin', playerId, questionId, answerType: 'sketch' });
    r.room.dispatch({
      type: 'answer',
      playerId,
      questionId,
      verdict: { correct: true, answerText: 'duet', judgement: judgement(`e${names[i]}00`, recognisability[i]!) },
    });
  });
  // Everyone is done; the room watches the last duets being drawn before the vote opens.
  r.clock.advance(SETTLE_MS);
  return { ...r, ids, questionId, vote: (playerId: string, entryId: string) => r.room.dispatch({ type: 'vote', playerId, questionId, entryId }) };
}

describe('the vote phase', () => {
  it('waits SETTLE_MS after the last answer (the room is watching the AI draw), then opens', () => {
    const r = makeRoom();
    const [ana, ben] = ['ana', 'ben'].map((n) => r.join(n).playerId) as [string, string];
    r.start([sketchRound()]);
    r.clock.advance(r.state.timings.introMs);
    const questionId = r.currentQuestionId();
    for (const [i, playerId] of [ana, ben].entries()) {
      r.room.dispatch({ type: 'answer-begin', playerId, questionId, answerType: 'sketch' });
      r.room.dispatch({ type: 'answer', playerId, questionId, verdict: { correct: false, answerText: '', judgement: judgement(`e${i}0000`, 0.2) } });
    }
    r.clock.advance(SETTLE_MS - 1);
    expect(r.state.phase).toBe('question');
    r.clock.advance(1);
    expect(r.state.phase).toBe('vote');
  });

  it('has no vote when only one player drew (nobody has anything to vote for)', () => {
    const r = makeRoom();
    const ana = r.join('ana').playerId;
    r.start([sketchRound()]);
    r.clock.advance(r.state.timings.introMs);
    const questionId = r.currentQuestionId();
    r.room.dispatch({ type: 'answer-begin', playerId: ana, questionId, answerType: 'sketch' });
    r.room.dispatch({ type: 'answer', playerId: ana, questionId, verdict: { correct: true, answerText: '', judgement: judgement('esolo0', 0.6) } });
    r.clock.advance(SETTLE_MS);
    expect(r.state.phase).toBe('reveal');
    expect(r.state.players.get(ana)!.score).toBe(Math.round(0.6 * RECOGNISED_POINTS));
  });

  it('opens once everyone has answered, with an anonymous gallery in entry-id order', () => {
    const r = roomInVote();
    expect(r.state.phase).toBe('vote');
    const [ballot] = events(r.sink.take(), 'round:ballot');
    expect(ballot!.payload.entries.map((e: { entryId: string }) => e.entryId)).toEqual(['eana00', 'eben00', 'echo00']);
    expect(JSON.stringify(ballot!.payload)).not.toContain('id-');
    // Answering scored nothing yet.
    expect([...r.state.players.values()].map((p) => p.score)).toEqual([0, 0, 0]);
  });

  it('refuses bad votes without changing anything', () => {
    const r = roomInVote();
    const [ana] = r.ids;
    expect(r.vote(ana!, 'eana00').error?.code).toBe('INVALID_VOTE');
    expect(r.vote(ana!, 'nope00').error?.code).toBe('INVALID_VOTE');
    expect(r.room.dispatch({ type: 'vote', playerId: 'id-stranger', questionId: r.questionId, entryId: 'eben00' }).error?.code).toBe('NOT_PLAYER');
    expect(r.room.dispatch({ type: 'vote', playerId: ana!, questionId: 'old', entryId: 'eben00' }).error?.code).toBe('WRONG_QUESTION');
    expect(r.state.game!.ballot!.votes.size).toBe(0);
    expect(r.vote(ana!, 'eben00').error).toBeUndefined();
    expect(r.vote(ana!, 'echo00').error?.code).toBe('ALREADY_ANSWERED');
    expect(r.state.game!.ballot!.votes.get(ana!)).toBe('eben00');
  });

  it('ends when the last eligible voter votes, scoring votes plus recognisability', () => {
    const r = roomInVote();
    const [ana, ben, cho] = r.ids as [string, string, string];
    r.vote(ana, 'eben00');
    r.vote(cho, 'eben00');
    expect(r.state.phase).toBe('vote');
    r.vote(ben, 'eana00');
    expect(r.state.phase).toBe('reveal');
    const score = (id: string) => r.state.players.get(id)!.score;
    expect(score(ana)).toBe(1 * VOTE_POINTS + Math.round(0.9 * RECOGNISED_POINTS));
    expect(score(ben)).toBe(2 * VOTE_POINTS + Math.round(0.5 * RECOGNISED_POINTS));
    expect(score(cho)).toBe(Math.round(0.1 * RECOGNISED_POINTS));
    const reveal = events(r.sink.take(), 'round:reveal')[0]!.payload;
    // Ranked by points: Ana's 1 vote + 450 beats Ben's 2 votes + 250.
    expect(reveal.view.entries.map((e: { playerId: string; votes: number }) => [e.playerId, e.votes])).toEqual([
      [ana, 1],
      [ben, 2],
      [cho, 0],
    ]);
    // The results file gets the same points.
    expect(r.state.history.find((h) => h.playerId === ben)?.points).toBe(score(ben));
  });

  it('ends at its deadline, and a disconnected voter does not hold it up', () => {
    const r = roomInVote({ voteSec: 20 });
    const [ana, ben, cho] = r.ids as [string, string, string];
    r.vote(ana, 'eben00');
    r.vote(ben, 'echo00');
    r.room.dispatch({ type: 'disconnect', playerId: cho });
    expect(r.state.phase).toBe('reveal'); // everyone still here has voted
    const late = roomInVote({ voteSec: 20 });
    late.vote(late.ids[0]!, 'eben00');
    late.clock.advance(19_999);
    expect(late.state.phase).toBe('vote');
    late.clock.advance(1);
    expect(late.state.phase).toBe('reveal');
    expect(late.vote(late.ids[1]!, 'eana00').error?.code).toBe('WRONG_PHASE');
  });

  it('waits for the host with the vote timer off, and pauses like any phase', () => {
    const r = roomInVote({ voteSec: null });
    r.clock.advance(10 * 60_000);
    expect(r.state.phase).toBe('vote');
    r.room.dispatch({ type: 'pause' });
    expect(r.vote(r.ids[0]!, 'eben00').error?.code).toBe('WRONG_PHASE');
    r.room.dispatch({ type: 'unpause' });
    r.room.dispatch({ type: 'next' });
    expect(r.state.phase).toBe('reveal');
    // Skipped vote: recognisability still counts.
    expect(r.state.players.get(r.ids[0]!)!.score).toBe(Math.round(0.9 * RECOGNISED_POINTS));
  });

  it('ending the game mid-vote scores once and goes to the podium', () => {
    const r = roomInVote();
    r.vote(r.ids[0]!, 'eben00');
    r.room.dispatch({ type: 'end' });
    expect(r.state.phase).toBe('podium');
    expect(r.state.players.get(r.ids[1]!)!.score).toBe(VOTE_POINTS + Math.round(0.5 * RECOGNISED_POINTS));
  });

  it('skips the vote when nobody submitted anything', () => {
    const r = makeRoom();
    r.join('ana');
    r.start([sketchRound()]);
    r.clock.advance(r.state.timings.introMs);
    r.room.dispatch({ type: 'next' });
    expect(r.state.phase).toBe('reveal');
    expect(events(r.sink.take(), 'round:ballot')).toHaveLength(0);
  });

  it('catches a rejoining voter up with the gallery, their entry and their vote', () => {
    const r = roomInVote();
    r.vote(r.ids[0]!, 'echo00');
    const sends = r.room.catchUp(r.ids[0]!);
    const ballot = sends.find((s) => s.event === 'round:ballot')!;
    expect(ballot.payload).toMatchObject({ mine: { entryId: 'eana00', votedFor: 'echo00' } });
    expect(sends.find((s) => s.event === 'round:progress')?.payload).toMatchObject({ answered: 1, total: 3 });
  });

  it('a kicked player leaves the vote: their vote is withdrawn, their entry goes, its voters may vote again', () => {
    const r = roomInVote();
    const [ana, ben, cho] = r.ids as [string, string, string];
    r.vote(cho, 'eana00');
    r.vote(ana, 'echo00');
    r.sink.take();
    r.room.dispatch({ type: 'kick', playerId: cho });
    const ballot = r.state.game!.ballot!;
    expect(ballot.entries.map((e) => e.entryId)).toEqual(['eana00', 'eben00']);
    expect([...ballot.votes]).toEqual([]); // Cho's vote withdrawn; Ana's was for Cho's entry
    const resent = events(r.sink.take(), 'round:ballot');
    expect(resent.at(-1)!.payload.entries.map((e: { entryId: string }) => e.entryId)).toEqual(['eana00', 'eben00']);
    expect(r.vote(ana, 'eben00').error).toBeUndefined();
    r.vote(ben, 'eana00');
    expect(r.state.phase).toBe('reveal');
    expect(r.state.players.get(ana)!.score).toBe(VOTE_POINTS + Math.round(0.9 * RECOGNISED_POINTS));
  });

  it('skips the vote when no connected player has someone else\'s duet to vote for', () => {
    const r = makeRoom();
    const [ana, ben] = ['ana', 'ben'].map((n) => r.join(n).playerId) as [string, string];
    r.start([sketchRound({ timerSec: 30 })]);
    r.clock.advance(r.state.timings.introMs);
    const questionId = r.currentQuestionId();
    r.room.dispatch({ type: 'answer-begin', playerId: ana, questionId, answerType: 'sketch' });
    r.room.dispatch({ type: 'answer', playerId: ana, questionId, verdict: { correct: true, answerText: '', judgement: judgement('eana00', 0.4) } });
    r.room.dispatch({ type: 'disconnect', playerId: ben }); // Ben's phone sleeps: Ana is everyone, and done
    r.clock.advance(SETTLE_MS);
    expect(r.state.phase).toBe('reveal');
  });

  it('a (re)joiner during the settle hold gets the hold\'s countdown, not the drawing deadline', () => {
    const r = makeRoom();
    const [ana, ben] = ['ana', 'ben'].map((n) => r.join(n).playerId) as [string, string];
    r.start([sketchRound({ timerSec: 30 })]);
    r.clock.advance(r.state.timings.introMs);
    const questionId = r.currentQuestionId();
    for (const playerId of [ana, ben]) {
      r.room.dispatch({ type: 'answer-begin', playerId, questionId, answerType: 'sketch' });
      r.room.dispatch({ type: 'answer', playerId, questionId, verdict: { correct: true, answerText: '', judgement: judgement(`e${playerId.slice(3)}00`, 0.4) } });
    }
    r.clock.advance(1000);
    const question = r.room.catchUp(ana).find((m) => m.event === 'round:question')!;
    expect(question.payload).toMatchObject({ remainingMs: SETTLE_MS - 1000 });
    // Both duets are replayed to the rejoiner (the room watched them being drawn).
    const replayed = r.room.catchUp(ana).filter((m) => m.event === 'round:event').map((m) => (m.payload as { event: { kind: string } }).event.kind);
    expect(replayed.filter((k) => k === 'sketch-finished')).toHaveLength(2);
  });
});
