/** Where decks live: outside git, so a school's photographs never end up in the repository. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DECKS_DIR_ENV = 'NEURAL_ARCADE_DECKS';

/** `$NEURAL_ARCADE_DECKS` if set, else `<repo>/data/decks` (data/ is gitignored). */
export function defaultDecksDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[DECKS_DIR_ENV];
  if (fromEnv) return resolve(fromEnv);
  return fileURLToPath(new URL('../../data/decks', import.meta.url));
}
