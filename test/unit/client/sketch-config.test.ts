import { describe, expect, it } from 'vitest';
import { playlistEntrySchema } from '../../../shared/game/rounds/registry-schemas';
import { DEFAULT_SKETCH_CONFIG } from '../../../shared/game/rounds/sketch/schemas';
import { parseCategories } from '../../../client/src/rounds/sketch/sketch-categories';
import {
  AI_STYLES,
  categoryGroups,
  clampPrompts,
  DRAW_TIMER_CHOICES,
  explicitBuiltIns,
  newSketchEntry,
  styleOf,
  toggleCategory,
  VOTE_TIMER_CHOICES,
  withCurrent,
  type SketchCategoryOption,
} from '../../../client/src/rounds/sketch/sketch-config';
import { sketchConfigSchema } from '../../../shared/game/rounds/sketch/schemas';

const option = (id: string, model = 'procedural', recognisable = true): SketchCategoryOption => ({ id, model, name: { en: id, ko: id }, recognisable });

describe('Sketch Duet config form defaults', () => {
  it('starts a new round from the shared defaults, valid for the server, without sharing arrays', () => {
    const entry = newSketchEntry();
    expect(entry.config).toEqual(DEFAULT_SKETCH_CONFIG);
    expect(playlistEntrySchema.safeParse(entry).success).toBe(true);
    expect(entry.config.categories).not.toBe(DEFAULT_SKETCH_CONFIG.categories);
  });

  it('offers only values the schema accepts', () => {
    for (const timerSec of DRAW_TIMER_CHOICES) expect(sketchConfigSchema.safeParse({ ...DEFAULT_SKETCH_CONFIG, timerSec }).success).toBe(true);
    for (const voteSec of VOTE_TIMER_CHOICES) expect(sketchConfigSchema.safeParse({ ...DEFAULT_SKETCH_CONFIG, voteSec }).success).toBe(true);
    for (const { temperature } of AI_STYLES) expect(sketchConfigSchema.safeParse({ ...DEFAULT_SKETCH_CONFIG, temperature }).success).toBe(true);
  });

  it('names the default temperature and leaves other values custom', () => {
    expect(styleOf(DEFAULT_SKETCH_CONFIG.temperature)).toBe('normal');
    expect(styleOf(0.15)).toBe('tidy');
    expect(styleOf(0.6)).toBe('wild');
    expect(styleOf(0.4)).toBeNull();
  });

  it('keeps a saved value that is not one of the choices', () => {
    expect(withCurrent([10, 20, null], 20)).toEqual([10, 20, null]);
    expect(withCurrent([10, 20, null], 25)).toEqual([10, 20, null, 25]);
  });

  it.each([
    ['3', 3],
    ['0', 1],
    ['11', 10],
    ['2.6', 3],
    ['', 1],
    ['x', 1],
  ])('clamps prompts %j to %i', (raw, expected) => expect(clampPrompts(raw)).toBe(expected));
});

describe('Sketch Duet categories', () => {
  it('refuses to untick the last category (empty would mean all built-in)', () => {
    expect(toggleCategory(['cat', 'sun'], 'cat', false)).toEqual(['sun']);
    expect(toggleCategory(['cat'], 'cat', false)).toBeNull();
    expect(toggleCategory(['cat'], 'bicycle', true)).toEqual(['cat', 'bicycle']);
    expect(toggleCategory(['cat'], 'cat', true)).toEqual(['cat']);
  });

  it('groups built-in and downloaded categories, once each, and keeps chosen ones no model draws', () => {
    const groups = categoryGroups([option('bicycle', 'bicycle', false), option('cat'), option('sun'), option('cat', 'cat', true)], ['sun', 'rocket']);
    expect(groups.builtIn.map((o) => o.id)).toEqual(['cat', 'sun']);
    expect(groups.downloaded.map((o) => o.id)).toEqual(['bicycle']);
    expect(groups.missing).toEqual(['rocket']);
    expect(explicitBuiltIns(groups)).toEqual(['cat', 'sun']);
  });

  it('reads the categories endpoint, and treats anything malformed as a failed load', () => {
    expect(parseCategories({ available: false, categories: [], problems: [] })).toEqual({ status: 'ok', available: false, categories: [], problems: [] });
    const parsed = parseCategories({
      available: true,
      categories: [{ id: 'cat', model: 'procedural', name: { en: 'cat face', ko: '고양이 얼굴' }, recognisable: true }, { id: 3 }],
      problems: ['x.gen.json: bad', 7],
    });
    expect(parsed).toEqual({
      status: 'ok',
      available: true,
      categories: [{ id: 'cat', model: 'procedural', name: { en: 'cat face', ko: '고양이 얼굴' }, recognisable: true }],
      problems: ['x.gen.json: bad'],
    });
    expect(parseCategories('<html>')).toEqual({ status: 'failed' });
    expect(parseCategories({ categories: [] })).toEqual({ status: 'failed' });
  });
});
