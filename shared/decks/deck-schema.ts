/**
 * The deck format for "Real or AI?": a folder holding `deck.json` and its images.
 *
 *   <decks dir>/<name>/deck.json
 *   <decks dir>/<name>/real/<id>.png        photographs (or held-out digits), aligned and re-encoded
 *   <decks dir>/<name>/generated/<id>.png   the project's GAN output, encoded the same way
 *
 * Every image is a PNG of exactly side x side pixels with the deck's channels, 8-bit, no metadata chunks:
 * real and generated go through one encoder, so nothing but their pixels tells them apart.
 * Generated images record the generator and checkpoint that drew them; the deck lists its checkpoints in
 * training order, and that order is the difficulty (the first is easiest to spot, the last hardest).
 */
import { z } from 'zod';

export const DECK_FORMAT = 1;
export const DECK_JSON = 'deck.json';
/** Deck names are folder names and appear in commands: lower-case, digits and dashes. */
export const DECK_NAME = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** Image paths are relative, inside the deck folder, under real/ or generated/. */
const IMAGE_FILE = /^(real|generated)\/[A-Za-z0-9_-]{1,80}\.png$/;

const text = (max: number) => z.string().trim().min(1).max(max);

/** Where an image came from and under which terms: shown as credits wherever the deck is used. */
const provenance = {
  source: text(500),
  license: text(200),
  attribution: text(1000),
};

export const realImageSchema = z.strictObject({
  file: z.string().regex(IMAGE_FILE),
  label: z.literal('real'),
  ...provenance,
});

export const generatedImageSchema = z.strictObject({
  file: z.string().regex(IMAGE_FILE),
  label: z.literal('generated'),
  ...provenance,
  /** The model that drew it, e.g. "neural-arcade dcgan (assets/models/gan/london)". */
  generator: text(200),
  /** One of the deck's checkpoint ids. */
  checkpoint: text(60),
});

export const deckImageSchema = z.discriminatedUnion('label', [realImageSchema, generatedImageSchema]);

export const deckCheckpointSchema = z.strictObject({
  /** e.g. "step-2000"; generated images refer to it. */
  id: text(60),
  /** Training steps the generator had taken when it drew. */
  step: z.number().int().nonnegative(),
});

export const deckJsonSchema = z.strictObject({
  format: z.literal(DECK_FORMAT),
  name: z.string().regex(DECK_NAME),
  /** What players see as the deck's title. */
  title: z.strictObject({ en: text(80), ko: text(80) }),
  /** What the images show: decides the round's wording ("face" or "digit") and its tips. */
  subject: z.enum(['faces', 'digits']),
  side: z.number().int().min(16).max(256),
  channels: z.union([z.literal(1), z.literal(3)]),
  /** Deck-level credits line shown in the game, e.g. the data set's citation and licence. */
  credits: text(1000),
  /** In training order: index 0 is the easiest difficulty. */
  checkpoints: z.array(deckCheckpointSchema).max(10),
  images: z.array(deckImageSchema).min(1).max(5000),
});

export type DeckJson = z.infer<typeof deckJsonSchema>;
export type DeckImage = z.infer<typeof deckImageSchema>;
export type RealImage = z.infer<typeof realImageSchema>;
export type GeneratedImage = z.infer<typeof generatedImageSchema>;
export type DeckCheckpoint = z.infer<typeof deckCheckpointSchema>;
