/**
 * Waiting on the client's own state (exposed as window.neuralArcade.store for tests and the curious):
 * steadier than guessing from pixels when a test must wait for the server's echo.
 */
import type { Page } from 'playwright-core';
import type { AppState } from '../../../client/src/state/app-state';

export async function waitForState<A = undefined>(page: Page, predicate: (state: AppState, arg: A) => boolean, arg?: A, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    ({ source, arg: a }) => {
      const store = (window as unknown as { neuralArcade?: { store: { state: unknown } } }).neuralArcade?.store;
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      return !!store && (new Function(`return (${source})`)() as (s: unknown, x: unknown) => boolean)(store.state, a);
    },
    { source: predicate.toString(), arg },
    { timeout },
  );
}
