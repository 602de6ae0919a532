import { describe, expect, it } from 'vitest';
import { isCompleteRoomCode, normaliseRoomCode, roomCodeFromSearch } from '../../../client/src/net/room-code';

describe('room code input', () => {
  it.each([
    ['abc234', 'ABC234'],
    [' ab c 2 3 4 ', 'ABC234'],
    ['ab-c2-34', 'ABC234'],
    ['ABC2345678', 'ABC234'],
    ['가abc', 'ABC'],
    ['', ''],
  ])('normalises %j to %j', (raw, expected) => {
    expect(normaliseRoomCode(raw)).toBe(expected);
  });

  it('knows a complete code', () => {
    expect(isCompleteRoomCode('ABC234')).toBe(true);
    expect(isCompleteRoomCode('ABC23')).toBe(false);
    expect(isCompleteRoomCode('abc234')).toBe(false);
  });

  it('reads ?room= from a join link', () => {
    expect(roomCodeFromSearch('?room=abc234')).toBe('ABC234');
    expect(roomCodeFromSearch('?room=AB')).toBeNull();
    expect(roomCodeFromSearch('?other=1')).toBeNull();
    expect(roomCodeFromSearch('')).toBeNull();
  });
});
