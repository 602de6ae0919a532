import type { Clock } from '../clock';
import type { GameModels } from '../ml/game-models';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import type { RoomRuntime } from '../rooms/RoomRuntime';
import type { TokenBucket } from './rate-limit';
import type { AppServer, AppSocket } from './types';

/** What a handler may use: its socket, the rooms, the models, the clock. */
export interface HandlerContext {
  socket: AppSocket;
  io: AppServer;
  rooms: RoomRegistry;
  models: GameModels;
  clock: Clock;
  /** Rooms this connection may still create: one socket must not be able to fill the server. */
  roomCreations: TokenBucket;
  /** The link students open, built for the address the host reached us on. */
  joinUrl(code: string): string;
}

export function sessionRoom(ctx: HandlerContext): RoomRuntime | undefined {
  const session = ctx.socket.data.session;
  return session ? ctx.rooms.get(session.code) : undefined;
}
