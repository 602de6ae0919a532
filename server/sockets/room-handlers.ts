import { fail, ok, PROTOCOL_VERSION, type ProtocolError } from '../../shared/protocol';
import type { RoomRuntime } from '../rooms/RoomRuntime';
import { newPlayerId, newToken } from '../rooms/room-code';
import type { HandlerTable } from './edge';
import { sessionRoom, type HandlerContext } from './handler-context';
import { channel, type SocketSession } from './types';

function versionProblem(protocol: number): ProtocolError | null {
  if (protocol < PROTOCOL_VERSION) return { code: 'PROTOCOL_TOO_OLD', message: 'reload the page for the new version' };
  if (protocol > PROTOCOL_VERSION) return { code: 'PROTOCOL_TOO_NEW', message: 'this server runs an older version' };
  return null;
}

function seatChannel(session: SocketSession): string {
  return session.role === 'host' ? channel.host(session.code) : channel.player(session.code, session.playerId!);
}

function sameSeat(a: SocketSession | null, b: SocketSession): boolean {
  return !!a && a.code === b.code && a.role === b.role && a.playerId === b.playerId;
}

/**
 * Tie the socket to a seat: it gets the room's broadcasts and the seat's own messages, then a catch-up
 * of where the game is (to this socket only: the seat's other tabs have it already). A socket that held
 * another seat leaves it, as a person who walks to another table does.
 */
function bind(ctx: HandlerContext, room: RoomRuntime, session: SocketSession): void {
  if (!sameSeat(ctx.socket.data.session, session)) {
    release(ctx, 'leave');
    ctx.socket.data.session = session;
    ctx.socket.join(channel.room(room.code));
    ctx.socket.join(seatChannel(session));
  }
  for (const { event, payload } of room.catchUp(session.playerId)) ctx.socket.emit(event, ...([payload] as never));
}

/**
 * The socket lets go of its seat. Unless another tab still holds it: a closed socket ('disconnect') keeps
 * the seat for a return; a player who leaves ('leave') frees a lobby seat (a game seat keeps its points);
 * a host who leaves is treated as gone for now, and has the grace period to come back.
 */
export function release(ctx: HandlerContext, how: 'disconnect' | 'leave'): void {
  const session = ctx.socket.data.session;
  if (!session) return;
  ctx.socket.data.session = null;
  const seat = seatChannel(session);
  ctx.socket.leave(channel.room(session.code));
  ctx.socket.leave(seat);
  const room = ctx.rooms.get(session.code);
  const othersHoldSeat = (ctx.io.sockets.adapter.rooms.get(seat)?.size ?? 0) > 0;
  if (!room || othersHoldSeat) return;
  if (session.role === 'host') room.dispatch({ type: 'host-disconnect' });
  else room.dispatch({ type: how, playerId: session.playerId! });
}

export const roomHandlers: Pick<HandlerTable, 'room:create' | 'room:join' | 'room:resume' | 'room:leave'> = {
  'room:create': (ctx, { protocol }) => {
    const problem = versionProblem(protocol);
    if (problem) return { ok: false, error: problem };
    if (!ctx.roomCreations.take(ctx.clock.now())) return fail('RATE_LIMITED', 'too many rooms from this connection');
    const room = ctx.rooms.create();
    if (!room) return fail('TOO_MANY_ROOMS', 'this server has as many rooms as it can hold');
    bind(ctx, room, { code: room.code, role: 'host', playerId: null });
    return ok({ code: room.code, hostToken: room.state.host.token, joinUrl: ctx.joinUrl(room.code) });
  },

  'room:join': (ctx, { protocol, code, nickname }) => {
    const problem = versionProblem(protocol);
    if (problem) return { ok: false, error: problem };
    const room = ctx.rooms.get(code);
    if (!room) return fail('ROOM_NOT_FOUND', `no room ${code}`);
    const playerId = newPlayerId();
    const token = newToken();
    const result = room.dispatch({ type: 'join', playerId, nickname, token });
    if (result.error) return { ok: false, error: result.error };
    bind(ctx, room, { code, role: 'player', playerId });
    return ok({ playerId, token });
  },

  'room:resume': (ctx, { protocol, code, token }) => {
    const problem = versionProblem(protocol);
    if (problem) return { ok: false, error: problem };
    const room = ctx.rooms.get(code);
    if (!room) return fail('ROOM_NOT_FOUND', `no room ${code}`);
    const result = room.dispatch({ type: 'resume', token });
    if (result.error) return { ok: false, error: result.error };
    const data = result.data as { role: 'host' | 'player'; playerId: string | null };
    bind(ctx, room, { code, role: data.role, playerId: data.playerId });
    return ok({ ...data, joinUrl: data.role === 'host' ? ctx.joinUrl(code) : null });
  },

  'room:leave': (ctx) => {
    if (!sessionRoom(ctx)) return fail('NOT_IN_ROOM', 'not in a room');
    release(ctx, 'leave');
    return ok({});
  },
};
