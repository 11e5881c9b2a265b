import { isConcreteRegionId } from '../domain/content-index';
import type { Page } from '../domain/url';
import { useAppStore } from '../state/store';
import type { PageValidator } from '../state/url-sync';

/** Checks that the ids of a deep link exist, so an unknown one gets a notice, not a blank page. */
export const validatePage: PageValidator = (page: Page) => {
  const content = useAppStore.getState().content;
  switch (page.kind) {
    case 'home':
      return null;
    case 'region':
      return isConcreteRegionId(content, page.region)
        ? null
        : `there is no region "${page.region}"`;
    case 'chain': {
      const chain = content.chains.get(page.chain);
      if (!chain) return `there is no chain "${page.chain}"`;
      return page.link < chain.links.length
        ? null
        : `the chain "${chain.title}" has no step ${page.link + 1}`;
    }
    case 'technique':
      return content.variants.has(page.variant) ? null : `there is no technique "${page.variant}"`;
    case 'condition':
      return content.conditions.has(page.condition)
        ? null
        : `there is no condition "${page.condition}"`;
  }
};
