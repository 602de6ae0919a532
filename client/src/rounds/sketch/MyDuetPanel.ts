/**
 * After a player sends their opening: their duet, with the AI's strokes drawing themselves in as the server
 * streams them, then what the classifier made of the finished drawing. The verdict waits until the
 * animation is done, so it does not give the ending away.
 */
import type { SketchJudgement } from '../../../../shared/game/rounds/sketch/schemas';
import type { Point } from '../../../../shared/strokes/types';
import { t } from '../../i18n/index';
import type { QuestionState } from '../../state/app-state';
import { h, setText } from '../../ui/dom';
import { withIcon } from '../../ui/icons';
import { percent } from '../digits/prob-bars';
import { categoryLabel } from './category-name';
import { DuetCanvas, duetLegend } from './duet-canvas';
import { createGuessBars } from './guess-bars';
import { myDuetStrokes, sketchJudgement } from './my-duet';

/** After the last stroke, a moment to take the finished drawing and its verdict in. */
export const SETTLE_MS = 1500;

type Opening = readonly (readonly Point[])[];

export class MyDuetPanel {
  readonly el: HTMLElement;
  private readonly canvas: DuetCanvas;
  private readonly status = h('p', { className: 'duet-status', role: 'status', 'data-testid': 'duet-status' });
  private readonly verdict = h('div', { className: 'duet-verdict', 'aria-live': 'polite', 'data-testid': 'duet-verdict' });
  private readonly bars: ReturnType<typeof createGuessBars>;
  private last: { q: QuestionState; opening: Opening | null } | null = null;
  /** The verdict on screen, so repeated updates do not rebuild (and re-announce) it. */
  private shownVerdict = '';

  constructor(
    private readonly category: string,
    private readonly promptLabel: string,
    /** A note above the duet (e.g. that time ran out and the drawing was sent). */
    note: string | null,
  ) {
    this.canvas = new DuetCanvas({
      resolution: 420,
      frame: 'pad',
      animate: true,
      label: t('sketch.duetLabel'),
      className: 'duet-big',
      testid: 'my-duet',
      onSettled: () => this.refresh(),
    });
    this.bars = createGuessBars(category, 'verdict-bars');
    this.el = h(
      'section',
      { className: 'my-duet stack center', 'data-testid': 'my-duet-panel' },
      note ? h('p', { className: 'notice', text: note }) : null,
      this.canvas.el,
      duetLegend(t('sketch.legendYou'), t('sketch.legendAi')),
      this.status,
      this.verdict,
    );
  }

  /** The AI is still drawing, or only just finished (the screen should not switch away yet). */
  get busy(): boolean {
    return performance.now() < this.canvas.doneAt + SETTLE_MS;
  }

  update(q: QuestionState, opening: Opening | null): void {
    this.last = { q, opening };
    this.refresh();
  }

  dispose(): void {
    this.canvas.dispose();
  }

  private refresh(): void {
    if (!this.last) return;
    const { q, opening } = this.last;
    const judgement = sketchJudgement(q.mine?.last?.judgement);
    const entryId = q.myEntryId ?? judgement?.entryId ?? null;
    const duet = entryId ? q.duets[entryId] : undefined;
    this.canvas.set(myDuetStrokes(duet, judgement, opening));
    const drawing = !(duet?.finished || judgement) || this.canvas.animating;
    if (drawing) {
      if (this.status.textContent?.trim() !== t('sketch.finishing')) this.status.replaceChildren(withIcon('robot', t('sketch.finishing')));
    } else {
      setText(this.status, q.mine && !judgement ? t('sketch.sent') : t('sketch.finished'));
    }
    this.showVerdict(drawing ? null : judgement);
  }

  private showVerdict(judgement: SketchJudgement | null): void {
    const key = judgement ? judgement.entryId : '';
    if (key === this.shownVerdict) return;
    this.shownVerdict = key;
    if (!judgement) return this.verdict.replaceChildren();
    const top = judgement.guesses[0];
    const recognised = top?.category === this.category;
    const lines: HTMLElement[] = [];
    if (top) {
      lines.push(
        h('p', {
          className: `verdict-line ${recognised ? 'is-right' : ''}`,
          'data-testid': 'verdict-text',
          text: t('sketch.aiSees', { name: categoryLabel(top.category), pct: percent(top.probability) }),
        }),
      );
    }
    lines.push(
      judgement.recognisability === null
        ? h('p', { className: 'hint', 'data-testid': 'verdict-unjudged', text: t('sketch.cantJudge') })
        : h('p', { className: 'label', text: t('sketch.looksLike', { name: this.promptLabel, pct: percent(judgement.recognisability) }) }),
    );
    this.bars.update(judgement.guesses);
    this.verdict.replaceChildren(...lines, this.bars.el, h('p', { className: 'hint', text: t('sketch.waitOthers') }));
  }
}
