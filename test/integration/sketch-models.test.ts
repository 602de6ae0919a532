/**
 * The server's sketch models in their real worker thread: the built-in model and a downloaded one load
 * side by side (a broken download is reported, not fatal), completions stream their strokes in order,
 * bad requests are refused with a reason, and closing settles everything still owed.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSketchModels, type SketchModels } from '../../server/ml/sketch-models';
import { BUILT_IN_SKETCH_MODEL } from '../../shared/game/rounds/sketch/schemas';
import { SKETCH_CATEGORIES } from '../../shared/strokes/procedural/categories';
import { generateSketchForSeed } from '../../shared/strokes/procedural/generate';
import { tinyGenJsonText } from '../unit/models/sketch/magenta-fixture';

let models: SketchModels;

beforeAll(async () => {
  const magentaDir = await mkdtemp(join(tmpdir(), 'magenta-'));
  await writeFile(join(magentaDir, 'kite.gen.json'), tinyGenJsonText(5, 'kite'));
  await writeFile(join(magentaDir, 'broken.gen.json'), '[{"mode":2}');
  models = await createSketchModels({ magentaDir });
}, 60_000);
afterAll(async () => {
  await models?.close();
});

const request = (extra: Partial<Parameters<SketchModels['complete']>[0]> = {}) => ({
  model: BUILT_IN_SKETCH_MODEL,
  category: 'house',
  opening: generateSketchForSeed('house', 77).slice(0, 1),
  temperature: 0.25,
  maxSteps: 100,
  seed: 1,
  ...extra,
});

describe('sketch models in the worker', () => {
  it('lists the built-in model first, then downloaded ones, and reports the broken file', () => {
    expect(models.models[0]).toEqual({ name: BUILT_IN_SKETCH_MODEL, categories: [...SKETCH_CATEGORIES], conditional: true });
    expect(models.models.find((m) => m.name === 'kite')).toEqual({ name: 'kite', categories: ['kite'], conditional: false });
    expect(models.problems.join('\n')).toMatch(/broken\.gen\.json/);
    expect(models.classifierCategories).toEqual([...SKETCH_CATEGORIES]);
  });

  it('streams each stroke before the completion resolves, and is deterministic for a seed', async () => {
    const streamed: unknown[] = [];
    const completion = await models.complete(request(), (stroke) => streamed.push(stroke));
    expect(streamed).toEqual(completion);
    expect(completion.flat().length).toBeLessThanOrEqual(100);
    expect(await models.complete(request())).toEqual(completion);
  });

  it('draws with a downloaded, unconditional model', async () => {
    const completion = await models.complete(request({ model: 'kite', category: 'kite', maxSteps: 10 }));
    expect(completion.flat().length).toBeLessThanOrEqual(10);
    completion.flat().flat().forEach((v) => expect(Number.isFinite(v)).toBe(true));
  });

  it('refuses an unknown model or category with a reason, and keeps working', async () => {
    await expect(models.complete(request({ model: 'zebra' }))).rejects.toThrow(/no sketch model "zebra"/);
    await expect(models.complete(request({ category: 'zebra' }))).rejects.toThrow(/no category "zebra"/);
    const [probabilities] = await models.classify([generateSketchForSeed('house', 3)]);
    expect(probabilities).toHaveLength(SKETCH_CATEGORIES.length);
    expect(probabilities!.reduce((a, b) => a + b)).toBeCloseTo(1, 3);
  });

  it('takes many requests at once and answers each', async () => {
    const all = await Promise.all(SKETCH_CATEGORIES.map((category, i) => models.complete(request({ category, seed: i, opening: generateSketchForSeed(category, i).slice(0, 1) }))));
    expect(all).toHaveLength(SKETCH_CATEGORIES.length);
  });
});

describe('closing', () => {
  it('rejects what is still owed and everything after', async () => {
    const own = await createSketchModels({ magentaDir: join(tmpdir(), 'does-not-exist') });
    const owed = expect(own.complete(request())).rejects.toThrow(/CLOSED/);
    await own.close();
    await owed;
    await expect(own.classify([[[[0, 0], [1, 1]]]])).rejects.toThrow(/CLOSED/);
  }, 60_000);
});
