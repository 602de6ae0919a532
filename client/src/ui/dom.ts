/**
 * A tiny hyperscript helper for the DOM layer. Real elements (buttons, inputs, labels) give us IME input,
 * focus, tab order and screen readers for free, which a canvas cannot.
 */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'className') {
      el.className = String(value);
    } else if (name === 'text') {
      el.textContent = String(value);
    } else if (name === 'value' && 'value' in el) {
      (el as HTMLInputElement).value = String(value);
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children.flat());
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** A button that works by mouse, touch, Enter and Space (native), with a test id. */
export function button(
  label: string | Node,
  onClick: () => void,
  attrs: Attrs & { testid?: string; variant?: 'primary' | 'secondary' | 'danger' | 'ghost' } = {},
): HTMLButtonElement {
  const { testid, variant = 'secondary', className, ...rest } = attrs;
  const el = h('button', {
    type: 'button',
    className: `btn btn-${variant}${className ? ` ${String(className)}` : ''}`,
    'data-testid': testid,
    ...rest,
  });
  append(el, [label]);
  activateOnTouchRelease(el, onClick);
  el.addEventListener('click', (event) => {
    event.preventDefault();
    if (!el.disabled && !recentlyTouched.has(el)) onClick();
  });
  return el;
}

/** Buttons a finger has just activated: the click the browser may synthesise after the touch is a duplicate. */
const recentlyTouched = new WeakSet<HTMLElement>();
const TOUCH_CLICK_WINDOW_MS = 800;

/**
 * A phone does not fire "click" after a touch it counts as a long press, and a child often presses and
 * holds. So a finger lifted over the button activates it, whatever the browser thinks of the gesture; a
 * finger that slid off (or started a scroll, which cancels the pointer) does not. The browser's own click
 * for that touch is then cancelled (preventDefault on touchend): the screen has usually changed by then,
 * and a late click would land on whatever button now sits under the finger.
 */
function activateOnTouchRelease(el: HTMLButtonElement, onActivate: () => void): void {
  el.addEventListener('contextmenu', (event) => event.preventDefault());
  el.addEventListener('touchend', (event) => {
    if (recentlyTouched.has(el) && event.cancelable) event.preventDefault();
  });
  el.addEventListener('pointerup', (event) => {
    if (event.pointerType !== 'touch' || el.disabled) return;
    const box = el.getBoundingClientRect();
    const inside =
      event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) return;
    recentlyTouched.add(el);
    setTimeout(() => recentlyTouched.delete(el), TOUCH_CLICK_WINDOW_MS);
    onActivate();
  });
}

/**
 * Rebuild part of a screen without losing a keyboard user's place: focus returns to the control with the
 * same data-testid. If focus was on its way somewhere inside when the rebuild happened (a Tab that fired
 * a "change"), it goes where it was going.
 */
export function keepingFocus(container: HTMLElement, rebuild: () => void): void {
  const active = document.activeElement as HTMLElement | null;
  const key = active && container.contains(active) ? active.dataset.testid : undefined;
  rebuild();
  const restore = (k: string | undefined) => k && container.querySelector<HTMLElement>(`[data-testid="${CSS.escape(k)}"]`)?.focus();
  restore(key);
  const goingTo = pendingFocus.get(container);
  if (goingTo) {
    pendingFocus.delete(container);
    setTimeout(() => {
      if (document.activeElement === document.body || !document.activeElement?.isConnected) restore(goingTo);
    }, 0);
  }
}

/** Where focus was heading when it last left a control in the container (see keepingFocus). */
const pendingFocus = new WeakMap<HTMLElement, string>();

export function trackFocusMoves(container: HTMLElement): void {
  container.addEventListener('focusout', (event) => {
    const next = (event as FocusEvent).relatedTarget as HTMLElement | null;
    if (next?.dataset?.testid && container.contains(next)) pendingFocus.set(container, next.dataset.testid);
  });
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Replace an element's text only when it changed, so screen readers are not spammed by live regions. */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** replaceChildren that skips null/false children (optional parts of a screen). */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}
