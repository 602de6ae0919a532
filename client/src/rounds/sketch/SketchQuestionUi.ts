/**
 * The body of a Sketch Duet question through both of its phases. The scene mounts one QuestionUi per
 * question, and the vote is the same question's second phase, so this swaps its own content: drawing (or
 * the projector's live grid) while the question runs, then the gallery once the ballot is here.
 *
 * The server holds the question a few seconds after the last answer (SETTLE_MS) so the room sees the last
 * duets drawn; a slow phone may still be animating, so the swap also waits for that (at most HOLD_MS).
 */
import { app } from '../../app-context';
import type { AppState } from '../../state/app-state';
import { h } from '../../ui/dom';
import type { QuestionUi } from '../round-ui';
import { HostDuetGrid } from './HostDuetGrid';
import { SketchDrawView } from './SketchDrawView';
import { VoteGalleryView } from './VoteGalleryView';

/** Longest wait for an animation before the gallery opens anyway: the vote's clock is already running. */
const HOLD_MS = 1500;

type Part = QuestionUi & { busy?(): boolean; focus?(): void };

export class SketchQuestionUi implements QuestionUi {
  readonly el = h('div', { className: 'sketch-question' });
  private part: Part;
  private mode: 'draw' | 'vote' = 'draw';
  private holdSince: number | null = null;
  private holdTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(state: AppState) {
    const voting = wantsVote(state);
    this.part = voting ? new VoteGalleryView(state) : state.session?.role === 'host' ? new HostDuetGrid(state) : new SketchDrawView(state);
    if (voting) this.mode = 'vote';
    this.el.append(this.part.el);
  }

  update(state: AppState): void {
    if (this.mode === 'draw' && wantsVote(state) && this.readyToVote()) {
      this.part.dispose();
      this.part = new VoteGalleryView(state);
      this.mode = 'vote';
      this.el.replaceChildren(this.part.el);
      this.part.focus?.();
      return;
    }
    this.part.update(state);
  }

  onKey(event: KeyboardEvent): boolean {
    return this.part.onKey?.(event) ?? false;
  }

  dispose(): void {
    if (this.holdTimer) clearTimeout(this.holdTimer);
    this.part.dispose();
  }

  /** Whether the drawing part may give way now; if not, checks again shortly by itself. */
  private readyToVote(): boolean {
    const now = performance.now();
    this.holdSince ??= now;
    if (!(this.part.busy?.() ?? false) || now - this.holdSince >= HOLD_MS) return true;
    this.holdTimer ??= setTimeout(() => {
      this.holdTimer = null;
      this.update(app().store.state);
    }, 200);
    return false;
  }
}

function wantsVote(state: AppState): boolean {
  return state.view?.phase === 'vote' && !!state.question?.ballot;
}
