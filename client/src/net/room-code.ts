/**
 * Room codes as people type them. Codes are six characters from an alphabet without 0/O/1/I, so we do not
 * guess at look-alikes: we only uppercase, drop spaces and separators, and cap the length.
 */
export const ROOM_CODE_LENGTH = 6;

export function normaliseRoomCode(raw: string): string {
  return raw
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, ROOM_CODE_LENGTH);
}

export function isCompleteRoomCode(code: string): boolean {
  return /^[A-Z0-9]{6}$/.test(code);
}

/** The `?room=CODE` of a join link, normalised; null when absent or unusable. */
export function roomCodeFromSearch(search: string): string | null {
  const raw = new URLSearchParams(search).get('room');
  if (!raw) return null;
  const code = normaliseRoomCode(raw);
  return isCompleteRoomCode(code) ? code : null;
}
