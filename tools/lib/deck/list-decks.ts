/** `deck list`: every deck folder with its picture counts, checked the way the game server loads it. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadDeckFolder } from '../../../server/decks/load-deck.js';

export interface DeckSummary {
  name: string;
  /** Set when the folder would not load; the counts are then 0. */
  problem?: string;
  title?: string;
  side?: number;
  real: number;
  generated: number;
  /** Generated pictures per difficulty level, in order. */
  levels: number[];
}

export async function listDecks(decksDir: string): Promise<DeckSummary[]> {
  const entries = await readdir(decksDir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
  const summaries: DeckSummary[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) {
      if (entry.name.includes('.importing-')) summaries.push({ name: entry.name, problem: 'left by an import that did not finish; safe to delete', real: 0, generated: 0, levels: [] });
      continue;
    }
    const loaded = await loadDeckFolder(join(decksDir, entry.name), { requireGenerated: false });
    if (!loaded.ok) {
      summaries.push({ name: entry.name, problem: loaded.error, real: 0, generated: 0, levels: [] });
      continue;
    }
    const { deck } = loaded;
    const levels = deck.levels.map((level) => level.generated.length);
    summaries.push({
      name: deck.name,
      title: deck.json.title.en,
      side: deck.side,
      real: deck.real.length,
      generated: levels.reduce((a, b) => a + b, 0),
      levels,
    });
  }
  return summaries;
}

export function formatDeckSummary(summary: DeckSummary): string {
  if (summary.problem) return `${summary.name}: ${summary.problem}`;
  const levels = summary.levels.length > 1 ? ` (${summary.levels.join(' / ')} per level)` : '';
  return `${summary.name}: ${summary.real} real, ${summary.generated} generated${levels}, ${summary.side}x${summary.side} — ${summary.title}`;
}
