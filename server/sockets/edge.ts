import { z } from 'zod';
import {
  clientEventSchemas,
  fail,
  type Ack,
  type ClientEventName,
  type ClientPayload,
  type ClientResults,
} from '../../shared/protocol';
import type { HandlerContext } from './handler-context';
import { TokenBucket } from './rate-limit';
import type { AppSocket } from './types';

export type Handler<E extends ClientEventName> = (
  ctx: HandlerContext,
  payload: ClientPayload<E>,
) => Ack<ClientResults[E]> | Promise<Ack<ClientResults[E]>>;

export type HandlerTable = { [E in ClientEventName]: Handler<E> };

/** Events per socket: a burst, then a steady rate. Rooms per socket: a few, then one every 20 s. */
export const RATE_LIMIT = { burst: 30, perSecond: 10, roomsBurst: 3, roomsPerSecond: 1 / 20 } as const;

function isKnown(event: unknown): event is ClientEventName {
  return typeof event === 'string' && Object.hasOwn(clientEventSchemas, event);
}

/**
 * The edge: every inbound event passes here once. It must carry exactly a payload and an ack callback;
 * the payload is parsed with the event's schema; over the rate limit, malformed or unknown, it is answered
 * with an error code and no handler runs. A handler that throws answers INTERNAL; the server goes on.
 */
export function attachEdge(socket: AppSocket, ctx: HandlerContext, handlers: HandlerTable): void {
  const bucket = new TokenBucket(RATE_LIMIT.burst, RATE_LIMIT.perSecond, ctx.clock.now());

  const handle = async (event: unknown, args: unknown[], reply: (res: Ack<unknown>) => void): Promise<void> => {
    if (!bucket.take(ctx.clock.now())) return reply(fail('RATE_LIMITED', 'too many events; slow down'));
    if (!isKnown(event)) return reply(fail('UNKNOWN_EVENT', `no such event: ${String(event).slice(0, 40)}`));
    if (args.length !== 2) return reply(fail('INVALID_PAYLOAD', 'expected one payload and an ack'));
    const parsed = clientEventSchemas[event].safeParse(args[0]);
    if (!parsed.success) return reply(fail('INVALID_PAYLOAD', z.prettifyError(parsed.error).slice(0, 500)));
    const handler = handlers[event] as Handler<typeof event>;
    reply(await handler(ctx, parsed.data as never));
  };

  socket.onAny((event: unknown, ...args: unknown[]) => {
    const ack = args[args.length - 1];
    if (typeof ack !== 'function') return; // nobody to answer: ignored, and nothing happens
    const reply = (res: Ack<unknown>) => (ack as (r: Ack<unknown>) => void)(res);
    handle(event, args, reply).catch((error: unknown) => {
      console.error(`[edge] ${String(event).slice(0, 40)} failed:`, error);
      reply(fail('INTERNAL', 'the server could not handle that'));
    });
  });
}
