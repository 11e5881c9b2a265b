import type { Page } from '../domain/url';
import { regionLabel } from '../domain/labels';

/** A short human description of the page being shown, for the status line and headings. */
export function describePage(page: Page): string {
  switch (page.kind) {
    case 'home':
      return 'Home — pick a region on the body or in the list';
    case 'region':
      return `Region: ${regionLabel(page.region)}`;
    case 'chain':
      return `Chain: ${page.chain} (${page.side}), step ${page.link + 1}`;
    case 'technique':
      return `Technique: ${page.variant} at ${page.t.toFixed(1)} s`;
    case 'condition':
      return `Condition: ${page.condition}`;
  }
}
