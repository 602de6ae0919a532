import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkerDigitClassifier, type DigitClassifier } from '../../server/ml/digit-classifier';
import { heldOutPool } from '../../server/ml/digit-pool';
import { createSketchModels, type SketchModels } from '../../server/ml/sketch-models';
import { runBots } from '../../tools/lib/run-bots';
import { loadDeckLibrary } from '../../server/decks/deck-library';
import { buildDigitsDeck } from '../../server/decks/digits-deck';
import { startTestApp } from '../support/start-test-app';

/** The rehearsal tool teachers use (`npm run bots`) plays a whole game against a real server. */
let classifier: DigitClassifier;
let sketch: SketchModels;
let server: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  [classifier, sketch] = await Promise.all([createWorkerDigitClassifier(), createSketchModels({ magentaDir: join(tmpdir(), 'no-magenta-models') })]);
  const decks = await loadDeckLibrary({ dir: join(tmpdir(), 'no-decks-here'), builtIn: await buildDigitsDeck({ perCheckpoint: 20 }) });
  server = await startTestApp({ digits: classifier, digitPool: heldOutPool, sketch, decks });
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await classifier?.close();
  await sketch?.close();
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

  it('plays two Sketch Duet rounds: every bot draws and votes, and one rejoins mid-round', async () => {
    const summary = await runBots({ url: server.url, players: 4, game: 'sketch', questions: 1 });
    expect(summary).toMatchObject({ players: 4, errors: 0, rejoin: { resumed: true, scoreKept: true } });
    expect(summary.answers).toBe(8); // one duet per bot per prompt
    // Every bot voted in both votes, except the one whose connection dropped may have missed one.
    expect(summary.votes).toBeGreaterThanOrEqual(7);
    expect(summary.podium).toHaveLength(3);
    expect(summary.podium[0]!.score).toBeGreaterThan(0);
  }, 90_000);

  it('plays two Real or AI? rounds: every pick counted at the reveal, and one rejoins mid-round', async () => {
    const summary = await runBots({ url: server.url, players: 4, game: 'real-or-ai', questions: 2 });
    expect(summary).toMatchObject({ players: 4, errors: 0, rejoin: { resumed: true, scoreKept: true } });
    expect(summary.answers).toBeGreaterThanOrEqual(15); // 4 bots x 4 questions; the rejoining bot may miss one
    // Learnt at each reveal, since the acks say nothing: every answer is either right or wrong.
    expect(summary.correct + summary.wrong).toBe(summary.answers);
  }, 90_000);
});
