import type { RoomSink } from '../../server/rooms/sink';
import type { ServerEventName } from '../../shared/protocol';

export interface Delivered {
  to: string;
  event: ServerEventName;
  payload: any;
}

/** Records what a room sends, for tests to read back; `take` empties it (delivery on explicit flush). */
export class MemorySink implements RoomSink {
  private queue: Delivered[] = [];
  dropped: string[] = [];

  toRoom(event: ServerEventName, payload: unknown): void {
    this.queue.push({ to: 'room', event, payload });
  }
  toHost(event: ServerEventName, payload: unknown): void {
    this.queue.push({ to: 'host', event, payload });
  }
  toPlayer(playerId: string, event: ServerEventName, payload: unknown): void {
    this.queue.push({ to: playerId, event, payload });
  }
  dropPlayer(playerId: string): void {
    this.dropped.push(playerId);
  }

  take(): Delivered[] {
    const out = this.queue;
    this.queue = [];
    return out;
  }
}
