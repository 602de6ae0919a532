import { t } from '../i18n/index';
import { button, h } from './dom';

/**
 * "Are you sure?" with a native <dialog>: it traps focus, Escape cancels, and screen readers announce it.
 * The cancel button gets focus first, so a stray Enter never ends a game.
 */
export function confirmDialog(message: string, confirmLabel = t('common.yes')): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = h('dialog', { className: 'confirm', 'data-testid': 'confirm-dialog', 'aria-label': message });
    const finish = (answer: boolean) => {
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    const cancel = button(t('common.cancel'), () => finish(false), { testid: 'confirm-no' });
    const yes = button(confirmLabel, () => finish(true), { variant: 'danger', testid: 'confirm-yes' });
    dialog.append(h('p', { text: message }), h('div', { className: 'row' }, cancel, yes));
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish(false);
    });
    document.body.appendChild(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
