import { describe, expect, it } from 'vitest';
import { contentSet } from '../../../src/content';
import {
  formatDiagnosis,
  segmentBelow,
  typeOne,
  typeTwo,
  type Diagnosis,
} from '../../../src/domain/trainer/diagnosis';
import {
  restrictedTests,
  sacralFindings,
  spinalFindings,
  spinalFromFindings,
  torsionFromFindings,
} from '../../../src/domain/trainer/findings';
import { generateCase, seedFrom, SEED_PATTERN } from '../../../src/domain/trainer/generate';
import { parseAnswer, type Answer } from '../../../src/domain/trainer/parse';
import { scoreAnswer, TRAINER_REFERENCES } from '../../../src/domain/trainer/score';

const SEEDS = Array.from({ length: 1500 }, (_, i) => i.toString(36));

function parsed(text: string): Answer {
  const r = parseAnswer(text);
  if (!r.ok) throw new Error(`"${text}" was refused: ${r.error}`);
  return r.answer;
}

describe('naming conventions', () => {
  it('names a type II segment by its position and one side for rotation and side-bending', () => {
    expect(formatDiagnosis(typeTwo('L3', 'F', 'right'))).toBe('L3 F RS_R');
    expect(formatDiagnosis(typeTwo('T12', 'E', 'left'))).toBe('T12 E RS_L');
  });

  it('rotates a type I group to the side opposite its side-bending', () => {
    const d = typeOne('T3', 'T7', 'left');
    expect(d.rotation).toBe('right');
    expect(formatDiagnosis(d)).toBe('T3–T7 N SL RR');
    expect(typeOne('L1', 'L3', 'right').rotation).toBe('left');
  });

  it('names a torsion forward when the sacrum rotates towards its axis', () => {
    expect(formatDiagnosis({ kind: 'sacral-torsion', rotation: 'left', axis: 'left' })).toBe(
      'Left on left forward sacral torsion',
    );
    expect(formatDiagnosis({ kind: 'sacral-torsion', rotation: 'right', axis: 'left' })).toBe(
      'Right on left backward sacral torsion',
    );
  });

  it('restricts a segment in the directions opposite its freedom', () => {
    expect(restrictedTests(typeTwo('L3', 'F', 'right')).sort()).toEqual(
      ['extension', 'rotation-left', 'side-bending-left'].sort(),
    );
    // Type I: neutral, so flexion and extension stay free.
    expect(restrictedTests(typeOne('T3', 'T7', 'left')).sort()).toEqual(
      ['rotation-left', 'side-bending-right'].sort(),
    );
    expect(segmentBelow('L3')).toBe('L4');
    expect(segmentBelow('L5')).toBe('sacrum');
  });

  it('gives the sacral findings the texts teach (L on L, R on L)', () => {
    expect(sacralFindings({ kind: 'sacral-torsion', rotation: 'left', axis: 'left' })).toEqual({
      seatedFlexion: 'right',
      deepSulcus: 'right',
      posteriorIla: 'left',
      springPositive: false,
      sphinx: 'decreases',
      l5: { position: 'N', sideBending: 'left', rotation: 'right' },
    });
    const rOnL = sacralFindings({ kind: 'sacral-torsion', rotation: 'right', axis: 'left' });
    expect(rOnL.seatedFlexion).toBe('right');
    expect(rOnL.springPositive).toBe(true);
    expect(rOnL.l5).toEqual({ position: 'F', sideBending: 'left', rotation: 'left' });
  });

  it('reads no diagnosis from findings that break a rule', () => {
    const findings = spinalFindings(typeTwo('L3', 'F', 'right'), 0.3).map((f) =>
      f.test === 'side-bending-left' ? { ...f, free: true } : f,
    );
    findings.find((f) => f.test === 'side-bending-right')!.free = false;
    // Free into right rotation but left side-bending, with a flexion barrier: no Fryette pattern.
    expect(spinalFromFindings(['L3'], findings)).toBeNull();
    // A "group" of two is not a type I group.
    expect(spinalFromFindings(['L1', 'L2'], spinalFindings(typeOne('L1', 'L3', 'left'), 0.3))).toBe(
      null,
    );
  });
});

describe('case generator', () => {
  it('gives the same case for the same seed', () => {
    for (const seed of ['a', 'k2', 'zz9', 'trainer'])
      expect(generateCase(seed)).toEqual(generateCase(seed));
    expect(generateCase('a')).not.toEqual(generateCase('b'));
  });

  it('makes every case’s findings imply exactly its answer', () => {
    const kinds = new Set<Diagnosis['kind']>();
    for (const seed of SEEDS) {
      const c = generateCase(seed);
      kinds.add(c.diagnosis.kind);
      if (c.diagnosis.kind === 'sacral-torsion') {
        expect(c.segments).toEqual([]);
        expect(torsionFromFindings(c.sacral!), seed).toEqual(c.diagnosis);
        continue;
      }
      expect(spinalFromFindings(c.segments, c.motion), seed).toEqual(c.diagnosis);
      for (const f of c.motion) {
        expect(f.range, `${seed} ${f.test}`).toBeGreaterThan(0);
        if (f.free) expect(f.reached).toBe(f.range);
        else {
          expect(f.reached).toBeGreaterThan(0);
          expect(f.reached).toBeLessThan(f.range * 0.5);
        }
      }
      if (c.diagnosis.kind === 'type-i') {
        expect(c.segments.length).toBeGreaterThanOrEqual(3);
        expect(c.diagnosis.rotation).not.toBe(c.diagnosis.sideBending);
      } else expect(c.segments).toHaveLength(1);
    }
    expect([...kinds].sort()).toEqual(['sacral-torsion', 'type-i', 'type-ii']);
  });

  it('takes its ranges from the thoracolumbar ranges of motion', () => {
    const c = generateCase('0');
    const range = (t: string) => c.motion.find((f) => f.test === t)?.range;
    // rom.ts: flexion 80°, extension 25°, rotation 45° over 17 segments.
    expect(range('flexion')).toBe(4.7);
    expect(range('extension')).toBe(1.5);
    expect(range('rotation-left')).toBe(2.6);
  });

  it('makes seeds that links accept', () => {
    for (const v of [0, 0.5, 0.999999]) expect(seedFrom(v)).toMatch(SEED_PATTERN);
  });
});

describe('answer parser', () => {
  const flexedRight = {
    kind: 'spinal',
    top: 'L3',
    bottom: 'L3',
    position: 'F',
    rotation: 'right',
    sideBending: 'right',
  };
  it.each([
    'L3 F RS_R',
    'L3 FRSr',
    'L3 FRS right',
    'l3 f rs r',
    'L3 F SR RR',
    'L3 F R_R S_R',
    'L3 FRRSR',
    'L3 flexed, rotated right, sidebent right',
    'L3 F RS(R)',
  ])('reads %s as L3 flexed, rotated and side-bent right', (text) => {
    expect(parsed(text)).toEqual(flexedRight);
  });

  it('reads groups and opposite sides', () => {
    const group = {
      kind: 'spinal',
      top: 'T3',
      bottom: 'T7',
      position: 'N',
      rotation: 'right',
      sideBending: 'left',
    };
    for (const text of [
      'T3–T7 N SL RR',
      'T3-T7 NSLRR',
      'T3-7 N RR SL',
      'T3 to T7 neutral sidebent left rotated right',
    ])
      expect(parsed(text), text).toEqual(group);
  });

  it('reads sacral torsions in their usual notations', () => {
    for (const text of [
      'L on L',
      'left on left',
      'LoL',
      'L/L',
      'left-on-left forward sacral torsion',
    ])
      expect(parsed(text), text).toMatchObject({ kind: 'sacral', rotation: 'left', axis: 'left' });
    expect(parsed('R on L backward')).toEqual({
      kind: 'sacral',
      rotation: 'right',
      axis: 'left',
      claimed: 'backward',
    });
  });

  it.each([
    ['', 'Write a diagnosis'],
    ['F RS_R', 'Start with the segment'],
    ['C4 F RS_R', 'not a segment the trainer tests'],
    ['L6 F RS_R', 'not a segment'],
    ['T7-T3 N SL RR', 'from top to bottom'],
    ['L3 FE RS_R', 'one position'],
    ['L3 RS_R', 'one position'],
    ['L3 F RS', 'with their sides'],
    ['L3 F RR RL', 'with their sides'],
    ['L3 F RS_X', 'Use F, E or N'],
    ['L on', 'Start with the segment'],
    ['x'.repeat(81), 'too long'],
  ])('refuses %j', (text, reason) => {
    const r = parseAnswer(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(reason);
  });
});

describe('scorer', () => {
  it('accepts the taught name of every generated case, written as taught', () => {
    for (const seed of SEEDS.slice(0, 400)) {
      const { diagnosis } = generateCase(seed);
      const score = scoreAnswer(diagnosis, parsed(formatDiagnosis(diagnosis)));
      expect(score.correct, `${seed}: ${formatDiagnosis(diagnosis)} ${score.feedback}`).toBe(true);
    }
  });

  it('explains a type II named with opposite sides', () => {
    const s = scoreAnswer(typeTwo('L3', 'F', 'right'), parsed('L3 F SL RR'));
    expect(s.correct).toBe(false);
    expect(s.feedback).toBe(
      'Position correct, rotation correct, side-bending wrong: a type II segment side-bends and rotates to the same side.',
    );
    expect(s.expected).toBe('L3 F RS_R');
  });

  it('explains a position named by the barrier instead of the freedom', () => {
    const s = scoreAnswer(typeTwo('L3', 'F', 'right'), parsed('L3 E RS_R'));
    expect(s.feedback).toMatch(
      /^Position wrong, rotation correct, side-bending correct: .*flexion.*barrier in extension/,
    );
    expect(scoreAnswer(typeTwo('L3', 'F', 'right'), parsed('L3 N RS_R')).feedback).toContain(
      'not neutral',
    );
  });

  it('explains a group named as one segment, or with same-side coupling', () => {
    const d = typeOne('T3', 'T7', 'left');
    expect(scoreAnswer(d, parsed('T5 N SL RR')).feedback).toContain('group of segments');
    expect(scoreAnswer(d, parsed('T3-T7 N SL RL')).feedback).toContain('opposite sides');
    expect(scoreAnswer(d, parsed('T4-T7 N SL RR')).feedback).toContain('it runs T3–T7');
    expect(scoreAnswer(d, parsed('T3-T7 F SL RR')).feedback).toContain('neutral (N)');
  });

  it('explains a wrong segment, a wrong kind and a torsion called the wrong way', () => {
    expect(scoreAnswer(typeTwo('L3', 'F', 'right'), parsed('L4 F RS_R')).feedback).toBe(
      'The tested segment is L3, not L4.',
    );
    expect(scoreAnswer(typeTwo('L3', 'F', 'right'), parsed('L on L')).feedback).toContain(
      'not the sacrum',
    );
    const lOnL = { kind: 'sacral-torsion', rotation: 'left', axis: 'left' } as const;
    expect(scoreAnswer(lOnL, parsed('L3 F RS_R')).feedback).toContain('sacral torsion');
    expect(scoreAnswer(lOnL, parsed('L on L backward')).feedback).toContain('forward torsion');
    expect(scoreAnswer(lOnL, parsed('R on L')).feedback).toContain('away from the deep sulcus');
    expect(scoreAnswer(lOnL, parsed('L on R')).feedback).toContain('opposite the axis');
  });

  it('cites references that exist in the content', () => {
    const ids = new Set(contentSet.references.map((r) => r.id));
    for (const r of Object.values(TRAINER_REFERENCES)) expect(ids.has(r.ref), r.ref).toBe(true);
  });
});
