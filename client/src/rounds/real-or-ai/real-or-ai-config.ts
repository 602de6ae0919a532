/**
 * The choices behind the host's "Real or AI?" settings, as data and small functions (config-form.ts draws
 * them), so the defaults are unit-tested without a DOM.
 */
import { BUILT_IN_DECK, DEFAULT_REAL_OR_AI_CONFIG } from '../../../../shared/game/rounds/real-or-ai/schemas';
import type { PlaylistEntry } from '../../../../shared/game/rounds/registry-schemas';
import { deckList, defaultDeckName, type DeckOption } from './deck-list';

type RealOrAiEntry = Extract<PlaylistEntry, { kind: 'real-or-ai' }>;

/** Seconds to pick; null is "no limit". The schema allows 5..120. */
export const PICK_TIMER_CHOICES: readonly (number | null)[] = [5, 10, 15, 20, 30, 45, 60, 90, 120, null];

/**
 * Set when a round was added before the deck list had arrived, so it started on the built-in deck only for
 * want of the list: the form then moves it to the default deck once the list is in. A round the host set to
 * digits on purpose (or one restored from the server after a refresh) is never moved.
 */
let defaultPending = false;

/** What a new round starts as: the shared defaults, on the first faces deck if one is installed. */
export function newRealOrAiEntry(): RealOrAiEntry {
  const decks = deckList();
  defaultPending = decks.status === 'loading';
  return { kind: 'real-or-ai', config: { ...DEFAULT_REAL_OR_AI_CONFIG, deck: decks.status === 'ok' ? defaultDeckName(decks.decks) : BUILT_IN_DECK } };
}

/** Once the list is in: the deck a round added before it should move to, or null to leave it be. Asks once. */
export function lateDefaultDeck(current: string, decks: readonly DeckOption[]): string | null {
  if (!defaultPending) return null;
  defaultPending = false;
  const name = defaultDeckName(decks);
  return current === BUILT_IN_DECK && name !== current ? name : null;
}
