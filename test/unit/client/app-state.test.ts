import { describe, expect, it } from 'vitest';
import type { RoomView } from '../../../shared/protocol/room-view';
import { initialState, remainingMs, screenFor, type AppState, type QuestionState } from '../../../client/src/state/app-state';
import { ranked } from '../../../client/src/ui/players';
import { SessionStore } from '../../../client/src/net/session-store';

const view = (phase: RoomView['phase'], questionId: string | null = null): RoomView => ({
  code: 'ABC234',
  phase,
  paused: false,
  locked: false,
  preparing: false,
  hostConnected: true,
  players: [],
  aiScore: null,
  playlist: [],
  round: null,
  question: questionId ? { index: 0, count: 1, id: questionId, remainingMs: null } : null,
  autoAdvanceMs: null,
});

const inRoom = (role: 'host' | 'player', v: RoomView, extra: Partial<AppState> = {}): AppState => ({
  ...initialState({ screen: 'home' }),
  session: { code: 'ABC234', role, token: 't'.repeat(20), playerId: role === 'player' ? 'p1' : null },
  view: v,
  ...extra,
});

describe('screenFor', () => {
  it('shows home or join before a room', () => {
    expect(screenFor(initialState({ screen: 'home' }))).toBe('Home');
    expect(screenFor(initialState({ screen: 'join', code: 'ABC234' }))).toBe('Join');
  });

  it('waits while resuming, and closed wins over everything', () => {
    expect(screenFor({ ...initialState({ screen: 'home' }), resuming: true })).toBe('Resuming');
    expect(screenFor(inRoom('player', view('question'), { closed: 'kicked' }))).toBe('Closed');
  });

  it('splits the lobby by role', () => {
    expect(screenFor(inRoom('host', view('lobby')))).toBe('HostLobby');
    expect(screenFor(inRoom('player', view('lobby')))).toBe('PlayerLobby');
  });

  it('keeps the question on screen until the reveal for this question arrives', () => {
    expect(screenFor(inRoom('player', view('reveal', 'q2')))).toBe('Question');
    const stale = { questionId: 'q1' } as AppState['reveal'];
    expect(screenFor(inRoom('player', view('reveal', 'q2'), { reveal: stale }))).toBe('Question');
    const fresh = { questionId: 'q2' } as AppState['reveal'];
    expect(screenFor(inRoom('player', view('reveal', 'q2'), { reveal: fresh }))).toBe('Reveal');
  });

  it.each([
    ['intro', 'Intro'],
    ['leaderboard', 'Leaderboard'],
    ['podium', 'Podium'],
  ] as const)('%s -> %s', (phase, screen) => {
    expect(screenFor(inRoom('host', view(phase)))).toBe(screen);
  });
});

describe('remainingMs', () => {
  const q = { deadlineAt: 10_000 } as QuestionState;
  it('counts down to zero and never below', () => {
    expect(remainingMs(q, 4_000, null)).toBe(6_000);
    expect(remainingMs(q, 12_000, null)).toBe(0);
  });
  it('freezes while paused, and is null without a timer', () => {
    expect(remainingMs(q, 9_000, 5_000)).toBe(5_000);
    expect(remainingMs({ deadlineAt: null } as QuestionState, 0, null)).toBeNull();
  });
});

describe('ranked', () => {
  it('ranks by score with shared ranks for ties', () => {
    const players = [
      { id: 'a', nickname: 'A', score: 10, connected: true },
      { id: 'b', nickname: 'B', score: 30, connected: true },
      { id: 'c', nickname: 'C', score: 10, connected: true },
      { id: 'd', nickname: 'D', score: 5, connected: true },
    ];
    expect(ranked(players).map((r) => [r.player.id, r.rank])).toEqual([['b', 1], ['a', 2], ['c', 2], ['d', 4]]);
  });
});

describe('SessionStore', () => {
  const memory = () => {
    const map = new Map<string, string>();
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
  };

  it('remembers a seat per room and the last room', () => {
    const store = new SessionStore(memory());
    store.save('ABC234', { role: 'player', token: 'tok', playerId: 'p1' });
    store.save('XYZ789', { role: 'host', token: 'host', joinUrl: 'http://x/?room=XYZ789' });
    expect(store.load('ABC234')).toEqual({ role: 'player', token: 'tok', playerId: 'p1' });
    expect(store.load('XYZ789')).toEqual({ role: 'host', token: 'host', joinUrl: 'http://x/?room=XYZ789' });
    expect(store.lastRoom()).toBe('XYZ789');
    store.forget('XYZ789');
    expect(store.load('XYZ789')).toBeNull();
    expect(store.lastRoom()).toBeNull();
  });

  it('treats damaged entries and a broken storage as no seat', () => {
    const storage = memory();
    storage.setItem('neural-arcade:session:ABC234', '{not json');
    expect(new SessionStore(storage).load('ABC234')).toBeNull();
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => undefined };
    const store = new SessionStore(broken);
    expect(() => store.save('ABC234', { role: 'host', token: 't' })).not.toThrow();
    expect(store.load('ABC234')).toBeNull();
  });
});
