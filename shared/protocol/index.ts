import type { Ack } from './errors';
import type { ClientEventName, ClientPayload, ClientResults } from './client-events';
import type { ServerEventName, ServerPayload } from './server-events';

export * from './version';
export * from './errors';
export * from './room-view';
export * from './client-events';
export * from './server-events';

/** The typed Socket.IO event maps: `new Server<ClientToServer, ServerToClient>()` and `io()` share them. */
export type ClientToServer = {
  [E in ClientEventName]: (payload: ClientPayload<E>, ack: (res: Ack<ClientResults[E]>) => void) => void;
};
export type ServerToClient = {
  [E in ServerEventName]: (payload: ServerPayload<E>) => void;
};
