import { useLayoutEffect, useRef } from 'react';
import { destinationKey } from '../domain/destination';
import type { Page } from '../domain/url';

/**
 * A new destination opens at its top: the side panel's scroll belonged to the page before (a
 * technique opened from a chain's fifth link would otherwise open at its fifth step). Stepping
 * through one chain's links or a technique's time keeps it. On a phone the page itself scrolls,
 * so the panel's top is brought back into view when it has gone above the screen. Returns the
 * ref to put on the panel.
 */
export function useScrollTopOnNewDestination(page: Page) {
  const panel = useRef<HTMLElement>(null);
  const key = destinationKey(page);
  const shown = useRef(key);
  // A layout effect: it runs before the new content's own effects (a chain scrolling its active
  // link into view) and before the browser paints the old scroll position.
  useLayoutEffect(() => {
    const el = panel.current;
    if (!el || shown.current === key) return;
    shown.current = key;
    el.scrollTop = 0;
    if (el.getBoundingClientRect().top < 0) el.scrollIntoView({ block: 'start' });
  }, [key]);
  return panel;
}
