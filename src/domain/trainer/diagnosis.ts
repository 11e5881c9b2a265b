/**
 * How a somatic dysfunction is named in the trainer: by its position and freedom of motion, as the
 * ECOP glossary and the standard osteopathic texts teach (docs/TRAINER.md). Pure data and
 * formatting; no React, no three.
 *
 * - A type II (non-neutral) dysfunction is one segment, flexed or extended, rotated and side-bent
 *   to the SAME side (Fryette's second principle): `L3 F RS_R` — L3 moves freely on L4 into
 *   flexion, right rotation and right side-bending, and is restricted in the opposite directions.
 * - A type I (neutral) dysfunction is a group of three or more segments, side-bent and rotated to
 *   OPPOSITE sides (the first principle): `T3–T7 N SL RR`.
 * - A sacral torsion turns the sacrum about an oblique axis: named by the rotation, then the axis
 *   (`left on left`); forward when both are the same side, backward when they differ.
 */

export type Side = 'left' | 'right';
export const SIDES: readonly Side[] = ['left', 'right'];
export const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');
const letter = (side: Side) => (side === 'left' ? 'L' : 'R');

/**
 * The segments the trainer tests: thoracic and lumbar, where Fryette's principles are taught
 * (the typical cervicals and the suboccipital joints follow other rules). Top to bottom, as the
 * rig lists them; each moves on the one below it (L5 on the sacrum).
 */
export const TRAINER_SEGMENTS = [
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
] as const;
export type Segment = (typeof TRAINER_SEGMENTS)[number];

export const isSegment = (id: string): id is Segment =>
  (TRAINER_SEGMENTS as readonly string[]).includes(id);

/** The bone a segment moves on: the next one down (L5 on the sacrum). */
export function segmentBelow(segment: Segment): string {
  const i = TRAINER_SEGMENTS.indexOf(segment);
  return TRAINER_SEGMENTS[i + 1] ?? 'sacrum';
}

/** Segments from `top` down to `bottom` inclusive (empty when `bottom` is above `top`). */
export function segmentRange(top: Segment, bottom: Segment): Segment[] {
  const a = TRAINER_SEGMENTS.indexOf(top);
  const b = TRAINER_SEGMENTS.indexOf(bottom);
  return b < a ? [] : TRAINER_SEGMENTS.slice(a, b + 1);
}

/** The smallest group a type I dysfunction names. */
export const MIN_GROUP = 3;

export type SpinalPosition = 'N' | 'F' | 'E';

export interface TypeTwo {
  kind: 'type-ii';
  segment: Segment;
  position: 'F' | 'E';
  /** Rotation and side-bending: the same side by definition. */
  side: Side;
}

export interface TypeOne {
  kind: 'type-i';
  top: Segment;
  bottom: Segment;
  sideBending: Side;
  /** Always the side opposite the side-bending. */
  rotation: Side;
}

export interface SacralTorsion {
  kind: 'sacral-torsion';
  /** The way the sacrum's anterior surface turns. */
  rotation: Side;
  /** The oblique axis, named by its upper end. */
  axis: Side;
}

export type Diagnosis = TypeTwo | TypeOne | SacralTorsion;

export const isForwardTorsion = (d: SacralTorsion) => d.rotation === d.axis;

export function typeTwo(segment: Segment, position: 'F' | 'E', side: Side): TypeTwo {
  return { kind: 'type-ii', segment, position, side };
}

export function typeOne(top: Segment, bottom: Segment, sideBending: Side): TypeOne {
  return { kind: 'type-i', top, bottom, sideBending, rotation: other(sideBending) };
}

/** Segments the dysfunction involves (none for the sacrum). */
export function segmentsOf(d: Diagnosis): Segment[] {
  if (d.kind === 'type-ii') return [d.segment];
  if (d.kind === 'type-i') return segmentRange(d.top, d.bottom);
  return [];
}

/** The name as taught, with underscores for the subscript side: `L3 F RS_R`, `T3–T7 N SL RR`. */
export function formatDiagnosis(d: Diagnosis): string {
  switch (d.kind) {
    case 'type-ii':
      return `${d.segment} ${d.position} RS_${letter(d.side)}`;
    case 'type-i':
      return `${d.top}–${d.bottom} N S${letter(d.sideBending)} R${letter(d.rotation)}`;
    case 'sacral-torsion':
      return `${d.rotation === 'left' ? 'Left' : 'Right'} on ${d.axis} ${
        isForwardTorsion(d) ? 'forward' : 'backward'
      } sacral torsion`;
  }
}

/** The name in words, for screen readers and feedback. */
export function describeDiagnosis(d: Diagnosis): string {
  switch (d.kind) {
    case 'type-ii':
      return `${d.segment} ${d.position === 'F' ? 'flexed' : 'extended'}, rotated and side-bent ${d.side} (type II)`;
    case 'type-i':
      return `${d.top} to ${d.bottom} neutral, side-bent ${d.sideBending} and rotated ${d.rotation} (type I group)`;
    case 'sacral-torsion':
      return `${formatDiagnosis(d)} (sacrum rotated ${d.rotation} on the ${d.axis} oblique axis)`;
  }
}
