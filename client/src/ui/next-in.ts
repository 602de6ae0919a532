/**
 * Under the intro, reveal and leaderboard: "Next in 6 s" when the room moves on by itself, or, for
 * players, that the host will move on when timers are off. It counts down by itself and stops once its
 * element has left the page.
 */
import { t } from '../i18n/index';
import type { AppState } from '../state/app-state';
import { h, setText } from './dom';

export function nextIn(state: AppState): HTMLElement | null {
  const view = state.view;
  if (!view) return null;
  if (view.autoAdvanceMs === null) {
    return state.session?.role === 'host' ? null : h('p', { className: 'next-in', 'data-testid': 'next-in', text: t('next.waitHost') });
  }
  const el = h('p', { className: 'next-in', 'data-testid': 'next-in', role: 'timer', 'aria-live': 'off' });
  // Anchored to when the view arrived, so re-drawing the screen (a language switch) does not restart it.
  const at = state.viewAt + view.autoAdvanceMs;
  const show = () => setText(el, t('next.in', { s: Math.max(0, Math.ceil((at - performance.now()) / 1000)) }));
  show();
  if (view.paused) return el; // frozen: the scene re-renders when the game resumes
  let seen = false;
  const timer = setInterval(() => {
    if (el.isConnected) seen = true;
    else if (seen) return clearInterval(timer);
    show();
  }, 250);
  return el;
}
