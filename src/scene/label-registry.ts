/**
 * DOM labels drawn over the canvas, positioned by the frame loop (no React state per frame): the
 * DOM layer registers each label element under its part id, the projector moves them.
 */
export const labelElements = new Map<string, HTMLElement>();

/**
 * DOM panels laid over the lower part of the canvas that labels must stay above (the students'
 * follow bar); each registers its element while it is shown. The technique player has its own
 * measure (`playerTop`).
 */
export const labelCeilings = new Set<HTMLElement>();

/** Asks for a drawn frame, so the labels are laid out again (the projector sets it). */
export const labelLayout = { request: (): void => undefined };

/** Registers a panel over the canvas (a ref callback): the labels move above it at once. */
export function keepLabelsAbove(el: HTMLElement | null): (() => void) | undefined {
  if (!el) return;
  labelCeilings.add(el);
  labelLayout.request();
  return () => {
    labelCeilings.delete(el);
    labelLayout.request();
  };
}
