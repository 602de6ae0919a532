import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDeckLibrary } from '../../server/decks/deck-library';
import { buildDigitsDeck } from '../../server/decks/digits-deck';
import { DEFAULT_TIMINGS } from '../../shared/game/room-state';
import type { RealOrAiQuestionData } from '../../shared/game/rounds/real-or-ai/rules';
import { PROTOCOL_VERSION } from '../../shared/protocol';
import { hostRoom, joinAs } from '../support/room-session';
import { startTestApp } from '../support/start-test-app';
import type { Received, TestClient } from '../support/test-client';

/**
 * A whole "Real or AI?" round on the built-in digits deck (held-out MNIST against the committed GAN, drawn
 * in its worker at start-up) with real socket.io clients, and the no-peeking rule checked on everything a
 * player receives before the reveal: socket messages, answer acks, a rejoin's catch-up and HTTP responses.
 */
let server: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  const decks = await loadDeckLibrary({ dir: await mkdtemp(join(tmpdir(), 'no-decks-')), builtIn: await buildDigitsDeck({ perCheckpoint: 40 }) });
  server = await startTestApp(
    { digits: null, digitPool: null, sketch: null, decks },
    { timings: { ...DEFAULT_TIMINGS, introMs: 150, revealMs: 400, leaderboardMs: 250 } },
  );
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

const round = (config: Record<string, unknown> = {}) => ({
  kind: 'real-or-ai',
  config: { deck: 'digits', difficulty: 'hard', questions: 3, timerSec: 30, speedScoring: true, ...config },
});

function questionData(code: string): RealOrAiQuestionData {
  const g = server.app.rooms.get(code)!.state.game!;
  return g.rounds[g.roundIndex]!.questions[g.questionIndex]!.data as RealOrAiQuestionData;
}

/** Every string and number in a message, with its path: what a curious client could read. */
function leaves(value: unknown, path = ''): { path: string; value: string }[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'object') return Object.entries(value as object).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [{ path, value: String(value) }];
}

/** Only the first image's and second image's own fields may carry their ids; nothing may carry a label. */
function expectNoPeeking(messages: Received[], data: RealOrAiQuestionData, ownPick: string | null): void {
  for (const { event, payload } of messages) {
    for (const leaf of leaves(payload)) {
      for (const id of [data.realId, data.generatedId]) {
        if (!leaf.value.includes(id)) continue;
        const allowed = /^\.view\.images\.[01]\.id$/.test(leaf.path) || (leaf.path.endsWith('judgement.choiceId') && id === ownPick);
        expect(allowed, `${event} ${leaf.path} carries an image id`).toBe(true);
      }
      expect(leaf.path, `${event} has a labelled field`).not.toMatch(/real|generated|label|checkpoint|source/i);
    }
    if (event === 'round:question') {
      const [a, b] = payload.view.images;
      // Same properties, same id length, same pixel byte length: only the pixels differ.
      expect(Object.keys(a)).toEqual(Object.keys(b));
      expect(JSON.stringify(a).length).toBe(JSON.stringify(b).length);
      expect(Buffer.from(a.pixels, 'base64').length).toBe(payload.view.side ** 2 * payload.view.channels);
    }
  }
}

async function answer(client: TestClient, questionId: string, choiceId: string) {
  return client.request('round:answer', { questionId, answer: { type: 'pick', choiceId } });
}

describe('a whole Real or AI? round', () => {
  it('pairs a real and an AI image per question, tells nobody who was right until the reveal, then scores', async () => {
    const { host, code } = await hostRoom(server, [round()]);
    const ana = await joinAs(server, code, 'Ana');
    const ben = await joinAs(server, code, 'Ben');
    const cho = await joinAs(server, code, 'Cho');
    expect((await host.request('host:start', {})).ok).toBe(true);
    const question = await ana.client.next('round:question');
    expect(question.view).toMatchObject({ kind: 'real-or-ai', subject: 'digits', side: 28, channels: 1 });
    if (question.view.kind !== 'real-or-ai') throw new Error('not a Real or AI? question');
    const images = question.view.images;
    const data = questionData(code);
    const ids = images.map((i) => i.id);
    expect(new Set(ids)).toEqual(new Set([data.realId, data.generatedId]));

    // Ana picks the real one, Ben the AI's: their acks must be the same but for their own pick.
    const anaAck = await answer(ana.client, question.questionId, data.realId);
    const benAck = await answer(ben.client, question.questionId, data.generatedId);
    expect(anaAck).toEqual({ ok: true, data: { correct: false, points: 0, canRetry: false, sealed: true, judgement: { kind: 'real-or-ai', choiceId: data.realId } } });
    expect(benAck).toEqual({ ok: true, data: { correct: false, points: 0, canRetry: false, sealed: true, judgement: { kind: 'real-or-ai', choiceId: data.generatedId } } });

    // A second try, a made-up id, the host and a malformed id change nothing.
    expect(await answer(ana.client, question.questionId, data.generatedId)).toMatchObject({ ok: false, error: { code: 'ALREADY_ANSWERED' } });
    expect(await answer(cho.client, question.questionId, 'AAAAAAAAAAAA')).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(await answer(host, question.questionId, data.realId)).toMatchObject({ ok: false, error: { code: 'NOT_PLAYER' } });
    expect(await cho.client.raw('round:answer', { questionId: question.questionId, answer: { type: 'pick', choiceId: 'x' } })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });

    // A rejoin mid-question: the catch-up says what Ben picked, not whether it was right, and scores have not moved.
    const rejoinMark = ben.client.mark();
    expect((await ben.client.request('room:resume', { protocol: PROTOCOL_VERSION, code, token: ben.token })).ok).toBe(true);
    const catchUp = await ben.client.next('round:question', () => true, rejoinMark);
    expect(catchUp.mine).toEqual({ correct: false, points: 0, attempts: 1, canRetry: false, judgement: { kind: 'real-or-ai', choiceId: data.generatedId }, sealed: true });
    const lateJoiner = await joinAs(server, code, 'Dan');
    await lateJoiner.client.next('round:question');
    expect(ben.client.view!.players.every((p) => p.score === 0)).toBe(true);

    // HTTP a player can reach mid-question says nothing about the images either.
    const http = [await fetch(`${server.url}/api/decks`), await fetch(`${server.url}/healthz`)];
    const bodies = await Promise.all(http.map((r) => r.text()));
    for (const body of bodies) for (const id of ids) expect(body).not.toContain(id);

    /** Everything the client received up to (not including) the reveal. */
    const beforeReveal = (client: TestClient) => client.received.slice(0, client.received.findIndex((r) => r.event === 'round:reveal'));
    expect((await answer(cho.client, question.questionId, data.realId)).ok).toBe(true);
    expect((await answer(lateJoiner.client, question.questionId, data.realId)).ok).toBe(true);
    const reveal = await ana.client.next('round:reveal');
    for (const [client, pick] of [[ana.client, data.realId], [ben.client, data.generatedId]] as const) {
      const seen = beforeReveal(client);
      expect(seen.filter((r) => r.event === 'round:question').length).toBeGreaterThanOrEqual(1);
      expect(seen.some((r) => r.event === 'room:state')).toBe(true);
      expectNoPeeking(seen, data, pick);
    }

    expect(reveal.view).toMatchObject({ kind: 'real-or-ai', realId: data.realId, generatedId: data.generatedId });
    if (reveal.view.kind !== 'real-or-ai') throw new Error('wrong reveal');
    expect(reveal.view.picks).toEqual(images.map(({ id }) => ({ id, count: id === data.realId ? 3 : 1 })));
    expect(reveal.view.tips.length).toBeGreaterThanOrEqual(1);
    expect(reveal.view.generator).toMatchObject({ level: reveal.view.generator.levels });
    expect(reveal).toMatchObject({ correctCount: 3, answeredCount: 4, total: 4 });
    const points = Object.fromEntries(reveal.results.map((r) => [r.playerId, r.points]));
    expect(points[ana.playerId]).toBeGreaterThan(500);
    expect(points[ben.playerId]).toBe(0);
    // Ana answered first, so fastest among the right.
    expect(points[ana.playerId]).toBeGreaterThanOrEqual(points[cho.playerId]!);

    // An answer to a question that is over changes nothing.
    expect(await answer(ben.client, question.questionId, data.realId)).toMatchObject({ ok: false });
    for (const c of [ana.client, ben.client, cho.client]) expect(c.schemaErrors).toEqual([]);
  }, 60_000);

  it('tells the host plainly when a deck is not installed, and starts nothing', async () => {
    const { host, code } = await hostRoom(server, [round({ deck: 'london' })]);
    await joinAs(server, code, 'Eve');
    const start = await host.request('host:start', {});
    expect(start).toMatchObject({ ok: false, error: { code: 'DECK_UNAVAILABLE', message: expect.stringContaining('deck "london" is not installed') } });
    expect(server.app.rooms.get(code)!.state.phase).toBe('lobby');
  });

  it('lists decks over HTTP with their counts and credits, and no image data', async () => {
    const res = await fetch(`${server.url}/api/decks`);
    const body = (await res.json()) as { decks: { name: string; levels: number; credits: string; builtIn: boolean }[]; problems: string[] };
    expect(body.decks).toEqual([expect.objectContaining({ name: 'digits', builtIn: true, credits: expect.stringContaining('MNIST') })]);
    expect(body.decks[0]!.levels).toBeGreaterThanOrEqual(1);
    expect(body.problems).toEqual([]);
  });

  it('does not serve the GANs: their generators could redraw a deck, a discriminator would spot the fakes', async () => {
    for (const path of ['/models/gan/digits/gan.json', '/models/gan/london/gan.json', '/models/gan/digits/checkpoint/discriminator/model.json']) {
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
    }
    // The models the browser does load are still there.
    expect((await fetch(`${server.url}/models/digits/model.json`)).status).toBe(200);
  });
});
