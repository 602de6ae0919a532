/**
 * The host's playlist: rounds in order, each with its kind and settings. Add, remove and reorder with
 * buttons (keyboard- and touch-friendly, unlike drag and drop). Every edit sends the whole list.
 */
import { DEFAULT_DIGITS_CONFIG } from '../../../shared/game/rounds/digits/schemas';
import { ROUND_KINDS, type PlaylistEntry } from '../../../shared/game/rounds/registry-schemas';
import { t } from '../i18n/index';
import { digitsConfigForm } from '../rounds/digits/config-form';
import { realOrAiConfigForm } from '../rounds/real-or-ai/config-form';
import { newRealOrAiEntry } from '../rounds/real-or-ai/real-or-ai-config';
import { sketchConfigForm } from '../rounds/sketch/config-form';
import { newSketchEntry } from '../rounds/sketch/sketch-config';
import { button, h } from './dom';

const MAX_ROUNDS = 10;

/** Kind-specific settings forms, one line per round kind. */
const CONFIG_FORMS: { [K in PlaylistEntry['kind']]: (entry: Extract<PlaylistEntry, { kind: K }>, id: string, set: (e: PlaylistEntry) => void) => HTMLElement } = {
  digits: (entry, id, set) => digitsConfigForm(entry.config, id, (config) => set({ ...entry, config })),
  sketch: (entry, id, set) => sketchConfigForm(entry.config, id, (config) => set({ ...entry, config })),
  'real-or-ai': (entry, id, set) => realOrAiConfigForm(entry.config, id, (config) => set({ ...entry, config })),
};

const NEW_ENTRY: Record<PlaylistEntry['kind'], () => PlaylistEntry> = {
  digits: () => ({ kind: 'digits', config: { ...DEFAULT_DIGITS_CONFIG } }),
  sketch: newSketchEntry,
  'real-or-ai': newRealOrAiEntry,
};

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = list.slice();
  if (to < 0 || to >= next.length) return next;
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

export function playlistEditor(playlist: readonly PlaylistEntry[], onChange: (next: PlaylistEntry[]) => void): HTMLElement {
  const list = h('ol', { className: 'playlist' });
  // Settings edits build on the latest list, not the one this editor was drawn from: the host may change
  // several fields before the editor is redrawn.
  let latest = playlist.slice();
  playlist.forEach((entry, index) => {
    const id = `round${index + 1}`;
    const replace = (next: PlaylistEntry) => {
      latest = latest.map((e, i) => (i === index ? next : e));
      onChange(latest);
    };
    const kind = h('select', { id: `${id}-kind`, className: 'input', 'data-testid': `${id}-kind` });
    for (const k of ROUND_KINDS) kind.append(h('option', { value: k, selected: k === entry.kind, text: t(`kind.${k}`) }));
    kind.addEventListener('change', () => replace(NEW_ENTRY[kind.value as PlaylistEntry['kind']]()));
    const form = (CONFIG_FORMS[entry.kind] as (e: PlaylistEntry, id: string, set: (e: PlaylistEntry) => void) => HTMLElement)(entry, id, replace);
    list.append(
      h(
        'li',
        { className: 'playlist-item', 'data-testid': `playlist-${id}` },
        h(
          'div',
          { className: 'playlist-head' },
          h('h3', { text: t('playlist.round', { n: index + 1 }) }),
          h(
            'div',
            { className: 'row tight' },
            button('↑', () => onChange(moveItem(latest, index, index - 1)), {
              variant: 'ghost',
              'aria-label': `${t('playlist.round', { n: index + 1 })}: ${t('playlist.up')}`,
              disabled: index === 0,
              testid: `${id}-up`,
            }),
            button('↓', () => onChange(moveItem(latest, index, index + 1)), {
              variant: 'ghost',
              'aria-label': `${t('playlist.round', { n: index + 1 })}: ${t('playlist.down')}`,
              disabled: index === playlist.length - 1,
              testid: `${id}-down`,
            }),
            button('✕', () => onChange(latest.filter((_, i) => i !== index)), {
              variant: 'ghost',
              'aria-label': `${t('playlist.round', { n: index + 1 })}: ${t('playlist.remove')}`,
              // The server needs at least one round.
              disabled: playlist.length <= 1,
              testid: `${id}-remove`,
            }),
          ),
        ),
        h('div', { className: 'field' }, h('label', { for: `${id}-kind`, className: 'label', text: t('playlist.kind') }), kind),
        form,
      ),
    );
  });
  return h(
    'section',
    { className: 'card stack playlist-editor', 'aria-labelledby': 'playlist-title' },
    h('h2', { id: 'playlist-title', text: t('playlist.title') }),
    list,
    button(`＋ ${t('playlist.add')}`, () => onChange([...latest, NEW_ENTRY.digits()]), {
      testid: 'playlist-add',
      disabled: playlist.length >= MAX_ROUNDS,
    }),
  );
}
