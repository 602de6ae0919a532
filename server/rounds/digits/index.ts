import type { DigitsQuestionData } from '../../../shared/game/rounds/digits/rules';
import type { DigitsConfig } from '../../../shared/game/rounds/digits/schemas';
import type { ServerRound } from '../server-round';
import { judgeDigits } from './judge-digits';
import { prepareDigits } from './prepare-digits';

export const digitsServerRound: ServerRound<DigitsConfig, DigitsQuestionData> = {
  prepare: prepareDigits,
  judge: judgeDigits,
  requires: (config) => (config.variant === 'reveal' ? ['digits', 'digitPool'] : ['digits']),
};
