import type { Page } from './url';

/**
 * The destination a page names, without the active link of a chain or a technique's time: two
 * pages with the same key are one place the user moves within (the camera and the side panel
 * stay), different keys are a navigation.
 */
export function destinationKey(page: Page): string {
  switch (page.kind) {
    case 'home':
      return 'home';
    case 'region':
      return `region/${page.region}`;
    case 'chain':
      return `chain/${page.chain}/${page.side}`;
    case 'technique':
      return `technique/${page.variant}/${page.side}`;
    case 'condition':
      return `condition/${page.condition}`;
    case 'trainer':
      return `trainer/${page.seed ?? ''}`;
  }
}
