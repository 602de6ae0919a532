/**
 * The teacher's in-game controls with keyboard shortcuts: P pause/resume, N next/skip, E end (confirmed).
 * Shortcuts are ignored while typing in a field or while a dialog is open.
 */
import { app } from '../app-context';
import { t } from '../i18n/index';
import type { AppState } from '../state/app-state';
import { confirmDialog } from './confirm-dialog';
import { button, h } from './dom';
import { withIcon } from './icons';

export function hostControls(state: AppState): HTMLElement {
  const view = state.view!;
  const { controller } = app();
  const inQuestion = view.phase === 'question';
  const atEnd = view.phase === 'podium';
  return h(
    'nav',
    { className: 'host-controls', 'aria-label': t('host.shortcuts') },
    atEnd
      ? null
      : button(view.paused ? withIcon('play', t('host.resume')) : withIcon('pause', t('host.pause')), () => void controller.host(view.paused ? 'host:resume' : 'host:pause'), {
          testid: 'host-pause',
          'aria-keyshortcuts': 'P',
        }),
    atEnd
      ? null
      : button(withIcon('next', t(inQuestion ? 'host.skip' : 'host.next')), () => void controller.host('host:next'), {
          variant: 'primary',
          testid: 'host-next',
          'aria-keyshortcuts': 'N',
          disabled: view.paused,
        }),
    atEnd ? null : button(withIcon('stop', t('host.end')), () => void endGame(), { variant: 'danger', testid: 'host-end', 'aria-keyshortcuts': 'E' }),
    atEnd ? null : h('span', { className: 'kbd-hint', text: t('host.shortcuts') }),
  );
}

export async function endGame(): Promise<void> {
  if (await confirmDialog(t('host.endConfirm'), t('host.end'))) await app().controller.host('host:end');
}

/** Handles a host shortcut key; true when it was one. */
export function hostShortcut(event: KeyboardEvent, state: AppState): boolean {
  const view = state.view;
  if (!view || state.session?.role !== 'host' || view.phase === 'lobby' || view.phase === 'podium') return false;
  const { controller } = app();
  const key = event.key.toLowerCase();
  if (key === 'p') void controller.host(view.paused ? 'host:resume' : 'host:pause');
  else if (key === 'n' && !view.paused) void controller.host('host:next');
  else if (key === 'e') void endGame();
  else return false;
  return true;
}

/** Keys typed into a form control, or pressed with a dialog open, are not shortcuts. */
export function isTypingTarget(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return true;
  if (document.querySelector('dialog[open]')) return true;
  const target = event.target as HTMLElement | null;
  return !!target && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));
}
