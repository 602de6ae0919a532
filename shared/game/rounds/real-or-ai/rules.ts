import type { AnswerSummary, RoundRules } from '../../round-rules';
import { speedPoints } from '../../scoring';
import type { RealOrAiConfig, RealOrAiQuestionView, RealOrAiRevealView } from './schemas';

/** Speed is measured against this window when the host turns the timer off. */
const UNTIMED_WINDOW_MS = 20_000;

/** One prepared question: what players see now, and what only the reveal may tell. */
export interface RealOrAiQuestionData {
  view: RealOrAiQuestionView;
  realId: string;
  generatedId: string;
  reveal: Pick<RealOrAiRevealView, 'tips' | 'generator' | 'realCredit'>;
}

export const realOrAiRules: RoundRules<RealOrAiConfig, RealOrAiQuestionData> = {
  deadlineMs: (config) => (config.timerSec === null ? null : config.timerSec * 1000),
  speedWindowMs: (config) => (config.timerSec === null ? UNTIMED_WINDOW_MS : config.timerSec * 1000),
  autoAdvance: (config) => config.timerSec !== null,
  answerType: () => 'pick',
  maxAttempts: () => 1,
  // Right or wrong is told only at the reveal: a player told at once could tell a neighbour which is real.
  sealed: true,

  checkAnswer: (_config, data, answer) =>
    answer.type === 'pick' && data.view.images.some((image) => image.id === answer.choiceId) ? null : 'no such image in this question',

  view: (_config, data) => data.view,
  timeline: () => [],
  ai: () => null,
  score: ({ config, elapsedMs, windowMs }) => speedPoints(elapsedMs, windowMs, config.speedScoring),

  reveal: (_config, data, answers) => {
    const pickOf = (j: AnswerSummary['judgement']) => (j && 'kind' in j && j.kind === 'real-or-ai' ? j.choiceId : null);
    const count = (id: string) => answers.filter((a) => pickOf(a.judgement) === id).length;
    return {
      kind: 'real-or-ai',
      realId: data.realId,
      generatedId: data.generatedId,
      picks: data.view.images.map(({ id }) => ({ id, count: count(id) })),
      ...data.reveal,
    };
  },
};
