import type { Page } from '../domain/url';

/**
 * A key for pages whose content replaces what the user just acted on (a chain, a technique, a
 * condition), or null where the focus should stay put (home; a region, chosen while browsing the
 * list or the body). When the key changes, the focus moves to the new page's heading.
 */
export function newContentKey(page: Page): string | null {
  switch (page.kind) {
    case 'chain':
      return `chain:${page.chain}:${page.side}`;
    case 'technique':
      return `technique:${page.variant}:${page.side}`;
    case 'condition':
      return `condition:${page.condition}`;
    case 'trainer':
      return `trainer:${page.seed ?? ''}`;
    default:
      return null;
  }
}

/**
 * Whether to take the focus from `active` to the new heading: yes when it was lost (the clicked
 * link went away with the old content) or sat in the search or the side panel's content; no when
 * the user is elsewhere on purpose — the lesson editor, the follow bar, the player, the 3D view.
 */
export function shouldTakeFocus(active: Element | null): boolean {
  if (!active || active === document.body) return true;
  if (active.closest('.lessons-panel, .layers')) return false;
  return !!active.closest('.side-panel, .top-bar');
}
