/**
 * Building blocks of a round's settings form (rounds/<kind>/config-form.ts): one labelled native control per
 * field, so keyboard, touch and screen readers work, with ids and test ids `<prefix>-<key>`.
 */
import { t, type MessageKey } from '../i18n/index';
import { h } from './dom';

export interface ConfigFields {
  /** A labelled row around a control made by the other helpers with the same key. */
  field(key: string, label: MessageKey, control: HTMLElement): HTMLElement;
  /** A select over `options`; `onPick` gets the chosen option itself. */
  select<T>(key: string, options: readonly T[], current: T, labelOf: (value: T) => string, onPick: (value: T) => void): HTMLSelectElement;
  /** A whole-number input clamped to min..max; `onValue` only hears real changes. */
  count(key: string, value: number, min: number, max: number, onValue: (n: number) => void): HTMLInputElement;
  /** A checkbox with its label beside it (the whole row). */
  check(key: string, label: MessageKey, checked: boolean, onValue: (checked: boolean) => void): HTMLElement;
}

/** Clamp what a person typed into min..max (1 field-wide default when it is not a number). */
export function clampCount(raw: string | number, min: number, max: number): number {
  const n = Math.round(Number(raw));
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : min;
}

export function configFields(idPrefix: string): ConfigFields {
  const id = (key: string) => `${idPrefix}-${key}`;
  return {
    field: (key, label, control) => h('div', { className: 'field' }, h('label', { for: id(key), className: 'label', text: t(label) }), control),
    select: (key, options, current, labelOf, onPick) => {
      const el = h('select', { id: id(key), className: 'input', 'data-testid': id(key) });
      options.forEach((value, i) => el.append(h('option', { value: String(i), selected: value === current, text: labelOf(value) })));
      el.addEventListener('change', () => onPick(options[Number(el.value)]!));
      return el;
    },
    count: (key, value, min, max, onValue) => {
      const el = h('input', { id: id(key), 'data-testid': id(key), className: 'input input-number', type: 'number', min, max, step: 1, inputmode: 'numeric', value });
      let last = value;
      el.addEventListener('change', () => {
        const n = clampCount(el.value, min, max);
        el.value = String(n);
        if (n !== last) onValue((last = n));
      });
      return el;
    },
    check: (key, label, checked, onValue) => {
      const box = h('input', { id: id(key), 'data-testid': id(key), type: 'checkbox', className: 'checkbox', checked });
      box.addEventListener('change', () => onValue(box.checked));
      return h('div', { className: 'field field-check' }, box, h('label', { for: id(key), className: 'label', text: t(label) }));
    },
  };
}
