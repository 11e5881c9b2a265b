/**
 * Visceral zones, viscerosomatic bands and joint referral maps against the landmarks their sources
 * name: each place inside an essential zone lies in it, and a place near it that the source leaves
 * out lies outside.
 */
import { describe, expect, it } from 'vitest';
import { contentSet } from '../../../src/content';
import { REFERRAL_JOINT_IDS, VISCERAL_REGIONS } from '../../../src/content/ids';
import type { SurfaceSegment, SurfaceView } from '../../../src/content/ids';
import type { SourceSide } from '../../../src/domain/zones';
import { gradeAt, sampleAt } from './map-helpers';

type Place = {
  segment: SurfaceSegment;
  view: SurfaceView;
  at: [number, number];
  /** Side of the body the place is on. */
  body: 'left' | 'right';
};
const place = (
  segment: SurfaceSegment,
  view: SurfaceView,
  at: [number, number],
  body: 'left' | 'right' = 'left',
): Place => ({ segment, view, at, body });

const grade = async (zoneId: string, side: SourceSide, p: Place) =>
  gradeAt(zoneId, side, await sampleAt(p.segment, p.view, p.at, p.body));

// Landmarks (docs/SURFACE.md heights; x lateral from the midline).
const SHOULDER_TIP_TOP = (body: 'left' | 'right') => place('trunk', 'top', [0.19, -0.01], body);
const ACROMION_FRONT = (body: 'left' | 'right') => place('trunk', 'front', [0.195, 1.43], body);
const DELTOID_CAP_SIDE = (body: 'left' | 'right') =>
  place('upper-arm', 'side', [-0.02, 1.43], body);
const MID_DELTOID_SIDE = (body: 'left' | 'right') => place('upper-arm', 'side', [-0.02, 1.3], body);
const UMBILICUS = place('trunk', 'front', [0, 1.04]);
const MCBURNEY = (body: 'left' | 'right') => place('trunk', 'front', [0.077, 1.0], body);
const EPIGASTRIUM = place('trunk', 'front', [0.01, 1.17]);
const SUPRAPUBIC = place('trunk', 'front', [0.0, 0.91]);
const UPPER_QUADRANT = (body: 'left' | 'right') => place('trunk', 'front', [0.09, 1.16], body);
const LOIN = (body: 'left' | 'right') => place('trunk', 'back', [0.07, 1.15], body);
const GROIN = (body: 'left' | 'right') => place('trunk', 'front', [0.07, 0.89], body);
const MEDIAL_UPPER_ARM = (body: 'left' | 'right') =>
  place('upper-arm', 'around', [-90, 1.25], body);
const MEDIAL_FOREARM = (body: 'left' | 'right') => place('forearm', 'around', [-90, 0.97], body);

const MAP_KINDS = new Set(['visceral', 'viscerosomatic', 'joint-referral']);

describe('visceral and joint maps: content', () => {
  it('cites only references that exist', () => {
    const refs = new Set(contentSet.references.map((r) => r.id));
    for (const z of contentSet.zones.filter((z) => MAP_KINDS.has(z.kind)))
      for (const c of z.citations) expect(refs.has(c.ref), `${z.id} cites ${c.ref}`).toBe(true);
  });
});

describe('visceral referred-pain zones', () => {
  it('has a zone for every organ', () => {
    for (const organ of Object.keys(VISCERAL_REGIONS)) {
      const zone = contentSet.zones.find((z) => z.id === `visceral-${organ}`);
      expect(zone?.kind, organ).toBe('visceral');
      expect(zone?.source).toEqual({ kind: 'organ', id: organ });
    }
  });

  it('gallbladder: the right shoulder tip and right upper quadrant, not the left shoulder', async () => {
    for (const p of [
      SHOULDER_TIP_TOP('right'),
      ACROMION_FRONT('right'),
      DELTOID_CAP_SIDE('right'),
      UPPER_QUADRANT('right'),
      place('trunk', 'back', [0.095, 1.3], 'right'), // inferior angle of the right scapula
    ])
      expect(await grade('visceral-gallbladder', null, p), JSON.stringify(p)).toBe('essential');
    for (const p of [
      SHOULDER_TIP_TOP('left'),
      ACROMION_FRONT('left'),
      MID_DELTOID_SIDE('right'),
      place('trunk', 'front', [0.08, 0.97], 'left'), // left lower quadrant
    ])
      expect(await grade('visceral-gallbladder', null, p), JSON.stringify(p)).toBeNull();
  });

  it('diaphragm: both shoulder tips (C3–C5), not the upper arm below them', async () => {
    for (const body of ['left', 'right'] as const) {
      for (const p of [SHOULDER_TIP_TOP(body), ACROMION_FRONT(body), DELTOID_CAP_SIDE(body)])
        expect(await grade('visceral-diaphragm', null, p), JSON.stringify(p)).toBe('essential');
      expect(await grade('visceral-diaphragm', null, MID_DELTOID_SIDE(body))).toBeNull();
    }
  });

  it('appendix: around the umbilicus early and McBurney point later, not the left iliac fossa', async () => {
    expect(await grade('visceral-appendix', null, UMBILICUS)).toBe('essential');
    expect(await grade('visceral-appendix', null, MCBURNEY('right'))).toBe('essential');
    expect(await grade('visceral-appendix', null, MCBURNEY('left'))).toBeNull();
    expect(await grade('visceral-appendix', null, EPIGASTRIUM)).toBeNull();
  });

  it('heart: behind the sternum and down the inner left arm, not the right forearm', async () => {
    expect(await grade('visceral-heart', null, place('trunk', 'front', [0, 1.35]))).toBe(
      'essential',
    );
    expect(await grade('visceral-heart', null, MEDIAL_UPPER_ARM('left'))).toBe('essential');
    expect(await grade('visceral-heart', null, MEDIAL_FOREARM('left'))).toBe('essential');
    expect(await grade('visceral-heart', null, MEDIAL_UPPER_ARM('right'))).toBe('spillover');
    expect(await grade('visceral-heart', null, MEDIAL_FOREARM('right'))).toBeNull();
    expect(await grade('visceral-heart', null, UMBILICUS)).toBeNull();
  });

  it('kidney: the loin on its own side, not the umbilicus or the other loin', async () => {
    expect(await grade('visceral-kidney', 'left', LOIN('left'))).toBe('essential');
    expect(await grade('visceral-kidney', 'right', LOIN('right'))).toBe('essential');
    expect(await grade('visceral-kidney', 'left', UMBILICUS)).toBeNull();
    expect(await grade('visceral-kidney', 'left', LOIN('right'))).toBeNull();
  });

  it('ureter: loin to groin on its own side', async () => {
    expect(await grade('visceral-ureter', 'left', LOIN('left'))).toBe('essential');
    expect(await grade('visceral-ureter', 'left', place('trunk', 'front', [0.08, 0.95]))).toBe(
      'essential',
    );
    expect(await grade('visceral-ureter', 'left', GROIN('right'))).toBeNull();
    expect(await grade('visceral-ureter', 'left', UMBILICUS)).toBeNull();
  });

  it('spleen and liver: their own upper quadrant, not the other', async () => {
    expect(await grade('visceral-spleen', null, UPPER_QUADRANT('left'))).toBe('essential');
    expect(await grade('visceral-spleen', null, UPPER_QUADRANT('right'))).toBeNull();
    expect(await grade('visceral-spleen', null, SHOULDER_TIP_TOP('left'))).toBe('essential');
    expect(await grade('visceral-liver', null, UPPER_QUADRANT('right'))).toBe('essential');
    expect(await grade('visceral-liver', null, UPPER_QUADRANT('left'))).toBeNull();
  });

  it('stomach and pancreas: the epigastrium (pancreas also the back at T12–L1)', async () => {
    expect(await grade('visceral-stomach', null, EPIGASTRIUM)).toBe('essential');
    expect(await grade('visceral-stomach', null, SUPRAPUBIC)).toBeNull();
    expect(await grade('visceral-pancreas', null, EPIGASTRIUM)).toBe('essential');
    expect(await grade('visceral-pancreas', null, place('trunk', 'back', [0.02, 1.19]))).toBe(
      'essential',
    );
    expect(await grade('visceral-pancreas', null, place('trunk', 'back', [0.02, 1.36]))).toBeNull();
    expect(await grade('visceral-pancreas', null, SUPRAPUBIC)).toBeNull();
  });

  it('small intestine round the umbilicus; colon, bladder and uterus below it', async () => {
    expect(await grade('visceral-small-intestine', null, UMBILICUS)).toBe('essential');
    expect(await grade('visceral-small-intestine', null, SUPRAPUBIC)).toBeNull();
    expect(await grade('visceral-colon', null, place('trunk', 'front', [0, 0.95]))).toBe(
      'essential',
    );
    expect(await grade('visceral-colon', null, EPIGASTRIUM)).toBeNull();
    expect(await grade('visceral-bladder', null, SUPRAPUBIC)).toBe('essential');
    expect(await grade('visceral-bladder', null, UMBILICUS)).toBeNull();
    expect(await grade('visceral-uterus', null, place('trunk', 'back', [0.0, 0.97]))).toBe(
      'essential',
    );
    expect(await grade('visceral-uterus', null, EPIGASTRIUM)).toBeNull();
  });

  it('lungs: the lateral chest wall; sinuses: the cheek, not the chin', async () => {
    expect(await grade('visceral-lungs', null, place('trunk', 'around', [90, 1.3]))).toBe(
      'essential',
    );
    expect(await grade('visceral-lungs', null, UMBILICUS)).toBeNull();
    expect(
      await grade('visceral-paranasal-sinuses', null, place('head', 'front', [0.035, 1.605])),
    ).toBe('essential');
    expect(
      await grade('visceral-paranasal-sinuses', null, place('head', 'front', [0.0, 1.52])),
    ).toBeNull();
  });
});

describe('viscerosomatic bands', () => {
  it('every band has levels and lies beside the spine', () => {
    const bands = contentSet.zones.filter((z) => z.kind === 'viscerosomatic');
    expect(bands.length).toBeGreaterThanOrEqual(14);
    for (const z of bands) {
      expect(z.id).toBe(`viscerosomatic-${z.source.id}`);
      expect(z.levels, z.id).toBeDefined();
      for (const s of z.essential) {
        expect(s.view).toBe('back');
        for (const [x] of s.outline) expect(x >= 0.015 && x <= 0.05, z.id).toBe(true);
      }
    }
  });

  it('heart T1–T5 on the left only; appendix T10–T12 on the right only', async () => {
    const t3 = (body: 'left' | 'right') => place('trunk', 'back', [0.03, 1.425], body);
    expect(await grade('viscerosomatic-heart', null, t3('left'))).toBe('essential');
    expect(await grade('viscerosomatic-heart', null, t3('right'))).toBeNull();
    expect(
      await grade('viscerosomatic-heart', null, place('trunk', 'back', [0.03, 1.309])),
    ).toBeNull(); // T8
    const t11 = (body: 'left' | 'right') => place('trunk', 'back', [0.03, 1.229], body);
    expect(await grade('viscerosomatic-appendix', null, t11('right'))).toBe('essential');
    expect(await grade('viscerosomatic-appendix', null, t11('left'))).toBeNull();
  });
});

describe('joint referral maps', () => {
  it('has a map for every referral joint', () => {
    for (const j of REFERRAL_JOINT_IDS) {
      const zone = contentSet.zones.find((z) => z.id === `joint-${j}`);
      expect(zone?.kind, j).toBe('joint-referral');
      expect(zone?.source).toEqual({ kind: 'joint', id: j });
    }
  });

  it('hip: the groin and buttock, not the low back; the knee only as spillover', async () => {
    expect(await grade('joint-hip', 'left', GROIN('left'))).toBe('essential');
    expect(await grade('joint-hip', 'left', place('trunk', 'back', [0.1, 0.9]))).toBe('essential');
    expect(await grade('joint-hip', 'left', place('trunk', 'back', [0.03, 1.08]))).toBeNull();
    expect(await grade('joint-hip', 'left', GROIN('right'))).toBeNull();
    expect(await grade('joint-hip', 'left', place('leg', 'around', [0, 0.5]))).toBe('spillover');
  });

  it('sacroiliac: the buttock below the PSIS, not the upper lumbar region', async () => {
    expect(await grade('joint-sacroiliac', 'left', place('trunk', 'back', [0.07, 0.95]))).toBe(
      'essential',
    );
    expect(
      await grade('joint-sacroiliac', 'left', place('trunk', 'back', [0.03, 1.17])),
    ).toBeNull();
  });

  it('C2–C3 the upper neck, not the base of the neck; C6–C7 the shoulder girdle, not the occiput', async () => {
    expect(await grade('joint-facet-c2-c3', 'left', place('trunk', 'around', [150, 1.58]))).toBe(
      'essential',
    );
    expect(
      await grade('joint-facet-c2-c3', 'left', place('trunk', 'around', [150, 1.49])),
    ).toBeNull();
    expect(await grade('joint-facet-c6-c7', 'left', place('trunk', 'back', [0.08, 1.44]))).toBe(
      'essential',
    );
    expect(
      await grade('joint-facet-c6-c7', 'left', place('trunk', 'around', [150, 1.6])),
    ).toBeNull();
  });
});
