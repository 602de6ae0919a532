/**
 * Which deck of pictures a round plays, from the decks the server loaded. Out of the box only the built-in
 * handwritten digits exist, so the picker then says so plainly and tells the teacher how to add faces; a
 * deck folder the server refused is listed with its reason, so a broken deck is visible, not just missing.
 */
import { getLang, t } from '../../i18n/index';
import { h } from '../../ui/dom';
import { deckList, loadDeckList, type DeckOption, type DecksState } from './deck-list';
import { lateDefaultDeck } from './real-or-ai-config';

/** The commands a teacher types to add faces (tools/deck.ts); shown, never run, by the page. */
export const FETCH_LONDON = 'npm run deck -- fetch london';
export const IMPORT_DECK = 'npm run deck -- import --real <folder|zip> --name <name> --license <text>';

/** @param current the round's deck as of now (the form's latest edit) */
export function deckPicker(current: () => string, idPrefix: string, onPick: (deck: string) => void): HTMLElement {
  const id = `${idPrefix}-deck`;
  const box = h('fieldset', { className: 'field deck-picker', 'data-testid': `${idPrefix}-decks` });
  const render = (state: DecksState) => box.replaceChildren(h('legend', { className: 'label', text: t('roa.cfg.deck') }), ...body(state).filter((el): el is HTMLElement => el !== null));

  const body = (state: DecksState): (HTMLElement | null)[] => {
    if (state.status === 'loading') return [h('p', { className: 'hint', role: 'status', text: t('roa.cfg.loading') })];
    const decks = state.status === 'ok' ? state.decks : [];
    const chosen = current();
    const known = decks.find((d) => d.name === chosen);
    const select = h('select', { id, className: 'input', 'data-testid': id, 'aria-label': t('roa.cfg.deck') });
    for (const deck of decks) select.append(h('option', { value: deck.name, selected: deck.name === chosen, text: deckLabel(deck) }));
    // A deck the playlist names but the server does not have stays visible as such, not silently swapped.
    if (!known) select.append(h('option', { value: chosen, selected: true, text: t('roa.cfg.notInstalled', { name: chosen }) }));
    select.addEventListener('change', () => onPick(select.value));
    const faces = decks.filter((d) => !d.builtIn);
    return [
      select,
      known ? h('p', { className: 'hint deck-facts', text: t('roa.cfg.deckFacts', { levels: known.levels, side: known.side }) }) : null,
      known ? h('p', { className: 'hint credits-line', 'data-testid': `${id}-credits`, text: t('roa.credits', { credits: known.credits }) }) : null,
      state.status === 'failed' ? h('p', { className: 'notice', role: 'alert', text: `⚠ ${t('roa.cfg.failed')}` }) : null,
      !known && state.status === 'ok' ? h('p', { className: 'notice', role: 'alert', text: `⚠ ${t('roa.cfg.missingDeck', { name: chosen })}` }) : null,
      state.status === 'ok' && faces.length === 0 ? howToAddFaces(state.decksDir, idPrefix) : null,
      state.status === 'ok' && faces.length > 0 && state.decksDir ? h('p', { className: 'hint', text: t('roa.cfg.decksDir', { dir: state.decksDir }) }) : null,
      state.status === 'ok' && state.problems.length > 0 ? refused(state.problems, idPrefix) : null,
    ];
  };

  const state = deckList();
  render(state);
  if (state.status === 'loading') {
    void loadDeckList().then((loaded) => {
      if (!box.isConnected) return;
      const moved = loaded.status === 'ok' ? lateDefaultDeck(current(), loaded.decks) : null;
      // Moving the round's deck redraws the whole form through the playlist; otherwise fill in the picker.
      if (moved) onPick(moved);
      else render(loaded);
    });
  }
  return box;
}

function deckLabel(deck: DeckOption): string {
  return `${deck.title[getLang()]} · ${t('roa.cfg.deckCounts', { real: deck.real, generated: deck.generated })}`;
}

function howToAddFaces(decksDir: string, idPrefix: string): HTMLElement {
  return h(
    'div',
    { className: 'notice deck-help stack tight', role: 'note', 'data-testid': `${idPrefix}-deck-help` },
    h('p', { className: 'deck-help-title', text: t('roa.cfg.onlyDigits') }),
    h('p', { text: t('roa.cfg.addFaces') }),
    h('ul', { className: 'deck-commands' },
      h('li', {}, h('code', { text: FETCH_LONDON }), h('span', { className: 'hint', text: ` ${t('roa.cfg.fetchLondon')}` })),
      h('li', {}, h('code', { text: IMPORT_DECK }), h('span', { className: 'hint', text: ` ${t('roa.cfg.importOwn')}` })),
    ),
    h('p', { text: t('roa.cfg.restart') }),
    decksDir ? h('p', { className: 'hint' }, `${t('roa.cfg.decksDirLabel')} `, h('code', { 'data-testid': `${idPrefix}-decks-dir`, text: decksDir })) : null,
  );
}

function refused(problems: readonly string[], idPrefix: string): HTMLElement {
  return h(
    'div',
    { className: 'notice deck-problems stack tight', role: 'alert', 'data-testid': `${idPrefix}-deck-problems` },
    h('p', { text: `⚠ ${t('roa.cfg.refused', { n: problems.length })}` }),
    h('ul', { className: 'deck-problem-list' }, ...problems.map((p) => h('li', {}, h('code', { text: p })))),
  );
}
