import { useEffect, useSyncExternalStore } from 'react';
import type { LazyPart, PartState } from './lazy-part';

/** The part's load state; starts loading it once `wanted` is true (and never unloads it). */
export function useLazyPart<T>(part: LazyPart<T>, wanted = true): PartState<T> {
  const state = useSyncExternalStore(part.subscribe, part.get);
  useEffect(() => {
    if (wanted && part.get().status === 'idle') void part.load();
  }, [part, wanted]);
  return state;
}
