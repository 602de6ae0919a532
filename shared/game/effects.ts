import type { ProtocolError } from '../protocol/errors';
import type { ServerEventName, ServerPayload } from '../protocol/server-events';

export type Target = { room: true } | { host: true } | { playerId: string };

/** A message to send; typed so that the payload always matches the event. */
export type Send = {
  [E in ServerEventName]: { type: 'send'; to: Target; event: E; payload: ServerPayload<E> };
}[ServerEventName];

/** What the room machine asks its runtime to do. The machine itself never touches sockets or timers. */
export type Effect =
  | Send
  /** Call step with { type: 'wake', seq } at `at` (a clock time); only the latest wake matters. */
  | { type: 'wake'; at: number; seq: number }
  /** The room view changed: broadcast a fresh `room:state` (the runtime coalesces these). */
  | { type: 'view' }
  /** Disconnect this player's sockets (kicked). */
  | { type: 'drop'; playerId: string }
  | { type: 'close' };

export interface StepResult {
  effects: Effect[];
  error?: ProtocolError;
  data?: unknown;
}

export function send<E extends ServerEventName>(to: Target, event: E, payload: ServerPayload<E>): Send {
  return { type: 'send', to, event, payload } as Send;
}

export const toRoom: Target = { room: true };
