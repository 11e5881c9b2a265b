/**
 * A motion test drawn on the rig, as pure data: the pose of the tested segment(s) at a moment of
 * the test, and what the body shows (the tested vertebrae tinted, the bone they move on softly).
 *
 * The tested segment turns on the one below it; the joint above the tested segment(s) turns back
 * by the same amount, so the spine above keeps its place and only the tested vertebrae move. Real
 * segmental ranges are a few degrees, too small to see on a screen, so the drawing multiplies
 * them by `displayGain` (the readout says by how much); the numbers shown are the real ones.
 */
import { SPINAL_REGIONS } from '../../content/rom';
import type { BodyPaint } from '../body-paint';
import type { ClinicalPose } from '../kinematics';
import { segmentBelow } from './diagnosis';
import { testMotion, type SpinalTest } from './findings';
import type { TrainerCase } from './generate';

/** Seconds a free motion takes to reach its full range. */
export const TEST_SECONDS = 1.2;

/** How much larger than life the motion is drawn: less for a group, whose segments add up. */
export function displayGain(segments: number): number {
  return segments > 1 ? 2 : 4;
}

const RIG_SPINE = [...SPINAL_REGIONS.cervical.segments, ...SPINAL_REGIONS.thoracolumbar.segments];

/** Smooth start and end (a free motion glides to its end of range). */
const smooth = (u: number) => u * u * (3 - 2 * u);

/**
 * The pose `elapsed` seconds into `test`. A free motion glides to its full range; a restricted one
 * moves at the same pace and stops short, at its barrier. With reduced motion the end pose is
 * shown at once.
 */
export function motionTestPose(
  c: TrainerCase,
  test: SpinalTest,
  elapsed: number,
  reducedMotion: boolean,
): ClinicalPose {
  const finding = c.motion.find((f) => f.test === test);
  if (!finding || !c.segments.length) return {};
  const u = reducedMotion ? 1 : Math.max(0, Math.min(1, elapsed / TEST_SECONDS));
  const { motion, sign } = testMotion(test);
  const gain = displayGain(c.segments.length);
  const degrees = Math.min(finding.range * smooth(u), finding.reached) * gain * sign;
  const pose: ClinicalPose = {};
  for (const s of c.segments) pose[s] = { [motion]: degrees };
  const above = RIG_SPINE[RIG_SPINE.indexOf(c.segments[0]!) - 1];
  if (above) pose[above] = { [motion]: -degrees * c.segments.length };
  return pose;
}

/** Whether the test has reached its end (full range or barrier): no more frames are needed. */
export function motionTestDone(
  c: TrainerCase,
  test: SpinalTest,
  elapsed: number,
  reducedMotion: boolean,
): boolean {
  const finding = c.motion.find((f) => f.test === test);
  if (!finding || reducedMotion) return true;
  return (
    elapsed >= TEST_SECONDS || finding.range * smooth(elapsed / TEST_SECONDS) >= finding.reached
  );
}

/** The tested bones tinted, the bone they move on softly, everything else dimmed. */
export function trainerPaint(c: TrainerCase): BodyPaint {
  const tested = c.segments.length ? c.segments : ['sacrum'];
  const below = c.segments.length ? segmentBelow(c.segments[c.segments.length - 1]!) : 'L5';
  return {
    regions: [
      ...tested.map((id) => ({ id, role: 'selected' as const, links: [] })),
      { id: below, role: 'related', links: [] },
    ],
    links: [],
    structures: [],
    structureView: 'see-through',
    dimOthers: true,
    frame: [],
    labelRegions: false,
  };
}
