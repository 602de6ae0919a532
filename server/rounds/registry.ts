import type { RoundKind } from '../../shared/game/rounds/registry-schemas';
import { digitsServerRound } from './digits';
import { sketchServerRound } from './sketch';
import { realOrAiServerRound } from './real-or-ai';
import type { ServerRound } from './server-round';

/** The server half of every round kind. One line per kind. */
export const serverRounds: Record<RoundKind, ServerRound> = {
  digits: digitsServerRound,
  sketch: sketchServerRound,
  'real-or-ai': realOrAiServerRound,
};
