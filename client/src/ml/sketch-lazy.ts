/**
 * A model the browser fetches the first time a screen asks for it, shared by every later caller, with a
 * status screens can show ("loading…", or quietly nothing when it failed). Sketch Duet has two: the ghost's
 * decoder and the classifier behind the live guesses. A failed load can be retried by asking again.
 */
export type LazyStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface LazyModel<T> {
  load(): Promise<T>;
  status(): LazyStatus;
  /** @returns a function that stops listening */
  onStatus(listener: (status: LazyStatus) => void): () => void;
}

export function lazyModel<T>(what: string, create: () => Promise<T>): LazyModel<T> {
  let loading: Promise<T> | null = null;
  let status: LazyStatus = 'idle';
  const listeners = new Set<(status: LazyStatus) => void>();
  const setStatus = (next: LazyStatus) => {
    status = next;
    for (const listener of [...listeners]) listener(next);
  };
  return {
    load() {
      if (!loading) {
        setStatus('loading');
        loading = create().then(
          (model) => {
            setStatus('ready');
            return model;
          },
          (error: unknown) => {
            console.warn(`${what} unavailable`, error);
            loading = null;
            setStatus('failed');
            throw error;
          },
        );
      }
      return loading;
    },
    status: () => status,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
