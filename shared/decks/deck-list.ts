/**
 * GET /api/decks: what the host's "Real or AI?" form offers. One schema for the server that sends it and the
 * client that checks it. It names decks and counts pictures; it never carries an image or a label.
 */
import { z } from 'zod';

export const deckSummarySchema = z.object({
  name: z.string(),
  title: z.object({ en: z.string(), ko: z.string() }),
  subject: z.enum(['faces', 'digits']),
  side: z.number().int(),
  /** How many real and AI pictures the deck holds. */
  real: z.number().int(),
  generated: z.number().int(),
  /** Difficulty levels: the GAN checkpoints that drew pictures. */
  levels: z.number().int(),
  credits: z.string(),
  builtIn: z.boolean(),
});
export type DeckSummary = z.infer<typeof deckSummarySchema>;

export const decksResponseSchema = z.object({
  decks: z.array(deckSummarySchema),
  /** Deck folders the server refused, one line each: "<deck>/<file>: <problem>". */
  problems: z.array(z.string()),
  /** Where the server looks for decks. */
  decksDir: z.string(),
});
export type DecksResponse = z.infer<typeof decksResponseSchema>;
