/**
 * npm run bots -- --url http://127.0.0.1:3000 --players 30 --game digits|sketch|real-or-ai [--questions 3]
 * Rehearses a whole game against a running server; the last line printed is JSON.
 */
import { intArg, parseToolArgs } from './lib/cli-args';
import { BOT_GAMES, runBots, type BotGame } from './lib/run-bots';

const args = parseToolArgs({
  url: { type: 'string', default: 'http://127.0.0.1:3000' },
  players: { type: 'string', default: '10' },
  game: { type: 'string', default: 'digits' },
  questions: { type: 'string', default: '3' },
});
const game = args.game as BotGame;
if (!BOT_GAMES.includes(game)) throw new Error(`unknown --game ${args.game}; available: ${BOT_GAMES.join(', ')}`);
const summary = await runBots({
  url: String(args.url),
  players: intArg(args.players, 'players', 10),
  game,
  questions: intArg(args.questions, 'questions', 3),
  log: (line) => console.error(line),
});
console.log(JSON.stringify(summary));
process.exit(summary.errors > 0 ? 1 : 0);
