/**
 * "What to draw": every built-in category (the default), or a chosen set, including categories drawn by
 * Magenta models the teacher downloaded. The list comes from the server once (sketch-categories.ts); the
 * picker shows "loading…" and fills in by itself. Without the list it says why, and the round still works
 * with the built-in categories.
 */
import { getLang, t } from '../../i18n/index';
import { h, setText } from '../../ui/dom';
import { loadSketchCategories, sketchCategories, type CategoriesState } from './sketch-categories';
import { categoryGroups, explicitBuiltIns, toggleCategory, type SketchCategoryOption } from './sketch-config';

export function categoryPicker(chosen: readonly string[], idPrefix: string, onChange: (categories: string[]) => void): HTMLElement {
  const box = h('fieldset', { className: 'field category-picker', 'data-testid': `${idPrefix}-categories` });
  const render = (state: CategoriesState) => box.replaceChildren(h('legend', { className: 'label', text: t('sketch.cfg.categories') }), ...body(state));
  let current = [...chosen];

  const body = (state: CategoriesState): HTMLElement[] => {
    if (state.status === 'loading') return [h('p', { className: 'hint', role: 'status', text: t('sketch.cfg.loading') })];
    if (state.status === 'failed') return [h('p', { className: 'hint', 'data-testid': `${idPrefix}-categories-failed`, text: `⚠ ${t('sketch.cfg.failed')}` })];
    if (!state.available) return [h('p', { className: 'notice', role: 'alert', 'data-testid': `${idPrefix}-sketch-unavailable`, text: `⚠ ${t('sketch.cfg.unavailable')}` })];
    const groups = categoryGroups(state.categories, current);
    const note = h('p', { className: 'hint', role: 'status', 'aria-live': 'polite' });
    const all = h('input', { id: `${idPrefix}-all-categories`, 'data-testid': `${idPrefix}-all-categories`, type: 'checkbox', className: 'checkbox', checked: current.length === 0 });
    all.addEventListener('change', () => {
      current = all.checked ? [] : explicitBuiltIns(groups);
      onChange(current);
      render(state);
    });
    const tick = (option: Pick<SketchCategoryOption, 'id' | 'recognisable'> & { label: string }) => {
      const id = `${idPrefix}-category-${option.id}`;
      const input = h('input', { id, 'data-testid': id, type: 'checkbox', className: 'checkbox', checked: current.includes(option.id) });
      input.addEventListener('change', () => {
        const next = toggleCategory(current, option.id, input.checked);
        if (!next) {
          input.checked = true;
          setText(note, t('sketch.cfg.keepOne'));
          return;
        }
        setText(note, '');
        current = next;
        onChange(current);
      });
      return h(
        'li',
        { className: 'category-chip' },
        input,
        h('label', { for: id }, option.label, option.recognisable ? null : h('span', { className: 'tag', text: t('sketch.cfg.notJudged') })),
      );
    };
    const lang = getLang();
    const list = (title: string, options: { id: string; recognisable: boolean; label: string }[]) =>
      options.length === 0 ? null : h('div', { className: 'stack tight' }, h('p', { className: 'hint', text: title }), h('ul', { className: 'category-list' }, ...options.map(tick)));
    const named = (options: SketchCategoryOption[]) => options.map((o) => ({ id: o.id, recognisable: o.recognisable, label: o.name[lang] }));
    const parts: (HTMLElement | null)[] = [
      h('div', { className: 'field field-check' }, all, h('label', { for: `${idPrefix}-all-categories`, className: 'label', text: t('sketch.cfg.allBuiltIn', { n: groups.builtIn.length }) })),
    ];
    if (current.length > 0) {
      parts.push(
        list(t('sketch.cfg.builtIn'), named(groups.builtIn)),
        list(t('sketch.cfg.downloaded'), named(groups.downloaded)),
        list(t('sketch.cfg.missing'), groups.missing.map((id) => ({ id, recognisable: true, label: id.replaceAll('_', ' ') }))),
      );
    }
    if (state.problems.length > 0) parts.push(h('p', { className: 'hint', text: `⚠ ${t('sketch.cfg.problems')}` }));
    parts.push(note);
    return parts.filter((p): p is HTMLElement => p !== null);
  };

  const state = sketchCategories();
  render(state);
  if (state.status === 'loading') void loadSketchCategories().then((loaded) => box.isConnected && render(loaded));
  return box;
}
