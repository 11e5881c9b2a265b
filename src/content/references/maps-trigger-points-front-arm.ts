/** References cited by `maps/trigger-points-front-arm.ts`. */
import type { z } from 'zod';
import type { referenceSchema } from '../schema';

type ReferenceInput = z.input<typeof referenceSchema>;

export const triggerPointsFrontArmReferences: ReferenceInput[] = [];
