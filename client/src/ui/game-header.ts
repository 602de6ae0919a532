/**
 * The strip above every in-game screen: which round and question, the countdown (or "no time limit"),
 * and how many have answered (in a vote phase: the vote's countdown and how many have voted). The countdown element is returned so the scene can tick it cheaply.
 */
import { t } from '../i18n/index';
import { remainingMs, type AppState } from '../state/app-state';
import { h, setText } from './dom';
import { icon } from './icons';

export function gameHeader(state: AppState): { el: HTMLElement; tick(state: AppState): void } {
  const view = state.view!;
  const round = view.round;
  const q = state.question;
  const live = view.phase === 'question' || view.phase === 'vote';
  const countdownText = h('span');
  const countdown = h('span', { className: 'countdown', 'data-testid': 'countdown', role: 'timer', 'aria-live': 'off' }, icon('timer'), ' ', countdownText);
  const progressText = h('span');
  const progress = h('span', { className: 'progress', 'data-testid': 'progress' }, icon('hand'), ' ', progressText);
  const el = h(
    'header',
    { className: 'game-header' },
    round ? h('span', { className: 'pill', text: t('intro.round', { n: round.index + 1, count: round.count }) }) : null,
    q && live ? h('span', { className: 'pill', 'data-testid': 'question-number', text: t('question.of', { n: q.index + 1, count: q.count }) }) : null,
    live ? countdown : null,
    live ? progress : null,
  );
  const tick = (s: AppState) => {
    const question = s.question;
    const v = s.view;
    if (!question || !v) return;
    const voting = v.phase === 'vote' && question.ballot;
    const deadline = voting ? { ...question, deadlineAt: question.ballot!.deadlineAt } : question;
    const ms = v.paused ? (v.question?.remainingMs ?? null) : remainingMs(deadline, performance.now(), null);
    setText(countdownText, ms === null ? `∞ ${t('question.noLimit')}` : t('question.timeLeft', { s: Math.ceil(ms / 1000) }));
    countdown.classList.toggle('is-urgent', ms !== null && ms <= 5000);
    const p = question.progress;
    setText(progressText, p ? t(voting ? 'sketch.votedCount' : 'question.answered', { answered: p.answered, total: p.total }) : '');
    progress.hidden = !p;
  };
  tick(state);
  return { el, tick };
}
