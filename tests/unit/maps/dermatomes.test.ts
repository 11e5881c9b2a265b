/**
 * The dermatome map against its chart, on the generated skin: every dermatome holds its own
 * ISNCSCI key sensory point on both sides, key points stay out of neighbouring dermatomes that
 * do not overlap them, and a few chart landmarks fall where the chart puts them.
 */
import { describe, expect, it } from 'vitest';
import { ROOT_IDS } from '../../../src/content/ids';
import { dermatomes } from '../../../src/content/maps/dermatomes';
import { gradeAt, pointSample, sampleAt } from './map-helpers';

const LEVELS = [
  ...['C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'],
  ...['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'],
  ...['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3'],
];
const key = (level: string) => `key-point-${level.toLowerCase()}`;
const derm = (root: string) => `dermatome-${root.toLowerCase()}`;

describe('dermatome map', () => {
  it('has one dermatome per root C2–S5 and one key sensory point per level C2–S4-5', () => {
    expect(dermatomes.zones.map((z) => z.id)).toEqual(ROOT_IDS.map(derm));
    for (const z of dermatomes.zones) {
      expect(z.kind).toBe('dermatome');
      expect(z.source.kind).toBe('root');
      expect(derm(z.source.id)).toBe(z.id);
    }
    expect(dermatomes.points.map((p) => p.id)).toEqual([...LEVELS.map(key), 'key-point-s4-5']);
    expect(dermatomes.points.every((p) => p.kind === 'key-sensory-point')).toBe(true);
    expect(dermatomes.points.find((p) => p.id === 'key-point-s4-5')?.source?.id).toBe('S4');
  });

  describe.each(['left', 'right'] as const)('on the %s side', (side) => {
    it.each(LEVELS)('the %s dermatome holds its key sensory point', async (level) => {
      const s = await pointSample(key(level), side);
      expect(await gradeAt(derm(level), side, s)).toBe('essential');
    });

    it('the S4 dermatome holds the S4-5 (perianal) key point', async () => {
      const s = await pointSample('key-point-s4-5', side);
      expect(await gradeAt('dermatome-s4', side, s)).toBe('essential');
    });
  });

  it('a root draws on its own side only', async () => {
    for (const level of ['C6', 'T4', 'L5']) {
      const right = await pointSample(key(level), 'right');
      expect(await gradeAt(derm(level), 'left', right)).toBeNull();
    }
  });

  // Key points lie outside neighbouring dermatomes that do not overlap them on the chart.
  it.each([
    ['C2', 'C3'],
    ['C3', 'C2'],
    ['C4', 'C5'],
    ['C5', 'C6'],
    ['C6', 'C7'],
    ['C6', 'C8'],
    ['C7', 'C6'],
    ['C7', 'C8'],
    ['C8', 'C6'],
    ['C8', 'C7'],
    ['T1', 'T2'],
    ['T3', 'T2'],
    ['T4', 'T3'],
    ['T4', 'T5'],
    ['T6', 'T7'],
    ['T10', 'T9'],
    ['T10', 'T11'],
    ['T12', 'L1'],
    ['L1', 'L2'],
    ['L2', 'L3'],
    ['L3', 'L4'],
    ['L4', 'S1'],
    ['L4', 'L5'],
    ['L5', 'L4'],
    ['L5', 'S1'],
    ['S1', 'L4'],
    ['S1', 'L5'],
    ['S2', 'S1'],
    ['S3', 'S2'],
  ])('the %s key point is outside the %s dermatome', async (level, other) => {
    const s = await pointSample(key(level), 'left');
    expect(await gradeAt(derm(other), 'left', s)).toBeNull();
  });

  it('the perianal key point is outside S3', async () => {
    const s = await pointSample('key-point-s4-5', 'left');
    expect(await gradeAt('dermatome-s3', 'left', s)).toBeNull();
  });

  // Chart landmarks away from the key points.
  it.each([
    // Lateral upper arm over the lower deltoid: C5, not T2.
    ['upper-arm', 'around', [90, 1.3], 'C5', 'T2'],
    // Medial upper arm: T2, not C5.
    ['upper-arm', 'around', [-90, 1.27], 'T2', 'C5'],
    // Back of the forearm near the wrist: C7, not T1.
    ['forearm', 'around', [178, 0.9], 'C7', 'T1'],
    // Back of the chest over the spine at the T6 spinous process: T6, not T4.
    ['trunk', 'around', [180, 1.333], 'T6', 'T4'],
    // Lateral thigh at mid-height: L2, not S2.
    ['thigh', 'around', [100, 0.85], 'L2', 'S2'],
    // Middle of the back of the thigh: S2, not L3.
    ['thigh', 'around', [180, 0.7], 'S2', 'L3'],
    // Front of the shin at mid-leg: medial side L4, lateral side L5.
    ['leg', 'around', [-45, 0.28], 'L4', 'L5'],
    ['leg', 'around', [45, 0.28], 'L5', 'L4'],
    // Sole under the heel: S1, not L5.
    ['foot', 'back', [0.1, 0.002], 'S1', 'L5'],
  ] as const)('%s %s %j lies in %s and not in %s', async (segment, view, at, inside, outside) => {
    const s = await sampleAt(segment, view, at);
    expect(await gradeAt(derm(inside), 'left', s)).toBe('essential');
    expect(await gradeAt(derm(outside), 'left', s)).toBeNull();
  });
});
