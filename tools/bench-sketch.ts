/**
 * Sketch Duet speed against the bars:
 *  (a) completing one opening on the server's sampler: exactly 100 sampled steps (the cap), plain JS on
 *      this thread, as the sketch worker runs it; bar p50 <= 30 ms;
 *  (b) a room of 30 players who all submit at once, against a real server process: time until every
 *      client has every duet streamed to it (bar <= 3 s), and the server's event-loop delay over the burst
 *      (bar: max <= 20 ms).
 *
 *   npx tsx tools/bench-sketch.ts [--players 30] [--iterations 200]      prints JSON
 * or import { benchSketchCompletion, benchSketchRoom } from it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mulberry32 } from '../shared/game/random.js';
import { decodeGenJson } from '../shared/models/sketch/magenta-gen.js';
import { SketchSampler } from '../shared/models/sketch/sample.js';
import { drawingToStroke3 } from '../shared/strokes/formats.js';
import { SKETCH_CATEGORIES } from '../shared/strokes/procedural/categories.js';
import { generateSketchForSeed } from '../shared/strokes/procedural/generate.js';
import { simplifyDrawing } from '../shared/strokes/simplify.js';
import { PROTOCOL_VERSION } from '../shared/protocol/index.js';
import { DEFAULT_SKETCH_MODEL_DIR } from '../server/ml/sketch-models.js';
import { BotClient } from './lib/bot-client.js';
import { percentile } from './lib/latency.js';

export const SKETCH_BARS = { completionP50Ms: 30, roomStreamedMs: 3000, eventLoopMaxMs: 20 } as const;
const STEPS = 100;

/** (a) 100 forced steps per completion: an end-of-sketch is fed back as a pen lift so every run samples 100 rows. */
export async function benchSketchCompletion(iterations = 200): Promise<{ p50Ms: number | null; p99Ms: number | null; steps: number; iterations: number }> {
  const decoder = decodeGenJson(JSON.parse(await readFile(join(DEFAULT_SKETCH_MODEL_DIR, 'decoder.gen.json'), 'utf8')));
  const times: number[] = [];
  for (let i = 0; i < iterations + 20; i++) {
    const category = SKETCH_CATEGORIES[i % SKETCH_CATEGORIES.length]!;
    const opening = drawingToStroke3(simplifyDrawing(generateSketchForSeed(category, 5000 + i).slice(0, 1)));
    const random = mulberry32(i);
    const started = performance.now();
    const sampler = new SketchSampler(decoder, category);
    for (const row of opening) sampler.feed(row);
    for (let step = 0; step < STEPS; step++) sampler.feed(sampler.next(0.25, random) ?? [0, 0, 1]);
    if (i >= 20) times.push(performance.now() - started); // the first runs warm the JIT
  }
  return { p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), steps: STEPS, iterations };
}

export interface SketchRoomResult {
  players: number;
  /** From the moment all openings are sent until the last client has every duet finished. */
  allStreamedMs: number;
  /** Per client: when it had all duets. */
  clientStreamedP50Ms: number | null;
  serverEventLoopDelayMs: { p50: number; p99: number; max: number };
  errors: string[];
}

/** (b) One room, `players` bots, everyone submits at the same moment; `url` is a running server. */
export async function benchSketchRoom(url: string, players = 30): Promise<SketchRoomResult> {
  const errors: string[] = [];
  const host = new BotClient(url);
  await host.connected();
  const created = await host.request('room:create', { protocol: PROTOCOL_VERSION });
  if (!created.ok) throw new Error(`room:create: ${created.error.code}`);
  const { code } = created.data;
  const playlist = [{ kind: 'sketch' as const, config: { questions: 1, categories: [], inkStrokes: 2, timerSec: 60, voteSec: 30, temperature: 0.25, ghost: false } }];
  await host.request('host:playlist', { playlist });
  const bots = await Promise.all(
    Array.from({ length: players }, async (_, i) => {
      const bot = new BotClient(url);
      await bot.connected();
      const joined = await bot.request('room:join', { protocol: PROTOCOL_VERSION, code, nickname: `bot${i}` });
      if (!joined.ok) throw new Error(`join: ${joined.error.code}`);
      return bot;
    }),
  );
  const everyone = [host, ...bots];
  const finishedAt = new Map<BotClient, number>();
  const finishedCount = new Map<BotClient, number>();
  const allDone = new Promise<void>((resolve) => {
    for (const client of everyone) {
      client.socket.on('round:event', ({ event }) => {
        if (event.kind !== 'sketch-finished') return;
        const n = (finishedCount.get(client) ?? 0) + 1;
        finishedCount.set(client, n);
        if (n === players) {
          finishedAt.set(client, performance.now());
          if (finishedAt.size === everyone.length) resolve();
        }
      });
    }
  });
  const question = new Promise<{ questionId: string; category: string }>((resolve) =>
    bots[0]!.socket.once('round:question', (q) => resolve({ questionId: q.questionId, category: q.view.kind === 'sketch' ? q.view.category : 'circle' })),
  );
  await host.request('host:start', {});
  const { questionId, category } = await question;
  await fetch(`${url}/healthz?reset=1`);
  const sentAt = performance.now();
  const acks = bots.map((bot, i) =>
    bot.request('round:answer', {
      questionId,
      answer: { type: 'sketch', strokes: generateSketchForSeed(category as (typeof SKETCH_CATEGORIES)[number], 900 + i).slice(0, 1) },
    }),
  );
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 20_000));
  await Promise.race([allDone, timeout]);
  for (const res of await Promise.all(acks)) if (!res.ok) errors.push(res.error.code);
  const health = (await (await fetch(`${url}/healthz`)).json()) as { eventLoopDelayMs: SketchRoomResult['serverEventLoopDelayMs'] };
  if (finishedAt.size < everyone.length) errors.push(`only ${finishedAt.size} of ${everyone.length} clients got every duet within 20 s`);
  for (const client of everyone) client.close();
  const perClient = [...finishedAt.values()].map((t) => t - sentAt);
  return {
    players,
    allStreamedMs: Math.round(Math.max(...perClient, 0)),
    clientStreamedP50Ms: percentile(perClient, 50),
    serverEventLoopDelayMs: health.eventLoopDelayMs,
    errors,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchSketchCompletion()));
}
