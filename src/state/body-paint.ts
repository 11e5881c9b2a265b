import { paintForPage, type BodyPaint } from '../domain/body-paint';
import type { AppState } from './store';

let lastPage: AppState['page'] | null = null;
let lastContent: AppState['content'] | null = null;
let lastPaint: BodyPaint | null = null;

/** What the body shows for the current page; recomputed only when the page or content changes. */
export function selectBodyPaint(s: AppState): BodyPaint {
  if (s.page !== lastPage || s.content !== lastContent || !lastPaint) {
    lastPage = s.page;
    lastContent = s.content;
    lastPaint = paintForPage(s.content, s.page);
  }
  return lastPaint;
}
