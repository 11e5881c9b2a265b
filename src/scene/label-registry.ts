/**
 * DOM labels drawn over the canvas, positioned by the frame loop (no React state per frame): the
 * DOM layer registers each label element under its part id, the projector moves them.
 */
export const labelElements = new Map<string, HTMLElement>();
