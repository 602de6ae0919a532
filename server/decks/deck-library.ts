/**
 * Every deck the game can play: the built-in digits deck plus each valid folder in the decks directory.
 * A refused folder is kept as a one-line problem for the log and the host's form, and the rest play on.
 * Each deck's tip baseline (statistics of its real images) is measured once, here, not per question.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeckSummary } from '../../shared/decks/deck-list.js';
import { BUILT_IN_DECK } from '../../shared/game/rounds/real-or-ai/schemas.js';
import { tipBaseline, type TipBaseline } from '../../shared/game/rounds/real-or-ai/tips.js';
import { loadDeckFolder, type LoadedDeck } from './load-deck.js';

export interface PlayableDeck extends LoadedDeck {
  baseline: TipBaseline;
}

export interface DeckLibrary {
  list(): DeckSummary[];
  get(name: string): PlayableDeck | undefined;
  /** Folders refused, as "<deck>/<file>: <problem>". */
  readonly problems: readonly string[];
}

function playable(deck: LoadedDeck): PlayableDeck {
  return { ...deck, baseline: tipBaseline(deck.json.subject, deck.real.map((r) => ({ side: deck.side, channels: deck.channels, pixels: r.pixels }))) };
}

function summary(deck: PlayableDeck): DeckSummary {
  return {
    name: deck.name,
    title: deck.json.title,
    subject: deck.json.subject,
    side: deck.side,
    real: deck.real.length,
    generated: deck.levels.reduce((n, level) => n + level.generated.length, 0),
    levels: deck.levels.length,
    credits: deck.json.credits,
    builtIn: deck.name === BUILT_IN_DECK,
  };
}

export async function loadDeckLibrary(options: { dir: string; builtIn: LoadedDeck | null; builtInProblem?: string }): Promise<DeckLibrary> {
  const decks = new Map<string, PlayableDeck>();
  const problems: string[] = options.builtInProblem ? [options.builtInProblem] : [];
  if (options.builtIn) decks.set(options.builtIn.name, playable(options.builtIn));
  let folders: string[] = [];
  try {
    folders = (await readdir(options.dir, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
  } catch (err) {
    // No decks folder yet is the normal out-of-the-box state, not a problem.
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') problems.push(`${options.dir}: ${(err as Error).message}`);
  }
  for (const name of folders) {
    if (name === BUILT_IN_DECK) {
      problems.push(`${name}: this name belongs to the built-in deck; rename the folder`);
      continue;
    }
    const result = await loadDeckFolder(join(options.dir, name));
    if (result.ok) decks.set(name, playable(result.deck));
    else problems.push(result.error);
  }
  return {
    list: () => [...decks.values()].map(summary),
    get: (name) => decks.get(name),
    problems,
  };
}
