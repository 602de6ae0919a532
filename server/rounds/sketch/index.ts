import type { SketchQuestionData } from '../../../shared/game/rounds/sketch/rules';
import type { SketchConfig } from '../../../shared/game/rounds/sketch/schemas';
import type { ServerRound } from '../server-round';
import { discardSketch, judgeSketch } from './judge-sketch';
import { prepareSketch } from './prepare-sketch';

export const sketchServerRound: ServerRound<SketchConfig, SketchQuestionData> = {
  prepare: prepareSketch,
  judge: judgeSketch,
  discard: discardSketch,
  requires: () => ['sketch'],
};
