/**
 * Fills a deck's generated side from the project's GAN: for every difficulty level in <ganDir>/gan.json it
 * draws `perCheckpoint` pictures, encodes them exactly as the real ones (encodeDeckPng) and records the
 * generator and checkpoint in deck.json. Replaces the generated pictures an earlier fill made; the real side
 * is untouched.
 *
 * Safe to interrupt: the new pictures get new file names (a random fill id), deck.json is switched to them
 * atomically, and only then are the old ones deleted. Stopped before the switch, the old deck still loads.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DECK_JSON, deckJsonSchema, type DeckImage, type GeneratedImage } from '../../shared/decks/deck-schema.js';
import { encodeDeckPng } from '../../server/decks/deck-png.js';
import { writeAtomically } from '../../server/ml/file-io.js';
import { drawLevels } from '../../server/ml/gan-levels.js';

export async function addGeneratedImages(
  deckDir: string,
  ganDir: string,
  options: { perCheckpoint?: number; seed?: number } = {},
): Promise<{ added: number }> {
  const perCheckpoint = options.perCheckpoint ?? 100;
  // Random unless a test asks: the weights are public, and a known seed would let anyone redraw the AI side.
  const seed = options.seed ?? randomInt(1, 2 ** 31);
  const deck = deckJsonSchema.parse(JSON.parse(await readFile(join(deckDir, DECK_JSON), 'utf8')));
  const { gan, levels } = await drawLevels(ganDir, perCheckpoint, seed);
  if (gan.shape.side !== deck.side || gan.shape.channels !== deck.channels) {
    throw new Error(`${ganDir} draws ${gan.shape.side}x${gan.shape.side}x${gan.shape.channels}, deck ${deck.name} is ${deck.side}x${deck.side}x${deck.channels}`);
  }
  const generator = `neural-arcade DCGAN (${ganDir.replace(/\\/g, '/').replace(/^.*?(assets\/models\/)/, '$1')})`;
  const fill = randomBytes(4).toString('hex');
  await mkdir(join(deckDir, 'generated'), { recursive: true });
  const real: DeckImage[] = deck.images.filter((image) => image.label === 'real');
  const generated: GeneratedImage[] = [];
  for (const level of levels) {
    for (const pixels of level.images) {
      // Names carry no hint of the level: the game never sends file names, but a curious teacher might look.
      const file = `generated/${fill}-${String(generated.length + 1).padStart(4, '0')}.png`;
      await writeAtomically(join(deckDir, file), encodeDeckPng({ side: deck.side, channels: deck.channels, pixels }));
      generated.push({
        file,
        label: 'generated',
        source: `drawn by ${generator} at ${level.checkpoint}`,
        license: 'CC BY 4.0 (model trained by Neural Arcade; see NOTICE)',
        attribution: `Neural Arcade GAN trained on ${gan.trainedOn.source}`,
        generator,
        checkpoint: level.checkpoint,
      });
    }
  }
  const updated = { ...deck, checkpoints: gan.checkpoints.map(({ id, step }) => ({ id, step })), images: [...real, ...generated] };
  await writeAtomically(join(deckDir, DECK_JSON), JSON.stringify(deckJsonSchema.parse(updated), null, 2) + '\n');
  const kept = new Set(generated.map((image) => image.file.slice('generated/'.length)));
  for (const name of await readdir(join(deckDir, 'generated'))) if (!kept.has(name)) await rm(join(deckDir, 'generated', name), { force: true });
  return { added: generated.length };
}
