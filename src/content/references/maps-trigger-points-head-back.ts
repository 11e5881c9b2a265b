/** References cited by `maps/trigger-points-head-back.ts`. */
import type { z } from 'zod';
import type { referenceSchema } from '../schema';

type ReferenceInput = z.input<typeof referenceSchema>;

export const triggerPointsHeadBackReferences: ReferenceInput[] = [];
