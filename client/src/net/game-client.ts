/**
 * The typed Socket.IO client: every client event becomes a promise of its ack's data, or a RequestError
 * carrying a stable error code (the server's, or TIMEOUT/OFFLINE from here) that the UI translates.
 */
import { io, type Socket } from 'socket.io-client';
import type {
  Ack,
  ClientEventName,
  ClientPayload,
  ClientResults,
  ClientToServer,
  ErrorCode,
  ServerToClient,
} from '../../../shared/protocol/index';

export type ClientErrorCode = ErrorCode | 'TIMEOUT' | 'OFFLINE';

export class RequestError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

export type GameSocket = Socket<ServerToClient, ClientToServer>;

/** Long enough for a judged drawing on a busy classroom server, short enough that a lost ack is noticed. */
const DEFAULT_TIMEOUT_MS = 10_000;

export class GameClient {
  readonly socket: GameSocket;

  constructor(url?: string) {
    // Same origin, default path: the game server serves this page, and Vite's dev server proxies /socket.io.
    this.socket = url ? io(url) : io({ transports: ['websocket', 'polling'] });
  }

  request<E extends ClientEventName>(
    event: E,
    payload: ClientPayload<E>,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<ClientResults[E]> {
    if (!this.socket.connected) {
      return Promise.reject(new RequestError('OFFLINE', `not connected, cannot send ${event}`));
    }
    return new Promise((resolve, reject) => {
      // The generic event map defeats socket.io's overloads for a union of names; the shapes are checked
      // above by ClientPayload/ClientResults, so an untyped emit here loses nothing.
      const timed = this.socket.timeout(timeoutMs) as unknown as {
        emit(name: string, body: unknown, ack: (err: Error | null, res: Ack<ClientResults[E]>) => void): void;
      };
      timed.emit(event, payload, (err, res) => {
        if (err) return reject(new RequestError('TIMEOUT', `${event}: no answer in ${timeoutMs} ms`));
        if (res.ok) resolve(res.data);
        else reject(new RequestError(res.error.code, res.error.message));
      });
    });
  }
}

/** Any thrown value as a translatable code. */
export function errorCodeOf(error: unknown): ClientErrorCode {
  return error instanceof RequestError ? error.code : 'INTERNAL';
}
