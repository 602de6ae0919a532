/**
 * Inline SVG icons. Emoji are not safe here: classroom machines and the test browser often lack a colour
 * emoji font and show empty boxes. These are decorative (aria-hidden); the text next to them carries the
 * meaning, so nothing relies on an icon or its colour alone.
 */
const PATHS = {
  play: '<path d="M7 4l13 8-13 8z" fill="currentColor" stroke="none"/>',
  pause: '<rect x="6" y="4" width="4" height="16" fill="currentColor" stroke="none"/><rect x="14" y="4" width="4" height="16" fill="currentColor" stroke="none"/>',
  next: '<path d="M4 4l10 8-10 8z" fill="currentColor" stroke="none"/><rect x="16" y="4" width="4" height="16" fill="currentColor" stroke="none"/>',
  stop: '<rect x="5" y="5" width="14" height="14" rx="2" fill="currentColor" stroke="none"/>',
  lock: '<rect x="5" y="11" width="14" height="10" rx="2" fill="currentColor" stroke="none"/><path d="M8 11V7a4 4 0 0 1 8 0v4"/>',
  unlock: '<rect x="5" y="11" width="14" height="10" rx="2" fill="currentColor" stroke="none"/><path d="M8 11V7a4 4 0 0 1 7.7-1.5"/>',
  robot: '<rect x="4" y="8" width="16" height="12" rx="3"/><circle cx="9.5" cy="14" r="1.6" fill="currentColor"/><circle cx="14.5" cy="14" r="1.6" fill="currentColor"/><path d="M12 8V4"/><circle cx="12" cy="3.5" r="1.4" fill="currentColor"/><path d="M2 13v3M22 13v3"/>',
  timer: '<circle cx="12" cy="13" r="8"/><path d="M12 13V9M9 2h6"/>',
  hourglass: '<path d="M6 3h12M6 21h12M7 3c0 5 10 5 10 9s-10 4-10 9M17 3c0 5-10 5-10 9s10 4 10 9"/>',
  trophy: '<path d="M7 4h10v5a5 5 0 0 1-10 0z"/><path d="M7 6H4a3 3 0 0 0 3 4M17 6h3a3 3 0 0 1-3 4M12 14v4M8 21h8M9 18h6"/>',
  flag: '<path d="M5 21V4"/><path d="M5 4h12l-2 4 2 4H5" fill="currentColor"/>',
  monitor: '<rect x="3" y="4" width="18" height="12" rx="2"/><path d="M9 20h6M12 16v4"/>',
  gamepad: '<rect x="2" y="7" width="20" height="11" rx="5"/><path d="M7 10v5M4.5 12.5h5"/><circle cx="15.5" cy="11" r="1.2" fill="currentColor"/><circle cx="18" cy="14" r="1.2" fill="currentColor"/>',
  door: '<path d="M5 21V3h10v18M3 21h14"/><circle cx="12" cy="12" r="1" fill="currentColor"/><path d="M17 12h5M19.5 9.5 22 12l-2.5 2.5"/>',
  hand: '<path d="M8 13V5.5a1.5 1.5 0 0 1 3 0V12M11 11V4a1.5 1.5 0 0 1 3 0v7M14 11V5.5a1.5 1.5 0 0 1 3 0V14a7 7 0 0 1-7 7 6 6 0 0 1-5-3l-2.5-4.5a1.5 1.5 0 0 1 2.6-1.5L8 15"/>',
  pencil: '<path d="M4 20l1-5L16 4l4 4L9 19z"/><path d="M14 6l4 4"/>',
  eye: '<path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z"/><circle cx="12" cy="12" r="3"/>',
  erase: '<path d="M8 5h12v14H8l-6-7z"/><path d="M11 9l6 6M17 9l-6 6"/>',
  check: '<path d="M4 12l5 5L20 6"/>',
  download: '<path d="M12 3v12M7 10l5 5 5-5M4 20h16"/>',
  again: '<path d="M20 12a8 8 0 1 1-2.3-5.7M20 4v5h-5"/>',
  plus: '<path d="M12 5v14M5 12h14"/>',
} as const;

export type IconName = keyof typeof PATHS;

export function icon(name: IconName, className = ''): SVGSVGElement {
  const wrapper = document.createElement('span');
  wrapper.innerHTML = `<svg class="icon ${className}" viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${PATHS[name]}</svg>`;
  return wrapper.firstChild as SVGSVGElement;
}

/** An icon followed by text, as one inline fragment (for buttons and headings). */
export function withIcon(name: IconName, text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(icon(name), document.createTextNode(` ${text}`));
  return fragment;
}
