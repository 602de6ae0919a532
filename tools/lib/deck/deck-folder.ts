/**
 * How an import appears on disk all at once: everything is written into a hidden staging folder next to
 * the decks (same file system, so a rename moves it), deck.json last, and the folder is renamed into
 * place only when complete. A failed import deletes its staging folder; a killed one leaves a hidden
 * `.name.importing-PID` folder that no deck loader reads (deck names never start with a dot).
 */
import { rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

export function deckFolder(decksDir: string, name: string): string {
  return join(decksDir, name);
}

export function stagingFolder(decksDir: string, name: string): string {
  return join(decksDir, `.${name}.importing-${process.pid}`);
}

export async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}

export function refuseExisting(target: string, name: string): Error {
  return new Error(`deck "${name}" already exists at ${target}; add --force to replace it`);
}

/**
 * Renames the finished staging folder to the deck's folder. With `replace`, an existing deck is first
 * moved aside and deleted only after the new one is in place.
 */
export async function publishStagedDeck(staging: string, target: string, name: string, replace: boolean): Promise<void> {
  if (!(await exists(target))) {
    await rename(staging, target);
    return;
  }
  if (!replace) throw refuseExisting(target, name);
  const old = `${staging}.replaced`;
  await rename(target, old);
  await rename(staging, target);
  await rm(old, { recursive: true, force: true });
}
