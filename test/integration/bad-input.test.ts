import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol';
import { startTestApp } from '../support/start-test-app';
import type { TestClient } from '../support/test-client';

/**
 * Every kind of bad input gets a clear error code and changes nothing; the server keeps answering.
 * These need no model: they never get as far as a round.
 */
describe('bad input at the edge', () => {
  let server: Awaited<ReturnType<typeof startTestApp>>;
  let host: TestClient;
  let player: TestClient;
  let code: string;

  const snapshot = () => {
    const room = server.app.rooms.get(code)!.state;
    return JSON.stringify({
      phase: room.phase, seq: room.seq, locked: room.locked, preparing: room.preparing, playlist: room.playlist,
      host: room.host, players: [...room.players.values()], game: room.game, history: room.history,
      rooms: server.app.rooms.size,
    });
  };

  beforeAll(async () => {
    server = await startTestApp({ digits: null, digitPool: null, sketch: null });
    host = await server.connect();
    const created = await host.request('room:create', { protocol: PROTOCOL_VERSION });
    if (!created.ok) throw new Error('create failed');
    code = created.data.code;
    player = await server.connect();
    const joined = await player.request('room:join', { protocol: PROTOCOL_VERSION, code, nickname: '지우' });
    expect(joined.ok).toBe(true);
  });
  afterAll(() => server.stop());

  const cases: [string, (c: () => TestClient) => Promise<any>, string][] = [
    ['an unknown event', (c) => c().raw('room:destroy', {}), 'UNKNOWN_EVENT'],
    ['an event named by a number', (c) => c().raw(42 as never, {}), 'UNKNOWN_EVENT'],
    ['an event named __proto__', (c) => c().raw('__proto__', {}), 'UNKNOWN_EVENT'],
    ['a payload polluting the prototype', (c) => c().raw('host:lock', JSON.parse('{"locked":true,"__proto__":{"x":1}}')), 'INVALID_PAYLOAD'],
    ['a payload that is not an object', (c) => c().raw('room:join', 'ABCDEF'), 'INVALID_PAYLOAD'],
    ['a payload with extra fields', (c) => c().raw('host:lock', { locked: true, evil: 1 }), 'INVALID_PAYLOAD'],
    ['two payloads', (c) => c().raw('host:lock', { locked: true }, { locked: false }), 'INVALID_PAYLOAD'],
    ['a wrong type', (c) => c().raw('host:lock', { locked: 'yes' }), 'INVALID_PAYLOAD'],
    ['a player using a host action', (c) => c().request('host:lock', { locked: true }), 'NOT_HOST'],
    ['a player starting the game', (c) => c().request('host:start', {}), 'NOT_HOST'],
    ['a player kicking someone', (c) => c().request('host:kick', { playerId: 'x' }), 'NOT_HOST'],
    ['an answer in the lobby', (c) => c().request('round:answer', { questionId: 'q', answer: { type: 'digit', digit: 3 } }), 'WRONG_PHASE'],
    ['a digit out of range', (c) => c().raw('round:answer', { questionId: 'q', answer: { type: 'digit', digit: 12 } }), 'INVALID_PAYLOAD'],
    ['a stroke off the canvas', (c) => c().raw('round:answer', { questionId: 'q', answer: { type: 'drawing', strokes: [[[0, 0], [999, 5]]] } }), 'INVALID_PAYLOAD'],
    ['too many strokes', (c) => c().raw('round:answer', { questionId: 'q', answer: { type: 'drawing', strokes: Array(31).fill([[1, 1]]) } }), 'INVALID_PAYLOAD'],
    ['an old client', (c) => c().request('room:join', { protocol: PROTOCOL_VERSION - 1, code, nickname: 'Old' }), 'PROTOCOL_TOO_OLD'],
    ['a newer client', (c) => c().request('room:join', { protocol: PROTOCOL_VERSION + 1, code, nickname: 'New' }), 'PROTOCOL_TOO_NEW'],
    ['a room that does not exist', (c) => c().request('room:join', { protocol: PROTOCOL_VERSION, code: 'ZZZZZZ', nickname: 'Zed' }), 'ROOM_NOT_FOUND'],
    ['a forged session token', (c) => c().request('room:resume', { protocol: PROTOCOL_VERSION, code, token: 'x'.repeat(24) }), 'SESSION_INVALID'],
    ['a duplicate nickname', (c) => c().request('room:join', { protocol: PROTOCOL_VERSION, code, nickname: '지우' }), 'NICKNAME_TAKEN'],
    ['a blocked nickname', (c) => c().request('room:join', { protocol: PROTOCOL_VERSION, code, nickname: '병신' }), 'NICKNAME_BLOCKED'],
  ];

  it.each(cases)('refuses %s', async (_name, send, expected) => {
    const before = snapshot();
    const res = await send(() => player);
    expect(res).toMatchObject({ ok: false, error: { code: expected } });
    expect(snapshot()).toBe(before);
  });

  it('refuses joining a locked room, and lets players in again once unlocked', async () => {
    expect((await host.request('host:lock', { locked: true })).ok).toBe(true);
    const late = await server.connect();
    const refused = await late.request('room:join', { protocol: PROTOCOL_VERSION, code, nickname: 'Late' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'ROOM_LOCKED' } });
    expect((await host.request('host:lock', { locked: false })).ok).toBe(true);
    expect((await late.request('room:join', { protocol: PROTOCOL_VERSION, code, nickname: 'Late' })).ok).toBe(true);
    await late.request('room:leave', {});
  });

  it('refuses to start a game whose model is not loaded, and stays in the lobby', async () => {
    const res = await host.request('host:start', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'MODEL_UNAVAILABLE' } });
    expect(server.app.rooms.get(code)!.state).toMatchObject({ phase: 'lobby', preparing: false });
  });

  it('rate-limits a flood and still answers afterwards', async () => {
    const flood = await server.connect();
    const results = await Promise.all(Array.from({ length: 40 }, () => flood.raw('room:leave', {})));
    const limited = results.filter((r: any) => r.error?.code === 'RATE_LIMITED').length;
    expect(limited).toBeGreaterThanOrEqual(40 - 30 - 2);
    await new Promise((r) => setTimeout(r, 1100));
    expect(await flood.raw('room:leave', {})).toMatchObject({ error: { code: 'NOT_IN_ROOM' } });
  });

  it('drops an oversized message without harming anyone else', async () => {
    const big = await server.connect();
    const closed = new Promise((r) => big.socket.once('disconnect', r));
    big.socket.emit('room:join' as any, { protocol: PROTOCOL_VERSION, code, nickname: 'x'.repeat(200_000) } as any, () => {});
    await closed;
    const res = await player.raw('room:leave-not', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'UNKNOWN_EVENT' } });
    expect(server.app.rooms.get(code)!.state.players.size).toBe(1);
  });

  it('never sent a message that breaks the protocol', () => {
    expect(host.schemaErrors).toEqual([]);
    expect(player.schemaErrors).toEqual([]);
  });
});
