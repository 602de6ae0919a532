import { catchUp, projectView } from '../../shared/game/project-view';
import { send, type Effect, type Send, type StepResult } from '../../shared/game/effects';
import type { RoomEvent } from '../../shared/game/room-events';
import { step } from '../../shared/game/room-machine';
import type { RoomState } from '../../shared/game/room-state';
import type { Clock } from '../clock';
import type { RoomSink } from './sink';

/** Roster changes and answer counts are broadcast at most this often; phase changes go out at once. */
export const VIEW_COALESCE_MS = 50;
export const PROGRESS_COALESCE_MS = 100;

/**
 * One live room: owns its state, feeds events through the pure phase machine and carries out the effects
 * with a clock and a sink. All of a room's events pass through `dispatch`, one at a time.
 */
export class RoomRuntime {
  private cancelWake: (() => void) | null = null;
  private cancelViewFlush: (() => void) | null = null;
  private lastViewSeq = -1;
  /** The latest answer count not yet sent: in a burst of answers only the newest matters. */
  private pendingProgress: Send | null = null;
  private cancelProgressFlush: (() => void) | null = null;
  /** Live messages waiting for their turn (see publish). */
  private readonly published: Send[] = [];

  constructor(
    readonly state: RoomState,
    private readonly clock: Clock,
    private readonly sink: RoomSink,
    private readonly onClose: (code: string) => void,
  ) {}

  get code(): string {
    return this.state.code;
  }

  dispatch(event: RoomEvent): StepResult {
    const result = step(this.state, event, this.clock.now());
    this.run(result.effects);
    return result;
  }

  /** A timer has no caller to answer: a failure is logged and the room carries on. */
  private dispatchFromTimer(event: RoomEvent): void {
    try {
      this.dispatch(event);
    } catch (error) {
      console.error(`[room ${this.code}] ${event.type} failed:`, error);
    }
  }

  /** Everything a socket that just (re)joined needs: the room view, then where the game is. */
  catchUp(playerId: string | null): Send[] {
    const now = this.clock.now();
    const to = playerId ? { playerId } : { host: true as const };
    return [send(to, 'room:state', projectView(this.state, now)), ...catchUp(this.state, playerId, now)];
  }

  /**
   * A message from outside the phase machine (a duet being drawn while it is judged). These come in bursts
   * (a class submitting at once: hundreds of strokes, each a write to every socket), so they are sent one
   * per turn of the event loop, in order: a burst never holds the loop for long, and timers and other
   * rooms' messages get their turn in between.
   */
  publish(message: Send): void {
    this.published.push(message);
    if (this.published.length === 1) setImmediate(() => this.sendPublished());
  }

  private sendPublished(): void {
    const message = this.published.shift();
    if (!message) return;
    try {
      this.deliver(message);
    } catch (error) {
      console.error(`[room ${this.code}] publish failed:`, error);
    }
    if (this.published.length > 0) setImmediate(() => this.sendPublished());
  }

  dispose(): void {
    this.published.length = 0;
    this.cancelWake?.();
    this.cancelViewFlush?.();
    this.cancelProgressFlush?.();
    this.cancelWake = this.cancelViewFlush = this.cancelProgressFlush = null;
  }

  private run(effects: Effect[]): void {
    for (const effect of effects) {
      switch (effect.type) {
        case 'send':
          if (effect.event === 'round:progress') this.deliverProgress(effect);
          else this.deliver(effect);
          break;
        case 'view':
          this.requestView();
          break;
        case 'wake':
          this.cancelWake?.();
          this.cancelWake = this.clock.setTimer(effect.at, () => this.dispatchFromTimer({ type: 'wake', seq: effect.seq }));
          break;
        case 'drop':
          this.sink.dropPlayer(effect.playerId);
          break;
        case 'close':
          this.dispose();
          this.onClose(this.code);
          break;
      }
    }
  }

  private deliver(message: Send): void {
    // Send pairs each event with its payload where it is built; routing needs only the target.
    const { to, event, payload } = message as unknown as { to: Send["to"]; event: Send["event"]; payload: never };
    if ('room' in to) this.sink.toRoom(event, payload);
    else if ('host' in to) this.sink.toHost(event, payload);
    else this.sink.toPlayer(to.playerId, event, payload);
  }

  private deliverProgress(message: Send): void {
    this.pendingProgress = message;
    if (this.cancelProgressFlush) return;
    this.cancelProgressFlush = this.clock.setTimer(this.clock.now() + PROGRESS_COALESCE_MS, () => {
      this.cancelProgressFlush = null;
      const latest = this.pendingProgress;
      this.pendingProgress = null;
      // A count that would arrive after the reveal is stale: the reveal has the final numbers.
      if (latest && (this.state.phase === 'question' || this.state.phase === 'vote')) this.deliver(latest);
    });
  }

  /** A new phase is shown at once (before the messages of that phase); roster churn is batched. */
  private requestView(): void {
    if (this.state.seq !== this.lastViewSeq) {
      this.flushView();
      return;
    }
    if (this.cancelViewFlush) return;
    this.cancelViewFlush = this.clock.setTimer(this.clock.now() + VIEW_COALESCE_MS, () => {
      try {
        this.flushView();
      } catch (error) {
        console.error(`[room ${this.code}] view failed:`, error);
      }
    });
  }

  private flushView(): void {
    this.cancelViewFlush?.();
    this.cancelViewFlush = null;
    this.lastViewSeq = this.state.seq;
    this.sink.toRoom('room:state', projectView(this.state, this.clock.now()));
  }
}
