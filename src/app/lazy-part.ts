/**
 * A part of the app that is not in the first script (a panel, the chain drawing, the technique
 * player…): loaded on first use through a dynamic import, remembered once loaded, and able to try
 * again after a failed load (offline before the service worker had it, a flaky network), so the
 * user sees a notice with a retry instead of a blank panel.
 */
export type PartState<T> =
  | { status: 'idle' | 'loading' }
  | { status: 'loaded'; module: T }
  | { status: 'failed'; error: Error };

export interface LazyPart<T> {
  /** What it is, in the user's words ("The side panel"); used in the failure notice. */
  readonly name: string;
  get(): PartState<T>;
  /** Starts the load unless it is loading or loaded; resolves to the module, or null on failure. */
  load(): Promise<T | null>;
  subscribe(listener: () => void): () => void;
}

export function lazyPart<T>(name: string, loader: () => Promise<T>): LazyPart<T> {
  let state: PartState<T> = { status: 'idle' };
  let pending: Promise<T | null> | null = null;
  const listeners = new Set<() => void>();
  const set = (next: PartState<T>) => {
    state = next;
    for (const l of listeners) l();
  };
  return {
    name,
    get: () => state,
    load() {
      if (state.status === 'loaded') return Promise.resolve(state.module);
      pending ??= (async () => {
        set({ status: 'loading' });
        try {
          const module = await loader();
          set({ status: 'loaded', module });
          return module;
        } catch (e) {
          set({ status: 'failed', error: e instanceof Error ? e : new Error(String(e)) });
          return null;
        } finally {
          pending = null;
        }
      })();
      return pending;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
