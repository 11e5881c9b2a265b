/**
 * Words for the trainer's controls and findings, kept out of the components so the panel and the
 * readout say the same thing.
 */
import type { TrainerCase } from '../../domain/trainer/generate';
import type { MotionFinding, SacralFindings, SpinalTest } from '../../domain/trainer/findings';
import { segmentBelow } from '../../domain/trainer/diagnosis';

export const TEST_LABELS: Record<SpinalTest, string> = {
  flexion: 'Flexion',
  extension: 'Extension',
  'rotation-left': 'Rotate left',
  'rotation-right': 'Rotate right',
  'side-bending-left': 'Side-bend left',
  'side-bending-right': 'Side-bend right',
};

const deg = (n: number) => `${n.toFixed(1)}°`;

/** "L4 on L5" or "T3–T7 as a group (T7 on T8)". */
export function testedWhat(c: TrainerCase): string {
  const last = c.segments[c.segments.length - 1];
  if (!last) return 'the sacrum';
  if (c.segments.length === 1) return `${last} on ${segmentBelow(last)}`;
  return `${c.segments[0]}–${last} together (on ${segmentBelow(last)})`;
}

/** "free: full range, 4.7°" or "restricted: stops at 0.5° of 1.5° (barrier)". */
export function findingWords(f: MotionFinding): string {
  return f.free
    ? `free: full range, ${deg(f.range)}`
    : `restricted: stops at ${deg(f.reached)} of ${deg(f.range)} (barrier)`;
}

export const SACRAL_TESTS = ['sulci', 'ila', 'seated-flexion', 'spring', 'sphinx', 'l5'] as const;
export type SacralTest = (typeof SACRAL_TESTS)[number];

export const SACRAL_LABELS: Record<SacralTest, string> = {
  sulci: 'Sacral sulci',
  ila: 'Inferior lateral angles',
  'seated-flexion': 'Seated flexion test',
  spring: 'Lumbosacral spring test',
  sphinx: 'Sphinx (backward bending)',
  l5: 'L5',
};

export function sacralWords(test: SacralTest, f: SacralFindings): string {
  switch (test) {
    case 'sulci':
      return `deeper on the ${f.deepSulcus}`;
    case 'ila':
      return `the ${f.posteriorIla} one is posterior`;
    case 'seated-flexion':
      return `positive on the ${f.seatedFlexion} (that PSIS rises first)`;
    case 'spring':
      return f.springPositive ? 'positive: little spring' : 'negative: springs freely';
    case 'sphinx':
      return `the asymmetry ${f.sphinx}`;
    case 'l5': {
      const position = { N: 'neutral', F: 'flexed', E: 'extended' }[f.l5.position];
      return `${position}, side-bent ${f.l5.sideBending}, rotated ${f.l5.rotation}`;
    }
  }
}
