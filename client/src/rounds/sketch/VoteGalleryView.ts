/**
 * The vote: every duet of the question as a thumbnail, anonymous. A player taps (or arrows to and presses
 * Enter on) their favourite; their own is marked and cannot be chosen, and after voting their choice stays
 * highlighted while the others vote. The projector shows the same gallery read-only with the count.
 *
 * Keyboard: one thumbnail is in the tab order at a time (roving tabindex) and the arrow keys move through
 * the grid as it is laid out on this screen (gallery-nav.ts). The own entry stays focusable, marked
 * aria-disabled, so a screen reader user hears "yours" rather than finding a gap.
 */
import { app } from '../../app-context';
import { errorText, t } from '../../i18n/index';
import type { AppState } from '../../state/app-state';
import { button, h, setText } from '../../ui/dom';
import type { QuestionUi } from '../round-ui';
import { DuetCanvas, duetLegend, duetStrokes } from './duet-canvas';
import { columnsFromTops, galleryMove } from './gallery-nav';
import { myBallotEntry } from './my-duet';

interface Card {
  entryId: string;
  item: HTMLElement;
  tag: HTMLElement;
  canvas: DuetCanvas;
}

export class VoteGalleryView implements QuestionUi {
  readonly el: HTMLElement;
  private readonly isHost: boolean;
  private readonly heading: HTMLElement;
  private readonly cards: Card[];
  private readonly hint = h('p', { className: 'hint', 'data-testid': 'vote-hint' });
  private readonly status = h('p', { className: 'feedback', role: 'status', 'aria-live': 'polite', 'data-testid': 'vote-status' });
  private voting = false;
  private focusIndex = 0;

  constructor(state: AppState) {
    const ballot = state.question!.ballot!;
    this.isHost = state.session?.role === 'host';
    this.heading = h('h2', { className: 'vote-title', tabindex: -1, 'data-testid': 'vote-title', text: t('sketch.voteTitle') });
    this.cards = ballot.entries.map(({ entryId, view }, i) => {
      const canvas = new DuetCanvas({ resolution: 240, frame: 'ink', animate: false, label: t('sketch.duetN', { n: i + 1 }), className: 'duet-thumb' });
      canvas.set(duetStrokes(view.opening, view.completion));
      const tag = h('span', { className: 'vote-tag' });
      const caption = h('span', { className: 'vote-caption' }, h('span', { text: t('sketch.duetN', { n: i + 1 }) }), tag);
      const content = document.createDocumentFragment();
      content.append(canvas.el, caption);
      const item = this.isHost
        ? h('div', { className: 'vote-card is-readonly', 'data-entry-id': entryId }, content)
        : button(content, () => void this.vote(entryId), {
            className: 'vote-card',
            variant: 'ghost',
            testid: `vote-${i + 1}`,
            'data-entry-id': entryId,
            tabindex: -1,
          });
      if (!this.isHost) item.addEventListener('focus', () => this.setFocusIndex(i));
      return { entryId, item, tag, canvas };
    });
    const grid = h('ul', { className: 'vote-gallery', 'data-testid': 'vote-gallery' }, ...this.cards.map((c) => h('li', {}, c.item)));
    if (!this.isHost) grid.addEventListener('keydown', (e) => this.onGridKey(e));
    this.el = h(
      'div',
      { className: 'sketch-vote', 'data-testid': 'sketch-vote' },
      h('div', { className: 'sketch-head' }, this.heading, this.hint),
      h('div', { className: 'row vote-meta' }, duetLegend(t('sketch.legendPlayer'), t('sketch.legendAi'))),
      this.status,
      this.cards.length > 0 ? grid : h('p', { className: 'hint', text: t('sketch.galleryWait') }),
    );
    this.update(state);
  }

  /** After the switch from drawing: focus the heading so a screen reader announces the vote. */
  focus(): void {
    this.heading.focus({ preventScroll: true });
  }

  update(state: AppState): void {
    const q = state.question;
    const ballot = q?.ballot;
    if (!q || !ballot) return;
    const votedFor = ballot.mine.votedFor;
    const mine = myBallotEntry(q);
    // Keyboard users start on a drawing they can vote for (my entry may only just have become known).
    const focusInside = this.cards.some((c) => c.item === document.activeElement);
    if (!focusInside && this.cards[this.focusIndex]?.entryId === mine) this.focusIndex = Math.max(0, this.cards.findIndex((c) => c.entryId !== mine));
    const closed = this.isHost || votedFor !== null || this.voting || !!state.view?.paused;
    this.cards.forEach((card, i) => {
      const isMine = card.entryId === mine;
      const isChoice = card.entryId === votedFor;
      card.item.classList.toggle('is-mine', isMine);
      card.item.classList.toggle('is-chosen', isChoice);
      setText(card.tag, isMine ? t('sketch.yours') : isChoice ? t('sketch.yourVote') : '');
      card.tag.hidden = !isMine && !isChoice;
      if (this.isHost) return;
      const unavailable = isMine || closed;
      card.item.setAttribute('aria-disabled', String(unavailable));
      card.item.setAttribute('aria-pressed', String(isChoice));
      card.item.setAttribute('aria-label', `${t('sketch.duetN', { n: i + 1 })}${isMine ? `, ${t('sketch.yours')}` : isChoice ? `, ${t('sketch.yourVote')}` : ''}`);
      card.item.tabIndex = i === this.focusIndex ? 0 : -1;
    });
    // A player whose drawing is the only one has nothing to choose from: say so instead of "tap your favourite".
    const nothingToVote = !this.isHost && this.cards.every((c) => c.entryId === mine);
    setText(this.hint, t(this.isHost ? 'sketch.voteHostHint' : nothingToVote ? 'sketch.noneToVote' : 'sketch.voteHint'));
    // setText only touches the live region when the words change, so a screen reader says "Voted" once,
    // not again on every vote anyone else casts.
    if (!this.isHost && votedFor !== null && !this.voting) setText(this.status, t('sketch.voted'));
  }

  onKey(): boolean {
    return false;
  }

  dispose(): void {
    for (const card of this.cards) card.canvas.dispose();
  }

  private setFocusIndex(index: number): void {
    this.focusIndex = index;
    this.cards.forEach((card, i) => (card.item.tabIndex = i === index ? 0 : -1));
  }

  private onGridKey(event: KeyboardEvent): void {
    const from = this.cards.findIndex((c) => c.item === document.activeElement);
    if (from < 0) return;
    const columns = columnsFromTops(this.cards.map((c) => c.item.getBoundingClientRect().top));
    const to = galleryMove(from, event.key, this.cards.length, columns);
    if (to === null) return;
    event.preventDefault();
    this.setFocusIndex(to);
    this.cards[to]!.item.focus();
  }

  private async vote(entryId: string): Promise<void> {
    const state = app().store.state;
    const ballot = state.question?.ballot;
    if (this.isHost || this.voting || !ballot || ballot.mine.votedFor !== null || state.view?.paused) return;
    const q = state.question!;
    if (entryId === myBallotEntry(q)) {
      this.status.replaceChildren(h('span', { className: 'hint', text: errorText('INVALID_VOTE') }));
      return;
    }
    this.voting = true;
    setText(this.status, t('sketch.voting'));
    this.update(state);
    const failure = await app().controller.vote(entryId);
    this.voting = false;
    if (failure) this.status.replaceChildren(h('span', { className: 'is-wrong', text: `⚠ ${errorText(failure)}` }));
    this.update(app().store.state);
  }
}
