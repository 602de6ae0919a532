/**
 * The projector during a Sketch Duet question: the prompt, how many have sent their opening, and every duet
 * as the AI finishes it, live and anonymous (the gallery vote comes next, so no names here).
 */
import type { SketchQuestionView } from '../../../../shared/game/rounds/sketch/schemas';
import { t } from '../../i18n/index';
import type { AppState } from '../../state/app-state';
import { h, setText } from '../../ui/dom';
import type { QuestionUi } from '../round-ui';
import { otherName, promptName } from './category-name';
import { DuetCanvas, duetLegend } from './duet-canvas';
import { SETTLE_MS } from './MyDuetPanel';

export class HostDuetGrid implements QuestionUi {
  readonly el: HTMLElement;
  private readonly grid = h('ol', { className: 'duet-grid', 'data-testid': 'host-duets' });
  private readonly empty = h('p', { className: 'hint', text: t('sketch.hostEmpty') });
  private readonly progress = h('p', { className: 'progress-huge', 'data-testid': 'host-progress' });
  /** In order of arrival (object key order would put all-digit ids first). */
  private readonly canvases = new Map<string, DuetCanvas>();

  constructor(state: AppState) {
    const view = state.question!.view as SketchQuestionView;
    const other = otherName(view.name);
    this.el = h(
      'div',
      { className: 'sketch-host', 'data-question-id': state.question!.id },
      h(
        'div',
        { className: 'sketch-head' },
        h('h2', { className: 'sketch-prompt sketch-prompt-host', 'data-testid': 'sketch-prompt' }, t('sketch.prompt', { name: '' }), h('strong', { text: promptName(view.name) })),
        other ? h('p', { className: 'sketch-prompt-other', text: other }) : null,
      ),
      this.progress,
      duetLegend(t('sketch.legendPlayer'), t('sketch.legendAi')),
      this.empty,
      this.grid,
    );
    this.update(state);
  }

  busy(): boolean {
    const now = performance.now();
    return [...this.canvases.values()].some((c) => now < c.doneAt + SETTLE_MS);
  }

  update(state: AppState): void {
    const q = state.question;
    if (!q) return;
    // In the vote (while the last duets finish animating) the progress counts votes, not drawings.
    const p = q.progress;
    if (state.view?.phase === 'question') setText(this.progress, p ? t('question.answered', { answered: p.answered, total: p.total }) : '');
    for (const [entryId, duet] of Object.entries(q.duets)) {
      let canvas = this.canvases.get(entryId);
      if (!canvas) {
        canvas = new DuetCanvas({ resolution: 260, frame: 'pad', animate: true, label: t('sketch.duetN', { n: this.canvases.size + 1 }), className: 'duet-thumb' });
        this.canvases.set(entryId, canvas);
        this.grid.append(h('li', { className: 'duet-cell' }, canvas.el));
      }
      canvas.set(duet.strokes);
    }
    this.empty.hidden = this.canvases.size > 0;
  }

  dispose(): void {
    for (const canvas of this.canvases.values()) canvas.dispose();
  }
}
