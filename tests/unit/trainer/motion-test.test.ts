import { describe, expect, it } from 'vitest';
import { formatDiagnosis } from '../../../src/domain/trainer/diagnosis';
import { generateCase } from '../../../src/domain/trainer/generate';
import {
  displayGain,
  motionTestDone,
  motionTestPose,
  TEST_SECONDS,
  trainerPaint,
} from '../../../src/domain/trainer/motion-test';

// The e2e test opens this seed as its type II case.
const TYPE_II = generateCase('k2x9');

describe('motion test on the rig', () => {
  it('the e2e seed is a type II case', () => {
    expect(formatDiagnosis(TYPE_II.diagnosis)).toBe('L4 F RS_R');
  });

  it('turns the tested segment on the one below and turns the one above back', () => {
    const pose = motionTestPose(TYPE_II, 'flexion', TEST_SECONDS, false);
    const flexion = TYPE_II.motion.find((f) => f.test === 'flexion')!;
    expect(pose['L4']).toEqual({ flexion: flexion.range * displayGain(1) });
    expect(pose['L3']).toEqual({ flexion: -flexion.range * displayGain(1) });
    expect(Object.keys(pose).sort()).toEqual(['L3', 'L4']);
    // Right rotation is negative in the rig's convention (+ = to the left).
    expect(
      motionTestPose(TYPE_II, 'rotation-right', TEST_SECONDS, false)['L4']!['rotation'],
    ).toBeLessThan(0);
  });

  it('stops a restricted motion at its barrier, while a free one goes on', () => {
    const ext = TYPE_II.motion.find((f) => f.test === 'extension')!;
    expect(ext.free).toBe(false);
    const half = TEST_SECONDS / 2;
    const stopped = motionTestPose(TYPE_II, 'extension', TEST_SECONDS, false)['L4']!['flexion']!;
    expect(stopped).toBeCloseTo(-ext.reached * displayGain(1));
    expect(motionTestDone(TYPE_II, 'extension', half, false)).toBe(true);
    expect(motionTestDone(TYPE_II, 'flexion', half, false)).toBe(false);
    expect(motionTestDone(TYPE_II, 'flexion', TEST_SECONDS, false)).toBe(true);
    // Reduced motion: the end pose at once.
    expect(motionTestPose(TYPE_II, 'extension', 0, true)['L4']!['flexion']).toBeCloseTo(stopped);
    expect(motionTestPose(TYPE_II, 'extension', 0, false)['L4']!['flexion']).toBeCloseTo(0);
  });

  it('moves a type I group together, less magnified', () => {
    const group = generateCase('d'); // T10–T12 N SR RL
    expect(group.diagnosis.kind).toBe('type-i');
    const pose = motionTestPose(group, 'rotation-left', TEST_SECONDS, false);
    expect(Object.keys(pose).sort()).toEqual(['T10', 'T11', 'T12', 'T9'].sort());
    expect(pose['T9']!['rotation']).toBeCloseTo(-3 * pose['T10']!['rotation']!);
    expect(displayGain(3)).toBeLessThan(displayGain(1));
  });

  it('tints the tested bones and softly the one they move on', () => {
    expect(trainerPaint(TYPE_II).regions).toEqual([
      { id: 'L4', role: 'selected', links: [] },
      { id: 'L5', role: 'related', links: [] },
    ]);
    const sacral = generateCase('demo');
    expect(sacral.diagnosis.kind).toBe('sacral-torsion');
    expect(trainerPaint(sacral).regions.map((r) => r.id)).toEqual(['sacrum', 'L5']);
    expect(motionTestPose(sacral, 'flexion', 1, false)).toEqual({});
  });
});
