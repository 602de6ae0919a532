import { app } from '../app-context';
import { t } from '../i18n/index';
import { confirmDialog } from '../ui/confirm-dialog';
import { button, h } from '../ui/dom';
import { myPlayer } from '../ui/players';
import { UiScene } from './UiScene';
import { icon } from '../ui/icons';

/** "You're in!" while the teacher sets up. */
export class PlayerLobbyScene extends UiScene {
  constructor() {
    super('PlayerLobby');
  }

  protected render(): void {
    const view = this.state.view;
    const me = myPlayer(this.state);
    const count = view?.players.length ?? 0;
    this.root.append(
      h(
        'section',
        { className: 'card center stack narrow' },
        h('div', { className: 'big-icon' }, icon('gamepad')),
        h('h1', { 'data-testid': 'player-lobby-title', text: t('playerLobby.in', { name: me?.nickname ?? '' }) }),
        h('p', { className: 'room-chip', text: `${t('hostLobby.codeLabel')}: ${view?.code ?? ''}` }),
        h('p', { className: 'lead', role: 'status', text: view?.preparing ? t('hostLobby.preparing') : t('playerLobby.waiting') }),
        h('p', { 'data-testid': 'player-count', text: t('playerLobby.count', { count }) }),
        h('div', { className: 'dots', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')),
        button(t('playerLobby.leave'), () => void this.leave(), { variant: 'ghost', testid: 'leave' }),
      ),
    );
  }

  private async leave(): Promise<void> {
    if (await confirmDialog(t('playerLobby.leaveConfirm'), t('playerLobby.leave'))) await app().controller.leave();
  }
}
