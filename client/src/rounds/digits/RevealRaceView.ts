/**
 * Reveal race question: a digit emerges from noise, frame by frame. Everyone sees the current frame
 * (big, nearest-neighbour) and the AI's live probability bars computed in this browser on that frame;
 * players answer with the 0-9 buttons or keys (one try), the host sees progress instead.
 */
import { decodeImage, toUnitFloats } from '../../../../shared/game/rounds/digits/image-codec';
import { app } from '../../app-context';
import { errorText, t } from '../../i18n/index';
import type { DigitRuntime } from '../../ml/digit-model';
import type { AppState, QuestionState } from '../../state/app-state';
import { button, h, setText } from '../../ui/dom';
import type { QuestionUi } from '../round-ui';
import { mnistCanvas, paintMnist } from './mnist-canvas';
import { modelStatusLine } from './model-status-line';
import { createProbBars } from './prob-bars';
import { withIcon } from '../../ui/icons';

/** The digit picked per question id, so the ✓/✗ mark survives a redraw of the screen (a language switch). */
const picks = new Map<string, number>();

export class RevealRaceView implements QuestionUi {
  readonly el: HTMLElement;
  private readonly canvas = mnistCanvas('mnist-huge', '', 'reveal-frame');
  private readonly frameLabel = h('p', { className: 'hint center', 'data-testid': 'frame-label' });
  private readonly bars = createProbBars('large', 'ai-bars');
  private readonly buzz = h('div', { className: 'ai-buzz', role: 'status', 'aria-live': 'assertive', 'data-testid': 'ai-buzz' });
  private readonly feedback = h('p', { className: 'feedback', role: 'status', 'aria-live': 'polite', 'data-testid': 'answer-feedback' });
  private readonly buttons: HTMLButtonElement[] = [];
  private readonly status;
  private runtime: DigitRuntime | null = null;
  private shownFrame = -1;
  private sending = false;
  private readonly isHost: boolean;

  constructor(state: AppState) {
    this.isHost = state.session?.role === 'host';
    this.status = modelStatusLine((runtime) => {
      this.runtime = runtime;
      this.shownFrame = -1;
      this.update(app().store.state);
    });
    const stage = h(
      'div',
      { className: 'reveal-stage' },
      h('div', { className: 'frame-box' }, this.canvas, this.frameLabel),
      h('div', { className: 'ai-box' }, h('h2', { className: 'ai-title' }, withIcon('robot', t('reveal.aiWatching'))), this.status.el, this.bars.el, this.buzz),
    );
    this.el = h('div', { className: 'reveal-race' }, stage);
    if (!this.isHost) {
      for (let digit = 0; digit <= 9; digit++) {
        this.buttons.push(button(String(digit), () => void this.answer(digit), { variant: 'secondary', className: 'digit-btn', testid: `answer-${digit}`, 'aria-keyshortcuts': String(digit) }));
      }
      this.el.append(
        h(
          'section',
          { className: 'answer-pad', 'aria-labelledby': 'pick-title' },
          h('h2', { id: 'pick-title', className: 'pick-title' }, t('reveal.pick'), h('span', { className: 'kbd-hint', text: ` (${t('reveal.keysHint')})` })),
          h('div', { className: 'digit-grid' }, ...this.buttons),
          this.feedback,
        ),
      );
    }
    this.bars.update(null);
    this.update(state);
  }

  update(state: AppState): void {
    const q = state.question;
    if (!q || q.view.kind !== 'digits' || q.view.variant !== 'reveal') return;
    this.showFrame(q);
    const buzzText = q.aiBuzz ? t('reveal.aiBuzzed', { digit: q.aiBuzz.digit }) : '';
    if (this.buzz.textContent?.trim() !== buzzText) this.buzz.replaceChildren(...(q.aiBuzz ? [withIcon('robot', buzzText)] : []));
    this.buzz.classList.toggle('is-visible', !!q.aiBuzz);
    if (!this.isHost) this.showMine(q, !!state.view?.paused);
  }

  onKey(event: KeyboardEvent): boolean {
    if (this.isHost || !/^[0-9]$/.test(event.key)) return false;
    void this.answer(Number(event.key));
    return true;
  }

  dispose(): void {
    this.status.dispose();
  }

  private showFrame(q: QuestionState): void {
    const index = q.frames.length - 1;
    if (index === this.shownFrame) return;
    const image = q.frames[index];
    if (image === undefined) {
      setText(this.frameLabel, t('reveal.waiting'));
      return;
    }
    this.shownFrame = index;
    paintMnist(this.canvas, image);
    const count = q.view.kind === 'digits' && q.view.variant === 'reveal' ? q.view.frameCount : 0;
    setText(this.frameLabel, t('reveal.frame', { n: index + 1, count }));
    this.canvas.setAttribute('aria-label', t('reveal.frame', { n: index + 1, count }));
    if (this.runtime) {
      // One 28x28 image is a few ms on wasm; run it after the paint so the frame never waits for the AI.
      const runtime = this.runtime;
      requestAnimationFrame(() => this.bars.update(runtime.classify([toUnitFloats(decodeImage(image))])[0] ?? null));
    }
  }

  private showMine(q: QuestionState, paused: boolean): void {
    const mine = q.mine;
    const done = !!mine && (mine.correct || !mine.canRetry);
    this.buttons.forEach((b, digit) => {
      b.disabled = done || this.sending || paused;
      const picked = digit === picks.get(q.id) && !!mine;
      b.classList.toggle('is-right', picked && mine.correct);
      b.classList.toggle('is-wrong', picked && !mine.correct);
      b.textContent = picked ? `${digit} ${mine.correct ? '✓' : '✗'}` : String(digit);
    });
    if (this.sending) setText(this.feedback, t('reveal.sending'));
    else if (mine?.correct) setText(this.feedback, t('reveal.correct', { points: mine.points }));
    else if (done) setText(this.feedback, t('reveal.wrong'));
    this.feedback.classList.toggle('is-right', !!mine?.correct);
    this.feedback.classList.toggle('is-wrong', done && !mine?.correct);
  }

  private async answer(digit: number): Promise<void> {
    const q = app().store.state.question;
    if (this.sending || !q || (q.mine && (q.mine.correct || !q.mine.canRetry))) return;
    this.sending = true;
    picks.clear(); // only the current question's pick matters
    picks.set(q.id, digit);
    this.update(app().store.state);
    const failure = await app().controller.answer({ type: 'digit', digit });
    this.sending = false;
    if (failure) setText(this.feedback, `⚠ ${errorText(failure)}`);
    this.update(app().store.state);
  }
}
