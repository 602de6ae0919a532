import type { ServerPayload } from '../protocol/server-events';
import { phaseDurationMs } from './phase-transitions';
import type { Current } from './question-flow';
import { phaseElapsed, type RoomState } from './room-state';

/**
 * The vote phase of rounds whose players vote on each other's answers: the gallery message, who still has
 * to vote, and the tally. The ballot lives in GameState from the moment the question ends.
 */

/** The gallery; `playerId` adds that player's own entry and vote (for a catch-up). */
export function ballotMessage(state: RoomState, cur: Current, now: number, playerId: string | null): ServerPayload<'round:ballot'> {
  const ballot = cur.game.ballot!;
  const duration = phaseDurationMs(state);
  return {
    questionId: ballot.questionId,
    remainingMs: duration === null ? null : Math.max(0, Math.round(duration - phaseElapsed(state, now))),
    entries: ballot.entries.map(({ entryId, view }) => ({ entryId, view })),
    ...(playerId
      ? {
          mine: {
            entryId: ballot.entries.find((e) => e.playerId === playerId)?.entryId ?? null,
            votedFor: ballot.votes.get(playerId) ?? null,
          },
        }
      : {}),
  };
}

/** Who can vote: connected players with at least one entry that is not their own. */
export function voteProgress(state: RoomState, cur: Current): { answered: number; total: number } {
  const ballot = cur.game.ballot;
  let answered = 0;
  let total = 0;
  if (!ballot) return { answered, total };
  for (const player of state.players.values()) {
    if (!player.connected || !ballot.entries.some((e) => e.playerId !== player.id)) continue;
    total++;
    if (ballot.votes.has(player.id)) answered++;
  }
  return { answered, total };
}

/** Votes per player's entry in the current ballot. */
export function voteCounts(cur: Current): Map<string, number> {
  const counts = new Map<string, number>();
  const ballot = cur.game.ballot;
  if (!ballot) return counts;
  const ownerOf = new Map(ballot.entries.map((e) => [e.entryId, e.playerId]));
  for (const entryId of ballot.votes.values()) {
    const owner = ownerOf.get(entryId);
    if (owner) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  }
  return counts;
}
