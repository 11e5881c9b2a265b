import { useEffect, useState } from 'react';
import { useAppStore } from '../../state/store';

/**
 * The keys of the sources "Pain here may come from" lists now (best first), from the pain maps
 * chunk (loaded here only when the lecturer opens the poll tools); empty until the body is ready.
 */
export function useDifferentialKeys(): string[] {
  const ready = useAppStore((s) => s.modelStatus === 'ready');
  const page = useAppStore((s) => s.page);
  const touched = useAppStore((s) => s.touched);
  const paint = useAppStore((s) => s.paint);
  const [keys, setKeys] = useState<string[]>([]);
  useEffect(() => {
    if (!ready) return;
    let alive = true;
    void import('../../scene/maps/plan-for-state').then(({ differentialFor }) => {
      if (!alive) return;
      const diff = differentialFor(useAppStore.getState());
      setKeys(diff ? diff.rows.map((r) => r.instance.key) : []);
    });
    return () => {
      alive = false;
    };
  }, [ready, page, touched, paint]);
  return keys;
}
