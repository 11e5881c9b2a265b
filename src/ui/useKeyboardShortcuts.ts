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
 * App-wide keys: ← / → step through the links of the open chain (the camera follows); on a
 * technique, space plays or pauses and ← / → step through its phases.
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
      if (s.page.kind === 'technique') {
        // The keys press the player's own buttons, so the contraindications shown before the
        // first play apply to the keyboard exactly as to the mouse.
        const name = {
          ' ': s.playing ? 'Pause' : 'Play',
          ArrowRight: 'Next step',
          ArrowLeft: 'Previous step',
        }[e.key];
        const button = name
          ? document.querySelector<HTMLButtonElement>(
              `[aria-label="Technique player"] button[aria-label="${name}"]`,
            )
          : null;
        if (button && !(e.target as HTMLElement | null)?.closest?.('button')) {
          e.preventDefault();
          button.click();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
