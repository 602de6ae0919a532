import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSketchModels, type SketchModels } from '../../server/ml/sketch-models';
import { DEFAULT_TIMINGS } from '../../shared/game/room-state';
import type { SketchQuestionData } from '../../shared/game/rounds/sketch/rules';
import { PROTOCOL_VERSION } from '../../shared/protocol';
import { generateSketchForSeed } from '../../shared/strokes/procedural/generate';
import type { SketchCategory } from '../../shared/strokes/procedural/categories';
import { hostRoom, joinAs } from '../support/room-session';
import { startTestApp } from '../support/start-test-app';
import { tinyGenJsonText } from '../unit/models/sketch/magenta-fixture';

/**
 * A whole Sketch Duet with the real sketch models in their worker and real socket.io clients: players draw
 * openings, the AI's strokes stream to everyone, the room votes, and points follow votes + recognisability.
 */
let sketch: SketchModels;
let server: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  // A folder of "downloaded" models holding one tiny Magenta-format model, whatever this machine has.
  const magentaDir = await mkdtemp(join(tmpdir(), 'magenta-'));
  await writeFile(join(magentaDir, 'kite.gen.json'), tinyGenJsonText(3, 'kite'));
  sketch = await createSketchModels({ magentaDir });
  server = await startTestApp(
    { digits: null, digitPool: null, sketch },
    { timings: { ...DEFAULT_TIMINGS, introMs: 150, revealMs: 300, leaderboardMs: 250 } },
  );
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await sketch?.close();
});

const duet = (config: Record<string, unknown> = {}) => ({
  kind: 'sketch',
  config: { questions: 1, categories: ['cat', 'house'], inkStrokes: 2, timerSec: 30, voteSec: 30, temperature: 0.25, ghost: true, ...config },
});

function questionData(code: string): SketchQuestionData {
  const g = server.app.rooms.get(code)!.state.game!;
  return g.rounds[g.roundIndex]!.questions[g.questionIndex]!.data as SketchQuestionData;
}

/** The first `strokes` strokes of a procedural drawing of the category, as a player's opening. */
function opening(category: string, seed: number, strokes = 1) {
  return generateSketchForSeed(category as SketchCategory, seed).slice(0, strokes);
}

describe('a whole Sketch Duet', () => {
  it('streams every duet to the room, takes votes (not for oneself) and scores votes + recognisability', async () => {
    const { host, code } = await hostRoom(server, [duet()]);
    const players = [await joinAs(server, code, 'Ana'), await joinAs(server, code, 'Ben'), await joinAs(server, code, 'Cho')];
    expect((await host.request('host:start', {})).ok).toBe(true);
    const question = await players[0]!.client.next('round:question');
    expect(question.view).toMatchObject({ kind: 'sketch', inkStrokes: 2, model: 'procedural' });
    const data = questionData(code);
    expect(['cat', 'house']).toContain(data.category);
    const qid = question.questionId;

    // Too much ink is refused, and changes nothing: the player can still answer.
    const greedy = await players[0]!.client.request('round:answer', { questionId: qid, answer: { type: 'sketch', strokes: opening(data.category, 1, 3) } });
    expect(greedy).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });

    const results = [];
    for (const [i, p] of players.entries()) {
      const res = await p.client.request('round:answer', { questionId: qid, answer: { type: 'sketch', strokes: opening(data.category, 10 + i) } });
      if (!res.ok) throw new Error(res.error.message);
      results.push(res.data);
    }
    // A duplicate after the first submission changes nothing.
    const again = await players[1]!.client.request('round:answer', { questionId: qid, answer: { type: 'sketch', strokes: opening(data.category, 99) } });
    expect(again.ok).toBe(false);

    const entryIds = results.map((r) => {
      const j = r.judgement;
      if (!j || !('entryId' in j)) throw new Error('expected a sketch judgement');
      expect(r.points).toBe(0); // points come with the vote
      expect(j.opening).toHaveLength(1);
      expect(j.guesses.length).toBeGreaterThan(0);
      expect(j.recognisability).not.toBeNull();
      return j.entryId;
    });
    expect(new Set(entryIds).size).toBe(3);
    // Each player was told which duet is theirs (before the AI drew it), and only theirs; the host nothing.
    players.forEach((p, i) => {
      const yours = p.client.received.filter((r) => r.event === 'round:event' && r.payload.event.kind === 'sketch-yours');
      expect(yours.map((r) => r.payload.event.entryId)).toEqual([entryIds[i]]);
    });
    expect(host.received.some((r) => r.event === 'round:event' && r.payload.event.kind === 'sketch-yours')).toBe(false);

    // Everyone, host included, watched every duet being drawn: the opening first, then the AI's strokes.
    for (const watcher of [host, players[2]!.client]) {
      for (const entryId of entryIds) {
        await watcher.next('round:event', (e) => e.event.kind === 'sketch-finished' && e.event.entryId === entryId);
        const strokes = watcher.received
          .filter((r) => r.event === 'round:event' && r.payload.event.kind === 'sketch-stroke' && r.payload.event.entryId === entryId)
          .map((r) => r.payload.event);
        expect(strokes[0]).toMatchObject({ index: 0, by: 'player' });
        expect(strokes.slice(1).every((s: { by: string }) => s.by === 'ai')).toBe(true);
        expect(strokes.map((s: { index: number }) => s.index)).toEqual(strokes.map((_: unknown, k: number) => k));
      }
    }

    // Everyone answered: the vote opens with an anonymous gallery.
    const ballot = await players[0]!.client.next('round:ballot', (b) => b.questionId === qid);
    expect(ballot.entries.map((e) => e.entryId).sort()).toEqual([...entryIds].sort());
    expect(JSON.stringify(ballot)).not.toMatch(/Ana|Ben|Cho|playerId/);
    const [ana, ben, cho] = players as [typeof players[0] & {}, typeof players[0] & {}, typeof players[0] & {}];

    const own = await ana.client.request('round:vote', { questionId: qid, entryId: entryIds[0]! });
    expect(own).toMatchObject({ ok: false, error: { code: 'INVALID_VOTE' } });
    const nonsense = await ana.client.request('round:vote', { questionId: qid, entryId: 'zzzzzz' });
    expect(nonsense).toMatchObject({ ok: false, error: { code: 'INVALID_VOTE' } });
    const byHost = await host.request('round:vote', { questionId: qid, entryId: entryIds[0]! });
    expect(byHost).toMatchObject({ ok: false, error: { code: 'NOT_PLAYER' } });
    expect((await ana.client.request('round:vote', { questionId: qid, entryId: entryIds[1]! })).ok).toBe(true);
    const twice = await ana.client.request('round:vote', { questionId: qid, entryId: entryIds[2]! });
    expect(twice).toMatchObject({ ok: false, error: { code: 'ALREADY_ANSWERED' } });
    expect((await ben.client.request('round:vote', { questionId: qid, entryId: entryIds[2]! })).ok).toBe(true);
    expect((await cho.client.request('round:vote', { questionId: qid, entryId: entryIds[1]! })).ok).toBe(true);

    // Everyone voted: the reveal. Ben's duet got two votes, Cho's one, Ana's none.
    const reveal = await ana.client.next('round:reveal', (r) => r.questionId === qid);
    if (reveal.view.kind !== 'sketch') throw new Error('expected a sketch reveal');
    const votes = Object.fromEntries(reveal.view.entries.map((e) => [e.playerId, e.votes]));
    expect(votes).toEqual({ [ana.playerId]: 0, [ben.playerId]: 2, [cho.playerId]: 1 });
    for (const [i, p] of players.entries()) {
      const judgement = results[i]!.judgement as { recognisability: number };
      const expected = [0, 2, 1][i]! * 100 + Math.round(judgement.recognisability * 500);
      expect(reveal.results.find((r) => r.playerId === p.playerId)?.points).toBe(expected);
      expect(reveal.view.entries.find((e) => e.playerId === p.playerId)?.points).toBe(expected);
    }
    // A late vote changes nothing.
    const late = await ben.client.request('round:vote', { questionId: qid, entryId: entryIds[0]! });
    expect(late).toMatchObject({ ok: false, error: { code: 'WRONG_PHASE' } });

    const view = await ana.client.next('room:state', (v) => v.phase === 'podium');
    expect(view.players.find((p) => p.id === ben.playerId)?.score).toBe(reveal.results.find((r) => r.playerId === ben.playerId)?.points);
    for (const c of [host, ...players.map((p) => p.client)]) expect(c.schemaErrors).toEqual([]);
  }, 60_000);

  it('a player who reconnects during the vote gets the gallery back with their own entry and vote', async () => {
    const { host, code } = await hostRoom(server, [duet({ categories: ['house'] })]);
    const ana = await joinAs(server, code, 'Ana');
    const ben = await joinAs(server, code, 'Ben');
    const cho = await joinAs(server, code, 'Cho');
    expect((await host.request('host:start', {})).ok).toBe(true);
    const { questionId } = await ana.client.next('round:question');
    const entry: Record<string, string> = {};
    for (const [name, p] of Object.entries({ ana, ben, cho })) {
      const res = await p.client.request('round:answer', { questionId, answer: { type: 'sketch', strokes: opening('house', name.length) } });
      if (!res.ok || !res.data.judgement || !('entryId' in res.data.judgement)) throw new Error('no duet');
      entry[name] = res.data.judgement.entryId;
    }
    await ana.client.next('round:ballot');
    expect((await ana.client.request('round:vote', { questionId, entryId: entry.ben! })).ok).toBe(true);
    ana.client.close();
    const again = await server.connect();
    const resumed = await again.request('room:resume', { protocol: PROTOCOL_VERSION, code, token: ana.token });
    expect(resumed).toMatchObject({ ok: true, data: { role: 'player', playerId: ana.playerId } });
    const caught = await again.next('round:ballot', (b) => b.mine !== undefined);
    expect(caught.mine).toEqual({ entryId: entry.ana, votedFor: entry.ben });
    // Her vote still counts: the others vote and the reveal has it.
    expect((await ben.client.request('round:vote', { questionId, entryId: entry.cho! })).ok).toBe(true);
    expect((await cho.client.request('round:vote', { questionId, entryId: entry.ben! })).ok).toBe(true);
    const reveal = await again.next('round:reveal');
    if (reveal.view.kind !== 'sketch') throw new Error('expected a sketch reveal');
    expect(reveal.view.entries.find((e) => e.entryId === entry.ben)?.votes).toBe(2);
  }, 60_000);

  it('with nothing submitted the round skips the vote; a host can skip the vote; the CSV has the duet rows', async () => {
    const { host, code, hostToken } = await hostRoom(server, [duet({ questions: 2, categories: ['sun'] })]);
    const ana = await joinAs(server, code, 'Ana');
    const ben = await joinAs(server, code, 'Ben');
    expect((await host.request('host:start', {})).ok).toBe(true);
    const first = await ana.client.next('round:question', (q) => q.questionIndex === 0);
    expect((await host.request('host:next', {})).ok).toBe(true); // nobody drew: straight to the reveal
    const emptyReveal = await ana.client.next('round:reveal', (r) => r.questionId === first.questionId);
    expect(ana.client.received.some((r) => r.event === 'round:ballot')).toBe(false);
    if (emptyReveal.view.kind !== 'sketch') throw new Error('expected a sketch reveal');
    expect(emptyReveal.view.entries).toEqual([]);

    const second = await ana.client.next('round:question', (q) => q.questionIndex === 1);
    for (const p of [ana, ben]) {
      const res = await p.client.request('round:answer', { questionId: second.questionId, answer: { type: 'sketch', strokes: opening('sun', 3) } });
      expect(res.ok).toBe(true);
    }
    await ana.client.next('round:ballot', (b) => b.questionId === second.questionId);
    expect((await host.request('host:next', {})).ok).toBe(true); // skip the vote: recognisability still scores
    const reveal = await ana.client.next('round:reveal', (r) => r.questionId === second.questionId);
    if (reveal.view.kind !== 'sketch') throw new Error('expected a sketch reveal');
    expect(reveal.view.entries.every((e) => e.votes === 0 && e.points === Math.round((e.recognisability ?? 0) * 500))).toBe(true);
    await ana.client.next('room:state', (v) => v.phase === 'podium');
    const csv = await (await fetch(`${server.url}/api/rooms/${code}/results.csv?token=${hostToken}`)).text();
    expect(csv.split('\n').filter((l) => l.includes('strokes; AI sees'))).toHaveLength(2);
  }, 60_000);

  it('plays a category drawn by a downloaded Magenta model; the classifier cannot judge it, so votes alone score', async () => {
    const categories = await (await fetch(`${server.url}/api/sketch/categories`)).json();
    expect(categories.categories).toContainEqual({ id: 'kite', model: 'kite', name: { en: 'kite', ko: 'kite' }, recognisable: false });
    const { host, code } = await hostRoom(server, [duet({ categories: ['kite'] })]);
    const ana = await joinAs(server, code, 'Ana');
    const ben = await joinAs(server, code, 'Ben');
    expect((await host.request('host:start', {})).ok).toBe(true);
    const question = await ana.client.next('round:question');
    expect(question.view).toMatchObject({ kind: 'sketch', category: 'kite', model: 'kite' });
    const entries: string[] = [];
    for (const p of [ana, ben]) {
      const res = await p.client.request('round:answer', { questionId: question.questionId, answer: { type: 'sketch', strokes: opening('triangle', 5) } });
      if (!res.ok || !res.data.judgement || !('entryId' in res.data.judgement)) throw new Error('no duet');
      expect(res.data.judgement.recognisability).toBeNull();
      entries.push(res.data.judgement.entryId);
    }
    await ana.client.next('round:ballot');
    expect((await ana.client.request('round:vote', { questionId: question.questionId, entryId: entries[1]! })).ok).toBe(true);
    expect((await ben.client.request('round:vote', { questionId: question.questionId, entryId: entries[0]! })).ok).toBe(true);
    const reveal = await ana.client.next('round:reveal');
    expect(reveal.results.map((r) => r.points)).toEqual([100, 100]);
  }, 60_000);

  it('refuses to start a round whose category no installed model can draw, and stays in the lobby', async () => {
    const { host, code } = await hostRoom(server, [duet({ categories: ['zebra'] })]);
    await joinAs(server, code, 'Ana');
    expect(await host.request('host:start', {})).toMatchObject({ ok: false, error: { code: 'MODEL_UNAVAILABLE' } });
    expect(server.app.rooms.get(code)!.state.phase).toBe('lobby');
  });
});
