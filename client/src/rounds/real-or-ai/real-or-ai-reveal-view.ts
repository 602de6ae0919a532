/**
 * After a "Real or AI?" question: which picture was real and which the AI drew, how many picked each, how
 * much of the room spotted the real one, what gave the AI's picture away (1-2 tips measured from it), how
 * trained the AI was, the player's own result, and the credits (CC BY: wherever a deck's pictures show).
 *
 * The pictures come from the question this screen already had; a phone that rejoined during the reveal
 * never got them and shows the same facts without the pictures.
 */
import type { RealOrAiQuestionView, RealOrAiRevealView } from '../../../../shared/game/rounds/real-or-ai/schemas';
import { t } from '../../i18n/index';
import type { AppState, Reveal } from '../../state/app-state';
import { h } from '../../ui/dom';
import { icon } from '../../ui/icons';
import { pickedId, sideName } from './choice';
import { pixelCanvas } from './pixel-canvas';
import { roomTally, sideFacts, type SideFacts } from './reveal-tally';
import { tipText } from './tip-text';

export function realOrAiRevealView(state: AppState): HTMLElement {
  const reveal = state.reveal!;
  const view = reveal.view as RealOrAiRevealView;
  const q = state.question;
  const question = q && q.id === reveal.questionId && q.view.kind === 'real-or-ai' ? q.view : null;
  const myPick = question ? pickedId(q?.mine?.last?.judgement) : null;
  const sides = sideFacts(view, reveal.answeredCount);
  const realSide = sides.find((s) => s.isReal)?.side ?? 0;
  return h(
    'div',
    { className: 'roa-reveal' },
    h('h1', { className: 'answer-big roa-answer', 'data-testid': 'reveal-answer', text: t('roa.realWas', { side: sideName(realSide) }) }),
    h(
      'div',
      { className: 'roa-reveal-body' },
      h('div', { className: 'roa-pair roa-result-pair', 'data-testid': 'roa-result-pair' }, ...sides.map((s) => resultCard(s, question, s.id === myPick))),
      // Credits sit with the facts: beside the pictures on a projector (so everything fits above the host's
      // controls), under them on a phone.
      h('div', { className: 'roa-facts stack' }, mineLine(state, reveal), roomLine(reveal), tipsBox(view), levelLine(view), creditsBox(view, question)),
    ),
  );
}

function resultCard(facts: SideFacts, question: RealOrAiQuestionView | null, mine: boolean): HTMLElement {
  const subject = question?.subject;
  const image = question?.images[facts.side];
  const what = facts.isReal ? t(subject === 'faces' ? 'roa.realPhoto' : 'roa.realDigit') : t('roa.aiMade');
  const fill = h('span', { className: 'bar-fill' });
  fill.style.width = `${facts.pct}%`;
  const picks = t('roa.pickedBy', { n: facts.count, pct: facts.pct });
  return h(
    'figure',
    {
      className: `roa-choice roa-result ${facts.isReal ? 'is-real' : 'is-ai'}${mine ? ' is-picked' : ''}`,
      'data-testid': facts.isReal ? 'roa-real' : 'roa-ai',
      'data-side': facts.side === 0 ? 'left' : 'right',
      'aria-label': `${sideName(facts.side)}: ${what}`,
    },
    h('span', { className: 'roa-badge', 'aria-hidden': 'true' }, icon(facts.isReal ? 'check' : 'robot'), ` ${t(facts.isReal ? 'roa.realBadge' : 'roa.aiBadge')}`),
    question && image ? pixelCanvas(question, image.pixels, `${sideName(facts.side)}: ${what}`, `roa-result-${facts.side === 0 ? 'left' : 'right'}`) : null,
    h(
      'figcaption',
      { className: 'stack tight' },
      h('span', { className: 'roa-side-label' }, facts.side === 0 ? `← ${sideName(0)}` : `${sideName(1)} →`, mine ? h('span', { className: 'roa-tag', text: t('roa.yourPick') }) : null),
      h('span', { className: 'roa-picks', role: 'img', 'aria-label': picks }, h('span', { 'aria-hidden': 'true', text: picks }), h('span', { className: 'bar-track' }, fill)),
    ),
  );
}

function roomLine(reveal: Reveal): HTMLElement {
  const tally = roomTally(reveal);
  return h('p', {
    className: 'room-line',
    'data-testid': 'room-correct',
    text: tally.answered === 0 ? t('roa.nobody') : t('roa.room', { pct: tally.pct, correct: tally.correct, answered: tally.answered }),
  });
}

function mineLine(state: AppState, reveal: Reveal): HTMLElement | null {
  const playerId = state.session?.playerId;
  if (!playerId || state.session?.role !== 'player') return null;
  const mine = reveal.results.find((r) => r.playerId === playerId);
  const [text, tone] = !mine ? [t('roa.noPick'), ''] : mine.correct ? [t('roa.youRight', { points: mine.points }), ' is-right'] : [t('roa.youWrong'), ' is-wrong'];
  return h('p', { className: `mine-line${tone}`, 'data-testid': 'my-result', text });
}

function tipsBox(view: RealOrAiRevealView): HTMLElement {
  return h(
    'section',
    { className: 'roa-tips', 'data-testid': 'roa-tips', 'aria-labelledby': 'roa-tips-title' },
    h('h2', { id: 'roa-tips-title', text: t('roa.tipsTitle') }),
    h(
      'ul',
      { className: 'roa-tip-list' },
      ...view.tips.map((tip) => {
        const text = tipText(tip);
        return h('li', { 'data-testid': 'roa-tip' }, h('strong', { text: text.title }), ` ${text.look}`);
      }),
    ),
  );
}

function levelLine(view: RealOrAiRevealView): HTMLElement {
  const g = view.generator;
  return h('p', { className: 'roa-level', 'data-testid': 'roa-level' }, icon('robot'), ` ${t('roa.level', { level: g.level, levels: g.levels, steps: g.step })}`);
}

function creditsBox(view: RealOrAiRevealView, question: RealOrAiQuestionView | null): HTMLElement {
  const c = view.realCredit;
  return h(
    'footer',
    { className: 'credits-line roa-credits', 'data-testid': 'roa-credits' },
    h('p', { text: t('roa.realCredit', { source: c.source, license: c.license, attribution: c.attribution }) }),
    question ? h('p', { text: t('roa.credits', { credits: question.credits }) }) : null,
  );
}
