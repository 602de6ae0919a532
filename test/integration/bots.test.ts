import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkerDigitClassifier, type DigitClassifier } from '../../server/ml/digit-classifier';
import { heldOutPool } from '../../server/ml/digit-pool';
import { runBots } from '../../tools/lib/run-bots';
import { startTestApp } from '../support/start-test-app';

/** The rehearsal tool teachers use (`npm run bots`) plays a whole game against a real server. */
let classifier: DigitClassifier;
let server: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  classifier = await createWorkerDigitClassifier();
  server = await startTestApp({ digits: classifier, digitPool: heldOutPool, sketch: null });
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await classifier?.close();
});

describe('npm run bots', () => {
  it('plays a reveal race and a draw race with right and wrong answers and one rejoin', async () => {
    const summary = await runBots({ url: server.url, players: 5, game: 'digits', questions: 1 });
    expect(summary).toMatchObject({ players: 5, errors: 0, rejoin: { resumed: true, scoreKept: true } });
    expect(summary.answers).toBeGreaterThanOrEqual(10); // each bot answers both questions
    expect(summary.correct).toBeGreaterThan(0);
    expect(summary.wrong).toBeGreaterThan(0);
    expect(summary.ackP99Ms).not.toBeNull();
    expect(summary.podium).toHaveLength(3);
  }, 60_000);
});
