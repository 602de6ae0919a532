/**
 * The decks the server can play (GET /api/decks), fetched once per page: the host's form is redrawn after
 * every edit and must not refetch or flash "loading" each time. Checked against the shared schema: a
 * malformed answer counts as a failed load.
 */
import { decksResponseSchema, type DeckSummary } from '../../../../shared/decks/deck-list';
import { BUILT_IN_DECK } from '../../../../shared/game/rounds/real-or-ai/schemas';

export type DeckOption = DeckSummary;

export type DecksState = { status: 'loading' } | { status: 'failed' } | ({ status: 'ok' } & { decks: DeckOption[]; problems: string[]; decksDir: string });

export function parseDecks(json: unknown): DecksState {
  const parsed = decksResponseSchema.safeParse(json);
  return parsed.success ? { status: 'ok', ...parsed.data } : { status: 'failed' };
}

/**
 * The deck a new round starts with: the first installed faces (or other non-built-in) deck that has AI
 * pictures, because photographs are the point of the round; else the built-in digits, which always plays.
 */
export function defaultDeckName(decks: readonly DeckOption[]): string {
  return decks.find((d) => !d.builtIn && d.levels > 0 && d.real > 0)?.name ?? BUILT_IN_DECK;
}

let state: DecksState = { status: 'loading' };
let request: Promise<DecksState> | null = null;

/** The list as known now; starts the one fetch the first time. */
export function deckList(): DecksState {
  void loadDeckList();
  return state;
}

export function loadDeckList(): Promise<DecksState> {
  request ??= fetch('/api/decks')
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then(parseDecks)
    .catch((error: unknown) => {
      console.warn('deck list unavailable', error);
      return { status: 'failed' } as const;
    })
    .then((result) => (state = result));
  return request;
}
