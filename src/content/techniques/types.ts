/** Authoring types for technique content (what content files write; defaults may be omitted). */
import type { z } from 'zod';
import type { referenceSchema, techniqueSchema, techniqueVariantSchema } from '../schema';

export type TechniqueInput = z.input<typeof techniqueSchema>;
export type TechniqueVariantInput = z.input<typeof techniqueVariantSchema>;
export type ReferenceInput = z.input<typeof referenceSchema>;
