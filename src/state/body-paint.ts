import { EMPTY_PAINT, paintForPage, type BodyPaint } from '../domain/body-paint';
import type { AppState } from './store';

let lastPage: AppState['page'] | null = null;
let lastContent: AppState['content'] | null = null;
let lastPaint: BodyPaint | null = null;

/**
 * What the body shows for the current page; recomputed only when the page or content changes,
 * and the same object while it shows the same thing (BodyPaint is plain data): the content
 * arriving after the first frame does not repaint the home page's body.
 */
export function selectBodyPaint(s: AppState): BodyPaint {
  if (s.page.kind === 'trainer') return s.trainerPaint ?? EMPTY_PAINT;
  if (s.page !== lastPage || s.content !== lastContent || !lastPaint) {
    lastPage = s.page;
    lastContent = s.content;
    const next = paintForPage(s.content, s.page);
    if (!lastPaint || JSON.stringify(next) !== JSON.stringify(lastPaint)) lastPaint = next;
  }
  return lastPaint;
}
