import { useEffect } from 'react';
import { useAppStore } from '../state/store';

/** True when a key press belongs to a text field or a control that uses arrows itself. */
function isEditing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el?.closest?.(
    'input, textarea, select, [contenteditable="true"], [role="listbox"], [role="slider"]',
  );
}

/**
 * App-wide keys: ← / → step through the links of the open chain (the camera follows), Escape
 * returns to the region list.
 */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isEditing(e.target)) return;
      const s = useAppStore.getState();
      if (s.page.kind === 'chain' && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
        e.preventDefault();
        s.stepLink(e.key === 'ArrowRight' ? 1 : -1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
