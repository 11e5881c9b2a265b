import type { Group, SkinnedMesh } from 'three';
import type { BodyParts } from './body-parts';
import type { SkinSurface } from './maps/skin-surface';

/**
 * The loaded body and its part index, shared by the scene components that need geometry
 * (picking, chain drawing, labels, framing). Mutable and outside React on purpose: it changes
 * once, when the model loads, and is read in event handlers and frame callbacks.
 */
export const bodyRuntime: {
  scene: Group | null;
  parts: BodyParts;
  /** Depth-only twin of the skin, drawn while the skin is see-through (see skin-depth.ts). */
  skinDepth: SkinnedMesh | null;
  /** The skin's surface coordinates (pain maps), null for a model without them. */
  skinSurface: SkinSurface | null;
} = { scene: null, parts: {}, skinDepth: null, skinSurface: null };
