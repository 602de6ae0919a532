/**
 * Who this browser is in a room, kept in localStorage so a refresh or a dropped Wi-Fi can take the seat back
 * with `room:resume`. One entry per room code, plus a pointer to the last room.
 */
export type StoredSession =
  | { role: 'host'; token: string; joinUrl?: string }
  | { role: 'player'; token: string; playerId: string };

const PREFIX = 'neural-arcade:session:';
const LAST_ROOM = 'neural-arcade:last-room';

/** The slice of Storage we need, so tests can pass a Map-backed fake. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export class SessionStore {
  constructor(private readonly storage: KeyValueStore) {}

  save(code: string, session: StoredSession): void {
    this.safely(() => {
      this.storage.setItem(PREFIX + code, JSON.stringify(session));
      this.storage.setItem(LAST_ROOM, code);
    });
  }

  load(code: string): StoredSession | null {
    const raw = this.safely(() => this.storage.getItem(PREFIX + code));
    if (!raw) return null;
    try {
      const parsed = JSON.parse(raw) as Partial<StoredSession>;
      if (typeof parsed.token !== 'string') return null;
      if (parsed.role === 'host') {
        const joinUrl = (parsed as { joinUrl?: unknown }).joinUrl;
        return typeof joinUrl === 'string' ? { role: 'host', token: parsed.token, joinUrl } : { role: 'host', token: parsed.token };
      }
      if (parsed.role === 'player' && typeof parsed.playerId === 'string') {
        return { role: 'player', token: parsed.token, playerId: parsed.playerId };
      }
    } catch {
      // A damaged entry is as good as none.
    }
    return null;
  }

  forget(code: string): void {
    this.safely(() => {
      this.storage.removeItem(PREFIX + code);
      if (this.storage.getItem(LAST_ROOM) === code) this.storage.removeItem(LAST_ROOM);
    });
  }

  lastRoom(): string | null {
    return this.safely(() => this.storage.getItem(LAST_ROOM)) ?? null;
  }

  /** Private browsing and full quotas throw; the game still works, it just cannot resume after a refresh. */
  private safely<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch {
      return undefined;
    }
  }
}
