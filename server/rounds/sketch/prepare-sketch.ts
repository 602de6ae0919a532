import { mulberry32, shuffled } from '../../../shared/game/random';
import type { SketchQuestionData } from '../../../shared/game/rounds/sketch/rules';
import { BUILT_IN_SKETCH_MODEL, type SketchConfig } from '../../../shared/game/rounds/sketch/schemas';
import { isSketchCategory, SKETCH_CATEGORY_NAMES } from '../../../shared/strokes/procedural/categories';
import type { SketchModels } from '../../ml/sketch-models';
import type { RoundContext } from '../server-round';

/** Which model draws `category`: the built-in one if it knows it, else a downloaded model of that name. */
export function modelFor(models: SketchModels, category: string): string | null {
  const builtIn = models.models.find((m) => m.name === BUILT_IN_SKETCH_MODEL);
  if (builtIn?.categories.includes(category)) return BUILT_IN_SKETCH_MODEL;
  return models.models.find((m) => !m.conditional && m.name === category)?.name ?? null;
}

export function categoryName(category: string): { en: string; ko: string } {
  if (isSketchCategory(category)) return SKETCH_CATEGORY_NAMES[category];
  const en = category.replaceAll('_', ' ');
  return { en, ko: en };
}

/**
 * One prompt per question, drawn without repeats from the host's categories (all of the built-in model's
 * when none are chosen); repeats only once every category has been used.
 */
export async function prepareSketch(config: SketchConfig, ctx: RoundContext): Promise<SketchQuestionData[]> {
  const models = ctx.models.sketch!;
  const pool = config.categories.length > 0 ? [...new Set(config.categories)] : [...(models.models.find((m) => m.name === BUILT_IN_SKETCH_MODEL)?.categories ?? [])];
  const unknown = pool.filter((c) => modelFor(models, c) === null);
  if (unknown.length > 0) throw new Error(`no sketch model for: ${unknown.join(', ')}`);
  if (pool.length === 0) throw new Error('no sketch categories');
  const rand = mulberry32(ctx.seed);
  const prompts: string[] = [];
  while (prompts.length < config.questions) prompts.push(...shuffled(pool, rand));
  return prompts.slice(0, config.questions).map((category) => ({ category, name: categoryName(category), model: modelFor(models, category)! }));
}
