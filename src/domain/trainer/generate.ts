/**
 * Seeded, deterministic cases for the dysfunction trainer: the same seed (from the link
 * `#/trainer/<seed>`) gives the same case on every machine, so a lecturer can hand a class one.
 */
import {
  MIN_GROUP,
  SIDES,
  TRAINER_SEGMENTS,
  segmentsOf,
  typeOne,
  typeTwo,
  type Diagnosis,
  type Segment,
} from './diagnosis';
import {
  sacralFindings,
  spinalFindings,
  type MotionFinding,
  type SacralFindings,
} from './findings';

/** Seeds in links: lower-case letters and digits (the URL codec checks them). */
export { TRAINER_SEED as SEED_PATTERN } from '../url';

export interface TrainerCase {
  seed: string;
  diagnosis: Diagnosis;
  /** The segments motion-tested together (a type I group, or one segment; none for the sacrum). */
  segments: Segment[];
  motion: MotionFinding[];
  sacral: SacralFindings | null;
}

/** FNV-1a: a seed string to 32 bits. */
function hash(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, well-studied 32-bit generator; enough to pick a teaching case. */
function random(seed: string): () => number {
  let a = hash(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T =>
  list[Math.floor(rnd() * list.length)]!;

/** The largest group generated (a group curve of three to five segments). */
export const MAX_GROUP = 5;

/** Picks the dysfunction: half type II, three tenths type I, one fifth a sacral torsion. */
function pickDiagnosis(rnd: () => number): Diagnosis {
  const roll = rnd();
  if (roll < 0.5)
    return typeTwo(pick(rnd, TRAINER_SEGMENTS), pick(rnd, ['F', 'E']), pick(rnd, SIDES));
  if (roll < 0.8) {
    const length = MIN_GROUP + Math.floor(rnd() * (MAX_GROUP - MIN_GROUP + 1));
    const top = Math.floor(rnd() * (TRAINER_SEGMENTS.length - length + 1));
    return typeOne(TRAINER_SEGMENTS[top]!, TRAINER_SEGMENTS[top + length - 1]!, pick(rnd, SIDES));
  }
  return { kind: 'sacral-torsion', rotation: pick(rnd, SIDES), axis: pick(rnd, SIDES) };
}

export function generateCase(seed: string): TrainerCase {
  const rnd = random(seed);
  const diagnosis = pickDiagnosis(rnd);
  // A barrier stops the motion at a quarter to two fifths of its normal range.
  const stop = 0.25 + Math.round(rnd() * 15) / 100;
  if (diagnosis.kind === 'sacral-torsion')
    return { seed, diagnosis, segments: [], motion: [], sacral: sacralFindings(diagnosis) };
  return {
    seed,
    diagnosis,
    segments: segmentsOf(diagnosis),
    motion: spinalFindings(diagnosis, stop),
    sacral: null,
  };
}

export { seedFrom } from './seed';
