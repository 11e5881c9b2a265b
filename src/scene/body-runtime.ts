import type { Group } from 'three';
import type { BodyParts } from './body-parts';

/**
 * The loaded body and its part index, shared by the scene components that need geometry
 * (picking, chain drawing, labels, framing). Mutable and outside React on purpose: it changes
 * once, when the model loads, and is read in event handlers and frame callbacks.
 */
export const bodyRuntime: { scene: Group | null; parts: BodyParts } = { scene: null, parts: {} };
