import type { RoomSink } from '../rooms/sink';
import { channel, type AppServer } from './types';

export function createSocketSink(io: AppServer, code: string): RoomSink {
  return {
    toRoom: (event, payload) => void io.to(channel.room(code)).emit(event, ...([payload] as never)),
    toHost: (event, payload) => void io.to(channel.host(code)).emit(event, ...([payload] as never)),
    toPlayer: (playerId, event, payload) =>
      void io.to(channel.player(code, playerId)).emit(event, ...([payload] as never)),
    dropPlayer: (playerId) => {
      const name = channel.player(code, playerId);
      for (const socket of io.sockets.adapter.rooms.get(name) ?? []) {
        const s = io.sockets.sockets.get(socket);
        if (!s) continue;
        s.data.session = null;
        s.leave(channel.room(code));
        s.leave(name);
      }
    },
  };
}
