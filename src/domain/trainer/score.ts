/**
 * Scores a parsed answer against a case and explains, in one or two sentences, what is right and
 * what is wrong, with the rule that decides it and the reference for the convention.
 */
import {
  formatDiagnosis,
  isForwardTorsion,
  type Diagnosis,
  type SacralTorsion,
  type TypeOne,
  type TypeTwo,
} from './diagnosis';
import type { Answer, SacralAnswer, SpinalAnswer } from './parse';

export interface TrainerReference {
  /** A reference id in the content (content/references). */
  ref: string;
  locator: string;
}

/** Where each convention comes from (docs/TRAINER.md). */
export const TRAINER_REFERENCES = {
  naming: { ref: 'ecop-glossary-2017', locator: 'entries “somatic dysfunction”, “sacral torsion”' },
  fryette: { ref: 'schleip-questioning-fryette', locator: 'Fryette’s three laws' },
  sacrum: { ref: 'msu-sacral-torsions', locator: 'sacral torsions and L5 adaptation' },
} as const satisfies Record<string, TrainerReference>;

export interface TrainerScore {
  correct: boolean;
  /** The first sentence says what was right and wrong; the next the rule. */
  feedback: string;
  /** The right name, shown after the answer. */
  expected: string;
  reference: TrainerReference;
}

const TYPE_II_SAME = 'a type II segment side-bends and rotates to the same side';
const TYPE_I_OPPOSITE = 'a type I group side-bends and rotates to opposite sides';

function sentence(parts: string[]): string {
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function scoreTypeTwo(d: TypeTwo, a: SpinalAnswer): Omit<TrainerScore, 'expected'> {
  const reference = TRAINER_REFERENCES.fryette;
  if (a.top !== a.bottom)
    return {
      correct: false,
      feedback: `You named a group, but only ${d.segment} is restricted: a type II dysfunction is a single segment, flexed or extended.`,
      reference,
    };
  if (a.top !== d.segment)
    return {
      correct: false,
      feedback: `The tested segment is ${d.segment}, not ${a.top}.`,
      reference: TRAINER_REFERENCES.naming,
    };
  const position = a.position === d.position;
  const rotation = a.rotation === d.side;
  const sideBending = a.sideBending === d.side;
  if (position && rotation && sideBending)
    return { correct: true, feedback: 'Correct.', reference };
  const said = [
    `position ${position ? 'correct' : 'wrong'}`,
    `rotation ${rotation ? 'correct' : 'wrong'}`,
    `side-bending ${sideBending ? 'correct' : 'wrong'}`,
  ];
  const freeSagittal = d.position === 'F' ? 'flexion' : 'extension';
  const barrier = d.position === 'F' ? 'extension' : 'flexion';
  const why = !position
    ? a.position === 'N'
      ? `${barrier} met a barrier, so the segment is not neutral: it is named by the free motion, ${freeSagittal}`
      : `it moves freely into ${freeSagittal} and meets a barrier in ${barrier}, and is named by its freedom`
    : a.rotation !== a.sideBending
      ? TYPE_II_SAME
      : `it moves freely towards the ${d.side}, and a dysfunction is named by its freedom of motion`;
  return { correct: false, feedback: `${sentence(said)}: ${why}.`, reference };
}

function scoreTypeOne(d: TypeOne, a: SpinalAnswer): Omit<TrainerScore, 'expected'> {
  const reference = TRAINER_REFERENCES.fryette;
  if (a.top === a.bottom)
    return {
      correct: false,
      feedback: `Flexion and extension were both free and the whole group ${d.top}–${d.bottom} moved together: a neutral (type I) dysfunction is a group of segments, not one.`,
      reference,
    };
  const group = a.top === d.top && a.bottom === d.bottom;
  const position = a.position === 'N';
  const rotation = a.rotation === d.rotation;
  const sideBending = a.sideBending === d.sideBending;
  if (group && position && rotation && sideBending)
    return { correct: true, feedback: 'Correct.', reference };
  const said = [
    `group ${group ? 'correct' : `wrong (it runs ${d.top}–${d.bottom})`}`,
    `position ${position ? 'correct' : 'wrong'}`,
    `rotation ${rotation ? 'correct' : 'wrong'}`,
    `side-bending ${sideBending ? 'correct' : 'wrong'}`,
  ];
  const why = !position
    ? 'flexion and extension were both free, so the group is neutral (N)'
    : a.rotation === a.sideBending
      ? TYPE_I_OPPOSITE
      : !group
        ? 'the group is the run of segments that turned together'
        : 'a dysfunction is named by the directions it moves freely';
  return { correct: false, feedback: `${sentence(said)}: ${why}.`, reference };
}

function scoreTorsion(d: SacralTorsion, a: SacralAnswer): Omit<TrainerScore, 'expected'> {
  const reference = TRAINER_REFERENCES.sacrum;
  const rotation = a.rotation === d.rotation;
  const axis = a.axis === d.axis;
  const claimRight = !a.claimed || (a.claimed === 'forward') === (a.rotation === a.axis);
  if (rotation && axis && claimRight) return { correct: true, feedback: 'Correct.', reference };
  if (rotation && axis)
    return {
      correct: false,
      feedback: `Rotation and axis correct, but ${a.rotation} on ${a.axis} is a ${
        isForwardTorsion(d) ? 'forward' : 'backward'
      } torsion: it is forward when the sacrum rotates towards the side of its axis.`,
      reference,
    };
  const said = [`rotation ${rotation ? 'correct' : 'wrong'}`, `axis ${axis ? 'correct' : 'wrong'}`];
  const why = !rotation
    ? 'the sacrum rotates away from the deep sulcus, towards the posterior ILA'
    : 'the seated flexion test is positive on the side opposite the axis';
  return { correct: false, feedback: `${sentence(said)}: ${why}.`, reference };
}

export function scoreAnswer(d: Diagnosis, a: Answer): TrainerScore {
  const expected = formatDiagnosis(d);
  if (d.kind === 'sacral-torsion') {
    if (a.kind !== 'sacral')
      return {
        correct: false,
        feedback:
          'This case is a sacral torsion: name the way the sacrum rotates and its oblique axis, e.g. "left on left".',
        expected,
        reference: TRAINER_REFERENCES.sacrum,
      };
    return { ...scoreTorsion(d, a), expected };
  }
  if (a.kind !== 'spinal')
    return {
      correct: false,
      feedback: `This case is a spinal segment, not the sacrum: name ${
        d.kind === 'type-ii' ? d.segment : `${d.top}–${d.bottom}`
      } by its position and freedom of motion.`,
      expected,
      reference: TRAINER_REFERENCES.naming,
    };
  const scored = d.kind === 'type-ii' ? scoreTypeTwo(d, a) : scoreTypeOne(d, a);
  return { ...scored, expected };
}

/** The answer read back in words, so the student sees how their text was understood. */
export function describeAnswer(a: Answer): string {
  if (a.kind === 'sacral')
    return `${a.rotation} rotation on the ${a.axis} oblique axis${a.claimed ? ` (${a.claimed})` : ''}`;
  const where = a.top === a.bottom ? a.top : `${a.top} to ${a.bottom}`;
  const position = { N: 'neutral', F: 'flexed', E: 'extended' }[a.position];
  return `${where} ${position}, rotated ${a.rotation}, side-bent ${a.sideBending}`;
}
