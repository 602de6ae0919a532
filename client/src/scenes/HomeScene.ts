import { app } from '../app-context';
import { t } from '../i18n/index';
import { isCompleteRoomCode, normaliseRoomCode } from '../net/room-code';
import { button, h } from '../ui/dom';
import { UiScene } from './UiScene';
import { withIcon } from '../ui/icons';

/** Title, "join with a code" for students, "host a game" for the teacher. */
export class HomeScene extends UiScene {
  private creating = false;

  constructor() {
    super('Home');
  }

  protected render(): void {
    const entry = this.state.entry;
    const initial = entry.screen === 'home' ? (entry.code ?? '') : '';
    const input = h('input', {
      id: 'room-code',
      className: 'input input-code',
      'data-testid': 'room-code-input',
      'data-autofocus': true,
      value: initial,
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      inputmode: 'text',
      maxlength: 12,
      'aria-describedby': 'room-code-hint',
      placeholder: 'ABC234',
    });
    const next = button(t('home.next'), () => submit(), { variant: 'primary', testid: 'join-next', type: 'submit' });
    const sync = () => {
      next.disabled = !isCompleteRoomCode(input.value);
    };
    input.addEventListener('input', (event) => {
      // Leave IME composition alone; normalise once the character is committed.
      if ((event as InputEvent).isComposing) return;
      const normal = normaliseRoomCode(input.value);
      if (normal !== input.value) input.value = normal;
      sync();
    });
    sync();
    const submit = () => {
      const code = normaliseRoomCode(input.value);
      if (isCompleteRoomCode(code)) app().controller.openJoin(code);
    };
    const form = h(
      'form',
      { className: 'card stack', onsubmit: ((e: Event) => (e.preventDefault(), submit())) as EventListener },
      h('h2', { text: t('home.join') }),
      h('label', { for: 'room-code', className: 'label', text: t('home.codeLabel') }),
      input,
      h('p', { id: 'room-code-hint', className: 'hint', text: t('home.codeHint') }),
      next,
    );

    const host = button(this.creating ? t('home.creating') : withIcon('monitor', t('home.host')), () => void this.createRoom(), {
      testid: 'host-create',
      disabled: this.creating,
      'aria-describedby': 'host-hint',
    });
    this.root.append(
      h(
        'header',
        { className: 'hero' },
        h('h1', { className: 'title' }, h('span', { className: 'title-ko', text: t('app.titleKo') }), h('span', { className: 'title-en', text: t('app.title') })),
        h('p', { className: 'tagline', text: t('app.tagline') }),
      ),
      h('div', { className: 'home-cards' }, form, h('section', { className: 'card stack' }, h('h2', { text: t('home.host') }), h('p', { id: 'host-hint', className: 'hint', text: t('home.hostHint') }), host)),
    );
  }

  private async createRoom(): Promise<void> {
    this.creating = true;
    this.rerender();
    const ok = await app().controller.createRoom();
    this.creating = false;
    if (!ok && this.scene.isActive()) this.rerender();
  }

  /** Home does not depend on room state; typing in the code box must never be interrupted. */
  protected override onState(): void {}
}
