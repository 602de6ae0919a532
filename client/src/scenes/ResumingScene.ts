import { t } from '../i18n/index';
import { h } from '../ui/dom';
import { UiScene } from './UiScene';

/** Shown while a stored seat is being taken back (after a refresh or a dropped connection). */
export class ResumingScene extends UiScene {
  constructor() {
    super('Resuming');
  }

  protected render(): void {
    const code = this.state.session?.code ?? (this.state.entry.screen === 'join' ? this.state.entry.code : null);
    this.root.append(
      h(
        'section',
        { className: 'card center', role: 'status' },
        h('div', { className: 'spinner', 'aria-hidden': 'true' }),
        h('h1', { text: code ? t('resuming.room', { code }) : t('resuming.connecting') }),
      ),
    );
  }
}
