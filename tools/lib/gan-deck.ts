/**
 * Fills a deck's generated side from the project's GAN: for every difficulty level in <ganDir>/gan.json it
 * draws `perCheckpoint` images, encodes them exactly as the real ones (encodeDeckPng) and records the
 * generator and checkpoint in deck.json. Replaces the generated images an earlier fill made; the real side
 * is untouched. deck.json is written last, so an interrupted fill leaves the previous deck intact.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as tfl from '@tensorflow/tfjs-layers';
import { DECK_JSON, deckJsonSchema, type DeckImage, type GeneratedImage } from '../../shared/decks/deck-schema.js';
import { generatePixels } from '../../shared/models/gan/generate-pixels.js';
import { encodeDeckPng } from '../../server/decks/deck-png.js';
import { fileLoadHandler, writeAtomically } from '../../server/ml/file-io.js';
import { GAN_JSON, ganFileSchema } from './gan-file.js';

export async function addGeneratedImages(
  deckDir: string,
  ganDir: string,
  options: { perCheckpoint?: number; seed?: number } = {},
): Promise<{ added: number }> {
  const perCheckpoint = options.perCheckpoint ?? 100;
  const seed = options.seed ?? 1;
  const deck = deckJsonSchema.parse(JSON.parse(await readFile(join(deckDir, DECK_JSON), 'utf8')));
  const gan = ganFileSchema.parse(JSON.parse(await readFile(join(ganDir, GAN_JSON), 'utf8')));
  if (gan.shape.side !== deck.side || gan.shape.channels !== deck.channels) {
    throw new Error(`${ganDir} draws ${gan.shape.side}x${gan.shape.side}x${gan.shape.channels}, deck ${deck.name} is ${deck.side}x${deck.side}x${deck.channels}`);
  }
  if (gan.checkpoints.length === 0) throw new Error(`${ganDir}/${GAN_JSON}: no checkpoints yet`);
  const generator = `neural-arcade DCGAN (${ganDir.replace(/\\/g, '/').replace(/^.*?(assets\/models\/)/, '$1')})`;
  await rm(join(deckDir, 'generated'), { recursive: true, force: true });
  await mkdir(join(deckDir, 'generated'), { recursive: true });
  const images: DeckImage[] = deck.images.filter((image) => image.label === 'real');
  for (const [level, checkpoint] of gan.checkpoints.entries()) {
    const model = await tfl.loadLayersModel(fileLoadHandler(join(ganDir, checkpoint.id)));
    const drawn = generatePixels(model, perCheckpoint, seed * 1000 + level);
    model.dispose();
    for (const [i, pixels] of drawn.entries()) {
      // Names carry no hint of the level: the game never sends file names, but a curious teacher might look.
      const file = `generated/g${String(level * perCheckpoint + i + 1).padStart(4, '0')}.png`;
      await writeAtomically(join(deckDir, file), encodeDeckPng({ side: deck.side, channels: deck.channels, pixels }));
      const entry: GeneratedImage = {
        file,
        label: 'generated',
        source: `drawn by ${generator} at ${checkpoint.id}`,
        license: 'CC BY 4.0 (model trained by Neural Arcade; see NOTICE)',
        attribution: `Neural Arcade GAN trained on ${gan.trainedOn.source}`,
        generator,
        checkpoint: checkpoint.id,
      };
      images.push(entry);
    }
  }
  const updated = { ...deck, checkpoints: gan.checkpoints.map(({ id, step }) => ({ id, step })), images };
  await writeAtomically(join(deckDir, DECK_JSON), JSON.stringify(deckJsonSchema.parse(updated), null, 2) + '\n');
  return { added: images.length - deck.images.filter((image) => image.label === 'real').length };
}
