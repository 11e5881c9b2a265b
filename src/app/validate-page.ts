import { REGION_PAIRING } from '../content/ids';
import type { Page } from '../domain/url';
import type { PageValidator } from '../state/url-sync';

function regionExists(id: string): boolean {
  const [base, side] = id.split('.');
  const pairing = (REGION_PAIRING as Record<string, string>)[base ?? ''];
  if (!pairing) return false;
  return pairing === 'paired' ? side !== undefined : side === undefined;
}

/** Checks that the ids of a deep link exist, so an unknown one gets a notice, not a blank page. */
export const validatePage: PageValidator = (page: Page) => {
  switch (page.kind) {
    case 'home':
      return null;
    case 'region':
      return regionExists(page.region) ? null : `there is no region "${page.region}"`;
    default:
      return `"${page.kind}" pages arrive with the content`;
  }
};
