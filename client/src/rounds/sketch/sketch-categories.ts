/**
 * What the server's sketch models can draw (GET /api/sketch/categories), fetched once per page: the host's
 * form is redrawn after every edit and must not refetch or flash "loading" each time.
 */
import type { SketchCategoryOption } from './sketch-config';

export type CategoriesState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ok'; available: boolean; categories: SketchCategoryOption[]; problems: string[] };

let state: CategoriesState = { status: 'loading' };
let request: Promise<CategoriesState> | null = null;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The endpoint's JSON, checked; anything malformed counts as a failed load. */
export function parseCategories(json: unknown): CategoriesState {
  if (!isRecord(json) || typeof json.available !== 'boolean' || !Array.isArray(json.categories)) return { status: 'failed' };
  const categories = json.categories.flatMap((c): SketchCategoryOption[] => {
    if (!isRecord(c) || typeof c.id !== 'string' || typeof c.model !== 'string' || !isRecord(c.name)) return [];
    const en = typeof c.name.en === 'string' ? c.name.en : c.id;
    const ko = typeof c.name.ko === 'string' ? c.name.ko : en;
    return [{ id: c.id, model: c.model, name: { en, ko }, recognisable: c.recognisable === true }];
  });
  const problems = Array.isArray(json.problems) ? json.problems.filter((p): p is string => typeof p === 'string') : [];
  return { status: 'ok', available: json.available, categories, problems };
}

/** The list as known now; starts the one fetch the first time. */
export function sketchCategories(): CategoriesState {
  void loadSketchCategories();
  return state;
}

export function loadSketchCategories(): Promise<CategoriesState> {
  request ??= fetch('/api/sketch/categories')
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then(parseCategories)
    .catch((error: unknown) => {
      console.warn('sketch categories unavailable', error);
      return { status: 'failed' } as const;
    })
    .then((result) => (state = result));
  return request;
}
