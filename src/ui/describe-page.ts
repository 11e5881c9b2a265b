import { regionLabelOf, type ContentIndex } from '../domain/content-index';
import type { Page } from '../domain/url';

/** A short human description of the page being shown, for the status line and headings. */
export function describePage(page: Page, content: ContentIndex): string {
  switch (page.kind) {
    case 'home':
      return 'Home — pick a region on the body or in the list';
    case 'region':
      return `Region: ${regionLabelOf(content, page.region)}`;
    case 'chain':
      return `Chain: ${content.chains.get(page.chain)?.title ?? page.chain}`;
    case 'technique':
      return `Technique: ${content.variants.get(page.variant)?.variant.name ?? page.variant}`;
    case 'condition':
      return `Condition: ${content.conditions.get(page.condition)?.name ?? page.condition}`;
    case 'trainer':
      return 'Dysfunction trainer';
  }
}
