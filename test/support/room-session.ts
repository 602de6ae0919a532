import { expect } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol';
import type { startTestApp } from './start-test-app';

type TestServer = Awaited<ReturnType<typeof startTestApp>>;

/** A host connected to a new room with `playlist` set. */
export async function hostRoom(server: TestServer, playlist: unknown[]) {
  const host = await server.connect();
  const created = await host.request('room:create', { protocol: PROTOCOL_VERSION });
  if (!created.ok) throw new Error(created.error.code);
  expect((await host.request('host:playlist', { playlist: playlist as never })).ok).toBe(true);
  return { host, ...created.data };
}

/** A player connected and seated in room `code`. */
export async function joinAs(server: TestServer, code: string, nickname: string) {
  const client = await server.connect();
  const res = await client.request('room:join', { protocol: PROTOCOL_VERSION, code, nickname });
  if (!res.ok) throw new Error(res.error.code);
  return { client, ...res.data };
}
