import { pageProblem } from '../domain/lesson-steps';
import type { Page } from '../domain/url';
import { useAppStore } from '../state/store';
import type { PageValidator } from '../state/url-sync';

/** Checks that the ids of a deep link exist, so an unknown one gets a notice, not a blank page. */
export const validatePage: PageValidator = (page: Page) =>
  pageProblem(useAppStore.getState().content, page);
