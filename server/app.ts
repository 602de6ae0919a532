import express from 'express';
import { existsSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Server } from 'socket.io';
import { DEFAULT_TIMINGS, type RoomTimings } from '../shared/game/room-state';
import { realClock, type Clock } from './clock';
import { makeJoinUrl } from './http/join-url';
import { apiRoutes } from './http/routes';
import type { GameModels } from './ml/game-models';
import { RoomRegistry } from './rooms/RoomRegistry';
import type { HandlerContext } from './sockets/handler-context';
import { handlers } from './sockets/handlers';
import { attachEdge, RATE_LIMIT } from './sockets/edge';
import { TokenBucket } from './sockets/rate-limit';
import { release } from './sockets/room-handlers';
import { createSocketSink } from './sockets/socket-sink';
import type { AppServer } from './sockets/types';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export interface AppConfig {
  /** Overrides the join link's base, e.g. behind a proxy. */
  publicUrl?: string;
  clientDir: string;
  modelsDir: string;
  maxRooms: number;
  /** Largest Socket.IO message; a drawing at its caps, coordinates to 0.1, is about 30 KB. */
  maxMessageBytes: number;
  sweepEveryMs: number;
  timings: RoomTimings;
  /** Where decks are read from, as shown to the host (server/index.ts passes the real path). */
  decksDirLabel: string;
}

export const DEFAULT_CONFIG: AppConfig = {
  clientDir: root('dist/client'),
  modelsDir: root('assets/models'),
  maxRooms: 500,
  maxMessageBytes: 96 * 1024,
  sweepEveryMs: 10_000,
  timings: DEFAULT_TIMINGS,
  decksDirLabel: 'data/decks',
};

export interface AppOptions {
  clock?: Clock;
  models: GameModels;
  config?: Partial<AppConfig>;
}

export interface App {
  httpServer: HttpServer;
  io: AppServer;
  rooms: RoomRegistry;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** The whole game server, unstarted. server/index.ts wires real models and listens; tests use port 0. */
export function createApp({ clock = realClock, models, config: overrides = {} }: AppOptions): App {
  const config: AppConfig = { ...DEFAULT_CONFIG, ...overrides };
  const web = express();
  web.disable('x-powered-by');
  const httpServer = createServer(web);
  const io: AppServer = new Server(httpServer, {
    maxHttpBufferSize: config.maxMessageBytes,
    serveClient: false,
    cors: { origin: false },
  });
  const port = () => (httpServer.address() as AddressInfo | null)?.port ?? 0;
  const joinUrl = makeJoinUrl(config.publicUrl, port);
  const rooms = new RoomRegistry(clock, (code) => createSocketSink(io, code), config.maxRooms, config.timings);

  // Event-loop delay is the number that says whether the game feels live; /healthz reports it.
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  web.use(apiRoutes({ rooms, models, joinUrl, startedAt: Date.now(), loopDelay, decksDirLabel: config.decksDirLabel }));
  // Only what the browser loads. Not gan/: a discriminator (in a training checkpoint) is a ready-made
  // real-vs-AI detector, and the generators would let anyone redraw a deck's AI pictures.
  for (const kind of ['digits', 'sketch']) web.use(`/models/${kind}`, express.static(join(config.modelsDir, kind), { fallthrough: false }));
  if (existsSync(config.clientDir)) web.use(express.static(config.clientDir));
  else web.get('/', (_req, res) => void res.status(503).send('The client is not built yet: run `npm run build`.'));

  io.on('connection', (socket) => {
    socket.data.session = null;
    const ctx: HandlerContext = {
      socket,
      io,
      rooms,
      models,
      clock,
      roomCreations: new TokenBucket(RATE_LIMIT.roomsBurst, RATE_LIMIT.roomsPerSecond, clock.now()),
      joinUrl: (code) => joinUrl(code, socket.handshake.headers.host),
    };
    attachEdge(socket, ctx, handlers);
    socket.on('disconnect', () => release(ctx, 'disconnect'));
  });

  const sweeper = setInterval(() => rooms.sweep(), config.sweepEveryMs);
  sweeper.unref();

  return {
    httpServer,
    io,
    rooms,
    listen: (listenPort, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(listenPort, host, () => resolve(port()));
      }),
    close: async () => {
      clearInterval(sweeper);
      loopDelay.disable();
      rooms.closeAll();
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}
