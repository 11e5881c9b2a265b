/** Written in docs/SURFACE.md coordinates; see maps/index.ts. */
import type { MapInput } from './types';

export const triggerPointsFrontArm: MapInput = { zones: [], points: [] };
