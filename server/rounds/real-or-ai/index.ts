import type { RealOrAiQuestionData } from '../../../shared/game/rounds/real-or-ai/rules';
import type { RealOrAiConfig } from '../../../shared/game/rounds/real-or-ai/schemas';
import type { ServerRound } from '../server-round';
import { prepareRealOrAi, realOrAiProblem } from './prepare-real-or-ai';

export const realOrAiServerRound: ServerRound<RealOrAiConfig, RealOrAiQuestionData> = {
  prepare: prepareRealOrAi,
  // The server's verdict is a comparison with the id it kept back; the pick itself is all the player is told.
  judge: async (data, _config, answer) => {
    if (answer.type !== 'pick') throw new Error('Real or AI? takes a pick');
    const correct = answer.choiceId === data.realId;
    // For the results file (host only): what was picked, and against which GAN level.
    const { level, levels, checkpoint } = data.reveal.generator;
    const answerText = `${correct ? 'picked the real one' : "picked the AI's"} (AI level ${level}/${levels}, ${checkpoint})`;
    return { correct, answerText, judgement: { kind: 'real-or-ai', choiceId: answer.choiceId } };
  },
  requires: () => ['decks'],
  problem: realOrAiProblem,
};
