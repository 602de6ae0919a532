import { createApp } from './app';
import { lanAddresses } from './http/join-url';
import { createWorkerDigitClassifier } from './ml/digit-classifier';
import { heldOutPool } from './ml/digit-pool';
import { createSketchModels } from './ml/sketch-models';
import { loadDeckLibrary } from './decks/deck-library';
import { defaultDecksDir } from './decks/decks-dir';
import { buildDigitsDeck } from './decks/digits-deck';

/** Wiring only: real models, real clock, listen, and tell the teacher where to point the students. */
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

async function loadDigitClassifier() {
  try {
    return await createWorkerDigitClassifier();
  } catch (error) {
    console.error('Digit model failed to load; digit rounds are unavailable:', error);
    return null;
  }
}

async function loadSketchModels() {
  try {
    const models = await createSketchModels();
    for (const problem of models.problems) console.warn(`Sketch model skipped: ${problem}`);
    return models;
  } catch (error) {
    console.error('Sketch models failed to load; Sketch Duet is unavailable:', error);
    return null;
  }
}

/** The built-in digits deck (drawn now by the committed GAN) and every deck folder that passes its checks. */
async function loadDecks(dir: string) {
  let builtIn = null;
  let builtInProblem: string | undefined;
  try {
    builtIn = await buildDigitsDeck();
  } catch (error) {
    builtInProblem = `digits (built in): ${error instanceof Error ? error.message : String(error)}`;
  }
  const library = await loadDeckLibrary({ dir, builtIn, builtInProblem });
  for (const problem of library.problems) console.warn(`Deck refused: ${problem}`);
  return library;
}

const decksDir = defaultDecksDir();
const [digits, sketch, decks] = await Promise.all([loadDigitClassifier(), loadSketchModels(), loadDecks(decksDir)]);
const app = createApp({
  models: { digits, digitPool: heldOutPool, sketch, decks },
  config: { decksDirLabel: decksDir, ...(process.env.PUBLIC_URL ? { publicUrl: process.env.PUBLIC_URL } : {}) },
});
const actualPort = await app.listen(port, host);

const urls = [`http://localhost:${actualPort}/`, ...lanAddresses().map((ip) => `http://${ip}:${actualPort}/`)];
console.log('\n  Neural Arcade / 신경망 오락실 is running.\n');
console.log('  Open on this computer (host):   ' + urls[0]);
for (const url of urls.slice(1)) console.log('  Students on the same Wi-Fi:     ' + url);
if (urls.length === 1) console.log('  (No network address found: students need this computer on their Wi-Fi.)');
const faceDecks = decks.list().filter((d) => !d.builtIn);
console.log(`\n  Real or AI? decks: ${decks.list().map((d) => d.name).join(', ') || 'none'}`);
if (faceDecks.length === 0) console.log('  (Only the built-in digits deck. Add faces: npm run deck -- fetch london)');
console.log('\n  Press Ctrl+C to stop.\n');

const shutdown = async () => {
  await app.close();
  await digits?.close();
  await sketch?.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

// A classroom server must stay up: a bug in one room is logged, not allowed to end everyone's game.
process.on('uncaughtException', (error) => console.error('Uncaught exception (server keeps running):', error));
process.on('unhandledRejection', (error) => console.error('Unhandled rejection (server keeps running):', error));
