/** Written in docs/SURFACE.md coordinates; see maps/index.ts. */
import type { MapInput } from './types';

export const triggerPointsHeadBack: MapInput = { zones: [], points: [] };
