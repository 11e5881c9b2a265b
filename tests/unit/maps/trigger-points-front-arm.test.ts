/**
 * The chest, abdomen, hip-flexor, shoulder and arm trigger-point charts, asked of the generated
 * skin: a place each chart puts inside a zone lies in it, and a nearby place it leaves out does
 * not (essential = solid on the chart, spillover = stippled).
 */
import { describe, expect, it } from 'vitest';
import { contentSet } from '../../../src/content';
import type { SurfaceSegment, SurfaceView } from '../../../src/content/ids';
import { triggerPointsFrontArm } from '../../../src/content/maps/trigger-points-front-arm';
import { gradeAt, pointSample, sampleAt } from './map-helpers';

type Place = [segment: SurfaceSegment, view: SurfaceView, at: [number, number]];
const arm = (theta: number, y: number): Place => ['upper-arm', 'around', [theta, y]];
const forearm = (theta: number, y: number): Place => ['forearm', 'around', [theta, y]];
const front = (x: number, y: number): Place => ['trunk', 'front', [x, y]];
const back = (x: number, y: number): Place => ['trunk', 'back', [x, y]];
const palm = (x: number, y: number): Place => ['hand', 'front', [x, y]];
const dorsum = (x: number, y: number): Place => ['hand', 'back', [x, y]];

const LATERAL_EPICONDYLE = forearm(112, 1.11);
const MEDIAL_EPICONDYLE = forearm(-112, 1.11);

/** [zone, what the place is, place, expected grade for a left-side source]. */
const CASES: [string, string, Place, 'essential' | 'spillover' | null][] = [
  // Infraspinatus: deep front of the shoulder; not the ulnar (medial) forearm.
  ['trp-infraspinatus', 'anterior deltoid', arm(25, 1.37), 'essential'],
  ['trp-infraspinatus', 'radial forearm', forearm(80, 1.0), 'spillover'],
  ['trp-infraspinatus', 'medial forearm', forearm(-90, 1.0), null],
  ['trp-infraspinatus', 'back of the shoulder', arm(170, 1.37), null],
  // Pectoralis major (sternal): front of the chest and the medial epicondyle.
  ['trp-pectoralis-major', 'chest, 3rd intercostal space', front(0.07, 1.33), 'essential'],
  ['trp-pectoralis-major', 'epigastrium', front(0.04, 1.15), null],
  ['trp-pectoralis-major', 'medial epicondyle', MEDIAL_EPICONDYLE, 'essential'],
  ['trp-pectoralis-major', 'lateral epicondyle', LATERAL_EPICONDYLE, null],
  ['trp-pectoralis-major', 'palm of the little finger', palm(0.2, 0.72), 'spillover'],
  ['trp-pectoralis-major', 'palm of the thumb', palm(0.28, 0.76), null],
  ['trp-pectoralis-major-clavicular', 'anterior deltoid', arm(20, 1.38), 'essential'],
  ['trp-pectoralis-major-clavicular', 'posterior deltoid', arm(170, 1.37), null],
  // Pectoralis minor: front of the shoulder; ulnar three fingers but not the thumb.
  ['trp-pectoralis-minor', 'anterior deltoid', arm(20, 1.38), 'essential'],
  ['trp-pectoralis-minor', 'posterior deltoid', arm(170, 1.37), null],
  ['trp-pectoralis-minor', 'palm of the middle finger', palm(0.243, 0.72), 'spillover'],
  ['trp-pectoralis-minor', 'palm of the thumb', palm(0.285, 0.74), null],
  // Rectus abdominis: bands across the back, upper at the thoracolumbar junction, lower lower.
  ['trp-rectus-abdominis', 'back at T11', back(0.05, 1.22), 'essential'],
  ['trp-rectus-abdominis', 'back at L4', back(0.05, 1.06), null],
  ['trp-rectus-abdominis-lower', 'back at the sacroiliac level', back(0.05, 0.99), 'essential'],
  ['trp-rectus-abdominis-lower', 'back at T11', back(0.05, 1.22), null],
  // External oblique: upper fibres to the epigastrium, lower fibres to the groin.
  ['trp-external-oblique', 'epigastrium', front(0.04, 1.22), 'essential'],
  ['trp-external-oblique', 'groin', front(0.07, 0.9), null],
  ['trp-external-oblique-lower', 'groin', front(0.07, 0.9), 'essential'],
  ['trp-external-oblique-lower', 'epigastrium', front(0.04, 1.22), null],
  ['trp-internal-oblique', 'groin', front(0.05, 0.88), 'essential'],
  ['trp-internal-oblique', 'epigastrium', front(0.04, 1.22), null],
  // Transversus: a band between the costal margins, not the lower abdomen.
  ['trp-transversus-abdominis', 'below the costal margin', front(0.08, 1.19), 'essential'],
  ['trp-transversus-abdominis', 'lower abdomen', front(0.06, 0.95), null],
  // Iliopsoas: along the lumbar spine and the front of the thigh; not the flank.
  ['trp-iliopsoas', 'beside the lumbar spine', back(0.03, 1.1), 'essential'],
  ['trp-iliopsoas', 'front of the upper thigh', front(0.09, 0.82), 'essential'],
  ['trp-iliopsoas', 'flank at the same level', back(0.14, 1.1), null],
  ['trp-iliopsoas', 'back at the scapulae', back(0.03, 1.3), null],
  // Deltoid: close to home.
  ['trp-deltoid', 'anterior deltoid', arm(20, 1.38), 'essential'],
  ['trp-deltoid', 'front of the forearm', forearm(0, 1.0), null],
  ['trp-deltoid-posterior', 'posterior deltoid', arm(160, 1.36), 'essential'],
  ['trp-deltoid-posterior', 'front of the shoulder', arm(0, 1.36), null],
  // Supraspinatus: middle deltoid and the lateral epicondyle.
  ['trp-supraspinatus', 'middle deltoid', arm(90, 1.37), 'essential'],
  ['trp-supraspinatus', 'lateral epicondyle', LATERAL_EPICONDYLE, 'essential'],
  ['trp-supraspinatus', 'medial epicondyle', MEDIAL_EPICONDYLE, null],
  // Teres minor: a spot in the posterior deltoid.
  ['trp-teres-minor', 'posterior deltoid', arm(155, 1.34), 'essential'],
  ['trp-teres-minor', 'anterior deltoid', arm(20, 1.34), null],
  // Teres major: back of the shoulder and arm; skips the elbow to the back of the forearm.
  ['trp-teres-major', 'back of the upper arm', arm(180, 1.3), 'essential'],
  ['trp-teres-major', 'olecranon', forearm(180, 1.11), null],
  ['trp-teres-major', 'back of the forearm', forearm(180, 0.98), 'spillover'],
  // Subscapularis: back of the shoulder and a band round the wrist, more on its back.
  ['trp-subscapularis', 'posterior deltoid', arm(160, 1.37), 'essential'],
  ['trp-subscapularis', 'back of the wrist', forearm(180, 0.865), 'essential'],
  ['trp-subscapularis', 'front of the wrist', forearm(0, 0.865), 'spillover'],
  ['trp-subscapularis', 'back of the mid forearm', forearm(180, 1.0), null],
  // Biceps: front of the shoulder, not the back of the arm.
  ['trp-biceps-brachii', 'front of the shoulder', arm(0, 1.35), 'essential'],
  ['trp-biceps-brachii', 'front of the elbow', forearm(0, 1.1), 'spillover'],
  ['trp-biceps-brachii', 'back of the arm', arm(180, 1.3), null],
  // Triceps: long head up the back of the arm; medial head to the lateral epicondyle.
  ['trp-triceps-brachii', 'back of the arm', arm(180, 1.3), 'essential'],
  ['trp-triceps-brachii', 'front of the arm', arm(0, 1.3), null],
  ['trp-triceps-brachii-lateral-epicondyle', 'lateral epicondyle', LATERAL_EPICONDYLE, 'essential'],
  ['trp-triceps-brachii-lateral-epicondyle', 'medial epicondyle', MEDIAL_EPICONDYLE, null],
  ['trp-triceps-brachii-medial-epicondyle', 'medial epicondyle', MEDIAL_EPICONDYLE, 'essential'],
  ['trp-triceps-brachii-medial-epicondyle', 'lateral epicondyle', LATERAL_EPICONDYLE, null],
  // Brachioradialis: lateral epicondyle and the dorsal web of the thumb.
  ['trp-brachioradialis', 'lateral epicondyle', LATERAL_EPICONDYLE, 'essential'],
  ['trp-brachioradialis', 'back of the thumb web', dorsum(0.265, 0.795), 'essential'],
  ['trp-brachioradialis', 'back of the hand, little-finger side', dorsum(0.2, 0.8), null],
  // Wrist extensors: lateral epicondyle and back of the hand; ECU the ulnar back of the wrist.
  ['trp-wrist-extensors', 'back of the hand', dorsum(0.24, 0.81), 'essential'],
  ['trp-wrist-extensors', 'palm', palm(0.24, 0.81), null],
  ['trp-wrist-extensors-ulnar', 'back of the wrist, ulnar side', forearm(-145, 0.85), 'essential'],
  ['trp-wrist-extensors-ulnar', 'back of the wrist, radial side', forearm(145, 0.85), null],
  // Wrist flexors: front of the wrist; FCU its ulnar side.
  ['trp-wrist-flexors', 'front of the wrist', forearm(0, 0.855), 'essential'],
  ['trp-wrist-flexors', 'back of the wrist', forearm(180, 0.855), null],
  ['trp-wrist-flexors-ulnar', 'front of the wrist, ulnar side', forearm(-70, 0.855), 'essential'],
  ['trp-wrist-flexors-ulnar', 'front of the wrist, radial side', forearm(30, 0.855), null],
];

describe('front and arm trigger-point charts on the skin', () => {
  it.each(CASES)('%s: %s', async (zone, _what, [segment, view, at], grade) => {
    const sample = await sampleAt(segment, view, at);
    expect(await gradeAt(zone, 'left', sample)).toBe(grade);
  });

  it('draws a right-side muscle on the right, mirrored', async () => {
    const right = await sampleAt('upper-arm', 'around', [25, 1.37], 'right');
    expect(await gradeAt('trp-infraspinatus', 'right', right)).toBe('essential');
    expect(await gradeAt('trp-infraspinatus', 'left', right)).toBeNull();
  });

  it('keeps the iliopsoas band on its own side of the spine', async () => {
    const right = await sampleAt('trunk', 'back', [0.03, 1.1], 'right');
    expect(await gradeAt('trp-iliopsoas', 'left', right)).toBeNull();
  });

  it('runs the rectus abdominis and transversus bands across both sides', async () => {
    const right = await sampleAt('trunk', 'back', [0.05, 1.22], 'right');
    expect(await gradeAt('trp-rectus-abdominis', 'left', right)).toBe('essential');
    const rightFront = await sampleAt('trunk', 'front', [0.08, 1.19], 'right');
    expect(await gradeAt('trp-transversus-abdominis', 'left', rightFront)).toBe('essential');
  });
});

describe('front and arm trigger points', () => {
  const { zones, points } = triggerPointsFrontArm;

  it('marks at least one trigger point for every muscle with a zone', () => {
    const muscles = new Set(zones.map((z) => z.source.id));
    for (const m of muscles)
      expect(
        points.some((p) => p.source?.id === m),
        m,
      ).toBe(true);
  });

  it('numbers the points per muscle', () => {
    for (const p of points) expect(p.id).toMatch(new RegExp(`^trp-point-${p.source!.id}-\\d+$`));
  });

  it.each(points.map((p) => [p.id]))('%s lies on skin on its own side', async (id) => {
    const left = await pointSample(id, 'left');
    const right = await pointSample(id, 'right');
    expect(left.p[0]).toBeGreaterThan(0);
    expect(right.p[0]).toBeLessThan(0);
  });

  it('puts the infraspinatus trigger points on the back, below the scapular spine', async () => {
    const s = await pointSample('trp-point-infraspinatus-1', 'left');
    expect(s.n[2]).toBeLessThan(0);
    expect(s.p[1]).toBeLessThan(1.425);
  });
});

describe('front and arm zones as content', () => {
  const zones = contentSet.zones.filter((z) =>
    triggerPointsFrontArm.zones.some((m) => m.id === z.id),
  );

  it('has an essential and a spillover area for every zone', () => {
    expect(zones.length).toBe(triggerPointsFrontArm.zones.length);
    for (const z of zones) {
      expect(z.essential.length, z.id).toBeGreaterThan(0);
      expect(z.spillover.length, z.id).toBeGreaterThan(0);
    }
  });

  it('is expert opinion with the consensus caveat, and agrees with the muscle list', () => {
    for (const z of zones) {
      expect(z.evidence).toBe('expert-opinion');
      expect(z.citations.map((c) => c.ref)).toContain('fernandez-de-las-penas-2018-trp-consensus');
      const muscle = contentSet.muscles.find((m) => m.id === z.source.id);
      expect(muscle?.referral, z.id).toBeDefined();
    }
  });

  it('warns that the left pectoralis major pattern mimics angina, without a red flag', () => {
    const pec = zones.find((z) => z.id === 'trp-pectoralis-major')!;
    expect(pec.note).toMatch(/angina/);
    expect(pec.redFlag).toBeUndefined();
  });
});
