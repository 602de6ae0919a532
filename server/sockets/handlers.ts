import type { HandlerTable } from './edge';
import { hostHandlers } from './host-handlers';
import { roomHandlers } from './room-handlers';
import { roundHandlers } from './round-handlers';

/** Every client event's handler, in one table the edge dispatches through. */
export const handlers: HandlerTable = { ...roomHandlers, ...hostHandlers, ...roundHandlers };
