/**
 * A player's Sketch Duet question: the prompt, the pad with its ink meter, undo and clear, and "Let the AI
 * finish". While they draw, an optional ghost shows where the AI might go and the in-browser classifier
 * says what it thinks the drawing is (both lazily loaded, never blocking the pad). Once sent, the pad gives
 * way to the duet being finished (MyDuetPanel). When time is nearly up, whatever is drawn is sent.
 */
import { BUILT_IN_SKETCH_MODEL, type SketchQuestionView } from '../../../../shared/game/rounds/sketch/schemas';
import type { Drawing } from '../../../../shared/strokes/types';
import { app } from '../../app-context';
import { errorText, t } from '../../i18n/index';
import { seedFrom, sketchGhost, type SketchGhost } from '../../ml/sketch-ghost';
import { sketchClassifier, type SketchClassifier } from '../../ml/sketch-classifier';
import type { ClientErrorCode } from '../../net/game-client';
import { remainingMs, type AppState } from '../../state/app-state';
import { button, h, setText } from '../../ui/dom';
import { withIcon } from '../../ui/icons';
import type { QuestionUi } from '../round-ui';
import { percent } from '../digits/prob-bars';
import { categoryLabel, otherName, promptName } from './category-name';
import { createGuessBars, topGuesses } from './guess-bars';
import { createInkMeter } from './ink-meter';
import { InkPad } from './InkPad';
import { shouldAutoSubmit } from './ink';
import { MyDuetPanel } from './MyDuetPanel';
import { rememberOpening, sentOpening } from './my-duet';

/** Drawings in progress by question id: the screen is rebuilt on a language switch, and a half-drawn opening must survive that. */
const drafts = new Map<string, Drawing>();

/** Send this long before the deadline, so the request reaches the server in time. */
const AUTO_SUBMIT_MARGIN_MS = 900;
/** The ghost waits for the hand to rest: sampling is cheap, but not free on an old phone. */
const GHOST_DELAY_MS = 180;
/** Live guesses at most this often while drawing. */
const GUESS_EVERY_MS = 250;
/** Failures after which sending again cannot help: the question has moved on. */
/** Nothing more can be sent for this question: the duet (if any) is the server's to show now. */
const FINAL_FAILURES = new Set<ClientErrorCode>(['TOO_LATE', 'WRONG_QUESTION', 'ALREADY_ANSWERED', 'LOCKED_OUT']);
/**
 * The server already has an answer from this seat (the ack was lost to a reconnect): not an error for the
 * player, whose duet is being or has been drawn.
 */
const ALREADY_SENT = new Set<ClientErrorCode>(['ALREADY_ANSWERED', 'LOCKED_OUT']);

export class SketchDrawView implements QuestionUi {
  readonly el: HTMLElement;
  private readonly view: SketchQuestionView;
  private readonly questionId: string;
  private readonly pad: InkPad;
  private readonly drawArea: HTMLElement;
  private readonly feedback = h('div', { className: 'feedback', role: 'status', 'aria-live': 'polite', 'data-testid': 'sketch-feedback' });
  private readonly inkMeter: ReturnType<typeof createInkMeter>;
  private readonly undoBtn: HTMLButtonElement;
  private readonly clearBtn: HTMLButtonElement;
  private readonly submitBtn: HTMLButtonElement;
  private readonly ghostNote = h('p', { className: 'hint ghost-note', 'data-testid': 'ghost-note' });
  private readonly guessText = h('p', { className: 'preview-text', 'data-testid': 'live-guess' });
  private readonly guessBars: ReturnType<typeof createGuessBars>;
  private panel: MyDuetPanel | null = null;
  private ghost: SketchGhost | null = null;
  private classifier: SketchClassifier | null = null;
  private ghostTimer: ReturnType<typeof setTimeout> | null = null;
  private guessTimer: ReturnType<typeof setTimeout> | null = null;
  private lastGuessAt = 0;
  private readonly clock: ReturnType<typeof setInterval>;
  private sending = false;
  private autoSent = false;
  private disposed = false;

  constructor(state: AppState) {
    const q = state.question!;
    this.view = q.view as SketchQuestionView;
    this.questionId = q.id;
    for (const id of drafts.keys()) if (id !== q.id) drafts.delete(id);
    const name = promptName(this.view.name);
    const other = otherName(this.view.name);

    this.pad = new InkPad(t('sketch.padLabel', { name }), this.view.inkStrokes, (drawing, final) => this.onDraw(drawing, final), (e) => this.padKey(e), drafts.get(q.id));
    this.inkMeter = createInkMeter(this.view.inkStrokes);
    this.undoBtn = button(withIcon('again', t('sketch.undo')), () => this.pad.undo(), { testid: 'sketch-undo', 'aria-keyshortcuts': 'Backspace' });
    this.clearBtn = button(withIcon('erase', t('draw.clear')), () => this.pad.clear(), { testid: 'sketch-clear', 'aria-keyshortcuts': 'Delete' });
    this.submitBtn = button(withIcon('robot', t('sketch.submit')), () => void this.submit(), { variant: 'primary', testid: 'sketch-submit', 'aria-keyshortcuts': 'Enter' });
    this.guessBars = createGuessBars(this.view.category, 'live-guess-bars');

    this.drawArea = h(
      'div',
      { className: 'sketch-layout' },
      h(
        'div',
        { className: 'pad-box' },
        this.pad.el,
        this.inkMeter.el,
        h('div', { className: 'row sketch-buttons' }, this.undoBtn, this.clearBtn),
        h('div', { className: 'row' }, this.submitBtn),
        h('p', { className: 'kbd-hint kbd-only', text: t('sketch.submitHint') }),
        h('p', { className: 'kbd-hint kbd-only', text: t('draw.keyboardHint') }),
        this.feedback,
      ),
      h('aside', { className: 'preview-box sketch-side', 'aria-label': t('sketch.guessesLabel') }, this.ghostNote, this.guessText, this.guessBars.el),
    );
    this.el = h(
      'div',
      { className: 'sketch-draw', 'data-question-id': q.id },
      h(
        'div',
        { className: 'sketch-head' },
        h('h2', { className: 'sketch-prompt', 'data-testid': 'sketch-prompt' }, t('sketch.prompt', { name: '' }), h('strong', { text: name })),
        other ? h('p', { className: 'sketch-prompt-other', lang: other === this.view.name.ko ? 'ko' : 'en', text: other }) : null,
      ),
      this.drawArea,
    );

    this.startModels();
    this.showGuess(null);
    this.onDraw(this.pad.drawing, true);
    // Ticks the auto-submit check; the scene only updates the body on state changes.
    this.clock = setInterval(() => this.tick(), 250);
    this.update(state);
  }

  /** The AI is still drawing my duet (the vote can wait a moment). */
  busy(): boolean {
    return this.panel?.busy ?? false;
  }

  update(state: AppState): void {
    const q = state.question;
    if (!q) return;
    const answered = !!q.mine;
    if ((answered || this.sending) && !this.panel) this.showPanel(null);
    if (this.panel) {
      this.panel.update(q, sentOpening(this.questionId));
      return;
    }
    const blocked = !!state.view?.paused || state.view?.phase !== 'question';
    const strokes = this.pad.drawing.length;
    this.pad.setEnabled(!blocked);
    this.submitBtn.disabled = blocked || strokes === 0;
    this.undoBtn.disabled = blocked || strokes === 0;
    this.clearBtn.disabled = blocked || strokes === 0;
  }

  onKey(event: KeyboardEvent): boolean {
    if (this.panel) return false;
    if (event.key === 'Enter') {
      void this.submit();
      return true;
    }
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      this.pad.undo();
      return true;
    }
    return false;
  }

  dispose(): void {
    this.disposed = true;
    clearInterval(this.clock);
    if (this.ghostTimer) clearTimeout(this.ghostTimer);
    if (this.guessTimer) clearTimeout(this.guessTimer);
    this.pad.dispose();
    this.panel?.dispose();
  }

  /** Keys on the focused pad: Backspace undoes a stroke, Delete or Escape clears (as in the draw race). */
  private padKey(e: KeyboardEvent): void {
    const actions: Record<string, () => void> = { Backspace: () => this.pad.undo(), Delete: () => this.pad.clear(), Escape: () => this.pad.clear() };
    const action = actions[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  }

  private onDraw(drawing: Drawing, final: boolean): void {
    drafts.set(this.questionId, drawing);
    this.inkMeter.update(drawing.length);
    if (final) {
      this.update(app().store.state);
      this.scheduleGhost();
    }
    this.scheduleGuess(final);
  }

  private startModels(): void {
    const ghostWanted = this.view.ghost && this.view.model === BUILT_IN_SKETCH_MODEL;
    // A downloaded model is not served to browsers: no ghost, said quietly (it is a hint, not a feature lost).
    if (this.view.ghost && !ghostWanted) setText(this.ghostNote, t('sketch.ghostNone'));
    this.ghostNote.hidden = !this.view.ghost;
    if (ghostWanted) {
      setText(this.ghostNote, t('sketch.ghostLoading'));
      sketchGhost
        .load()
        .then((ghost) => {
          if (this.disposed) return;
          this.ghost = ghost.categories.includes(this.view.category) ? ghost : null;
          setText(this.ghostNote, this.ghost ? t('sketch.ghostHint') : t('sketch.ghostNone'));
          this.scheduleGhost();
        })
        .catch(() => !this.disposed && setText(this.ghostNote, t('sketch.ghostNone')));
    }
    sketchClassifier
      .load()
      .then((classifier) => {
        if (this.disposed) return;
        this.classifier = classifier;
        this.scheduleGuess(true);
      })
      // No live guesses on this device: the bars stay hidden; the server still judges the duet.
      .catch(() => undefined);
  }

  private scheduleGhost(): void {
    if (!this.ghost || this.panel) return;
    if (this.ghostTimer) clearTimeout(this.ghostTimer);
    this.ghostTimer = setTimeout(() => {
      this.ghostTimer = null;
      const opening = this.pad.drawing;
      // Nothing drawn, nothing to continue: an empty pad shows no ghost rather than the AI's whole idea.
      this.pad.setGhost(this.ghost && opening.length > 0 ? this.ghost.continueDrawing(opening, this.view.category, seedFrom(this.questionId)) : null);
    }, GHOST_DELAY_MS);
  }

  /** Throttled: now if the last guess was long enough ago, else once at the end of the window. */
  private scheduleGuess(final: boolean): void {
    if (!this.classifier || this.guessTimer || this.panel) return;
    const wait = final ? 0 : Math.max(0, this.lastGuessAt + GUESS_EVERY_MS - performance.now());
    this.guessTimer = setTimeout(() => {
      this.guessTimer = null;
      this.lastGuessAt = performance.now();
      const drawing = this.pad.drawing;
      const classifier = this.classifier;
      this.showGuess(classifier && drawing.length > 0 ? topGuesses(classifier.labels, classifier.classify(drawing)) : null);
    }, wait);
  }

  private showGuess(guesses: ReturnType<typeof topGuesses> | null): void {
    this.guessBars.update(guesses);
    this.guessText.hidden = !this.classifier;
    const top = guesses?.[0];
    setText(this.guessText, top ? t('sketch.aiThinks', { name: categoryLabel(top.category), pct: percent(top.probability) }) : t('sketch.aiThinksNothing'));
  }

  private tick(): void {
    const state = app().store.state;
    const q = state.question;
    if (!q || q.id !== this.questionId || this.panel || this.sending || state.view?.phase !== 'question') return;
    const left = remainingMs(q, performance.now(), null);
    if (shouldAutoSubmit(left, !!state.view?.paused, this.pad.drawing.length, AUTO_SUBMIT_MARGIN_MS)) {
      this.autoSent = true;
      void this.submit();
    }
  }

  private async submit(): Promise<void> {
    const q = app().store.state.question;
    const view = app().store.state.view;
    // Paused (or the question just ended): keep the drawing; Enter does nothing until play resumes.
    if (this.sending || this.panel || !q || q.mine || view?.phase !== 'question' || view.paused) return;
    const strokes = this.pad.drawing;
    if (strokes.length === 0) {
      // Never ignore a press silently: say why nothing was sent.
      this.feedback.replaceChildren(h('p', { className: 'is-wrong', text: t('sketch.emptyPad') }));
      return;
    }
    this.sending = true;
    rememberOpening(this.questionId, strokes);
    this.showPanel(this.autoSent ? t('sketch.autoSent') : null);
    this.update(app().store.state);
    const failure = await app().controller.answer({ type: 'sketch', strokes });
    this.sending = false;
    if (this.disposed) return;
    if (failure && !FINAL_FAILURES.has(failure)) {
      // The server could not finish it (busy, model trouble): back to the pad, drawing intact, to try again.
      this.hidePanel();
      this.feedback.replaceChildren(h('p', { className: 'is-wrong', text: `⚠ ${errorText(failure)}` }));
    } else if (failure && ALREADY_SENT.has(failure)) {
      this.showPanel(t('sketch.alreadySent'));
    } else if (failure) {
      this.showPanel(null).el.prepend(h('p', { className: 'is-wrong', text: `⚠ ${errorText(failure)}` }));
    }
    this.update(app().store.state);
  }

  private showPanel(note: string | null): MyDuetPanel {
    if (this.panel) return this.panel;
    const panel = new MyDuetPanel(this.view.category, promptName(this.view.name), note);
    this.panel = panel;
    this.pad.setGhost(null);
    this.drawArea.hidden = true;
    this.el.append(panel.el);
    return panel;
  }

  private hidePanel(): void {
    this.panel?.dispose();
    this.panel?.el.remove();
    this.panel = null;
    rememberOpening(this.questionId, null);
    this.drawArea.hidden = false;
  }
}
