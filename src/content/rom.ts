/**
 * Normal ranges of motion, used to keep every animated pose inside what a healthy adult can do.
 * Degrees, in the rig's clinical convention (src/body/rig.ts): positive = the named motion, negative
 * = the opposite one (hip flexion −15 = 15° of extension; shoulder internalRotation −90 = 90° of
 * external rotation). Ranges are active ranges of a healthy adult.
 *
 * Sources (see src/content/references/animations.ts):
 * - upper limb: the AAOS column of Norkin & White, Measurement of Joint Motion, 5th ed. 2016,
 *   Appendix A, Table A.1 (shoulder flexion 180 / extension 60 / abduction 180 / medial rotation 70 /
 *   lateral rotation 90; elbow flexion 150; pronation and supination 80; wrist flexion 80 /
 *   extension 70 / radial deviation 20 / ulnar deviation 30);
 * - lower limb, fingers and toes: the MSD (Merck) Manual table "Normal Values for Range of Motion of
 *   Joints" (hip flexion 125 / hyperextension 15 / abduction and adduction 45 / rotations 45; knee
 *   flexion 130; ankle plantarflexion 50 / dorsiflexion 20; inversion 35 / eversion 25; MTP flexion
 *   30 / extension 80; finger MCP flexion 90 / extension 30; thumb MCP flexion 70 / extension 60);
 * - cervical spine: conventional goniometric limits of 45° flexion, 45° extension, 45° side-bending
 *   and 60° rotation, deliberately below the in vivo C0–C7 values of the Anatomy Standard
 *   meta-analysis (flexion 64, extension 63, lateral bending 49) and the 80° rotation given by
 *   Muscolino;
 * - thoracolumbar spine: 45° rotation to each side (AMA value, as given in Kosmahl's goniometry
 *   notes, which also warn that normal spinal values are not well established); 80° flexion, 25°
 *   extension and 35° side-bending are conventional clinical limits we could not check against a
 *   table (see the `note`s). The scripts use far less than any of these.
 *
 * Bounds without a table value are marked `source: null` with a note; they are set conservatively.
 */
export interface RomCitation {
  ref: string;
  locator?: string;
}

export interface RomRange {
  /** Degrees; negative = the opposite motion. */
  min: number;
  max: number;
  source: RomCitation | null;
  note?: string;
}

const NORKIN: RomCitation = {
  ref: 'norkin-white-goniometry-2016',
  locator: 'Appendix A, Table A.1 (AAOS column)',
};
const MERCK: RomCitation = { ref: 'merck-rom-table' };

/** Per joint base id (paired joints without their side suffix), per motion. */
export const JOINT_ROM: Readonly<Record<string, Readonly<Record<string, RomRange>>>> = {
  hip: {
    flexion: { min: -15, max: 125, source: MERCK },
    abduction: { min: -45, max: 45, source: MERCK },
    internalRotation: { min: -45, max: 45, source: MERCK },
  },
  knee: {
    flexion: { min: 0, max: 130, source: MERCK },
    internalRotation: {
      min: -10,
      max: 10,
      source: null,
      note: 'Tibial rotation (knee flexed) is not in the tables we used; ±10° is a conservative bound.',
    },
  },
  ankle: {
    dorsiflexion: { min: -50, max: 20, source: MERCK },
    inversion: { min: -25, max: 35, source: MERCK },
  },
  toes: { extension: { min: -30, max: 80, source: MERCK, note: 'Metatarsophalangeal joints.' } },
  shoulder: {
    flexion: { min: -60, max: 180, source: NORKIN },
    abduction: {
      min: -45,
      max: 180,
      source: NORKIN,
      note: 'Abduction 180 (AAOS). Negative values (adduction across the front of the body, only possible with the arm flexed) have no table value here; −45 is a conservative bound.',
    },
    internalRotation: { min: -90, max: 70, source: NORKIN },
  },
  elbow: { flexion: { min: 0, max: 150, source: NORKIN } },
  forearm: { pronation: { min: -80, max: 80, source: NORKIN } },
  wrist: {
    flexion: { min: -70, max: 80, source: NORKIN },
    radialDeviation: { min: -30, max: 20, source: NORKIN },
  },
  'finger-1': {
    flexion: {
      min: -60,
      max: 70,
      source: MERCK,
      note: 'Thumb MCP values, applied at the thumb joint.',
    },
  },
  'finger-2': { flexion: { min: -30, max: 90, source: MERCK, note: 'MCP joint.' } },
  'finger-3': { flexion: { min: -30, max: 90, source: MERCK, note: 'MCP joint.' } },
  'finger-4': { flexion: { min: -30, max: 90, source: MERCK, note: 'MCP joint.' } },
  'finger-5': { flexion: { min: -30, max: 90, source: MERCK, note: 'MCP joint.' } },
  jaw: {
    opening: {
      min: 0,
      max: 30,
      source: null,
      note: 'Cephalometric studies report roughly 35–40° of mandibular rotation at maximal opening; we could not verify a citable table, so 30° is a conservative bound.',
    },
  },
};

export type SpinalRegionId = 'cervical' | 'thoracolumbar';

export interface SpinalRegion {
  /**
   * Rig joints of the region, top to bottom. Each spinal joint sits at the disc below its vertebra,
   * so `head` is C0–C1, `C7` is C7–T1 and `L5` is L5–S1.
   */
  segments: readonly string[];
  rom: Readonly<Record<'flexion' | 'sideBending' | 'rotation', RomRange>>;
}

const CERVICAL_SRC: RomCitation = { ref: 'anatomy-standard-spine-rom', locator: 'Cervical part' };
const TL_NOTE =
  'Conventional clinical thoracolumbar limit; not checked against a table we could read.';

export const SPINAL_REGIONS: Readonly<Record<SpinalRegionId, SpinalRegion>> = {
  cervical: {
    segments: ['head', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7'],
    rom: {
      flexion: { min: -45, max: 45, source: CERVICAL_SRC },
      sideBending: { min: -45, max: 45, source: CERVICAL_SRC },
      rotation: { min: -60, max: 60, source: { ref: 'muscolino-cervical-rom' } },
    },
  },
  thoracolumbar: {
    segments: [
      'T1',
      'T2',
      'T3',
      'T4',
      'T5',
      'T6',
      'T7',
      'T8',
      'T9',
      'T10',
      'T11',
      'T12',
      'L1',
      'L2',
      'L3',
      'L4',
      'L5',
    ],
    rom: {
      flexion: { min: -25, max: 80, source: null, note: TL_NOTE },
      sideBending: { min: -35, max: 35, source: null, note: TL_NOTE },
      rotation: {
        min: -45,
        max: 45,
        source: { ref: 'kosmahl-goniometry-1999', locator: 'Thoraco-lumbar rotation (AMA value)' },
      },
    },
  },
};

/**
 * How a regional motion is spread over segments: equal shares (the simplification src/body/pose.ts
 * also uses). Real segmental motion is uneven (C1–C2 carries much of the neck's rotation); a
 * single segment may take at most this fraction of its region's limit.
 */
export const MAX_SEGMENT_SHARE = 0.5;

/**
 * The pelvis is the rig's root: its tilt / rotation turns the whole body (a placement on the
 * table), not a joint motion; animations keep it within this bound.
 */
export const PELVIS_PLACEMENT_LIMIT = 45;

export function spinalRegionOf(jointId: string): SpinalRegionId | null {
  for (const [id, r] of Object.entries(SPINAL_REGIONS) as [SpinalRegionId, SpinalRegion][])
    if (r.segments.includes(jointId)) return id;
  return null;
}

/**
 * A pose fragment that spreads `degrees` of one spinal motion in equal shares over `segments`
 * (default: the whole region), for animation scripts.
 */
export function spread(
  segments: readonly string[],
  motion: 'flexion' | 'sideBending' | 'rotation',
  degrees: number,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  const share = Math.round((degrees / segments.length) * 1000) / 1000;
  for (const s of segments) out[s] = { [motion]: share };
  return out;
}

/** Segment ids between two spinal joints inclusive, in rig order from top to bottom. */
export function segmentsBetween(from: string, to: string): string[] {
  const all = [...SPINAL_REGIONS.cervical.segments, ...SPINAL_REGIONS.thoracolumbar.segments];
  const a = all.indexOf(from);
  const b = all.indexOf(to);
  if (a < 0 || b < 0) throw new Error(`segmentsBetween: unknown segment ${from} or ${to}`);
  return all.slice(Math.min(a, b), Math.max(a, b) + 1);
}

/** Merges pose fragments; motions named twice are added. */
export function mergePoses(
  ...parts: Record<string, Record<string, number>>[]
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const p of parts)
    for (const [j, ms] of Object.entries(p)) {
      const dst = (out[j] ??= {});
      for (const [m, d] of Object.entries(ms))
        dst[m] = Math.round(((dst[m] ?? 0) + d) * 1000) / 1000;
    }
  return out;
}
