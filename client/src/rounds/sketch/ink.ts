/**
 * Ink: the few strokes a player may draw before the AI takes over. Pure, so the rules of the meter are
 * unit-tested; ink-meter.ts shows them.
 */

/** Strokes still allowed, never below zero. */
export function inkLeft(strokesDrawn: number, inkStrokes: number): number {
  return Math.max(0, inkStrokes - strokesDrawn);
}

/** The pad takes no new stroke once the ink is used up (a stroke being drawn is already counted). */
export function isOutOfInk(strokesDrawn: number, inkStrokes: number): boolean {
  return strokesDrawn >= inkStrokes;
}

/** The meter's drops, one per stroke of ink: true while still unused. */
export function inkDrops(strokesDrawn: number, inkStrokes: number): boolean[] {
  return Array.from({ length: Math.max(0, inkStrokes) }, (_, i) => i >= strokesDrawn);
}

/**
 * Whether to send what is drawn because time is nearly up: the timer runs, is not paused, is inside the
 * last `marginMs`, and there is something to send. The margin leaves time for the request to arrive before
 * the server's deadline.
 */
export function shouldAutoSubmit(remainingMs: number | null, paused: boolean, strokesDrawn: number, marginMs: number): boolean {
  return remainingMs !== null && !paused && strokesDrawn > 0 && remainingMs <= marginMs;
}
