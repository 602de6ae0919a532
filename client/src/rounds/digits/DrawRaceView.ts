/**
 * Draw race question. Players draw the prompted digit; while they draw, the in-browser model shows what
 * it sees (the 28x28 input and its bars), throttled. Submit sends the strokes; the server's judgement
 * (what *its* model saw) comes back and, if not recognised and tries remain, they draw again.
 * The host's screen shows the prompt and how many are done.
 */
import { argmax } from '../../../../shared/game/rounds/digits/ai-player';
import { DRAW_ATTEMPTS } from '../../../../shared/game/rounds/digits/rules';
import type { DigitsJudgement } from '../../../../shared/game/rounds/digits/schemas';
import type { Judgement } from '../../../../shared/game/rounds/registry-schemas';
import type { Drawing } from '../../../../shared/strokes/types';
import { app } from '../../app-context';
import { errorText, t } from '../../i18n/index';
import type { DigitRuntime } from '../../ml/digit-model';
import type { AppState } from '../../state/app-state';
import { button, h, setText } from '../../ui/dom';
import type { QuestionUi } from '../round-ui';
import { DrawPad } from './DrawPad';
import { mnistCanvas, paintMnist } from './mnist-canvas';
import { modelStatusLine } from './model-status-line';
import { createProbBars, percent } from './prob-bars';
import { withIcon } from '../../ui/icons';

/**
 * Drawings in progress by question id: the screen is rebuilt on a language switch (or a resize of the
 * scene), and a half-drawn digit must survive that.
 */
const drafts = new Map<string, Drawing>();

/** How often the live preview runs while drawing: often enough to feel live, cheap on a phone. */
const PREVIEW_EVERY_MS = 150;

export class DrawRaceView implements QuestionUi {
  readonly el: HTMLElement;
  private readonly prompt: number;
  private readonly isHost: boolean;
  private pad: DrawPad | null = null;
  private readonly previewImage = mnistCanvas('mnist-small', t('draw.whatAiSaw'), 'preview-image');
  private readonly previewText = h('p', { className: 'preview-text', 'aria-live': 'off', 'data-testid': 'preview-text' });
  private readonly previewBars = createProbBars('small', 'preview-bars');
  private readonly feedback = h('div', { className: 'feedback', role: 'status', 'aria-live': 'polite', 'data-testid': 'answer-feedback' });
  private readonly submitBtn: HTMLButtonElement | null = null;
  private readonly clearBtn: HTMLButtonElement | null = null;
  private readonly progress = h('p', { className: 'progress-huge', 'data-testid': 'host-progress' });
  private status: { el: HTMLElement; dispose(): void } | null = null;
  private runtime: DigitRuntime | null = null;
  private previewTimer: ReturnType<typeof setTimeout> | null = null;
  private lastPreviewAt = 0;
  private sending = false;
  /** What the feedback area shows, so repeated state updates do not re-announce it. */
  private shownResult = '';

  constructor(state: AppState) {
    const view = state.question!.view;
    this.prompt = view.kind === 'digits' && view.variant === 'draw' ? view.prompt : 0;
    this.isHost = state.session?.role === 'host';
    const promptEl = h('h2', { className: 'draw-prompt', 'data-testid': 'draw-prompt' }, t('draw.prompt', { digit: this.prompt }));
    const bigDigit = h('div', { className: 'prompt-digit', 'aria-hidden': 'true', text: String(this.prompt) });
    if (this.isHost) {
      this.el = h('div', { className: 'draw-race is-host', 'data-question-id': state.question!.id }, bigDigit, promptEl, this.progress);
      this.update(state);
      return;
    }
    this.status = modelStatusLine((runtime) => {
      this.runtime = runtime;
      this.schedulePreview();
    });
    const questionId = state.question!.id;
    for (const id of drafts.keys()) if (id !== questionId) drafts.delete(id);
    this.pad = new DrawPad(
      t('draw.padLabel'),
      (drawing, final) => {
        drafts.set(questionId, drawing);
        this.schedulePreview(final);
      },
      drafts.get(questionId),
    );
    this.clearBtn = button(withIcon('erase', t('draw.clear')), () => this.clear(), { testid: 'draw-clear' });
    this.submitBtn = button(withIcon('check', t('draw.submit')), () => void this.submit(), { variant: 'primary', testid: 'draw-submit', 'aria-keyshortcuts': 'Enter' });
    this.pad.el.addEventListener('keydown', (e) => {
      if (e.key === 'Delete' || e.key === 'Backspace' || e.key === 'Escape') {
        e.preventDefault();
        this.clear();
      }
    });
    this.el = h(
      'div',
      { className: 'draw-race', 'data-question-id': state.question!.id },
      h('div', { className: 'draw-head' }, h('span', { className: 'prompt-digit-inline', 'aria-hidden': 'true', text: String(this.prompt) }), promptEl),
      h(
        'div',
        { className: 'draw-layout' },
        h('div', { className: 'pad-box' }, this.pad.el, h('div', { className: 'row' }, this.clearBtn, this.submitBtn), h('p', { className: 'kbd-hint', text: t('draw.submitHint') }), h('p', { className: 'kbd-hint kbd-only', text: t('draw.keyboardHint') }), this.feedback),
        h(
          'aside',
          { className: 'preview-box', 'aria-label': t('draw.whatAiSaw') },
          h('div', { className: 'preview-head' }, this.previewImage, this.previewText),
          this.status.el,
          this.previewBars.el,
        ),
      ),
    );
    this.showPreview(null, null);
    this.update(state);
  }

  update(state: AppState): void {
    const q = state.question;
    if (this.isHost) {
      const p = q?.progress;
      setText(this.progress, p ? t('question.answered', { answered: p.answered, total: p.total }) : '');
      return;
    }
    const mine = q?.mine;
    const done = !!mine && (mine.correct || !mine.canRetry);
    const blocked = done || this.sending || !!state.view?.paused;
    this.pad?.setEnabled(!blocked);
    if (this.submitBtn) this.submitBtn.disabled = blocked;
    if (this.clearBtn) this.clearBtn.disabled = blocked;
    if (mine && !this.sending) this.showResult(digitsJudgement(mine.last?.judgement ?? null), mine.correct, mine.canRetry, mine.points, mine.attempts);
  }

  onKey(event: KeyboardEvent): boolean {
    if (this.isHost || event.key !== 'Enter') return false;
    void this.submit();
    return true;
  }

  dispose(): void {
    if (this.previewTimer) clearTimeout(this.previewTimer);
    this.pad?.dispose();
    this.status?.dispose();
  }

  private clear(): void {
    this.pad?.clear();
  }

  /** Throttle: run now if the last run was long enough ago, else once at the end of the window. */
  private schedulePreview(final = false): void {
    if (!this.runtime || this.previewTimer) return;
    const wait = final ? 0 : Math.max(0, this.lastPreviewAt + PREVIEW_EVERY_MS - performance.now());
    this.previewTimer = setTimeout(() => {
      this.previewTimer = null;
      this.lastPreviewAt = performance.now();
      this.runPreview(this.pad?.drawing ?? []);
    }, wait);
  }

  private runPreview(drawing: Drawing): void {
    if (!this.runtime) return;
    if (drawing.length === 0) return this.showPreview(null, null);
    const input = this.runtime.preprocess(drawing);
    const probabilities = this.runtime.classify([input])[0] ?? null;
    this.showPreview(input, probabilities);
  }

  private showPreview(input: Float32Array | null, probabilities: number[] | null): void {
    paintMnist(this.previewImage, input);
    this.previewBars.update(probabilities);
    if (!probabilities) return setText(this.previewText, t('draw.aiSeesNothing'));
    const guess = argmax(probabilities);
    setText(this.previewText, t('draw.aiSees', { digit: guess, pct: percent(probabilities[guess] ?? 0) }));
  }

  private async submit(): Promise<void> {
    const q = app().store.state.question;
    if (!this.pad || this.sending || !q || (q.mine && (q.mine.correct || !q.mine.canRetry))) return;
    if (this.pad.isEmpty) {
      // Never ignore a press silently: say why nothing was sent.
      this.shownResult = '';
      this.feedback.replaceChildren(h('p', { className: 'is-wrong', 'data-testid': 'draw-result', text: t('draw.emptyPad') }));
      return;
    }
    this.sending = true;
    this.shownResult = '';
    this.feedback.replaceChildren(h('p', {}, withIcon('hourglass', t('draw.judging'))));
    this.update(app().store.state);
    const failure = await app().controller.answer({ type: 'drawing', strokes: this.pad.drawing });
    this.sending = false;
    const mine = app().store.state.question?.mine;
    if (failure) {
      this.shownResult = '';
      this.feedback.replaceChildren(h('p', { className: 'is-wrong', text: `⚠ ${errorText(failure)}` }));
    } else if (mine && !mine.correct && mine.canRetry) {
      // Keep what the AI saw on screen, and give them a fresh pad for the next try.
      this.pad.clear();
    }
    this.update(app().store.state);
  }

  private showResult(judgement: DigitsJudgement | null, correct: boolean, canRetry: boolean, points: number, attempts: number): void {
    const guess = judgement?.guess ?? null;
    const left = Math.max(0, DRAW_ATTEMPTS - attempts);
    // After a reconnect the server tells how the tries went but not what the AI saw: say what we know.
    const message = correct
      ? t('draw.recognised', { digit: this.prompt, points })
      : guess === null
        ? t(canRetry ? 'draw.retryNoDetail' : 'draw.outOfTries', { left })
        : t(canRetry ? 'draw.notRecognised' : 'draw.noTries', { guess, digit: this.prompt, left });
    const key = JSON.stringify([message, judgement?.input ?? null]);
    if (key === this.shownResult) return;
    this.shownResult = key;
    const parts: HTMLElement[] = [h('p', { className: correct ? 'is-right' : 'is-wrong', 'data-testid': 'draw-result', text: message })];
    if (judgement) {
      const seen = mnistCanvas('mnist-small', t('draw.whatAiSaw'), 'judgement-image');
      paintMnist(seen, judgement.input);
      const bars = createProbBars('small', 'judgement-bars');
      bars.update(judgement.probabilities);
      parts.push(h('div', { className: 'judgement' }, h('div', { className: 'stack tight' }, h('p', { className: 'label', text: t('draw.whatAiSaw') }), seen), bars.el));
    }
    this.feedback.replaceChildren(...parts);
    this.feedback.classList.toggle('is-right', correct);
    // On a phone the verdict would land below the fold; bring it into view.
    const box = this.feedback.getBoundingClientRect();
    if (box.bottom > window.innerHeight || box.top < 0) this.feedback.scrollIntoView({ block: 'nearest' });
  }
}

/** The draw race's judgement (the union also holds other round kinds'). */
function digitsJudgement(judgement: Judgement | null): DigitsJudgement | null {
  return judgement && 'input' in judgement ? judgement : null;
}
