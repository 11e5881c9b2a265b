/**
 * Which parts of the body the camera should frame after a navigation, as pure data. Every page
 * change frames its destination (a region, a chain, a condition's chain or regions; home shows
 * the whole figure); stepping through a chain's links frames the active link; a technique page is
 * framed phase by phase by its stage, so it is left alone here.
 */
import type { BodyPaint } from './body-paint';
import { destinationKey } from './destination';
import type { Page } from './url';

export type FramingGoal =
  /** Frame these parts, showing at least `minSpan` metres of body around them. */
  | { kind: 'parts'; ids: string[]; minSpan?: number }
  | { kind: 'home' }
  /** Leave the camera where it is (same destination, or framed elsewhere). */
  | { kind: 'none' };

/** Metres of body shown around a region on its own page (about a thigh's length). */
export const REGION_SPAN = 0.6;

/**
 * What to frame when the page goes from `previous` (null: the first page shown since the body
 * was ready) to `page`, whose paint is `paint`.
 */
export function framingGoal(previous: Page | null, page: Page, paint: BodyPaint): FramingGoal {
  // A technique's stage and the trainer frame their own views.
  if (page.kind === 'technique' || page.kind === 'trainer') return { kind: 'none' };
  const sameDestination = previous !== null && destinationKey(previous) === destinationKey(page);
  if (sameDestination) {
    if (page.kind !== 'chain' || previous.kind !== 'chain' || previous.link === page.link)
      return { kind: 'none' };
    const active = paint.links.find((l) => l.active);
    return active
      ? { kind: 'parts', ids: [active.from, active.to, ...active.via] }
      : { kind: 'none' };
  }
  // The first view is already the whole figure, or the link's own camera.
  if (page.kind === 'home') return previous === null ? { kind: 'none' } : { kind: 'home' };
  if (!paint.frame.length) return { kind: 'home' };
  // A region alone is seen with its neighbourhood, where its chains' nearer ends are painted.
  if (page.kind === 'region') return { kind: 'parts', ids: paint.frame, minSpan: REGION_SPAN };
  return { kind: 'parts', ids: paint.frame };
}
