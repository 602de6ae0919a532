import type { Verdict } from '../../../shared/game/round-rules';
import { argmax } from '../../../shared/game/rounds/digits/ai-player';
import { encodeImage, fromUnitFloats } from '../../../shared/game/rounds/digits/image-codec';
import type { DigitsQuestionData } from '../../../shared/game/rounds/digits/rules';
import type { DigitsConfig, Difficulty } from '../../../shared/game/rounds/digits/schemas';
import type { Answer } from '../../../shared/game/rounds/registry-schemas';
import { strokesToMnist } from '../../../shared/models/digits/preprocess';
import type { GameModels } from '../../ml/game-models';

/**
 * A drawing counts as the prompted digit when that is the CNN's top class with at least this probability:
 * on "hard" the AI is a pickier reader, so a sloppy digit needs another try.
 */
export const RECOGNISED_MIN_PROBABILITY: Record<Difficulty, number> = { easy: 0.4, medium: 0.6, hard: 0.85 };

/**
 * The server's verdict. For a drawing it re-runs the shared preprocessing and the CNN on the submitted
 * strokes: whatever the browser showed the player was only a preview.
 */
export async function judgeDigits(
  data: DigitsQuestionData,
  config: DigitsConfig,
  answer: Answer,
  models: GameModels,
): Promise<Verdict> {
  if (data.variant === 'reveal') {
    if (answer.type !== 'digit') throw new Error('reveal race takes a digit');
    return { correct: answer.digit === data.digit, answerText: String(answer.digit), judgement: null };
  }
  if (answer.type !== 'drawing') throw new Error('draw race takes a drawing');
  const input = strokesToMnist(answer.strokes);
  const hasInk = input.some((v) => v > 0);
  const [probabilities = []] = await models.digits!.classify([input]);
  const guess = argmax(probabilities);
  const recognised = hasInk && guess === data.prompt && (probabilities[guess] ?? 0) >= RECOGNISED_MIN_PROBABILITY[config.difficulty];
  return {
    correct: recognised,
    answerText: `drew ${guess} (${Math.round((probabilities[guess] ?? 0) * 100)}%)`,
    judgement: {
      input: encodeImage(fromUnitFloats(input)),
      probabilities: probabilities.map((p) => Math.round(p * 1e4) / 1e4),
      guess,
      recognised,
    },
  };
}
