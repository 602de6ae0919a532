/**
 * The teaching moment after each question. Reveal race: the answer, the clean image, when the AI buzzed
 * and how its belief grew frame by frame. Draw race: the fastest recognised drawings exactly as the model
 * saw them (28x28) with its probabilities: "what the model sees and why it decided".
 */
import type { DigitsRevealView } from '../../../../shared/game/rounds/digits/schemas';
import { t } from '../../i18n/index';
import type { AppState, Reveal } from '../../state/app-state';
import { h } from '../../ui/dom';
import { nicknameOf } from '../../ui/players';
import { beliefChart } from './belief-chart';
import { mnistCanvas, paintMnist } from './mnist-canvas';
import { createProbBars, percent } from './prob-bars';
import { withIcon } from '../../ui/icons';

export function digitsRevealView(state: AppState): HTMLElement {
  const reveal = state.reveal!;
  const view = reveal.view as DigitsRevealView;
  const body = view.variant === 'reveal' ? revealRace(view) : drawRace(view, state);
  return h('div', { className: 'digits-reveal' }, body, roomLine(reveal), mineLine(state, reveal));
}

function revealRace(view: Extract<DigitsRevealView, { variant: 'reveal' }>): HTMLElement {
  const image = mnistCanvas('mnist-large', t('result.answer', { digit: view.answer }), 'reveal-image');
  paintMnist(image, view.image);
  const ai = view.ai;
  const aiLine =
    ai.digit === null
      ? t('result.aiNever')
      : `${t('result.aiSaid', { digit: ai.digit, frame: (ai.frameIndex ?? 0) + 1 })} · ${t(ai.correct ? 'result.aiRight' : 'result.aiWrong')}`;
  return h(
    'div',
    { className: 'reveal-grid' },
    h('div', { className: 'stack center' }, h('h1', { className: 'answer-big', 'data-testid': 'reveal-answer', text: t('result.answer', { digit: view.answer }) }), image),
    h('div', { className: 'stack' }, h('p', { className: `ai-line ${ai.correct ? 'is-right' : 'is-wrong'}` }, withIcon('robot', aiLine)), beliefChart(ai.probabilitiesPerFrame, view.answer, ai.frameIndex)),
  );
}

function drawRace(view: Extract<DigitsRevealView, { variant: 'draw' }>, state: AppState): HTMLElement {
  const cards = view.showcase.map(({ playerId, judgement }) => {
    const image = mnistCanvas('mnist-medium', t('draw.whatAiSaw'), 'showcase-image');
    paintMnist(image, judgement.input);
    const bars = createProbBars('small', 'showcase-bars');
    bars.update(judgement.probabilities);
    return h(
      'li',
      { className: 'card showcase-card', 'data-testid': 'showcase-card' },
      h('h3', { text: nicknameOf(state, playerId) }),
      image,
      h('p', { className: 'label', text: t('result.guess', { digit: judgement.guess, pct: percent(judgement.probabilities[judgement.guess] ?? 0) }) }),
      bars.el,
    );
  });
  return h(
    'div',
    { className: 'stack' },
    h('h1', { className: 'answer-big', 'data-testid': 'reveal-answer', text: t('result.digit', { digit: view.prompt }) }),
    h('h2', { text: t('result.showcase') }),
    cards.length > 0 ? h('ol', { className: 'showcase' }, ...cards) : h('p', { className: 'hint', text: t('result.showcaseEmpty') }),
  );
}

function roomLine(reveal: Reveal): HTMLElement {
  const pct = reveal.total > 0 ? Math.round((reveal.correctCount / reveal.total) * 100) : 0;
  return h('p', { className: 'room-line', 'data-testid': 'room-correct', text: t('result.room', { pct, correct: reveal.correctCount, total: reveal.total }) });
}

function mineLine(state: AppState, reveal: Reveal): HTMLElement | null {
  const playerId = state.session?.playerId;
  const mine = playerId ? reveal.results.find((r) => r.playerId === playerId) : undefined;
  if (!mine) return null;
  return h('p', {
    className: `mine-line ${mine.correct ? 'is-right' : 'is-wrong'}`,
    'data-testid': 'my-result',
    text: mine.correct ? t('result.youRight', { points: mine.points }) : t('result.youWrong'),
  });
}
