/**
 * The decks the server can play (GET /api/decks), fetched once per page: the host's form is redrawn after
 * every edit and must not refetch or flash "loading" each time. The response type is declared here, as the
 * client reads it (the server's DeckSummary lives in server/, which the client never imports), and checked
 * field by field: a malformed answer counts as a failed load.
 */
import { BUILT_IN_DECK } from '../../../../shared/game/rounds/real-or-ai/schemas';

export interface DeckOption {
  name: string;
  title: { en: string; ko: string };
  subject: 'faces' | 'digits';
  side: number;
  /** How many real and AI pictures the deck holds. */
  real: number;
  generated: number;
  /** Difficulty levels: the GAN checkpoints that drew pictures. */
  levels: number;
  credits: string;
  builtIn: boolean;
}

export type DecksState =
  | { status: 'loading' }
  | { status: 'failed' }
  /** `problems`: deck folders the server refused, one line each; `decksDir`: where it looks for decks. */
  | { status: 'ok'; decks: DeckOption[]; problems: string[]; decksDir: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

export function parseDecks(json: unknown): DecksState {
  if (!isRecord(json) || !Array.isArray(json.decks)) return { status: 'failed' };
  const decks = json.decks.flatMap((d): DeckOption[] => {
    if (!isRecord(d) || typeof d.name !== 'string') return [];
    const title = isRecord(d.title) ? d.title : {};
    const en = typeof title.en === 'string' ? title.en : d.name;
    const ko = typeof title.ko === 'string' ? title.ko : en;
    return [
      {
        name: d.name,
        title: { en, ko },
        subject: d.subject === 'faces' ? 'faces' : 'digits',
        side: count(d.side),
        real: count(d.real),
        generated: count(d.generated),
        levels: count(d.levels),
        credits: typeof d.credits === 'string' ? d.credits : '',
        builtIn: d.builtIn === true || d.name === BUILT_IN_DECK,
      },
    ];
  });
  const problems = Array.isArray(json.problems) ? json.problems.filter((p): p is string => typeof p === 'string') : [];
  const decksDir = typeof json.decksDir === 'string' ? json.decksDir : '';
  return { status: 'ok', decks, problems, decksDir };
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
