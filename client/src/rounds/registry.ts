import type { PlaylistEntry } from '../../../shared/game/rounds/registry-schemas';
import { digitsRoundUi } from './digits/digits-round-ui';
import { realOrAiRoundUi } from './real-or-ai/real-or-ai-round-ui';
import type { RoundUi } from './round-ui';
import { sketchRoundUi } from './sketch/sketch-round-ui';

/** The client side of every round kind. One line per kind. */
const ROUND_UIS: { [K in PlaylistEntry['kind']]: RoundUi<Extract<PlaylistEntry, { kind: K }>> } = {
  digits: digitsRoundUi,
  sketch: sketchRoundUi,
  'real-or-ai': realOrAiRoundUi,
};

export function roundUiFor(entry: PlaylistEntry): RoundUi {
  return ROUND_UIS[entry.kind] as RoundUi;
}
