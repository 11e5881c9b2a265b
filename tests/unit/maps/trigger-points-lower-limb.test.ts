/**
 * The lower-limb trigger-point map asked of the generated skin: for each chart, a place the chart
 * paints solid lies in the zone's essential area and a place close by that the chart leaves blank
 * lies outside the zone altogether; the trigger points sit on the limb they belong to.
 */
import { describe, expect, it } from 'vitest';
import { contentSet } from '../../../src/content';
import type { SurfaceSample, Vec3 } from '../../../src/domain/surface';
import { gradeAt, pointSample, sampleAt, skin } from './map-helpers';

/** The skin vertex of one segment instance (`foot.left`) nearest to a rest-pose position. */
async function nearest(frameId: string, p: Vec3): Promise<SurfaceSample> {
  const { frames, samples } = await skin();
  let best: SurfaceSample | null = null;
  let bestD = Infinity;
  for (const s of samples) {
    if (frames[s.segment]?.id !== frameId) continue;
    const d = (s.p[0] - p[0]) ** 2 + (s.p[1] - p[1]) ** 2 + (s.p[2] - p[2]) ** 2;
    if (d < bestD) [best, bestD] = [s, d];
  }
  if (!best) throw new Error(`no skin of ${frameId}`);
  return best;
}

const thigh = (deg: number, y: number) => sampleAt('thigh', 'around', [deg, y]);
const leg = (deg: number, y: number) => sampleAt('leg', 'around', [deg, y]);
const back = (x: number, y: number) => sampleAt('trunk', 'back', [x, y]);

// Landmarks of the left foot (rest pose, metres).
const posteriorHeel = () => nearest('foot.left', [0.098, 0.04, -0.09]);
const plantarHeel = () => nearest('foot.left', [0.098, -0.01, -0.045]);
const dorsumOfFoot = () => nearest('foot.left', [0.105, 0.1, 0.06]);
const greatToeTip = () => nearest('foot.left', [0.075, 0.02, 0.2]);
const lateralMalleolus = () => nearest('leg.left', [0.14, 0.08, -0.01]);
const medialMalleolus = () => nearest('leg.left', [0.05, 0.08, -0.01]);
const medialArch = () => nearest('foot.left', [0.05, 0.015, 0.04]);
const lateralBorderOfFoot = () => nearest('foot.left', [0.16, 0.015, 0.06]);

type Probe = () => Promise<SurfaceSample>;
/** zone, what the chart paints solid, what lies close by but outside the chart. */
const CASES: [string, string, string, Probe, Probe][] = [
  [
    'trp-gluteus-minimus',
    'lateral thigh, mid-height',
    'medial thigh',
    () => thigh(90, 0.72),
    () => thigh(-90, 0.72),
  ],
  [
    'trp-gluteus-minimus',
    'lateral leg (peroneal region)',
    'anteromedial shin',
    () => leg(100, 0.3),
    () => leg(-30, 0.3),
  ],
  [
    'trp-gluteus-minimus-posterior',
    'back of the thigh',
    'front of the thigh',
    () => thigh(180, 0.72),
    () => thigh(0, 0.72),
  ],
  [
    'trp-gluteus-maximus',
    'beside the lower sacrum and cleft',
    'above the iliac crest',
    () => back(0.045, 0.9),
    () => back(0.1, 1.09),
  ],
  [
    'trp-gluteus-medius',
    'along the posterior iliac crest',
    'gluteal fold',
    () => back(0.08, 1.06),
    () => back(0.07, 0.82),
  ],
  [
    'trp-piriformis',
    'back of the hip, behind the trochanter',
    'back of the knee',
    () => back(0.14, 0.9),
    () => thigh(180, 0.5),
  ],
  [
    'trp-tensor-fasciae-latae',
    'front-outer upper thigh',
    'back of the thigh',
    () => thigh(70, 0.85),
    () => thigh(180, 0.85),
  ],
  [
    'trp-adductors',
    'groin and upper inner thigh',
    'upper outer thigh',
    () => thigh(-50, 0.83),
    () => thigh(90, 0.83),
  ],
  [
    'trp-sartorius',
    'inner thigh along the muscle',
    'outer thigh',
    () => thigh(-30, 0.72),
    () => thigh(90, 0.72),
  ],
  [
    'trp-rectus-femoris',
    'kneecap',
    'back of the knee',
    () => thigh(0, 0.52),
    () => thigh(180, 0.52),
  ],
  [
    'trp-vastus-lateralis',
    'outer thigh',
    'inner thigh',
    () => thigh(90, 0.7),
    () => thigh(-90, 0.7),
  ],
  [
    'trp-vastus-medialis',
    'front-inner knee',
    'outer knee',
    () => thigh(-40, 0.52),
    () => thigh(100, 0.52),
  ],
  [
    'trp-vastus-intermedius',
    'middle of the front of the thigh',
    'back of the thigh',
    () => thigh(0, 0.7),
    () => thigh(180, 0.7),
  ],
  [
    'trp-biceps-femoris',
    'back of the knee',
    'front of the knee',
    () => thigh(175, 0.5),
    () => thigh(0, 0.5),
  ],
  [
    'trp-semitendinosus',
    'gluteal fold',
    'outer thigh',
    () => back(0.08, 0.82),
    () => thigh(90, 0.8),
  ],
  [
    'trp-semimembranosus',
    'gluteal fold',
    'front of the thigh',
    () => back(0.08, 0.82),
    () => thigh(0, 0.8),
  ],
  [
    'trp-gastrocnemius',
    'instep (medial arch)',
    'outer border of the foot',
    medialArch,
    lateralBorderOfFoot,
  ],
  [
    'trp-gastrocnemius',
    'back of the knee',
    'front of the knee',
    () => leg(180, 0.47),
    () => leg(0, 0.47),
  ],
  ['trp-soleus', 'back of the heel', 'dorsum of the foot', posteriorHeel, dorsumOfFoot],
  ['trp-soleus', 'underside of the heel', 'great toe', plantarHeel, greatToeTip],
  [
    'trp-tibialis-anterior',
    'front of the ankle',
    'back of the heel',
    () => leg(-20, 0.1),
    posteriorHeel,
  ],
  ['trp-tibialis-anterior', 'great toe', 'underside of the heel', greatToeTip, plantarHeel],
  [
    'trp-tibialis-posterior',
    'Achilles tendon above the heel',
    'front of the ankle',
    () => leg(180, 0.11),
    () => leg(0, 0.11),
  ],
  ['trp-fibularis', 'lateral malleolus', 'medial malleolus', lateralMalleolus, medialMalleolus],
];

describe('lower-limb trigger-point referral zones', () => {
  it.each(CASES)('%s holds the %s but not the %s', async (zone, _in, _out, inside, outside) => {
    expect(await gradeAt(zone, 'left', await inside())).toBe('essential');
    expect(await gradeAt(zone, 'left', await outside())).toBeNull();
  });

  it('draws the right side as the mirror image of the left', async () => {
    const right = await sampleAt('thigh', 'around', [90, 0.72], 'right');
    expect(await gradeAt('trp-gluteus-minimus', 'right', right)).toBe('essential');
    expect(await gradeAt('trp-gluteus-minimus', 'left', right)).toBeNull();
    const heel = await nearest('foot.right', [-0.098, 0.04, -0.09]);
    expect(await gradeAt('trp-soleus', 'right', heel)).toBe('essential');
  });

  it('marks every muscle of the map with trigger points on its own limb', async () => {
    const { frames } = await skin();
    const mine = contentSet.points.filter(
      (p) => p.kind === 'trigger-point' && p.id.startsWith('trp-point-'),
    );
    const zones = contentSet.zones.filter((z) => CASES.some(([id]) => id === z.id));
    for (const z of zones)
      expect(
        mine.some((p) => p.source?.id === z.source.id),
        z.id,
      ).toBe(true);
    for (const p of mine.filter((p) => zones.some((z) => z.source.id === p.source?.id))) {
      const s = await pointSample(p.id, 'left');
      const frame = frames[s.segment]!;
      // Hip muscles sit on the trunk's skin (buttock) or the thigh; the rest on the left leg.
      expect(frame.side === 'left' || frame.base === 'trunk', p.id).toBe(true);
      if (frame.base === 'trunk') expect(s.p[0], p.id).toBeGreaterThan(0);
    }
  });

  it('keeps the heel and sole outlines off the rest of the body', async () => {
    // A foot top/bottom outline has no height and would reach the face or the belly; the heel
    // zones are drawn round the leg and from behind instead.
    const { frames, samples } = await skin();
    const { zoneHit, zoneInstances } = await import('../../../src/domain/zones');
    for (const id of [
      'trp-soleus',
      'trp-tibialis-posterior',
      'trp-tibialis-anterior',
      'trp-gastrocnemius',
    ]) {
      const zone = contentSet.zones.find((z) => z.id === id)!;
      const inst = zoneInstances([zone], frames).find((i) => i.side === 'left')!;
      const strays = samples.filter((s) => {
        const f = frames[s.segment]!;
        if (f.base === 'leg' || f.base === 'foot' || f.base === 'thigh') return false;
        // Soleus also refers to the sacroiliac joint of its side.
        if (id === 'trp-soleus' && f.base === 'trunk' && s.p[1] > 0.9 && s.p[1] < 1.0) return false;
        return zoneHit(inst, frames, s) !== null;
      });
      expect(strays.length, id).toBe(0);
    }
  });
});
