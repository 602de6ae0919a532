/**
 * The real game server for browser tests: createApp with the real digit model and sketch models (worker
 * threads; no downloaded Magenta models, whatever this machine has), the held-out MNIST pool and the
 * "Real or AI?" decks, on a free port, serving the built client from dist/client. Phases are shortened
 * so a whole game fits in a test.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../server/app';
import { loadDeckLibrary } from '../../../server/decks/deck-library';
import { buildDigitsDeck, DIGITS_GAN_DIR } from '../../../server/decks/digits-deck';
import { createWorkerDigitClassifier } from '../../../server/ml/digit-classifier';
import { heldOutPool } from '../../../server/ml/digit-pool';
import { createSketchModels } from '../../../server/ml/sketch-models';
import { DEFAULT_TIMINGS } from '../../../shared/game/room-state';

export interface GameServerOptions {
  /**
   * Where "Real or AI?" decks are read from, besides the built-in digits deck (drawn now by the committed
   * GAN). Default: a new empty folder, so the decks this machine has installed never leak into a test.
   */
  decksDir?: string;
  /**
   * The GAN that draws the built-in deck's AI digits. Default: `$E2E_DIGITS_GAN_DIR` if set (to try a GAN
   * still being trained elsewhere), else the committed one. Without a usable GAN the server still starts,
   * as a real one does, with the built-in deck missing and listed as a problem.
   */
  ganDir?: string;
}

/** The built-in digits deck, or why there is none: only the "Real or AI?" test needs it. */
async function loadDecks(dir: string, ganDir: string) {
  try {
    return await loadDeckLibrary({ dir, builtIn: await buildDigitsDeck({ ganDir }) });
  } catch (error) {
    const problem = `digits (built in): ${error instanceof Error ? error.message : String(error)}`;
    console.warn(`e2e game server: ${problem}`);
    return loadDeckLibrary({ dir, builtIn: null, builtInProblem: problem });
  }
}

export async function startGameServer(options: GameServerOptions = {}) {
  if (!existsSync('dist/client/index.html')) throw new Error('client not built: run `npx vite build` (npm run test:e2e does)');
  const emptyDecksDir = options.decksDir ? null : await mkdtemp(join(tmpdir(), 'neural-arcade-e2e-decks-'));
  const decksDir = options.decksDir ?? emptyDecksDir!;
  const [digits, sketch, decks] = await Promise.all([
    createWorkerDigitClassifier(),
    createSketchModels({ magentaDir: join(tmpdir(), 'neural-arcade-e2e-no-magenta') }),
    loadDecks(decksDir, options.ganDir ?? (process.env.E2E_DIGITS_GAN_DIR || DIGITS_GAN_DIR)),
  ]);
  const app = createApp({
    models: { digits, digitPool: heldOutPool, sketch, decks },
    config: { timings: { ...DEFAULT_TIMINGS, introMs: 2500, revealMs: 5000, leaderboardMs: 4000 }, decksDirLabel: decksDir },
  });
  const port = await app.listen(0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await app.close();
      await digits.close();
      await sketch.close();
      if (emptyDecksDir) await rm(emptyDecksDir, { recursive: true, force: true });
    },
  };
}
