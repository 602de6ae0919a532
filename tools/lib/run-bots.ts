import { createWorkerDigitClassifier } from '../../server/ml/digit-classifier';
import type { PlaylistEntry } from '../../shared/game/rounds/registry-schemas';
import { PROTOCOL_VERSION, type RoomView } from '../../shared/protocol';
import { BotClient } from './bot-client';
import { BotPlayer, FrameBrain, sleep, type BotStats } from './bot-player';
import { percentile } from './latency';

export interface BotsOptions {
  url: string;
  players: number;
  game: BotGame;
  questions: number;
  log?: (line: string) => void;
}

export interface BotsSummary {
  players: number;
  answers: number;
  votes: number;
  correct: number;
  wrong: number;
  errors: number;
  errorCodes: Record<string, number>;
  ackP50Ms: number | null;
  ackP99Ms: number | null;
  rejoin: { resumed: boolean; scoreKept: boolean };
  podium: { nickname: string; score: number }[];
  durationS: number;
}

const NAMES = ['민준', '서연', '지우', 'Ava', 'Leo', '하준', 'Mia', '도윤', 'Noah', '수아'];

export const BOT_GAMES = ['digits', 'sketch', 'real-or-ai'] as const;
export type BotGame = (typeof BOT_GAMES)[number];

function playlist(game: BotGame, questions: number): PlaylistEntry[] {
  if (game === 'real-or-ai') {
    // The built-in digits deck is on every server; two rounds so the rejoin (round 2) happens in one.
    const round = { deck: 'digits', difficulty: 'mixed' as const, questions, timerSec: 15, speedScoring: true };
    return [
      { kind: 'real-or-ai', config: round },
      { kind: 'real-or-ai', config: round },
    ];
  }
  if (game === 'sketch') {
    const sketch = { questions, categories: [], inkStrokes: 2, timerSec: 30, voteSec: 20, temperature: 0.25, ghost: true };
    // Two rounds, so the drop-and-rejoin (in round 2) happens in a Sketch Duet too.
    return [
      { kind: 'sketch', config: sketch },
      { kind: 'sketch', config: sketch },
    ];
  }
  const base = { questions, timerSec: 30, speedScoring: true, difficulty: 'medium' as const };
  return [
    { kind: 'digits', config: { ...base, variant: 'reveal' } },
    { kind: 'digits', config: { ...base, variant: 'draw' } },
  ];
}

/**
 * Rehearse a whole game: a host bot creates the room and moves it along like a brisk teacher; N player
 * bots join and answer (right and wrong); one of them drops its connection mid-round and takes its seat
 * back. Answer acks are timed.
 */
export async function runBots(opts: BotsOptions): Promise<BotsSummary> {
  const log = opts.log ?? (() => {});
  const started = performance.now();
  const classifier = await createWorkerDigitClassifier();
  const brain = new FrameBrain(classifier);
  const host = new BotClient(opts.url);
  await host.connected();
  const created = await host.request('room:create', { protocol: PROTOCOL_VERSION });
  if (!created.ok) throw new Error(`could not create a room: ${created.error.code}`);
  const { code } = created.data;
  log(`room ${code}: ${opts.players} bots joining`);
  let view: RoomView | undefined;
  host.socket.on('room:state', (v) => (view = v));
  await host.request('host:playlist', { playlist: playlist(opts.game, opts.questions) });

  const stats: BotStats = { answers: 0, votes: 0, correct: 0, wrong: 0, errorCodes: {} };
  const bots = Array.from(
    { length: opts.players },
    (_, i) => new BotPlayer(opts.url, `${NAMES[i % NAMES.length]}${i + 1}`, code, brain, stats, i + 1),
  );
  for (let i = 0; i < bots.length; i += 25) await Promise.all(bots.slice(i, i + 25).map((b) => b.join()));

  const rejoin = { resumed: false, scoreKept: false };
  let rejoinDone = false;
  const finished = new Promise<void>((resolve) => {
    let lastPhase = '';
    host.socket.on('room:state', (v) => {
      if (v.phase === lastPhase) return;
      lastPhase = v.phase;
      log(`phase ${v.phase} round ${v.round?.index ?? '-'} question ${v.question?.index ?? '-'}`);
      if (v.phase === 'podium') resolve();
      // A brisk teacher: move on as soon as everyone has seen the screen.
      const pause = { intro: 300, reveal: 800, leaderboard: 800 }[v.phase as 'intro'];
      if (pause) setTimeout(() => void host.request('host:next', {}), pause);
      if (v.phase === 'question' && v.round?.index === 1 && !rejoinDone && bots[0]) {
        rejoinDone = true;
        void (async () => {
          const before = view?.players.find((p) => p.id === bots[0]!.playerId)?.score;
          const result = await bots[0]!.dropAndResume();
          await sleep(200);
          const after = view?.players.find((p) => p.id === bots[0]!.playerId)?.score;
          rejoin.resumed = result.ok && result.samePlayer;
          rejoin.scoreKept = before !== undefined && after !== undefined && after >= before;
          log(`rejoin: resumed=${rejoin.resumed} score ${before} -> ${after}`);
        })();
      }
    });
  });
  const start = await host.request('host:start', {});
  if (!start.ok) throw new Error(`could not start: ${start.error.code}`);
  await finished;

  const ackMs = bots.flatMap((b) => b.client.ackMs);
  const transportErrors = bots.flatMap((b) => b.client.errors);
  const podium = [...(view?.players ?? [])].sort((a, b) => b.score - a.score).slice(0, 3);
  for (const b of bots) b.client.close();
  host.close();
  await classifier.close();
  const errorCount = Object.values(stats.errorCodes).reduce((a, b) => a + b, 0) + transportErrors.length;
  return {
    players: opts.players,
    answers: stats.answers,
    votes: stats.votes,
    correct: stats.correct,
    wrong: stats.wrong,
    errors: errorCount + (rejoin.resumed && rejoin.scoreKept ? 0 : 1),
    errorCodes: stats.errorCodes,
    ackP50Ms: percentile(ackMs, 50),
    ackP99Ms: percentile(ackMs, 99),
    rejoin,
    podium: podium.map(({ nickname, score }) => ({ nickname, score })),
    durationS: Math.round((performance.now() - started) / 100) / 10,
  };
}
