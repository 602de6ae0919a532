import { randomBytes, randomInt } from 'node:crypto';

/** Letters and digits a child can read off a projector: no 0/O, 1/I/L, and no U/V or 5/S look-alikes. */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRTWXYZ2346789';
export const ROOM_CODE_LENGTH = 6;

export function newRoomCode(taken: (code: string) => boolean): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)];
    if (!taken(code)) return code;
  }
}

/** Session tokens are bearer secrets: 144 random bits. */
export function newToken(): string {
  return randomBytes(18).toString('base64url');
}

export function newPlayerId(): string {
  return 'p_' + randomBytes(6).toString('base64url');
}
