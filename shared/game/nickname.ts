/**
 * Nickname rules, shared so the join form can say what is wrong before the server does.
 * Hangul and other letters are welcome; control characters, markup and look-alike tricks are not.
 */
export const NICKNAME_MAX = 16;

/** A small list, on purpose: it catches the obvious in a classroom without pretending to be a filter. */
const BLOCKED = [
  'fuck', 'shit', 'bitch', 'cunt', 'dick', 'pussy', 'nigger', 'nigga', 'faggot', 'retard', 'whore', 'slut',
  'admin', 'host', 'teacher',
  '시발', '씨발', '씨팔', '시팔', '병신', '븅신', '좆', '존나', '개새끼', '새끼', '미친놈', '미친년', '지랄',
  '엿먹어', '꺼져', '닥쳐', '애미', '느금', '선생님',
];

export type NicknameProblem = 'NICKNAME_INVALID' | 'NICKNAME_BLOCKED';

/** NFC + trimmed + inner spaces collapsed: the form we store and compare. */
export function normaliseNickname(raw: string): string {
  return raw.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** Case-folded, spaces and separators dropped: "Min Jun" and "minjun" are the same player to a class. */
export function nicknameKey(nickname: string): string {
  return normaliseNickname(nickname).toLowerCase().replace(/[\s._-]/g, '');
}

const ALLOWED = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} ._-]*$/u;

export function checkNickname(raw: string): NicknameProblem | null {
  const name = normaliseNickname(raw);
  if (name.length < 1 || [...name].length > NICKNAME_MAX || !ALLOWED.test(name)) return 'NICKNAME_INVALID';
  const key = nicknameKey(name);
  if (BLOCKED.some((word) => key.includes(word))) return 'NICKNAME_BLOCKED';
  return null;
}
