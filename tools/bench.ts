/**
 * npm run bench -- [--json] [--players 50,200] [--questions 3]
 *
 * Speed figures against the issues' bars: digit inference on the server's backend, whole bot games
 * (answer ack latency) against a real server process on loopback, and Sketch Duet (one completion on the
 * sampler; a room of --sketch-players all submitting at once against a real server process), and Real or AI? (deck
 * drawing, question preparing and size; a whole bot game). Human-readable lines go to stderr; with
 * --json the last stdout line is the JSON report.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchDigitInference } from './bench-digits';
import { benchRealOrAiPrep } from './bench-real-or-ai';
import { benchSketchCompletion, benchSketchRoom, SKETCH_BARS } from './bench-sketch';
import { parseToolArgs } from './lib/cli-args';
import { runBots, type BotGame, type BotsSummary } from './lib/run-bots';

const BARS = { singleImageP50Ms: 1, ackP99MsAt200: 50 } as const;

const args = parseToolArgs({
  json: { type: 'boolean', default: false },
  players: { type: 'string', default: '50,200' },
  questions: { type: 'string', default: '3' },
  'sketch-players': { type: 'string', default: '30' },
});
const log = (line: string) => console.error(line);

/** A real server in its own process, so the bots' sockets do not share its event loop. */
async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/localhost:(\d+)/.exec(out);
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url, child };
}

async function botsAt(players: number, game: BotGame = 'digits'): Promise<BotsSummary & { serverEventLoopDelayMs: unknown }> {
  const { url, child } = await startServer();
  try {
    log(`bots: ${players} players against ${url}`);
    const summary = await runBots({ url, players, game, questions: Number(args.questions) });
    const health = (await (await fetch(`${url}/healthz`)).json()) as { eventLoopDelayMs: unknown };
    return { ...summary, serverEventLoopDelayMs: health.eventLoopDelayMs };
  } finally {
    child.kill('SIGTERM');
  }
}

/** Best effort: raising priority back to 0 needs root (CI has it); false when the OS refused. */
function setOwnPriority(nice: number): boolean {
  try {
    setPriority(process.pid, nice);
    return true;
  } catch {
    return false;
  }
}

log('digit inference (wasm, Node)…');
const inference = await benchDigitInference();
log(`  single image p50 ${inference.singleP50Ms} ms (bar <= ${BARS.singleImageP50Ms} ms), p99 ${inference.singleP99Ms} ms`);
log(`  batch of 32 p50 ${inference.batch32P50Ms} ms; through the worker: single p50 ${inference.workerSingleP50Ms} ms`);

const botRuns: Record<string, Awaited<ReturnType<typeof botsAt>>> = {};
for (const players of String(args.players).split(',').map(Number)) {
  const run = await botsAt(players);
  botRuns[String(players)] = run;
  log(`  ${players} players: ${run.answers} answers, ack p50 ${run.ackP50Ms} ms, p99 ${run.ackP99Ms} ms, errors ${run.errors}`);
}

log('sketch completion (100 sampled steps, plain JS, as in the sketch worker)…');
const sketchCompletion = await benchSketchCompletion();
log(`  p50 ${sketchCompletion.p50Ms} ms (bar <= ${SKETCH_BARS.completionP50Ms} ms), p99 ${sketchCompletion.p99Ms} ms`);
const sketchServer = await startServer();
// The 30 simulated phones run in this process, on the same 2 cores as the server; in a classroom they are
// other devices. Lowering this process's CPU priority keeps their work from being counted as the server's
// event-loop stall. (Both figures are in the closing note; without it the max was 17-23 ms here.)
const clientsNiced = setOwnPriority(10);
let sketchRoom;
try {
  sketchRoom = { ...(await benchSketchRoom(sketchServer.url, Number(args['sketch-players']))), clientsNiced };
} finally {
  sketchServer.child.kill('SIGTERM');
  setOwnPriority(0);
}
log(
  `  ${sketchRoom.players} players submit at once: every duet streamed to everyone in ${sketchRoom.allStreamedMs} ms ` +
    `(bar <= ${SKETCH_BARS.roomStreamedMs} ms); event loop max ${sketchRoom.serverEventLoopDelayMs.max} ms (bar <= ${SKETCH_BARS.eventLoopMaxMs} ms)`,
);

log('Real or AI? (built-in digits deck)…');
const realOrAiPrep = await benchRealOrAiPrep();
log(`  digits deck drawn in ${realOrAiPrep.digitsDeckBuildMs} ms; 20 questions prepared in ${realOrAiPrep.prepare20Ms} ms; a question is ${realOrAiPrep.digitsQuestionBytes} B (${realOrAiPrep.faceQuestionBytes} B with 64 px faces)`);
const realOrAiRoom = await botsAt(Number(args['sketch-players']), 'real-or-ai');
log(`  ${realOrAiRoom.players} players, two rounds: ack p99 ${realOrAiRoom.ackP99Ms} ms, errors ${realOrAiRoom.errors}`);

const at200 = botRuns['200'];
const report = {
  inference,
  bots: botRuns,
  sketch: { completion: sketchCompletion, room: sketchRoom },
  realOrAi: { ...realOrAiPrep, room: realOrAiRoom },
  bars: {
    sketchCompletionP50Ms: {
      value: sketchCompletion.p50Ms,
      bar: SKETCH_BARS.completionP50Ms,
      pass: (sketchCompletion.p50Ms ?? Infinity) <= SKETCH_BARS.completionP50Ms,
    },
    sketchRoomStreamedMs: {
      value: sketchRoom.allStreamedMs,
      bar: SKETCH_BARS.roomStreamedMs,
      pass: sketchRoom.errors.length === 0 && sketchRoom.allStreamedMs <= SKETCH_BARS.roomStreamedMs,
    },
    sketchEventLoopMaxMs: {
      value: sketchRoom.serverEventLoopDelayMs.max,
      bar: SKETCH_BARS.eventLoopMaxMs,
      pass: sketchRoom.serverEventLoopDelayMs.max <= SKETCH_BARS.eventLoopMaxMs,
    },
    singleImageP50Ms: { value: inference.singleP50Ms, bar: BARS.singleImageP50Ms, pass: inference.singleP50Ms <= BARS.singleImageP50Ms },
    ackP99MsAt200: at200
      ? { value: at200.ackP99Ms, bar: BARS.ackP99MsAt200, pass: (at200.ackP99Ms ?? Infinity) <= BARS.ackP99MsAt200 }
      : null,
  },
};
if (args.json) console.log(JSON.stringify(report));
else console.log(JSON.stringify(report, null, 2));
process.exit(0);
