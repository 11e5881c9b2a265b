/**
 * One zod schema for all content. It validates the bundled content in tests and any file a lecturer
 * imports, so both go through exactly the same rules. Cross-references (ids that must exist) are
 * checked separately in `src/domain/integrity.ts`, because zod validates shapes, not graphs.
 */
import { z } from '../zod';
import { animationScriptSchema } from './animation-schema';
import {
  EVIDENCE_LEVELS,
  LINK_SIDES,
  MECHANISM_TYPES,
  PATIENT_POSITIONS,
  POINT_KINDS,
  SHAPE_SIDES,
  SURFACE_SEGMENTS,
  SURFACE_VIEWS,
  TECHNIQUE_FAMILY_IDS,
  ZONE_KINDS,
  ZONE_SOURCE_KINDS,
} from './ids';

const MAX_TEXT = 4000;
/**
 * Every list has a ceiling, so a hostile or broken file cannot make validation walk (and report on)
 * millions of entries. The ceilings are far above what real content needs.
 */
export const COLLECTION_LIMITS = {
  regions: 500,
  muscles: 1000,
  chains: 2000,
  techniques: 1000,
  conditions: 2000,
  references: 5000,
  zones: 2000,
  points: 2000,
} as const;
/** The longest list anywhere in a content file (the largest collection ceiling). */
export const MAX_LIST_ITEMS = Math.max(...Object.values(COLLECTION_LIMITS));
const SHORT_LIST = 50;
const citations = () => z.array(citationSchema).min(1).max(SHORT_LIST);
export const idSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'ids are kebab-case: lower-case letters, digits and hyphens',
  );
const text = z.string().trim().min(1).max(MAX_TEXT);
const shortText = z.string().trim().min(1).max(200);

export const evidenceLevelSchema = z.enum(EVIDENCE_LEVELS);
export const mechanismTypeSchema = z.enum(MECHANISM_TYPES);
export const linkSideSchema = z.enum(LINK_SIDES);

export const referenceSchema = z.object({
  id: idSchema,
  kind: z.enum(['book', 'chapter', 'article', 'guideline', 'review', 'web']),
  // Guideline committees run to two dozen names: the full list fits, up to a sane bound.
  authors: z.string().trim().min(1).max(600),
  title: text,
  year: z.number().int().min(1800).max(2100),
  /** Journal, publisher or site. */
  source: shortText,
  volume: z.string().max(40).optional(),
  pages: z.string().max(40).optional(),
  edition: z.string().max(40).optional(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'a DOI starts with 10.')
    .optional(),
  pmid: z
    .string()
    .regex(/^\d{1,9}$/, 'a PMID is digits only')
    .optional(),
  isbn: z
    .string()
    .regex(/^(97[89])?\d{9}[\dX]$/, 'an ISBN is 10 or 13 digits, no hyphens')
    .optional(),
  url: z.url().optional(),
});

/** Where a reference supports a statement: the reference id plus an optional locator (chapter, page). */
export const citationSchema = z.object({
  ref: idSchema,
  locator: z.string().max(120).optional(),
});

export const regionSchema = z.object({
  id: idSchema,
  name: shortText,
  kind: z.enum(['surface', 'visceral']),
  paired: z.boolean(),
  group: z.enum(['head-neck', 'trunk', 'upper-limb', 'lower-limb', 'viscera']),
  aliases: z.array(shortText).max(30),
  description: text,
});

export const regionRefSchema = z.object({ region: idSchema, side: linkSideSchema });

export const muscleSchema = z.object({
  id: idSchema,
  name: shortText,
  paired: z.boolean(),
  regions: z.array(idSchema).min(1).max(SHORT_LIST),
  origin: text,
  insertion: text,
  innervation: z.object({
    nerve: shortText,
    /** Spinal roots (`C5`) or, for muscles with only cranial supply, the cranial nerve (`CN V`). */
    roots: z
      .array(z.string().regex(/^(?:[CTLS]\d{1,2}|CN [IVX]{1,4})$/))
      .min(1)
      .max(SHORT_LIST),
  }),
  actions: z.array(shortText).min(1).max(SHORT_LIST),
  /** Trigger-point referral pattern: target regions relative to the muscle's side. */
  referral: z
    .object({
      targets: z.array(regionRefSchema).min(1).max(SHORT_LIST),
      /** How well the pattern is supported; files written before the field read as expert opinion. */
      evidence: evidenceLevelSchema.default('expert-opinion'),
      citations: citations(),
    })
    .optional(),
  aliases: z.array(shortText).max(30).default([]),
  citations: citations(),
});

export const chainLinkSchema = z.object({
  from: regionRefSchema,
  to: regionRefSchema,
  mechanism: mechanismTypeSchema,
  /** Muscle / fascia base ids the link runs through; drawn on the body. Sides follow `from`/`to`. */
  via: z.array(z.object({ structure: idSchema, side: linkSideSchema })).max(12),
  explanation: text,
  evidence: evidenceLevelSchema,
  citations: citations(),
  /** Technique variant ids that address this link. */
  techniques: z.array(idSchema).max(SHORT_LIST),
});

export const chainSchema = z.object({
  id: idSchema,
  title: shortText,
  summary: text,
  links: z.array(chainLinkSchema).min(1).max(12),
  conditions: z.array(idSchema).max(SHORT_LIST),
  redFlags: z.array(text).max(SHORT_LIST),
  tags: z.array(shortText).max(20).default([]),
});

export const techniqueParameterSchema = z.object({
  name: shortText,
  value: shortText,
  citations: citations(),
});

/**
 * Slot for the animation script of a variant (technique animation issue). Until then a variant may
 * carry none; the shape is validated loosely so imported files that carry one are not rejected.
 */
export const animationSlotSchema = z.record(z.string(), z.unknown());

export const techniqueVariantSchema = z.object({
  id: idSchema,
  name: shortText,
  region: regionRefSchema,
  patientPosition: z.enum(PATIENT_POSITIONS),
  operatorPosition: text,
  steps: z.array(text).min(2).max(20),
  /** Ids of the structures treated (muscle base ids or region base ids); the scene makes them glow. */
  targets: z.array(idSchema).max(SHORT_LIST).default([]),
  citations: citations(),
  animation: animationScriptSchema.optional(),
});

export const techniqueSchema = z.object({
  id: idSchema,
  family: z.enum(TECHNIQUE_FAMILY_IDS),
  name: shortText,
  approach: z.enum(['direct', 'indirect', 'direct-or-indirect']),
  activity: z.enum(['active', 'passive', 'active-or-passive']),
  principle: text,
  generalSteps: z.array(text).min(2).max(SHORT_LIST),
  parameters: z.array(techniqueParameterSchema).max(SHORT_LIST),
  indications: z.array(shortText).min(1).max(SHORT_LIST),
  contraindications: z.object({
    absolute: z.array(shortText).max(SHORT_LIST),
    relative: z.array(shortText).max(SHORT_LIST),
  }),
  evidence: evidenceLevelSchema,
  evidenceSummary: text,
  citations: citations(),
  variants: z.array(techniqueVariantSchema).min(1).max(SHORT_LIST),
});

export const conditionSchema = z.object({
  id: idSchema,
  name: shortText,
  aliases: z.array(shortText).max(30),
  group: shortText,
  regions: z.array(idSchema).min(1).max(SHORT_LIST),
  chains: z.array(idSchema).max(200),
  techniques: z.array(idSchema).max(200),
  evidenceSummary: text,
  evidence: evidenceLevelSchema,
  redFlags: z.array(text).max(SHORT_LIST),
  citations: citations(),
});

/** A coordinate on the surface (metres, or degrees for the angle of an `around` view). */
const surfaceNumber = z.number().finite().min(-360).max(360);
const surfacePair = z.tuple([surfaceNumber, surfaceNumber]);

/**
 * One outline of a zone: a polygon in one view of one segment (docs/SURFACE.md), written for the
 * figure's left side; `side` says where it is drawn relative to the zone's source.
 */
export const zoneShapeSchema = z
  .object({
    segment: z.enum(SURFACE_SEGMENTS),
    view: z.enum(SURFACE_VIEWS),
    outline: z.array(surfacePair).min(3).max(64),
    side: z.enum(SHAPE_SIDES).default('same'),
  })
  .refine((s) => !(s.view === 'around' && s.segment === 'foot'), {
    message: 'the foot has no "around" view: use top, bottom, side or medial',
    path: ['view'],
  });

export const zoneSourceSchema = z.object({
  kind: z.enum(ZONE_SOURCE_KINDS),
  /** A root (`C6`), a muscle base id, an organ (visceral region base id) or a referral joint id. */
  id: z.string().min(1).max(80),
});

/**
 * A named area of skin: a dermatome, a trigger point's referral zone, a viscus's referred-pain
 * area, a viscerosomatic band or a joint's referral map. `essential` is where the pain is usually
 * felt; `spillover` where it is sometimes felt (drawn hatched).
 */
export const zoneSchema = z.object({
  id: idSchema,
  name: shortText,
  kind: z.enum(ZONE_KINDS),
  source: zoneSourceSchema,
  essential: z.array(zoneShapeSchema).min(1).max(SHORT_LIST),
  spillover: z.array(zoneShapeSchema).max(SHORT_LIST).default([]),
  /** Spinal levels for a viscerosomatic band (`T5`–`T9`), as the sources give them. */
  levels: z
    .object({ from: z.string().regex(/^[CTLS]\d{1,2}$/), to: z.string().regex(/^[CTLS]\d{1,2}$/) })
    .optional(),
  /** What the map shows and where maps disagree, in a sentence or two. */
  note: text.optional(),
  /** A finding that must not be missed (e.g. cardiac pain); pinned on top of the differential. */
  redFlag: text.optional(),
  evidence: evidenceLevelSchema,
  citations: citations(),
});

/** A located marker on the skin: a key sensory point, a trigger point, a landmark. */
export const surfacePointSchema = z.object({
  id: idSchema,
  name: shortText,
  kind: z.enum(POINT_KINDS),
  /** What the point belongs to (a root's key sensory point, a muscle's trigger point). */
  source: zoneSourceSchema.optional(),
  segment: z.enum(SURFACE_SEGMENTS),
  view: z.enum(SURFACE_VIEWS),
  at: surfacePair,
  /** Side, relative to the source (`same`), or fixed for a midline source. */
  side: z.enum(SHAPE_SIDES).default('same'),
  citations: citations(),
});

/** The whole content set: what `npm run content:export` prints and what the app imports. */
export const contentSetSchema = z.object({
  format: z.literal('omt-atlas-content'),
  version: z.literal(1),
  regions: z.array(regionSchema).max(COLLECTION_LIMITS.regions),
  muscles: z.array(muscleSchema).max(COLLECTION_LIMITS.muscles),
  chains: z.array(chainSchema).max(COLLECTION_LIMITS.chains),
  techniques: z.array(techniqueSchema).max(COLLECTION_LIMITS.techniques),
  conditions: z.array(conditionSchema).max(COLLECTION_LIMITS.conditions),
  references: z.array(referenceSchema).max(COLLECTION_LIMITS.references),
  /** Pain maps and markers on the skin (older files have none). */
  zones: z.array(zoneSchema).max(COLLECTION_LIMITS.zones).default([]),
  points: z.array(surfacePointSchema).max(COLLECTION_LIMITS.points).default([]),
});

export type Reference = z.infer<typeof referenceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Region = z.infer<typeof regionSchema>;
export type RegionRef = z.infer<typeof regionRefSchema>;
export type Muscle = z.infer<typeof muscleSchema>;
export type ChainLink = z.infer<typeof chainLinkSchema>;
export type Chain = z.infer<typeof chainSchema>;
export type TechniqueVariant = z.infer<typeof techniqueVariantSchema>;
export type Technique = z.infer<typeof techniqueSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type ZoneShape = z.infer<typeof zoneShapeSchema>;
export type ZoneSource = z.infer<typeof zoneSourceSchema>;
export type Zone = z.infer<typeof zoneSchema>;
export type SurfacePoint = z.infer<typeof surfacePointSchema>;
export type ContentSet = z.infer<typeof contentSetSchema>;
/** Authoring type: what content files write (defaults may be omitted). */
export type ContentSetInput = z.input<typeof contentSetSchema>;
