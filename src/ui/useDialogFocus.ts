import { useEffect, useEffectEvent, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The controls inside `box` that Tab can reach, in order. */
export function focusableIn(box: HTMLElement): HTMLElement[] {
  return [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.closest('[hidden], [inert]'),
  );
}

/**
 * What every modal dialog does with the keyboard: on open the focus moves in (to `initial`, or
 * the first control); Tab and Shift+Tab stay inside; Esc closes it wherever the focus is (a
 * click elsewhere must not strand it open); on close the focus goes back where it came from.
 * Keys are heard on the window in the capture phase, before the page's own shortcuts.
 */
export function useDialogFocus(
  box: RefObject<HTMLElement | null>,
  onClose: () => void,
  initial?: RefObject<HTMLElement | null>,
): void {
  const close = useEffectEvent(onClose);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = initial?.current ?? (box.current ? focusableIn(box.current)[0] : undefined);
    // Without scrolling: a tall dialog on a phone is read from its title down.
    (first ?? box.current)?.focus({ preventScroll: true });
    const onKey = (e: KeyboardEvent) => {
      const el = box.current;
      if (!el) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        close();
      } else if (e.key === 'Tab') {
        const items = focusableIn(el);
        if (!items.length) return;
        const at = items.indexOf(document.activeElement as HTMLElement);
        const next = e.shiftKey
          ? at <= 0
            ? items[items.length - 1]
            : items[at - 1]
          : at === -1 || at === items.length - 1
            ? items[0]
            : items[at + 1];
        e.preventDefault();
        next?.focus();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      if (opener?.isConnected) opener.focus();
    };
  }, [box, initial]);
}
