/**
 * `t(key, params)` over two catalogs. The language defaults to the browser's and is remembered; changing it
 * notifies listeners so the current scene re-renders. Pure apart from optional storage, so tests run in Node.
 */
import { en, type MessageKey } from './en';
import { ko } from './ko';
import type { ClientErrorCode } from '../net/game-client';

export type Lang = 'ko' | 'en';
export type { MessageKey };
export const LANGS: readonly Lang[] = ['ko', 'en'];
export const catalogs: Record<Lang, Record<MessageKey, string>> = { en, ko };

const STORAGE_KEY = 'neural-arcade:lang';
let lang: Lang = 'en';
const listeners = new Set<(lang: Lang) => void>();

export function pickLang(stored: string | null, navigatorLang: string | undefined): Lang {
  if (stored === 'ko' || stored === 'en') return stored;
  return navigatorLang?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function initLang(): Lang {
  let stored: string | null = null;
  try {
    stored = globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    // Storage can be blocked; the browser language still decides.
  }
  lang = pickLang(stored, globalThis.navigator?.language);
  applyDocumentLang();
  return lang;
}

export function getLang(): Lang {
  return lang;
}

export function setLang(next: Lang): void {
  if (next === lang) return;
  lang = next;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered, but switched.
  }
  applyDocumentLang();
  for (const listener of [...listeners]) listener(next);
}

export function onLangChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type Params = Record<string, string | number>;

/** `{name}` placeholders are replaced by params; a missing param stays visible rather than vanishing. */
export function translate(catalog: Record<MessageKey, string>, key: MessageKey, params?: Params): string {
  const template = catalog[key] ?? en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function t(key: MessageKey, params?: Params): string {
  return translate(catalogs[lang], key, params);
}

export function errorText(code: ClientErrorCode): string {
  return t(`error.${code}` as MessageKey);
}

function applyDocumentLang(): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
