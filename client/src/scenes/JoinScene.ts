import { checkNickname, NICKNAME_MAX } from '../../../shared/game/nickname';
import { app } from '../app-context';
import { errorText, t } from '../i18n/index';
import type { ClientErrorCode } from '../net/game-client';
import { button, h, setText } from '../ui/dom';
import { UiScene } from './UiScene';

/** Nickname form for one room code. Rule problems show live; server refusals show in the same place. */
export class JoinScene extends UiScene {
  private nickname = '';
  private serverError: ClientErrorCode | null = null;
  private joining = false;

  constructor() {
    super('Join');
  }

  override create(): void {
    this.serverError = null;
    this.joining = false;
    super.create();
  }

  private get code(): string {
    const entry = this.state.entry;
    return entry.screen === 'join' ? entry.code : '';
  }

  protected render(): void {
    const input = h('input', {
      id: 'nickname',
      className: 'input',
      'data-testid': 'nickname-input',
      'data-autofocus': true,
      value: this.nickname,
      autocomplete: 'nickname',
      spellcheck: 'false',
      enterkeyhint: 'go',
      // Generous: the rule counts characters after normalising, and IME composition needs headroom.
      maxlength: NICKNAME_MAX * 2,
      'aria-describedby': 'nickname-hint nickname-error',
    });
    const error = h('p', { id: 'nickname-error', className: 'error', 'data-testid': 'nickname-error', 'aria-live': 'polite' });
    const submit = button(this.joining ? t('join.joining') : t('join.submit'), () => void this.join(), {
      variant: 'primary',
      testid: 'join-submit',
      type: 'submit',
    });
    const validate = () => {
      const problem = this.nickname.trim() === '' ? null : checkNickname(this.nickname);
      const code = this.serverError ?? problem;
      setText(error, code ? `⚠ ${errorText(code)}` : '');
      input.setAttribute('aria-invalid', String(!!code));
      submit.disabled = this.joining || this.nickname.trim() === '' || problem !== null;
    };
    input.addEventListener('input', () => {
      this.nickname = input.value;
      this.serverError = null;
      validate();
    });
    validate();
    this.root.append(
      h(
        'form',
        { className: 'card stack narrow', onsubmit: ((e: Event) => (e.preventDefault(), void this.join())) as EventListener },
        h('h1', { text: t('join.title', { code: this.code }), 'data-testid': 'join-title' }),
        h('label', { for: 'nickname', className: 'label', text: t('join.nicknameLabel') }),
        input,
        h('p', { id: 'nickname-hint', className: 'hint', text: t('join.nicknameHint') }),
        error,
        submit,
        button(`← ${t('common.back')}`, () => app().controller.goHome(), { variant: 'ghost', testid: 'join-back' }),
      ),
    );
  }

  private async join(): Promise<void> {
    if (this.joining || checkNickname(this.nickname) !== null) return;
    this.joining = true;
    this.rerender();
    const failure = await app().controller.join(this.code, this.nickname);
    if (!this.scene.isActive()) return;
    this.joining = false;
    this.serverError = failure;
    this.rerender();
  }

  protected override onState(): void {}
}
