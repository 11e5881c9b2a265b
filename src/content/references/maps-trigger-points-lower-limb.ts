/** References cited by `maps/trigger-points-lower-limb.ts`. */
import type { z } from 'zod';
import type { referenceSchema } from '../schema';

type ReferenceInput = z.input<typeof referenceSchema>;

export const triggerPointsLowerLimbReferences: ReferenceInput[] = [];
