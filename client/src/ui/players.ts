import type { PlayerView } from '../../../shared/protocol/index';
import type { AppState } from '../state/app-state';

export function myPlayer(state: AppState): PlayerView | undefined {
  const id = state.session?.playerId;
  return id ? state.view?.players.find((p) => p.id === id) : undefined;
}

export function nicknameOf(state: AppState, playerId: string): string {
  return state.view?.players.find((p) => p.id === playerId)?.nickname ?? '?';
}

/** Highest score first; ties share a rank (1, 2, 2, 4), so nobody is "behind" a friend on equal points. */
export function ranked(players: readonly PlayerView[]): { player: PlayerView; rank: number }[] {
  const sorted = [...players].sort((a, b) => b.score - a.score || a.nickname.localeCompare(b.nickname));
  let rank = 0;
  return sorted.map((player, i) => {
    if (i === 0 || player.score !== sorted[i - 1]!.score) rank = i + 1;
    return { player, rank };
  });
}
