/**
 * Reads and checks one deck folder. Every problem is returned as one message naming the file and what is
 * wrong ("london/real/r0007.png: PNG is truncated"), never thrown: the server logs it, leaves that deck out
 * and keeps the others. Images are decoded once here and kept in memory (a 100-face deck at 64 px is ~2.5 MB).
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DECK_JSON, deckJsonSchema, type DeckJson, type GeneratedImage, type RealImage } from '../../shared/decks/deck-schema.js';
import { decodeDeckPng } from './deck-png.js';

export interface DeckPicture<Meta> {
  meta: Meta;
  /** side * side * channels bytes. */
  pixels: Uint8Array;
}

/** A deck ready for play: pictures decoded, generated ones grouped by checkpoint in difficulty order. */
export interface LoadedDeck {
  name: string;
  json: DeckJson;
  side: number;
  channels: 1 | 3;
  real: DeckPicture<RealImage>[];
  /** Same order as json.checkpoints; a checkpoint with no images is left out. */
  levels: { checkpoint: string; step: number; generated: DeckPicture<GeneratedImage>[] }[];
}

export type DeckLoadResult = { ok: true; deck: LoadedDeck } | { ok: false; error: string };

export interface DeckLoadOptions {
  /** A deck straight from `deck import` has no generated images yet: fine for training, not for play. */
  requireGenerated?: boolean;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

async function readDeckJson(dir: string, name: string): Promise<DeckJson | string> {
  let text: string;
  try {
    text = await readFile(join(dir, DECK_JSON), 'utf8');
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    return `${name}/${DECK_JSON}: ${missing ? 'missing (not a deck, or an import that did not finish)' : messageOf(err)}`;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return `${name}/${DECK_JSON}: not valid JSON (${messageOf(err)})`;
  }
  const parsed = deckJsonSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `${name}/${DECK_JSON}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`;
  }
  if (parsed.data.name !== name) return `${name}/${DECK_JSON}: names the deck "${parsed.data.name}" but the folder is "${name}"`;
  return parsed.data;
}

/** Problems in deck.json that the schema alone cannot see. */
function crossCheck(json: DeckJson, name: string, requireGenerated: boolean): string | undefined {
  const files = new Set<string>();
  for (const image of json.images) {
    if (!image.file.startsWith(`${image.label}/`)) return `${name}/${image.file}: a ${image.label} image must be under ${image.label}/`;
    if (files.has(image.file)) return `${name}/${DECK_JSON}: lists ${image.file} twice`;
    files.add(image.file);
  }
  const checkpoints = new Set(json.checkpoints.map((c) => c.id));
  if (checkpoints.size !== json.checkpoints.length) return `${name}/${DECK_JSON}: a checkpoint id is listed twice`;
  const generated = json.images.filter((image): image is GeneratedImage => image.label === 'generated');
  const orphan = generated.find((image) => !checkpoints.has(image.checkpoint));
  if (orphan) return `${name}/${orphan.file}: checkpoint "${orphan.checkpoint}" is not in the deck's checkpoints`;
  if (!json.images.some((image) => image.label === 'real')) return `${name}/${DECK_JSON}: has no real images`;
  if (requireGenerated && generated.length === 0) {
    return `${name}/${DECK_JSON}: has no generated images yet (make them with: npm run train:gan -- --deck ${name})`;
  }
  return undefined;
}

export async function loadDeckFolder(dir: string, options: DeckLoadOptions = {}): Promise<DeckLoadResult> {
  const name = basename(dir);
  const json = await readDeckJson(dir, name);
  if (typeof json === 'string') return { ok: false, error: json };
  const problem = crossCheck(json, name, options.requireGenerated ?? true);
  if (problem) return { ok: false, error: problem };
  const pictures = new Map<string, Uint8Array>();
  for (const image of json.images) {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, image.file));
    } catch (err) {
      const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
      return { ok: false, error: `${name}/${image.file}: ${missing ? 'missing' : messageOf(err)}` };
    }
    try {
      const decoded = decodeDeckPng(bytes);
      if (decoded.side !== json.side || decoded.channels !== json.channels) {
        return { ok: false, error: `${name}/${image.file}: is ${decoded.side}x${decoded.side}x${decoded.channels}, the deck says ${json.side}x${json.side}x${json.channels}` };
      }
      pictures.set(image.file, decoded.pixels);
    } catch (err) {
      return { ok: false, error: `${name}/${image.file}: ${messageOf(err)}` };
    }
  }
  const picture = <M extends { file: string }>(meta: M) => ({ meta, pixels: pictures.get(meta.file)! });
  const real = json.images.filter((image): image is RealImage => image.label === 'real').map(picture);
  const generated = json.images.filter((image): image is GeneratedImage => image.label === 'generated');
  const levels = json.checkpoints
    .map((c) => ({ checkpoint: c.id, step: c.step, generated: generated.filter((image) => image.checkpoint === c.id).map(picture) }))
    .filter((level) => level.generated.length > 0);
  return { ok: true, deck: { name, json, side: json.side, channels: json.channels, real, levels } };
}
