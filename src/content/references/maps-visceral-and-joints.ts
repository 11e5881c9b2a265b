/** References cited by `maps/visceral-and-joints.ts`. */
import type { z } from 'zod';
import type { referenceSchema } from '../schema';

type ReferenceInput = z.input<typeof referenceSchema>;

export const visceralAndJointsReferences: ReferenceInput[] = [];
