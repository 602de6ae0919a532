import { io, type Socket } from 'socket.io-client';
import {
  serverEventSchemas,
  type Ack,
  type ClientEventName,
  type ClientPayload,
  type ClientResults,
  type ClientToServer,
  type ServerEventName,
  type ServerPayload,
  type ServerToClient,
} from '../../shared/protocol';

export interface Received {
  event: ServerEventName;
  payload: any;
  at: number;
}

/**
 * A real socket.io-client player for integration tests. It records every message it receives and checks
 * each against the protocol's schema, so a test also proves the server only sends what the protocol says.
 */
export class TestClient {
  readonly socket: Socket<ServerToClient, ClientToServer>;
  readonly received: Received[] = [];
  readonly schemaErrors: string[] = [];
  private waiters: { test: (r: Received) => boolean; resolve: (r: Received) => void }[] = [];

  constructor(url: string) {
    this.socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
    this.socket.onAny((event: ServerEventName, payload: unknown) => {
      const schema = serverEventSchemas[event];
      const parsed = schema ? schema.safeParse(payload) : null;
      if (!parsed?.success) this.schemaErrors.push(`${event}: ${parsed?.error.message ?? 'unknown event'}`);
      const record = { event, payload, at: Date.now() };
      this.received.push(record);
      this.waiters = this.waiters.filter((w) => (w.test(record) ? (w.resolve(record), false) : true));
    });
  }

  connected(): Promise<void> {
    return this.socket.connected ? Promise.resolve() : new Promise((r) => this.socket.once('connect', () => r()));
  }

  request<E extends ClientEventName>(event: E, payload: ClientPayload<E>): Promise<Ack<ClientResults[E]>> {
    return (this.socket.timeout(10_000) as any).emitWithAck(event, payload);
  }

  /** Send anything at all, as a misbehaving client would. */
  raw(event: string, ...args: unknown[]): Promise<Ack<unknown>> {
    return (this.socket.timeout(10_000) as any).emitWithAck(event, ...args);
  }

  /** Resolves with the first message (already received since `since`, or still to come) that matches. */
  next<E extends ServerEventName>(
    event: E,
    test: (payload: ServerPayload<E>) => boolean = () => true,
    since = 0,
    timeoutMs = 15_000,
  ): Promise<ServerPayload<E>> {
    const match = (r: Received) => r.event === event && test(r.payload);
    const seen = this.received.slice(since).find(match);
    if (seen) return Promise.resolve(seen.payload);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${event}`)), timeoutMs);
      this.waiters.push({ test: match, resolve: (r) => (clearTimeout(timer), resolve(r.payload)) });
    });
  }

  /** The latest room view received. */
  get view(): ServerPayload<'room:state'> | undefined {
    return [...this.received].reverse().find((r) => r.event === 'room:state')?.payload;
  }

  mark(): number {
    return this.received.length;
  }

  close(): void {
    this.socket.close();
  }
}
