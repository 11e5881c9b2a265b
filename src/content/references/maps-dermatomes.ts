/** References cited by `maps/dermatomes.ts`. */
import type { z } from 'zod';
import type { referenceSchema } from '../schema';

type ReferenceInput = z.input<typeof referenceSchema>;

export const dermatomesReferences: ReferenceInput[] = [];
