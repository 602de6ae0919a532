import { randomInt } from 'node:crypto';
import type { RoomEvent } from '../../shared/game/room-events';
import type { PreparedRound } from '../../shared/game/round-rules';
import { fail, ok, type Ack } from '../../shared/protocol';
import { newQuestionId } from '../rounds/digits/prepare-digits';
import { serverRounds } from '../rounds/registry';
import type { RoomRuntime } from '../rooms/RoomRuntime';
import type { HandlerTable } from './edge';
import { sessionRoom, type HandlerContext } from './handler-context';

type Empty = Record<string, never>;

/** Host actions act on the socket's own room, and only for the host. */
function hostRoom(ctx: HandlerContext): RoomRuntime | { error: Ack<never> } {
  const room = sessionRoom(ctx);
  if (!room) return { error: fail('NOT_IN_ROOM', 'not in a room') };
  if (ctx.socket.data.session?.role !== 'host') return { error: fail('NOT_HOST', 'only the host can do that') };
  return room;
}

function hostEvent(toEvent: (payload: any) => RoomEvent) {
  return (ctx: HandlerContext, payload: unknown): Ack<Empty> => {
    const room = hostRoom(ctx);
    if ('error' in room) return room.error;
    const result = room.dispatch(toEvent(payload));
    return result.error ? { ok: false, error: result.error } : ok({});
  };
}

/** A model that is missing, or whose worker has given up (ready false), cannot serve a round. */
function isUsable(model: unknown): boolean {
  return !!model && !(typeof model === 'object' && 'ready' in model && model.ready === false);
}

/** Start: check the models the playlist needs, prepare every round's questions, then go. */
async function startGame(ctx: HandlerContext): Promise<Ack<Empty>> {
  const room = hostRoom(ctx);
  if ('error' in room) return room.error;
  const begun = room.dispatch({ type: 'prepare' });
  if (begun.error) return { ok: false, error: begun.error };
  const playlist = room.state.playlist;
  const missing = playlist.flatMap((entry) =>
    serverRounds[entry.kind].requires(entry.config).filter((name) => !isUsable(ctx.models[name])),
  );
  if (missing.length > 0) {
    room.dispatch({ type: 'prepare-failed' });
    return fail('MODEL_UNAVAILABLE', `not loaded: ${[...new Set(missing)].join(', ')}`);
  }
  const problem = playlist.map((entry) => serverRounds[entry.kind].problem?.(entry.config, ctx.models) ?? null).find((p) => p !== null);
  if (problem) {
    room.dispatch({ type: 'prepare-failed' });
    return fail('DECK_UNAVAILABLE', problem);
  }
  try {
    const rounds: PreparedRound[] = [];
    const shown = new Set<string>();
    for (const entry of playlist) {
      const data = await serverRounds[entry.kind].prepare(entry.config, { models: ctx.models, seed: randomInt(2 ** 31), shown });
      if (data.length === 0) throw new Error(`no questions could be prepared for a ${entry.kind} round`);
      rounds.push({ entry, questions: data.map((d) => ({ id: newQuestionId(), data: d })) });
    }
    const started = room.dispatch({ type: 'start', rounds });
    return started.error ? { ok: false, error: started.error } : ok({});
  } catch (error) {
    console.error('[host:start] preparing rounds failed:', error);
    room.dispatch({ type: 'prepare-failed' });
    return fail('MODEL_UNAVAILABLE', 'could not prepare the questions');
  }
}

export const hostHandlers: Omit<HandlerTable, `room:${string}` | `round:${string}`> = {
  'host:playlist': hostEvent(({ playlist }) => ({ type: 'playlist', playlist })),
  'host:start': startGame,
  'host:pause': hostEvent(() => ({ type: 'pause' })),
  'host:resume': hostEvent(() => ({ type: 'unpause' })),
  'host:next': hostEvent(() => ({ type: 'next' })),
  'host:end': hostEvent(() => ({ type: 'end' })),
  'host:lobby': hostEvent(() => ({ type: 'lobby' })),
  'host:kick': hostEvent(({ playerId }) => ({ type: 'kick', playerId })),
  'host:lock': hostEvent(({ locked }) => ({ type: 'lock', locked })),
};
