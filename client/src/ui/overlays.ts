/**
 * What sits above every screen: the top bar (title, connection status, language switch), the paused
 * curtain, the "host is away" banner and error toasts. Plain DOM, re-rendered from the store.
 */
import { errorText, getLang, LANGS, onLangChange, setLang, t } from '../i18n/index';
import type { AppState } from '../state/app-state';
import type { AppController } from '../state/app-controller';
import type { Store } from '../state/store';
import { button, fill, h, setText } from './dom';
import { icon, withIcon } from './icons';

const TOAST_MS = 5000;

export function mountOverlays(store: Store, controller: AppController): void {
  const topbar = document.getElementById('topbar')!;
  const overlays = document.getElementById('overlays')!;
  const status = h('div', { className: 'conn-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'connection-status' });
  const langSwitch = h('div', { className: 'lang-switch', role: 'group' });
  const brand = h('div', { className: 'brand' });
  topbar.replaceChildren(brand, status, langSwitch);

  const paused = h('div', { className: 'paused-curtain', 'data-testid': 'paused-overlay', role: 'alert', hidden: true });
  const hostAway = h('div', { className: 'banner banner-warn', role: 'status', hidden: true });
  const toast = h('div', { className: 'toast', role: 'alert', 'data-testid': 'toast', hidden: true });
  overlays.replaceChildren(paused, hostAway, toast);
  let toastTimer: ReturnType<typeof setTimeout> | undefined;

  const renderStatic = () => {
    brand.replaceChildren(h('span', { className: 'brand-ko', text: t('app.titleKo') }), ' ', h('span', { className: 'brand-en', text: t('app.title') }));
    langSwitch.setAttribute('aria-label', t('lang.label'));
    langSwitch.replaceChildren(
      ...LANGS.map((lang) =>
        button(t(`lang.${lang}`), () => setLang(lang), {
          variant: 'ghost',
          testid: `lang-${lang}`,
          lang,
          'aria-pressed': String(getLang() === lang),
        }),
      ),
    );
    render(store.state);
  };

  const render = (state: AppState) => {
    const inRoom = !!state.session && !!state.view;
    const conn = state.connection === 'connected' ? '' : t(state.connection === 'connecting' ? 'status.connecting' : 'status.reconnecting');
    setText(status, conn ? `⚠ ${conn}` : '');
    status.classList.toggle('is-visible', !!conn);

    const showPaused = inRoom && !!state.view?.paused && state.view.phase !== 'lobby';
    const justPaused = showPaused && paused.hidden;
    paused.hidden = !showPaused;
    // While the curtain is down the screen behind it is out of reach (inert), and focus is on "Resume".
    document.getElementById('screens')?.toggleAttribute('inert', showPaused);
    if (showPaused) {
      fill(paused, 
        h('div', { className: 'paused-icon' }, icon('pause')),
        h('div', { className: 'paused-title', text: t('status.paused') }),
        h('div', { className: 'paused-hint', text: t('status.pausedHint') }),
        state.session?.role === 'host'
          ? button(withIcon('play', `${t('host.resume')} (P)`), () => void controller.host('host:resume'), { variant: 'primary', testid: 'paused-resume' })
          : null,
      );
      if (justPaused) paused.querySelector<HTMLElement>('[data-testid="paused-resume"]')?.focus();
    }

    hostAway.hidden = !(inRoom && state.session?.role === 'player' && state.view?.hostConnected === false);
    setText(hostAway, t('status.hostAway'));

    if (state.error) {
      toast.hidden = false;
      toast.replaceChildren(
        h('span', { text: `⚠ ${errorText(state.error.code)}` }),
        button('✕', () => controller.dismissError(), { variant: 'ghost', 'aria-label': t('common.dismiss') }),
      );
      clearTimeout(toastTimer);
      const shownAt = state.error.at;
      toastTimer = setTimeout(() => {
        if (store.state.error?.at === shownAt) controller.dismissError();
      }, TOAST_MS);
    } else {
      toast.hidden = true;
    }
  };

  store.subscribe((state, previous) => {
    if (state.connection !== previous.connection || state.view !== previous.view || state.error !== previous.error || state.session !== previous.session) {
      render(state);
    }
  });
  onLangChange(renderStatic);
  renderStatic();
}
