import type { Server, Socket } from 'socket.io';
import type { ClientToServer, ServerToClient } from '../../shared/protocol';

/** Who a socket is, once it has joined or resumed a room. */
export interface SocketSession {
  code: string;
  role: 'host' | 'player';
  playerId: string | null;
}

export interface SocketData {
  session: SocketSession | null;
}

export type AppServer = Server<ClientToServer, ServerToClient, Record<string, never>, SocketData>;
export type AppSocket = Socket<ClientToServer, ServerToClient, Record<string, never>, SocketData>;

/** Socket.IO room names. A player's sockets share one, so a refreshed tab keeps getting messages. */
export const channel = {
  room: (code: string) => `room:${code}`,
  host: (code: string) => `host:${code}`,
  player: (code: string, playerId: string) => `player:${code}:${playerId}`,
};
