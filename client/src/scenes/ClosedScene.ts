import { app } from '../app-context';
import { t } from '../i18n/index';
import { button, h } from '../ui/dom';
import { UiScene } from './UiScene';
import { icon } from '../ui/icons';

/** The room is gone: ended by the host, closed because the host left, or this player was removed. */
export class ClosedScene extends UiScene {
  constructor() {
    super('Closed');
  }

  protected render(): void {
    const reason = this.state.closed ?? 'ended';
    const symbol = ({ ended: 'flag', 'host-left': 'door', kicked: 'hand' } as const)[reason];
    this.root.append(
      h(
        'section',
        { className: 'card center stack', 'data-testid': `closed-${reason}` },
        h('div', { className: 'big-icon' }, icon(symbol)),
        h('h1', { text: t(`closed.${reason}`) }),
        button(t('closed.home'), () => app().controller.goHome(), { variant: 'primary', testid: 'closed-home', 'data-autofocus': true }),
      ),
    );
  }
}
