/**
 * Wire protocol version. Bump it on any change that an older client could misread; the server refuses
 * joins from another version with PROTOCOL_TOO_OLD / PROTOCOL_TOO_NEW so nobody plays a half-working game.
 */
export const PROTOCOL_VERSION = 1;
