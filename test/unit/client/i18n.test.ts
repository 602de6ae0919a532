import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/protocol/errors';
import { en } from '../../../client/src/i18n/en';
import { ko } from '../../../client/src/i18n/ko';
import { pickLang, translate, type MessageKey } from '../../../client/src/i18n/index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogs', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty strings', () => {
    for (const catalog of [en, ko] as Record<string, string>[]) {
      for (const [key, text] of Object.entries(catalog)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('use only placeholders the code fills (a translation may leave one out, never invent one)', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      for (const name of placeholders(ko[key])) expect(placeholders(en[key]), key).toContain(name);
    }
  });

  it('translate every protocol error code, and the client-side ones', () => {
    for (const code of [...ERROR_CODES, 'TIMEOUT', 'OFFLINE']) {
      expect(en, code).toHaveProperty(`error.${code}`);
      expect(ko, code).toHaveProperty(`error.${code}`);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(en, 'playerLobby.in', { name: '민준' })).toBe("You're in, 민준!");
    expect(translate(ko, 'playerLobby.in', { name: '민준' })).toBe('민준 님, 입장 완료!');
    expect(translate(en, 'playerLobby.in')).toBe("You're in, {name}!");
  });

  it.each([
    [null, 'ko-KR', 'ko'],
    [null, 'ko', 'ko'],
    [null, 'en-US', 'en'],
    [null, 'fr-FR', 'en'],
    [null, undefined, 'en'],
    ['en', 'ko-KR', 'en'],
    ['ko', 'en-US', 'ko'],
    ['xx', 'ko-KR', 'ko'],
  ] as const)('picks the language (stored %s, browser %s) -> %s', (stored, browser, expected) => {
    expect(pickLang(stored, browser)).toBe(expected);
  });
});
