/**
 * Trigger-point referral zones of the head, neck and back (maps/trigger-points-head-back.ts) on
 * the generated skin: landmarks the charts place inside a zone's essential area lie in it, and
 * nearby landmarks outside it do not; the zones reach the coarse referral regions the muscle
 * content names; the trigger points lie on their muscle's side.
 */
import { describe, expect, it } from 'vitest';
import { contentSet } from '../../../src/content';
import { muscles } from '../../../src/content/muscles';
import { triggerPointsHeadBack } from '../../../src/content/maps/trigger-points-head-back';
import { zoneHit, zoneInstances } from '../../../src/domain/zones';
import { gradeAt, pointSample, sampleAt, skin } from './map-helpers';

type Case = {
  zone: string;
  inside: [string, Parameters<typeof sampleAt>];
  outside: [string, Parameters<typeof sampleAt>];
  /** A landmark in the spillover only (optional). */
  spill?: [string, Parameters<typeof sampleAt>];
};

const CASES: Case[] = [
  {
    zone: 'trp-trapezius-upper',
    inside: ['the temple', ['head', 'side', [0.05, 1.675]]],
    outside: ['the forehead at the midline', ['head', 'front', [0.0, 1.69]]],
    spill: ['the angle of the jaw', ['head', 'side', [0.0, 1.56]]],
  },
  {
    zone: 'trp-temporalis',
    inside: ['the temple above the ear', ['head', 'side', [0.01, 1.69]]],
    outside: ['the back of the head behind the ear', ['head', 'side', [-0.095, 1.63]]],
  },
  {
    zone: 'trp-masseter',
    inside: ['the lower jaw below the molars', ['head', 'side', [0.03, 1.555]]],
    outside: ['the upper forehead', ['head', 'front', [0.02, 1.71]]],
    spill: ['an arc above the eyebrow', ['head', 'front', [0.04, 1.672]]],
  },
  {
    zone: 'trp-lateral-pterygoid',
    inside: ['the jaw joint in front of the ear', ['head', 'side', [0.008, 1.61]]],
    outside: ['the temple', ['head', 'side', [0.03, 1.69]]],
  },
  {
    zone: 'trp-sternocleidomastoid-sternal',
    inside: ['the vertex', ['head', 'side', [-0.006, 1.752]]],
    outside: ['the temple', ['head', 'side', [0.04, 1.69]]],
    spill: ['the throat', ['trunk', 'front', [0.015, 1.49]]],
  },
  {
    zone: 'trp-sternocleidomastoid-clavicular',
    inside: ['the forehead on the same side', ['head', 'front', [0.03, 1.7]]],
    outside: ['the vertex', ['head', 'side', [-0.006, 1.752]]],
    spill: ['the forehead on the other side', ['head', 'front', [-0.03, 1.7]]],
  },
  {
    zone: 'trp-splenius-capitis',
    inside: ['the vertex', ['head', 'side', [-0.008, 1.752]]],
    outside: ['the upper forehead', ['head', 'front', [0.02, 1.7]]],
  },
  {
    zone: 'trp-suboccipitals',
    inside: ['the occiput', ['head', 'back', [0.04, 1.61]]],
    outside: ['the back of the lower neck', ['trunk', 'back', [0.03, 1.5]]],
  },
  {
    zone: 'trp-levator-scapulae',
    inside: ['the angle of the neck', ['trunk', 'back', [0.07, 1.47]]],
    outside: ['the occiput', ['head', 'back', [0.03, 1.62]]],
    spill: ['the medial border of the scapula low down', ['trunk', 'back', [0.095, 1.31]]],
  },
  {
    zone: 'trp-trapezius-middle',
    inside: ['beside the upper thoracic spinous processes', ['trunk', 'back', [0.03, 1.44]]],
    outside: ['the spine just below the zone', ['trunk', 'back', [0.03, 1.355]]],
  },
  {
    zone: 'trp-trapezius-lower',
    inside: ['the suprascapular region', ['trunk', 'back', [0.12, 1.44]]],
    outside: ['the mid-thoracic spine', ['trunk', 'back', [0.005, 1.3]]],
    spill: ['along the medial border of the scapula', ['trunk', 'back', [0.07, 1.33]]],
  },
  {
    zone: 'trp-rhomboids',
    inside: ['the medial border of the scapula', ['trunk', 'back', [0.065, 1.38]]],
    outside: ['below the inferior angle of the scapula', ['trunk', 'back', [0.09, 1.27]]],
  },
  {
    zone: 'trp-latissimus-dorsi',
    inside: ['round the inferior angle of the scapula', ['trunk', 'back', [0.09, 1.28]]],
    outside: ['the thumb', ['hand', 'front', [0.285, 0.77]]],
    spill: ['the little finger', ['hand', 'front', [0.198, 0.7]]],
  },
  {
    zone: 'trp-scalenes',
    inside: ['the upper chest', ['trunk', 'front', [0.055, 1.33]]],
    outside: ['the little finger', ['hand', 'back', [0.198, 0.7]]],
  },
  {
    zone: 'trp-serratus-anterior',
    inside: ['the side of the chest at mid-chest level', ['trunk', 'side', [0.02, 1.27]]],
    outside: ['the thumb', ['hand', 'front', [0.285, 0.77]]],
    spill: ['the ulnar palm', ['hand', 'front', [0.2, 0.79]]],
  },
  {
    zone: 'trp-quadratus-lumborum',
    inside: ['the sacroiliac joint', ['trunk', 'back', [0.045, 0.99]]],
    outside: ['the upper lumbar paraspinals', ['trunk', 'back', [0.03, 1.15]]],
  },
  {
    zone: 'trp-erector-spinae-iliocostalis-lumborum',
    inside: ['the middle of the buttock', ['trunk', 'back', [0.095, 0.92]]],
    outside: ['the lowest buttock', ['trunk', 'back', [0.09, 0.85]]],
  },
  {
    zone: 'trp-multifidus-lumbar',
    inside: ['the sacrum', ['trunk', 'back', [0.01, 0.92]]],
    outside: ['the iliac crest, laterally', ['trunk', 'back', [0.13, 1.06]]],
  },
];

describe('head and back trigger-point zones on the skin', () => {
  for (const c of CASES) {
    it(`${c.zone}: ${c.inside[0]} is essential, ${c.outside[0]} is outside`, async () => {
      expect(await gradeAt(c.zone, 'left', await sampleAt(...c.inside[1]))).toBe('essential');
      expect(await gradeAt(c.zone, 'left', await sampleAt(...c.outside[1]))).toBeNull();
      if (c.spill)
        expect(await gradeAt(c.zone, 'left', await sampleAt(...c.spill[1]))).toBe('spillover');
    });
  }

  it('draws a right-side muscle on the right only', async () => {
    const rightTemple = await sampleAt('head', 'side', [0.05, 1.675], 'right');
    const leftTemple = await sampleAt('head', 'side', [0.05, 1.675], 'left');
    expect(await gradeAt('trp-trapezius-upper', 'right', rightTemple)).toBe('essential');
    expect(await gradeAt('trp-trapezius-upper', 'right', leftTemple)).toBeNull();
  });

  it('reaches every referral region the muscle content names for these muscles', async () => {
    const { frames, samples, regions } = await skin();
    const mine = contentSet.zones.filter((z) =>
      triggerPointsHeadBack.zones.some((m) => m.id === z.id),
    );
    const sources = new Set(mine.map((z) => z.source.id));
    const missing: string[] = [];
    for (const m of muscles) {
      if (!sources.has(m.id) || !m.referral) continue;
      const left = zoneInstances(
        mine.filter((z) => z.source.id === m.id),
        frames,
      ).filter((i) => i.side === 'left');
      for (const t of m.referral.targets) {
        const region =
          t.side === 'midline' ? t.region : `${t.region}.${t.side === 'same' ? 'left' : 'right'}`;
        const reached = samples.some(
          (s, i) => regions[i] === region && left.some((inst) => zoneHit(inst, frames, s)),
        );
        if (!reached) missing.push(`${m.id} → ${region}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('puts every trigger point on its muscle’s side', async () => {
    for (const p of triggerPointsHeadBack.points) {
      const left = await pointSample(p.id, 'left');
      const right = await pointSample(p.id, 'right');
      expect(left.p[0], p.id).toBeGreaterThan(0);
      expect(right.p[0], p.id).toBeLessThan(0);
    }
  });

  it('gives every listed muscle with a referral at least one zone and one trigger point', () => {
    const listed = [
      'temporalis',
      'masseter',
      'lateral-pterygoid',
      'sternocleidomastoid',
      'scalenes',
      'suboccipitals',
      'splenius-capitis',
      'levator-scapulae',
      'trapezius',
      'rhomboids',
      'latissimus-dorsi',
      'erector-spinae',
      'multifidus',
      'quadratus-lumborum',
      'serratus-anterior',
    ];
    for (const id of listed) {
      expect(
        triggerPointsHeadBack.zones.some((z) => z.source.id === id),
        id,
      ).toBe(true);
      expect(
        triggerPointsHeadBack.points.some((p) => p.source?.id === id),
        id,
      ).toBe(true);
    }
  });
});
