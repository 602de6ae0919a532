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

/** Tie the socket to its seat: it gets the room's broadcasts and its own messages. */
function bind(ctx: HandlerContext, room: RoomRuntime, session: SocketSession): void {
  unbind(ctx);
  ctx.socket.data.session = session;
  ctx.socket.join(channel.room(room.code));
  ctx.socket.join(session.role === 'host' ? channel.host(room.code) : channel.player(room.code, session.playerId!));
}

/** Leaving a room (or the socket closing) marks the seat disconnected unless another tab still holds it. */
export function unbind(ctx: HandlerContext): void {
  const session = ctx.socket.data.session;
  if (!session) return;
  ctx.socket.data.session = null;
  const seat = session.role === 'host' ? channel.host(session.code) : channel.player(session.code, session.playerId!);
  ctx.socket.leave(channel.room(session.code));
  ctx.socket.leave(seat);
  const room = ctx.rooms.get(session.code);
  const othersHoldSeat = (ctx.io.sockets.adapter.rooms.get(seat)?.size ?? 0) > 0;
  if (!room || othersHoldSeat) return;
  if (session.role === 'host') room.dispatch({ type: 'host-disconnect' });
  else room.dispatch({ type: 'disconnect', playerId: session.playerId! });
}

export const roomHandlers: Pick<HandlerTable, 'room:create' | 'room:join' | 'room:resume' | 'room:leave'> = {
  'room:create': (ctx, { protocol }) => {
    const problem = versionProblem(protocol);
    if (problem) return { ok: false, error: problem };
    const room = ctx.rooms.create();
    if (!room) return fail('TOO_MANY_ROOMS', 'this server has as many rooms as it can hold');
    bind(ctx, room, { code: room.code, role: 'host', playerId: null });
    room.sendCatchUp(null);
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
    room.sendCatchUp(playerId);
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
    room.sendCatchUp(data.playerId);
    return ok({ ...data, joinUrl: data.role === 'host' ? ctx.joinUrl(code) : null });
  },

  'room:leave': (ctx) => {
    const room = sessionRoom(ctx);
    const session = ctx.socket.data.session;
    if (!room || !session) return fail('NOT_IN_ROOM', 'not in a room');
    ctx.socket.data.session = null;
    ctx.socket.leave(channel.room(room.code));
    if (session.role === 'player') {
      ctx.socket.leave(channel.player(room.code, session.playerId!));
      room.dispatch({ type: 'leave', playerId: session.playerId! });
    } else {
      ctx.socket.leave(channel.host(room.code));
      room.dispatch({ type: 'host-disconnect' });
    }
    return ok({});
  },
};
