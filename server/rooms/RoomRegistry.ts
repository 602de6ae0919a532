import { createRoomState, type RoomTimings, DEFAULT_TIMINGS } from '../../shared/game/room-state';
import type { Clock } from '../clock';
import { newRoomCode, newToken } from './room-code';
import { RoomRuntime } from './RoomRuntime';
import type { RoomSink } from './sink';

/** Every live room by code. Rooms close when their host has been gone too long. */
export class RoomRegistry {
  private readonly rooms = new Map<string, RoomRuntime>();

  constructor(
    private readonly clock: Clock,
    private readonly makeSink: (code: string) => RoomSink,
    private readonly maxRooms: number,
    private readonly timings: RoomTimings = DEFAULT_TIMINGS,
  ) {}

  get size(): number {
    return this.rooms.size;
  }

  create(): RoomRuntime | null {
    if (this.rooms.size >= this.maxRooms) return null;
    const code = newRoomCode((c) => this.rooms.has(c));
    const state = createRoomState(code, newToken(), this.clock.now(), this.timings);
    const runtime = new RoomRuntime(state, this.clock, this.makeSink(code), (c) => this.rooms.delete(c));
    this.rooms.set(code, runtime);
    return runtime;
  }

  get(code: string): RoomRuntime | undefined {
    return this.rooms.get(code);
  }

  /** Grace periods are checked on a slow beat, not per room timer: precision of seconds is plenty. */
  sweep(): void {
    for (const room of [...this.rooms.values()]) {
      try {
        room.dispatch({ type: 'sweep' });
      } catch (error) {
        console.error(`[room ${room.code}] sweep failed:`, error);
      }
    }
  }

  closeAll(): void {
    for (const room of this.rooms.values()) room.dispose();
    this.rooms.clear();
  }
}
