/**
 * A "Real or AI?" question: two pictures side by side, left and right in the order the server sent them.
 * On a phone or laptop each picture is a button (tap, click, or ←/→); one pick per question, and the screen
 * says "locked in" with the pick highlighted, never right or wrong: that waits for the reveal, so nobody can
 * lean over and tell a neighbour. The projector shows the same two pictures big, with progress, no buttons.
 */
import type { RealOrAiQuestionView } from '../../../../shared/game/rounds/real-or-ai/schemas';
import { app } from '../../app-context';
import { errorText, t } from '../../i18n/index';
import type { AppState, QuestionState } from '../../state/app-state';
import { button, h, setText } from '../../ui/dom';
import { withIcon } from '../../ui/icons';
import type { QuestionUi } from '../round-ui';
import { pickedId, sideForKey, sideName, sideOf, SIDES, type Side } from './choice';
import { pixelCanvas } from './pixel-canvas';

export class PairQuestionView implements QuestionUi {
  readonly el: HTMLElement;
  private readonly isHost: boolean;
  private readonly view: RealOrAiQuestionView;
  private readonly choices: HTMLElement[] = [];
  private readonly feedback = h('p', { className: 'feedback roa-feedback', role: 'status', 'aria-live': 'polite', 'data-testid': 'answer-feedback' });
  private readonly progress = h('p', { className: 'roa-host-progress', 'data-testid': 'host-progress' });
  /** The picture being sent, before the server's ack says it is locked in. */
  private sending: string | null = null;
  private failure: string | null = null;

  constructor(state: AppState) {
    this.isHost = state.session?.role === 'host';
    this.view = state.question!.view as RealOrAiQuestionView;
    const view = this.view;
    for (const side of SIDES) {
      const image = view.images[side];
      const canvas = pixelCanvas(view, image.pixels, t('roa.picture', { side: sideName(side) }), `roa-image-${side === 0 ? 'left' : 'right'}`);
      const caption = h('span', { className: 'roa-side-label' }, side === 0 ? `← ${sideName(0)}` : `${sideName(1)} →`);
      const tag = h('span', { className: 'roa-tag roa-mine-tag', text: t('roa.yourPick') });
      this.choices.push(
        this.isHost
          ? h('figure', { className: 'roa-choice is-readonly' }, canvas, h('figcaption', {}, caption))
          : button(h('span', { className: 'roa-choice-inner' }, canvas, caption, tag), () => void this.pick(side), {
              variant: 'ghost',
              className: 'roa-choice',
              testid: `roa-pick-${side === 0 ? 'left' : 'right'}`,
              'aria-label': t('roa.pickSide', { side: sideName(side) }),
              'aria-keyshortcuts': side === 0 ? 'ArrowLeft' : 'ArrowRight',
            }),
      );
    }
    this.el = h(
      'div',
      { className: `roa-question${this.isHost ? ' is-host' : ''}`, 'data-question-id': state.question!.id },
      h(
        'div',
        { className: 'roa-head' },
        h('h2', { className: 'roa-prompt', 'data-testid': 'roa-prompt', text: t(view.subject === 'faces' ? 'roa.promptFaces' : 'roa.promptDigits') }),
        this.isHost
          ? h('div', { className: 'roa-host-line' }, h('p', { className: 'hint', text: t('roa.hostHint') }), this.progress)
          : h('p', { className: 'hint' }, t('roa.tapHint'), h('span', { className: 'kbd-only', text: ` ${t('roa.keysHint')}` })),
      ),
      h('div', { className: 'roa-pair', 'data-testid': 'roa-pair' }, ...this.choices),
      this.isHost ? null : this.feedback,
      h('p', { className: 'credits-line', 'data-testid': 'roa-credits', text: t('roa.credits', { credits: view.credits }) }),
    );
    this.update(state);
  }

  update(state: AppState): void {
    const q = state.question;
    if (!q || q.view.kind !== 'real-or-ai') return;
    if (this.isHost) {
      const p = q.progress;
      setText(this.progress, p ? t('question.answered', { answered: p.answered, total: p.total }) : '');
      return;
    }
    this.showMine(q, !!state.view?.paused);
  }

  onKey(event: KeyboardEvent): boolean {
    if (this.isHost || event.altKey || event.ctrlKey || event.metaKey) return false;
    const side = sideForKey(event.key);
    if (side === null) return false;
    void this.pick(side);
    return true;
  }

  dispose(): void {}

  private showMine(q: QuestionState, paused: boolean): void {
    const mine = q.mine;
    const done = !!mine && (mine.sealed || mine.correct || !mine.canRetry);
    const picked = sideOf(this.view.images, this.sending ?? pickedId(mine?.last?.judgement));
    this.choices.forEach((el, side) => {
      (el as HTMLButtonElement).disabled = done || this.sending !== null || paused;
      el.classList.toggle('is-picked', picked === side);
      el.setAttribute('aria-pressed', String(picked === side));
    });
    this.feedback.classList.toggle('is-locked', done && !!mine?.sealed);
    this.feedback.classList.toggle('is-right', done && !mine?.sealed && !!mine?.correct);
    this.feedback.classList.toggle('is-wrong', done && !mine?.sealed && !mine?.correct);
    if (this.sending) return setText(this.feedback, t('reveal.sending'));
    if (this.failure && !done) return setText(this.feedback, `⚠ ${this.failure}`);
    if (!mine || !done) return setText(this.feedback, '');
    // The ack of a sealed round says nothing about right or wrong: "locked in" is all there is to tell.
    if (mine.sealed) {
      const text = t('roa.lockedIn', { side: picked === null ? '?' : sideName(picked) });
      if (this.feedback.textContent?.trim() !== text) this.feedback.replaceChildren(withIcon('lock', text));
      return;
    }
    setText(this.feedback, mine.correct ? t('reveal.correct', { points: mine.points }) : t('result.youWrong'));
  }

  private async pick(side: Side): Promise<void> {
    const state = app().store.state;
    const q = state.question;
    if (this.isHost || this.sending || !q || q.view.kind !== 'real-or-ai' || state.view?.paused) return;
    if (q.mine && (q.mine.sealed || q.mine.correct || !q.mine.canRetry)) return;
    this.sending = this.view.images[side].id;
    this.failure = null;
    this.update(state);
    const failure = await app().controller.answer({ type: 'pick', choiceId: this.sending });
    this.sending = null;
    if (failure) this.failure = errorText(failure);
    this.update(app().store.state);
  }
}
