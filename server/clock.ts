/** Time for the rooms, injected so tests can run a whole game without waiting. */
export interface Clock {
  now(): number;
  /** Run `fn` at clock time `at` (or soon after); returns a cancel function. */
  setTimer(at: number, fn: () => void): () => void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  setTimer: (at, fn) => {
    const handle = setTimeout(fn, Math.max(0, at - Date.now()));
    return () => clearTimeout(handle);
  },
};
