import type { ReactNode } from 'react';
import type { LazyPart } from './lazy-part';
import { useLazyPart } from './useLazyPart';

interface Props<T> {
  part: LazyPart<T>;
  /** False until the part is needed; it is then loaded once and kept. */
  wanted?: boolean;
  children: (module: T) => ReactNode;
  /** Shown while the part loads (nothing by default). */
  fallback?: ReactNode;
}

/**
 * Renders a lazily loaded part once its code has arrived. A failed load shows what is missing and
 * a Retry button in place of the part, never a blank area.
 */
export function LazyPanel<T>({ part, wanted = true, children, fallback = null }: Props<T>) {
  const state = useLazyPart(part, wanted);
  if (state.status === 'loaded') return <>{children(state.module)}</>;
  if (state.status !== 'failed') return <>{fallback}</>;
  return (
    <div className="area-error" role="alert">
      <p>
        <strong>{part.name} could not be loaded.</strong> The connection may be down; the rest of
        OMT Atlas still works.
      </p>
      <button type="button" onClick={() => void part.load()}>
        Retry
      </button>
    </div>
  );
}
