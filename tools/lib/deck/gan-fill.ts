/**
 * The generated side of a freshly imported deck, when the project has a GAN for it: the committed
 * `assets/models/gan/<name>/gan.json` draws the faces (tools/lib/gan-deck.ts). Missing or failing, the
 * deck is still published with real faces only, and the message says how to add generated ones.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { initTfNodeBackend } from '../../../server/ml/tf-node-backend.js';
import { exists } from './deck-folder.js';

export interface GanFill {
  added: number;
  message: string;
}

/** One line, also for a schema error (whose message is a JSON list of every issue). */
function oneLine(err: unknown): string {
  if (err instanceof z.ZodError && err.issues[0]) {
    const issue = err.issues[0];
    return `gan.json ${issue.path.join('.') || '(top level)'}: ${issue.message}`;
  }
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
}

const howToAdd = (name: string) => `add generated faces with: npm run train:gan -- --deck ${name}`;

export async function fillFromProjectGan(deckDir: string, name: string, ganModelsDir: string): Promise<GanFill> {
  const ganDir = join(ganModelsDir, name);
  if (!(await exists(join(ganDir, 'gan.json')))) {
    return { added: 0, message: `no GAN for "${name}" yet (${join(ganDir, 'gan.json')}): the deck has real faces only; ${howToAdd(name)}` };
  }
  try {
    // Loaded only here: it brings in tfjs-layers and the GAN code, which a plain import does not need.
    const { addGeneratedImages } = await import('../gan-deck.js');
    await initTfNodeBackend();
    const { added } = await addGeneratedImages(deckDir, ganDir);
    return { added, message: `added ${added} generated faces drawn by ${ganDir}` };
  } catch (err) {
    // deck.json is rewritten only when the fill succeeds, so dropping its half-written pictures is enough.
    await rm(join(deckDir, 'generated'), { recursive: true, force: true });
    await mkdir(join(deckDir, 'generated'));
    return { added: 0, message: `the GAN at ${ganDir} could not draw (${oneLine(err)}): the deck has real faces only; ${howToAdd(name)}` };
  }
}
