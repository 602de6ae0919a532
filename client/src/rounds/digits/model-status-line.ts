import { t } from '../../i18n/index';
import { loadDigitRuntime, modelStatus, onModelStatus, type DigitRuntime } from '../../ml/digit-model';
import { h, setText } from '../../ui/dom';

/**
 * A small "loading model…" line that disappears once the in-browser model is ready, and the promise of
 * that model. The model is fetched the first time a question needs it, not before.
 */
export function modelStatusLine(onReady: (runtime: DigitRuntime) => void): { el: HTMLElement; dispose(): void } {
  const el = h('p', { className: 'model-status hint', role: 'status', 'data-testid': 'model-status' });
  const show = () => {
    const status = modelStatus();
    setText(el, status === 'loading' || status === 'idle' ? `… ${t('model.loading')}` : status === 'failed' ? `⚠ ${t('model.failed')}` : '');
    el.hidden = status === 'ready';
  };
  const off = onModelStatus(show);
  let disposed = false;
  loadDigitRuntime()
    .then((runtime) => !disposed && onReady(runtime))
    .catch(() => undefined);
  show();
  return {
    el,
    dispose: () => {
      disposed = true;
      off();
    },
  };
}
