/**
 * Stable error codes answered through acks. Clients translate them (see client/src/i18n), so the codes,
 * not the messages, are the contract.
 */
export const ERROR_CODES = [
  'INVALID_PAYLOAD',
  'UNKNOWN_EVENT',
  'RATE_LIMITED',
  'PROTOCOL_TOO_OLD',
  'PROTOCOL_TOO_NEW',
  'ROOM_NOT_FOUND',
  'ROOM_LOCKED',
  'ROOM_FULL',
  'TOO_MANY_ROOMS',
  'NICKNAME_INVALID',
  'NICKNAME_BLOCKED',
  'NICKNAME_TAKEN',
  'SESSION_INVALID',
  'NOT_IN_ROOM',
  'NOT_HOST',
  'NOT_PLAYER',
  'WRONG_PHASE',
  'WRONG_QUESTION',
  'ALREADY_ANSWERED',
  'LOCKED_OUT',
  /** A vote for one's own entry, or for an entry that is not in the gallery. */
  'INVALID_VOTE',
  'TOO_LATE',
  'PLAYLIST_EMPTY',
  'PLAYER_NOT_FOUND',
  'MODEL_UNAVAILABLE',
  /** Real or AI?: the chosen deck is not installed here, or has no AI pictures. */
  'DECK_UNAVAILABLE',
  'OVERLOADED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ProtocolError {
  code: ErrorCode;
  /** English detail for logs and developers; players see the translated code. */
  message: string;
}

/** Every acknowledged event answers with exactly one of these. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ProtocolError };

export function fail(code: ErrorCode, message: string): { ok: false; error: ProtocolError } {
  return { ok: false, error: { code, message } };
}

export function ok<T>(data: T): { ok: true; data: T } {
  return { ok: true, data };
}
