import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol';
import { startTestApp } from '../support/start-test-app';

/** Seats and sockets: tabs, repeated resumes, leaving, switching rooms. No model needed (lobby only). */
let server: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  server = await startTestApp({ digits: null, digitPool: null, sketch: null });
});
afterAll(() => server.stop());

async function newRoom() {
  const host = await server.connect();
  const created = await host.request('room:create', { protocol: PROTOCOL_VERSION });
  if (!created.ok) throw new Error(created.error.code);
  return { host, ...created.data, state: () => server.app.rooms.get(created.data.code)!.state };
}

describe('seats', () => {
  it('a second resume on a socket that already holds the seat keeps it connected', async () => {
    const { host, code, hostToken, state } = await newRoom();
    const player = await server.connect();
    const joined = await player.request('room:join', { protocol: PROTOCOL_VERSION, code, nickname: 'Ana' });
    if (!joined.ok) throw new Error('join');
    const token = joined.data.token;
    for (let i = 0; i < 2; i++) {
      expect((await player.request('room:resume', { protocol: PROTOCOL_VERSION, code, token })).ok).toBe(true);
      expect((await host.request('room:resume', { protocol: PROTOCOL_VERSION, code, token: hostToken })).ok).toBe(true);
    }
    expect(state().players.get(joined.data.playerId)!.connected).toBe(true);
    expect(state().host.connected).toBe(true);
  });

  it('one tab leaving does not take the seat from the other tabs', async () => {
    const { host, code, hostToken, state } = await newRoom();
    const tab1 = await server.connect();
    const joined = await tab1.request('room:join', { protocol: PROTOCOL_VERSION, code, nickname: 'Ben' });
    if (!joined.ok) throw new Error('join');
    const tab2 = await server.connect();
    await tab2.request('room:resume', { protocol: PROTOCOL_VERSION, code, token: joined.data.token });
    const hostTab2 = await server.connect();
    await hostTab2.request('room:resume', { protocol: PROTOCOL_VERSION, code, token: hostToken });

    expect((await tab1.request('room:leave', {})).ok).toBe(true);
    expect((await host.request('room:leave', {})).ok).toBe(true);
    expect(state().players.get(joined.data.playerId)).toMatchObject({ connected: true });
    expect(state().host.connected).toBe(true);
    expect((await hostTab2.request('host:lock', { locked: true })).ok).toBe(true);

    // The last tab leaving the lobby frees the seat for good.
    expect((await tab2.request('room:leave', {})).ok).toBe(true);
    expect(state().players.has(joined.data.playerId)).toBe(false);
  });

  it('joining again from the same socket does not leave a ghost seat behind', async () => {
    const { code, state } = await newRoom();
    const player = await server.connect();
    for (const nickname of ['One', 'Two', 'Three']) {
      expect((await player.request('room:join', { protocol: PROTOCOL_VERSION, code, nickname })).ok).toBe(true);
    }
    expect([...state().players.values()].map((p) => p.nickname)).toEqual(['Three']);
  });

  it('limits how many rooms one connection can create', async () => {
    const host = await server.connect();
    const before = server.app.rooms.size;
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await host.request('room:create', { protocol: PROTOCOL_VERSION }));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.at(-1)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(server.app.rooms.size).toBe(before + 3);
  });

  it('sends the catch-up to the (re)joining socket only, not to the seat\'s other tabs', async () => {
    const { code, hostToken } = await newRoom();
    const other = await server.connect();
    await other.request('room:resume', { protocol: PROTOCOL_VERSION, code, token: hostToken });
    const mark = other.mark();
    const third = await server.connect();
    await third.request('room:resume', { protocol: PROTOCOL_VERSION, code, token: hostToken });
    await third.next('room:state');
    await new Promise((r) => setTimeout(r, 100));
    expect(other.received.slice(mark).filter((m) => m.event === 'room:state')).toHaveLength(0);
  });
});
