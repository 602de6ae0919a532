/**
 * The real game server for browser tests: createApp with the real digit model and sketch models (worker
 * threads; no downloaded Magenta models, whatever this machine has) and the held-out MNIST pool, on a free port, serving the built client from dist/client. Phases are shortened
 * so a whole game fits in a test.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../server/app';
import { createWorkerDigitClassifier } from '../../../server/ml/digit-classifier';
import { heldOutPool } from '../../../server/ml/digit-pool';
import { createSketchModels } from '../../../server/ml/sketch-models';
import { DEFAULT_TIMINGS } from '../../../shared/game/room-state';

export async function startGameServer() {
  if (!existsSync('dist/client/index.html')) throw new Error('client not built: run `npx vite build` (npm run test:e2e does)');
  const [digits, sketch] = await Promise.all([
    createWorkerDigitClassifier(),
    createSketchModels({ magentaDir: join(tmpdir(), 'neural-arcade-e2e-no-magenta') }),
  ]);
  const app = createApp({
    models: { digits, digitPool: heldOutPool, sketch },
    config: { timings: { ...DEFAULT_TIMINGS, introMs: 2500, revealMs: 5000, leaderboardMs: 4000 } },
  });
  const port = await app.listen(0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await app.close();
      await digits.close();
      await sketch.close();
    },
  };
}
