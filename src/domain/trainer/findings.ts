/**
 * What the student finds when they test a dysfunction, derived from the diagnosis alone, and the
 * reverse (the diagnosis the findings imply), so every generated case can be checked to be
 * consistent with its answer.
 *
 * A segment is named by its freedom of motion: it moves fully towards its position and meets a
 * barrier in the opposite directions. A type II segment is restricted in one of flexion or
 * extension; a type I group moves freely in both (it is neutral) and is restricted only in
 * rotation and side-bending. Ranges come from the rig's ranges of motion (content/rom.ts), shared
 * equally between the thoracolumbar segments, as the animation scripts share them.
 */
import { SPINAL_REGIONS } from '../../content/rom';
import {
  MIN_GROUP,
  other,
  segmentRange,
  type Diagnosis,
  type SacralTorsion,
  type Segment,
  type Side,
  type SpinalPosition,
} from './diagnosis';

export const SPINAL_TESTS = [
  'flexion',
  'extension',
  'rotation-left',
  'rotation-right',
  'side-bending-left',
  'side-bending-right',
] as const;
export type SpinalTest = (typeof SPINAL_TESTS)[number];

export type SpinalMotion = 'flexion' | 'rotation' | 'sideBending';

/** The rig motion a test moves along and its sign (rig: + = flexion, to the left). */
export function testMotion(test: SpinalTest): { motion: SpinalMotion; sign: 1 | -1 } {
  switch (test) {
    case 'flexion':
      return { motion: 'flexion', sign: 1 };
    case 'extension':
      return { motion: 'flexion', sign: -1 };
    case 'rotation-left':
      return { motion: 'rotation', sign: 1 };
    case 'rotation-right':
      return { motion: 'rotation', sign: -1 };
    case 'side-bending-left':
      return { motion: 'sideBending', sign: 1 };
    case 'side-bending-right':
      return { motion: 'sideBending', sign: -1 };
  }
}

const TL = SPINAL_REGIONS.thoracolumbar;
const share = (degrees: number) => Math.round((Math.abs(degrees) / TL.segments.length) * 10) / 10;

/** One segment's normal range in a test's direction (degrees): its equal share of the region's. */
export function segmentRangeOf(test: SpinalTest): number {
  const { motion, sign } = testMotion(test);
  const rom = TL.rom[motion];
  return share(sign > 0 ? rom.max : rom.min);
}

export interface MotionFinding {
  test: SpinalTest;
  free: boolean;
  /** Normal range of each tested segment in this direction (degrees). */
  range: number;
  /** How far each tested segment goes before it stops (degrees). */
  reached: number;
}

/** Tests that meet a barrier: the directions opposite the dysfunction's freedom. */
export function restrictedTests(d: Diagnosis): SpinalTest[] {
  if (d.kind === 'sacral-torsion') return [];
  if (d.kind === 'type-ii')
    return [
      d.position === 'F' ? 'extension' : 'flexion',
      `rotation-${other(d.side)}`,
      `side-bending-${other(d.side)}`,
    ];
  return [`rotation-${other(d.rotation)}`, `side-bending-${other(d.sideBending)}`];
}

/** The six motion tests of a spinal dysfunction; `stop` is the share of range a barrier allows. */
export function spinalFindings(d: Diagnosis, stop: number): MotionFinding[] {
  const restricted = new Set(restrictedTests(d));
  return SPINAL_TESTS.map((test) => {
    const range = segmentRangeOf(test);
    const free = !restricted.has(test);
    return { test, free, range, reached: free ? range : Math.round(range * stop * 10) / 10 };
  });
}

export interface SacralFindings {
  /** The side whose posterior superior iliac spine rises first (the restricted joint). */
  seatedFlexion: Side;
  /** The deeper sacral sulcus (the base that sits anterior). */
  deepSulcus: Side;
  /** The inferior lateral angle that sits posterior. */
  posteriorIla: Side;
  /** Lumbosacral spring test: positive (little spring) when a base sits posterior. */
  springPositive: boolean;
  /** Backward bending (sphinx): the asymmetry grows or lessens. */
  sphinx: 'increases' | 'decreases';
  /** L5's adaptation (Mitchell's L5 rules). */
  l5: { position: SpinalPosition; sideBending: Side; rotation: Side };
}

/**
 * A torsion's findings, by the rules the MSU course and the texts teach: the sacrum rotates away
 * from the deep sulcus and towards the posterior ILA; the seated flexion test is positive opposite
 * the axis; a backward torsion springs poorly and worsens in backward bending; L5 side-bends to
 * the axis side and rotates opposite the sacrum, neutral over a forward torsion and flexed over a
 * backward one.
 */
export function sacralFindings(d: SacralTorsion): SacralFindings {
  const backward = d.rotation !== d.axis;
  return {
    seatedFlexion: other(d.axis),
    deepSulcus: other(d.rotation),
    posteriorIla: d.rotation,
    springPositive: backward,
    sphinx: backward ? 'increases' : 'decreases',
    l5: { position: backward ? 'F' : 'N', sideBending: d.axis, rotation: other(d.rotation) },
  };
}

/** The torsion the findings imply (the reverse of `sacralFindings`), or null when they disagree. */
export function torsionFromFindings(f: SacralFindings): SacralTorsion | null {
  const d: SacralTorsion = {
    kind: 'sacral-torsion',
    rotation: other(f.deepSulcus),
    axis: other(f.seatedFlexion),
  };
  const expected = sacralFindings(d);
  return JSON.stringify(expected) === JSON.stringify(f) ? d : null;
}

/**
 * The spinal dysfunction the motion tests of `segments` imply, or null when the findings fit no
 * named pattern (both of flexion and extension restricted, or a rule of Fryette broken).
 */
export function spinalFromFindings(
  segments: readonly Segment[],
  findings: readonly MotionFinding[],
): Diagnosis | null {
  const free = (t: SpinalTest) => findings.find((f) => f.test === t)?.free ?? true;
  const freeSide = (prefix: 'rotation' | 'side-bending'): Side | null => {
    const l = free(`${prefix}-left`);
    const r = free(`${prefix}-right`);
    return l === r ? null : l ? 'left' : 'right';
  };
  const rotation = freeSide('rotation');
  const sideBending = freeSide('side-bending');
  if (!rotation || !sideBending || !segments.length) return null;
  const flexion = free('flexion');
  const extension = free('extension');
  const top = segments[0]!;
  const bottom = segments[segments.length - 1]!;
  if (segmentRange(top, bottom).length !== segments.length) return null;
  if (flexion && extension) {
    if (segments.length < MIN_GROUP || rotation === sideBending) return null;
    return { kind: 'type-i', top, bottom, sideBending, rotation };
  }
  if (flexion === extension || segments.length !== 1 || rotation !== sideBending) return null;
  return { kind: 'type-ii', segment: top, position: flexion ? 'F' : 'E', side: rotation };
}
