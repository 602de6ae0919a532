import { describe, expect, it } from 'vitest';
import { encodeImage } from '../../../shared/game/rounds/digits/image-codec';
import { TIP_IDS } from '../../../shared/game/rounds/real-or-ai/schemas';
import { en } from '../../../client/src/i18n/en';
import { ko } from '../../../client/src/i18n/ko';
import { pickedId, sideForKey, sideOf } from '../../../client/src/rounds/real-or-ai/choice';
import { defaultDeckName, parseDecks, type DeckOption } from '../../../client/src/rounds/real-or-ai/deck-list';
import { base64ToRgba, pixelsToRgba } from '../../../client/src/rounds/real-or-ai/pixels';
import { percentOf, roomTally, sideFacts } from '../../../client/src/rounds/real-or-ai/reveal-tally';

const ID_A = 'AAAAAAAAAAAA';
const ID_B = 'BBBBBBBBBBBB';
const images: [{ id: string; pixels: string }, { id: string; pixels: string }] = [
  { id: ID_A, pixels: '' },
  { id: ID_B, pixels: '' },
];

describe('Real or AI? pixels to canvas', () => {
  it('widens grayscale bytes to opaque gray RGBA', () => {
    expect([...pixelsToRgba(Uint8Array.from([0, 128, 255, 7]), 2, 1)]).toEqual([0, 0, 0, 255, 128, 128, 128, 255, 255, 255, 255, 255, 7, 7, 7, 255]);
  });

  it('keeps interleaved RGB and adds alpha', () => {
    expect([...pixelsToRgba(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), 2, 3)]).toEqual([1, 2, 3, 255, 4, 5, 6, 255, 7, 8, 9, 255, 10, 11, 12, 255]);
  });

  it('reads a short image as black instead of throwing', () => {
    expect([...pixelsToRgba(Uint8Array.from([9]), 2, 1)]).toEqual([9, 9, 9, 255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 255]);
  });

  it('decodes the wire form (base64, as the server sends it)', () => {
    const bytes = Uint8Array.from({ length: 16 * 16 * 3 }, (_, i) => i % 256);
    const fromServer = Buffer.from(bytes).toString('base64');
    expect(fromServer).toBe(encodeImage(bytes));
    const rgba = base64ToRgba(fromServer, 16, 3);
    expect(rgba.length).toBe(16 * 16 * 4);
    expect([...rgba.slice(4, 8)]).toEqual([3, 4, 5, 255]);
  });
});

describe('Real or AI? choosing a side', () => {
  it.each([
    ['ArrowLeft', 0],
    ['ArrowRight', 1],
    ['ArrowUp', null],
    ['Enter', null],
    ['1', null],
  ] as const)('key %s picks %s', (key, side) => {
    expect(sideForKey(key)).toBe(side);
  });

  it('finds a choice id left or right, and nowhere else', () => {
    expect(sideOf(images, ID_A)).toBe(0);
    expect(sideOf(images, ID_B)).toBe(1);
    expect(sideOf(images, 'CCCCCCCCCCCC')).toBeNull();
    expect(sideOf(images, null)).toBeNull();
  });

  it('reads the pick from a Real or AI? judgement only', () => {
    expect(pickedId({ kind: 'real-or-ai', choiceId: ID_B })).toBe(ID_B);
    expect(pickedId(null)).toBeNull();
    expect(pickedId({ kind: 'sketch', entryId: 'e1', guess: null, probabilities: [], recognisability: null } as never)).toBeNull();
  });
});

describe('Real or AI? reveal numbers', () => {
  it('counts percentages of those who answered, 0 when nobody did', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBe(0);
    expect(roomTally({ correctCount: 3, answeredCount: 4, total: 6 })).toEqual({ pct: 75, correct: 3, answered: 4, total: 6 });
  });

  it('says, left then right, which is real and how many picked it', () => {
    expect(sideFacts({ realId: ID_B, picks: [{ id: ID_A, count: 1 }, { id: ID_B, count: 3 }] }, 4)).toEqual([
      { side: 0, id: ID_A, isReal: false, count: 1, pct: 25 },
      { side: 1, id: ID_B, isReal: true, count: 3, pct: 75 },
    ]);
  });
});

describe('Real or AI? deck list', () => {
  const deck = (name: string, extra: Partial<DeckOption> = {}) => ({
    name,
    title: { en: name, ko: name },
    subject: 'faces',
    side: 64,
    real: 10,
    generated: 30,
    levels: 3,
    credits: 'c',
    builtIn: false,
    ...extra,
  });

  it('reads the endpoint as the shared schema says', () => {
    const parsed = parseDecks({ decks: [deck('digits', { builtIn: true, subject: 'digits' }), deck('london')], problems: ['broken/deck.json: bad'], decksDir: '/srv/decks' });
    expect(parsed).toEqual({ status: 'ok', decks: [deck('digits', { builtIn: true, subject: 'digits' }), deck('london')], problems: ['broken/deck.json: bad'], decksDir: '/srv/decks' });
  });

  it('counts a malformed answer as a failed load', () => {
    expect(parseDecks(null)).toEqual({ status: 'failed' });
    expect(parseDecks({ decks: 'x' })).toEqual({ status: 'failed' });
    expect(parseDecks({ decks: [{ name: 'london' }], problems: [], decksDir: '' })).toEqual({ status: 'failed' });
  });

  it('defaults to the first playable non-built-in deck, else the built-in digits', () => {
    const digits = deck('digits', { builtIn: true }) as DeckOption;
    expect(defaultDeckName([digits])).toBe('digits');
    expect(defaultDeckName([])).toBe('digits');
    expect(defaultDeckName([digits, deck('untrained', { levels: 0 }) as DeckOption, deck('london') as DeckOption])).toBe('london');
  });
});

describe('Real or AI? tips', () => {
  it('every tip has a title and what to look for, in both languages', () => {
    for (const tip of TIP_IDS) {
      for (const catalog of [en, ko] as Record<string, string>[]) {
        expect(catalog[`roa.tip.${tip}`], tip).toBeTruthy();
        expect(catalog[`roa.tipLook.${tip}`], tip).toBeTruthy();
      }
    }
  });
});
