import { io, type Socket } from 'socket.io-client';
import type {
  Ack,
  ClientEventName,
  ClientPayload,
  ClientResults,
  ClientToServer,
  ServerToClient,
} from '../../shared/protocol';

/** A typed socket that times every acknowledged request, for the bots' latency figures. */
export class BotClient {
  socket: Socket<ServerToClient, ClientToServer>;
  readonly ackMs: number[] = [];
  errors: string[] = [];

  constructor(readonly url: string) {
    this.socket = this.open();
  }

  private open(): Socket<ServerToClient, ClientToServer> {
    return io(this.url, { transports: ['websocket'], forceNew: true, reconnection: false });
  }

  connected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', reject);
    });
  }

  /** Drop the connection and open a new one, as a phone that lost Wi-Fi does. */
  async reconnect(): Promise<void> {
    this.socket.close();
    this.socket = this.open();
    await this.connected();
  }

  async request<E extends ClientEventName>(
    event: E,
    payload: ClientPayload<E>,
    timed = false,
  ): Promise<Ack<ClientResults[E]>> {
    const start = performance.now();
    try {
      const res: Ack<ClientResults[E]> = await (this.socket.timeout(15_000) as any).emitWithAck(event, payload);
      if (timed) this.ackMs.push(performance.now() - start);
      return res;
    } catch {
      this.errors.push(`${event}: no answer`);
      return { ok: false, error: { code: 'INTERNAL', message: 'timed out' } };
    }
  }

  close(): void {
    this.socket.close();
  }
}
