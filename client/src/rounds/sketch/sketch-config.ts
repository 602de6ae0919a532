/**
 * The choices behind the host's Sketch Duet settings, as data and pure functions (config-form.ts draws
 * them), so the defaults and the category rules are unit-tested without a DOM.
 */
import type { PlaylistEntry } from '../../../../shared/game/rounds/registry-schemas';
import { BUILT_IN_SKETCH_MODEL, DEFAULT_SKETCH_CONFIG } from '../../../../shared/game/rounds/sketch/schemas';
import { clampCount } from '../../ui/config-fields';

type SketchEntry = Extract<PlaylistEntry, { kind: 'sketch' }>;

/** What a new Sketch Duet round starts as: the shared defaults (all built-in categories). */
export function newSketchEntry(): SketchEntry {
  return { kind: 'sketch', config: { ...DEFAULT_SKETCH_CONFIG, categories: [...DEFAULT_SKETCH_CONFIG.categories] } };
}

/** Sampling temperatures by name: what a teacher picks instead of a number. */
export const AI_STYLES = [
  { id: 'tidy', temperature: 0.15 },
  { id: 'normal', temperature: 0.25 },
  { id: 'wild', temperature: 0.6 },
] as const;
export type AiStyle = (typeof AI_STYLES)[number]['id'];

/** The named style of a temperature, or null for one set some other way (shown as "custom"). */
export function styleOf(temperature: number): AiStyle | null {
  return AI_STYLES.find((s) => Math.abs(s.temperature - temperature) < 0.005)?.id ?? null;
}

export const INK_CHOICES: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/** Drawing an opening takes seconds, not minutes; null is "no limit". The schema allows 5..300. */
export const DRAW_TIMER_CHOICES: readonly (number | null)[] = [10, 15, 20, 30, 45, 60, 90, 120, null];
export const VOTE_TIMER_CHOICES: readonly (number | null)[] = [10, 15, 20, 30, 45, 60, 90, null];

/** The choices plus the current value if it is not one of them (a playlist saved with another value). */
export function withCurrent<T>(choices: readonly T[], current: T): readonly T[] {
  return choices.includes(current) ? choices : [...choices, current];
}

/** Clamp what a person typed into the number of prompts the schema accepts (1..10). */
export function clampPrompts(raw: string | number): number {
  return clampCount(raw, 1, 10);
}

/** A category the server's models can draw, as /api/sketch/categories lists it. */
export interface SketchCategoryOption {
  id: string;
  model: string;
  name: { en: string; ko: string };
  /** Whether the classifier knows it (else the AI cannot judge it, and duets score by votes only). */
  recognisable: boolean;
}

export interface CategoryGroups {
  builtIn: SketchCategoryOption[];
  downloaded: SketchCategoryOption[];
  /** Chosen ids no installed model draws any more (kept visible so they can be unticked). */
  missing: string[];
}

/**
 * Splits the server's list into built-in and downloaded categories. An id both draw appears once, as the
 * built-in one: the server prefers the built-in model for it.
 */
export function categoryGroups(options: readonly SketchCategoryOption[], chosen: readonly string[]): CategoryGroups {
  const seen = new Set<string>();
  const builtIn: SketchCategoryOption[] = [];
  const downloaded: SketchCategoryOption[] = [];
  const ordered = [...options.filter((o) => o.model === BUILT_IN_SKETCH_MODEL), ...options.filter((o) => o.model !== BUILT_IN_SKETCH_MODEL)];
  for (const option of ordered) {
    if (seen.has(option.id)) continue;
    seen.add(option.id);
    (option.model === BUILT_IN_SKETCH_MODEL ? builtIn : downloaded).push(option);
  }
  return { builtIn, downloaded, missing: chosen.filter((id) => !seen.has(id)) };
}

/**
 * Ticking or unticking one category. Empty means "all built-in", so unticking the last one is refused
 * (null) rather than silently turning into every category.
 */
export function toggleCategory(chosen: readonly string[], id: string, on: boolean): string[] | null {
  if (on) return chosen.includes(id) ? [...chosen] : [...chosen, id];
  const next = chosen.filter((c) => c !== id);
  return next.length === 0 ? null : next;
}

/** Leaving "all built-in": start from every built-in category ticked, so the host removes what they do not want. */
export function explicitBuiltIns(groups: CategoryGroups): string[] {
  return groups.builtIn.map((o) => o.id);
}
