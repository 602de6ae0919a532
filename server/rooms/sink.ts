import type { ServerEventName, ServerPayload } from '../../shared/protocol';

/**
 * The only thing room logic knows about transport. The Socket.IO sink is in server/sockets; tests use an
 * in-memory one that records messages.
 */
export interface RoomSink {
  toRoom<E extends ServerEventName>(event: E, payload: ServerPayload<E>): void;
  toHost<E extends ServerEventName>(event: E, payload: ServerPayload<E>): void;
  toPlayer<E extends ServerEventName>(playerId: string, event: E, payload: ServerPayload<E>): void;
  /** Cut a kicked player's sockets off from the room. */
  dropPlayer(playerId: string): void;
}
