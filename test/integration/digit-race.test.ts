import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkerDigitClassifier, type DigitClassifier } from '../../server/ml/digit-classifier';
import { heldOutPool } from '../../server/ml/digit-pool';
import { DEFAULT_TIMINGS } from '../../shared/game/room-state';
import type { RevealQuestionData, DrawQuestionData } from '../../shared/game/rounds/digits/rules';
import { PROTOCOL_VERSION } from '../../shared/protocol';
import { sampleDigitStrokes } from '../../tools/lib/sample-digit-strokes';
import { hostRoom, joinAs } from '../support/room-session';
import { startTestApp } from '../support/start-test-app';

/** A real server, the real CNN in its worker, and real socket.io clients playing whole games. */
let classifier: DigitClassifier;
let server: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  classifier = await createWorkerDigitClassifier();
  server = await startTestApp(
    { digits: classifier, digitPool: heldOutPool, sketch: null },
    { timings: { ...DEFAULT_TIMINGS, introMs: 150, revealMs: 250, leaderboardMs: 250 } },
  );
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await classifier?.close();
});

/** The truth about the current question, read from the server (players never see this). */
function truth(code: string) {
  const state = server.app.rooms.get(code)!.state;
  const g = state.game!;
  return g.rounds[g.roundIndex]!.questions[g.questionIndex]!.data as RevealQuestionData | DrawQuestionData;
}

const reveal = (questions: number, timerSec: number | null = 20) => ({
  kind: 'digits', config: { variant: 'reveal', questions, timerSec, speedScoring: true, difficulty: 'medium' },
});
const draw = (questions: number, timerSec: number | null = 20) => ({
  kind: 'digits', config: { variant: 'draw', questions, timerSec, speedScoring: true, difficulty: 'medium' },
});

describe('a whole Digit Race game', () => {
  it('plays a reveal race and a draw race to the podium, with results to download', async () => {
    const { host, code, hostToken } = await hostRoom(server, [reveal(2), draw(2)]);
    const ana = await joinAs(server, code, 'Ana');
    const ben = await joinAs(server, code, '김벤');
    const qrCount = { reveal: 0, draw: 0 };
    expect((await host.request('host:start', {})).ok).toBe(true);

    for (let round = 0; round < 2; round++) {
      for (let q = 0; q < 2; q++) {
        const question = await ana.client.next('round:question', (p) => p.roundIndex === round && p.questionIndex === q);
        const data = truth(code);
        if (question.view.kind !== 'digits') throw new Error('expected a digits question');
        if (question.view.variant === 'reveal' && data.variant === 'reveal') {
          qrCount.reveal++;
          // Only digits the CNN reads surely when clean become questions (MNIST has some ambiguous ones).
          expect(data.probabilities.at(-1)![data.digit]).toBeGreaterThanOrEqual(0.9);
          // Only the first frame is out when the question starts: the clean image is never sent early.
          const frames = ana.client.received.filter((r) => r.event === 'round:event' && r.payload.questionId === question.questionId);
          expect(frames.map((f) => f.payload.event.index)).toEqual([0]);
          await ana.client.next('round:event', (e) => e.questionId === question.questionId && e.event.kind === 'digits-frame' && e.event.index === 3);
          const right = await ana.client.request('round:answer', { questionId: question.questionId, answer: { type: 'digit', digit: data.digit } });
          expect(right).toMatchObject({ ok: true, data: { correct: true, canRetry: false } });
          const again = await ana.client.request('round:answer', { questionId: question.questionId, answer: { type: 'digit', digit: data.digit } });
          expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_ANSWERED' } });
          const wrong = await ben.client.request('round:answer', { questionId: question.questionId, answer: { type: 'digit', digit: (data.digit + 1) % 10 } });
          expect(wrong).toMatchObject({ ok: true, data: { correct: false, points: 0, canRetry: false } });
        } else if (question.view.variant === 'draw' && data.variant === 'draw') {
          qrCount.draw++;
          expect(question.view.prompt).toBe(data.prompt);
          const good = await ana.client.request('round:answer', {
            questionId: question.questionId,
            answer: { type: 'drawing', strokes: sampleDigitStrokes(data.prompt) },
          });
          expect(good).toMatchObject({ ok: true, data: { correct: true, judgement: { guess: data.prompt, recognised: true } } });
          // Ben first draws the wrong digit: the AI says what it saw, and he may try again.
          const off = await ben.client.request('round:answer', {
            questionId: question.questionId,
            answer: { type: 'drawing', strokes: sampleDigitStrokes((data.prompt + 5) % 10) },
          });
          expect(off).toMatchObject({ ok: true, data: { correct: false, canRetry: true, judgement: { recognised: false } } });
          const retry = await ben.client.request('round:answer', {
            questionId: question.questionId,
            answer: { type: 'drawing', strokes: sampleDigitStrokes(data.prompt, 2, 7) },
          });
          expect(retry).toMatchObject({ ok: true, data: { correct: true } });
        }
        const shown = await host.next('round:reveal', (r) => r.questionId === question.questionId);
        expect(shown.total).toBe(2);
      }
    }
    expect(qrCount).toEqual({ reveal: 2, draw: 2 });
    await host.next('room:state', (v) => v.phase === 'podium');
    const final = host.view!;
    const anaScore = final.players.find((p) => p.nickname === 'Ana')!.score;
    const benScore = final.players.find((p) => p.nickname === '김벤')!.score;
    expect(anaScore).toBeGreaterThan(benScore);
    expect(benScore).toBeGreaterThan(0);

    const csv = await fetch(`${server.url}/api/rooms/${code}/results.csv?token=${hostToken}`);
    expect(csv.status).toBe(200);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(lines).toHaveLength(1 + 2 * 4);
    expect(lines.filter((l) => l.includes('"김벤"'))).toHaveLength(4);
    expect((await fetch(`${server.url}/api/rooms/${code}/results.csv?token=nope`)).status).toBe(403);
    expect((await fetch(`${server.url}/api/rooms/${code}/results.csv`, {})).status).toBe(403);

    for (const c of [host, ana.client, ben.client]) expect(c.schemaErrors).toEqual([]);
  });
});

describe('reconnecting', () => {
  it('gives a player their seat, points and question back after a dropped connection', async () => {
    const { host, code } = await hostRoom(server, [reveal(2, 30)]);
    const ana = await joinAs(server, code, 'Ana');
    await joinAs(server, code, 'Ben');
    await host.request('host:start', {});
    const question = await ana.client.next('round:question');
    const digit = (truth(code) as RevealQuestionData).digit;
    const answered = await ana.client.request('round:answer', { questionId: question.questionId, answer: { type: 'digit', digit } });
    expect(answered.ok).toBe(true);
    const points = answered.ok ? answered.data.points : 0;
    ana.client.close(); // the laptop lid closes

    await host.next('room:state', (v) => v.players.some((p) => p.id === ana.playerId && !p.connected));
    const back = await server.connect();
    const resumed = await back.request('room:resume', { protocol: PROTOCOL_VERSION, code, token: ana.token });
    expect(resumed).toEqual({ ok: true, data: { role: 'player', playerId: ana.playerId, joinUrl: null } });
    const view = await back.next('room:state');
    expect(view.players.find((p) => p.id === ana.playerId)).toMatchObject({ score: points, connected: true });
    const caughtUp = await back.next('round:question');
    expect(caughtUp).toMatchObject({ questionId: question.questionId, mine: { correct: true, points } });
    await back.next('round:event', (e) => e.questionId === question.questionId);
    expect(await back.next('round:progress')).toMatchObject({ questionId: question.questionId, answered: 1, total: 2 });
    expect(await back.request('round:answer', { questionId: question.questionId, answer: { type: 'digit', digit } }))
      .toMatchObject({ ok: false, error: { code: 'ALREADY_ANSWERED' } });
  });

  it('keeps the room while the host is away, and lets the host take it back', async () => {
    const { host, code, hostToken } = await hostRoom(server, [reveal(1, null)]);
    const ana = await joinAs(server, code, 'Ana');
    await host.request('host:start', {});
    await ana.client.next('room:state', (v) => v.phase === 'intro');
    const beforeDrop = ana.client.mark();
    host.close();
    await ana.client.next('room:state', (v) => !v.hostConnected, beforeDrop);
    const beforeReturn = ana.client.mark();
    const again = await server.connect();
    expect(await again.request('room:resume', { protocol: PROTOCOL_VERSION, code, token: hostToken }))
      .toEqual({ ok: true, data: { role: 'host', playerId: null, joinUrl: `http://arcade.test/?room=${code}` } });
    await ana.client.next('room:state', (v) => v.hostConnected, beforeReturn);
    expect((await again.request('host:next', {})).ok).toBe(true);
    await ana.client.next('round:question');
  });
});

describe('answers that must change nothing', () => {
  it('refuses late, foreign and out-of-phase answers, and kicked players', async () => {
    const { host, code } = await hostRoom(server, [reveal(1, 5)]);
    const ana = await joinAs(server, code, 'Ana');
    const ben = await joinAs(server, code, 'Ben');
    const stranger = await server.connect();
    await host.request('host:start', {});
    const q = await ana.client.next('round:question');
    const scores = () => [...server.app.rooms.get(code)!.state.players.values()].map((p) => p.score);

    expect(await stranger.request('round:answer', { questionId: q.questionId, answer: { type: 'digit', digit: 1 } }))
      .toMatchObject({ ok: false, error: { code: 'NOT_IN_ROOM' } });
    expect(await host.request('round:answer', { questionId: q.questionId, answer: { type: 'digit', digit: 1 } }))
      .toMatchObject({ ok: false, error: { code: 'NOT_PLAYER' } });
    expect(await ana.client.request('round:answer', { questionId: 'not-this-one', answer: { type: 'digit', digit: 1 } }))
      .toMatchObject({ ok: false, error: { code: 'WRONG_QUESTION' } });
    expect(await ana.client.request('round:answer', { questionId: q.questionId, answer: { type: 'drawing', strokes: [[[1, 1]]] } }))
      .toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(scores()).toEqual([0, 0]);

    await host.next('round:reveal'); // the 5 s timer runs out
    expect(await ana.client.request('round:answer', { questionId: q.questionId, answer: { type: 'digit', digit: 1 } }))
      .toMatchObject({ ok: false, error: { code: 'WRONG_PHASE' } });
    expect(scores()).toEqual([0, 0]);

    expect((await host.request('host:kick', { playerId: ben.playerId })).ok).toBe(true);
    await ben.client.next('room:closed', (c) => c.reason === 'kicked');
    const back = await server.connect();
    expect(await back.request('room:resume', { protocol: PROTOCOL_VERSION, code, token: ben.token }))
      .toMatchObject({ ok: false, error: { code: 'SESSION_INVALID' } });
    expect(await ben.client.request('round:answer', { questionId: q.questionId, answer: { type: 'digit', digit: 1 } }))
      .toMatchObject({ ok: false, error: { code: 'NOT_IN_ROOM' } });
  }, 20_000);
});

describe('http', () => {
  it('answers health with model readiness, and serves a QR code of the join link', async () => {
    const health = await (await fetch(`${server.url}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', models: { digits: { ready: true }, digitPool: { ready: true, size: 2000 } } });
    const { code } = await hostRoom(server, [reveal(1)]);
    const qr = await fetch(`${server.url}/api/rooms/${code}/qr.svg`);
    expect(qr.headers.get('content-type')).toContain('image/svg+xml');
    expect(await qr.text()).toContain('<svg');
    expect((await fetch(`${server.url}/api/rooms/ZZZZZZ/qr.svg`)).status).toBe(404);
  });

  it('serves the model files the browser loads', async () => {
    const res = await fetch(`${server.url}/models/digits/model.json`);
    expect(res.status).toBe(200);
    const json = await res.json();
    expect(json.weightsManifest[0].paths.length).toBeGreaterThan(0);
  });
});
