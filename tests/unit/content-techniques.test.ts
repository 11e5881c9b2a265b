import { describe, expect, it } from 'vitest';
import {
  MUSCLE_PAIRING,
  REGION_PAIRING,
  TECHNIQUE_FAMILY_IDS,
  type MuscleBaseId,
  type RegionBaseId,
} from '../../src/content/ids';
import { referenceSchema, techniqueSchema, type Technique } from '../../src/content/schema';
import { techniqueReferences } from '../../src/content/references/techniques';
import { techniques as techniqueInputs } from '../../src/content/techniques';

const REQUIRED_VARIANTS: Record<string, string[]> = {
  hvla: ['lumbar-roll-hvla', 'supine-thoracic-hvla', 'cervical-hvla'],
  'muscle-energy': [
    'innominate-muscle-energy',
    'cervical-muscle-energy',
    'tmj-muscle-energy',
    'hamstring-muscle-energy',
  ],
  counterstrain: [
    'lumbar-counterstrain',
    'piriformis-counterstrain',
    'scalene-counterstrain',
    'iliopsoas-counterstrain',
  ],
  'myofascial-release': [
    'thoracolumbar-myofascial-release',
    'plantar-fascia-myofascial-release',
    'thoracic-inlet-myofascial-release',
    'diaphragm-release',
  ],
  'soft-tissue': [
    'paraspinal-soft-tissue',
    'suboccipital-release',
    'gluteal-soft-tissue',
    'cervical-soft-tissue',
  ],
  articulatory: ['spencer-shoulder', 'ankle-articulatory', 'hip-articulatory', 'rib-raising'],
  cranial: ['cv4'],
  lymphatic: ['thoracic-lymphatic-pump', 'pedal-lymphatic-pump'],
  visceral: ['liver-visceral', 'colon-visceral', 'mesenteric-release'],
  'neuromuscular-testing': ['neuromuscular-muscle-testing'],
  functional: ['lumbar-functional'],
  'facilitated-positional-release': ['cervical-fpr'],
  'balanced-ligamentous-tension': ['ankle-blt', 'knee-blt', 'sacral-balanced-ligamentous'],
};

const techniques: Technique[] = techniqueInputs.map((t) => techniqueSchema.parse(t));
const references = techniqueReferences.map((r) => referenceSchema.parse(r));
const referenceIds = new Set(references.map((r) => r.id));
const allVariants = techniques.flatMap((t) =>
  t.variants.map((v) => ({ technique: t, variant: v })),
);

const byFamily = (family: string): Technique => {
  const found = techniques.find((t) => t.family === family);
  if (!found) throw new Error(`no technique for family ${family}`);
  return found;
};
const paramText = (t: Technique): string =>
  t.parameters.map((p) => `${p.name}: ${p.value}`).join('\n');

describe('technique content: shape', () => {
  it('every technique parses with the zod schema', () => {
    for (const t of techniqueInputs) {
      const result = techniqueSchema.safeParse(t);
      expect(result.success, `${t.id}: ${result.success ? '' : result.error.message}`).toBe(true);
    }
  });

  it('every reference parses with the zod schema and ids are unique', () => {
    for (const r of techniqueReferences) {
      const result = referenceSchema.safeParse(r);
      expect(result.success, `${r.id}: ${result.success ? '' : result.error.message}`).toBe(true);
    }
    expect(referenceIds.size).toBe(techniqueReferences.length);
  });

  it('covers exactly the 13 families, one technique per family', () => {
    expect(techniques).toHaveLength(TECHNIQUE_FAMILY_IDS.length);
    expect([...techniques.map((t) => t.family)].sort()).toEqual([...TECHNIQUE_FAMILY_IDS].sort());
    expect(new Set(techniques.map((t) => t.id)).size).toBe(techniques.length);
  });

  it('has at least 25 variants with globally unique ids', () => {
    expect(allVariants.length).toBeGreaterThanOrEqual(25);
    const ids = allVariants.map(({ variant }) => variant.id);
    expect(new Set(ids).size).toBe(ids.length);
    const techniqueIds = new Set(techniques.map((t) => t.id));
    for (const id of ids)
      expect(techniqueIds.has(id), `variant ${id} clashes with a technique id`).toBe(false);
  });

  it('contains every required variant id, in the right family', () => {
    for (const [family, ids] of Object.entries(REQUIRED_VARIANTS)) {
      const technique = byFamily(family);
      const present = new Set(technique.variants.map((v) => v.id));
      for (const id of ids) expect(present.has(id), `${family} lacks ${id}`).toBe(true);
    }
  });

  it('variants have 3–10 concrete steps and an operator position', () => {
    for (const { variant } of allVariants) {
      expect(variant.steps.length, variant.id).toBeGreaterThanOrEqual(3);
      expect(variant.steps.length, variant.id).toBeLessThanOrEqual(10);
      expect(variant.operatorPosition.length).toBeGreaterThan(10);
    }
  });
});

describe('technique content: referential integrity', () => {
  it('every variant region is a known region base id with a consistent side', () => {
    for (const { variant } of allVariants) {
      const { region, side } = variant.region;
      expect(region in REGION_PAIRING, `${variant.id}: unknown region ${region}`).toBe(true);
      const pairing = REGION_PAIRING[region as RegionBaseId];
      if (pairing === 'paired')
        expect(side, `${variant.id}: paired region needs 'same'`).toBe('same');
      else expect(side, `${variant.id}: midline region needs 'midline'`).toBe('midline');
    }
  });

  it('every target is a muscle or region base id, and every variant has targets', () => {
    for (const { variant } of allVariants) {
      expect(variant.targets.length, `${variant.id} has no targets`).toBeGreaterThan(0);
      for (const target of variant.targets) {
        const known =
          (target in MUSCLE_PAIRING && Boolean(MUSCLE_PAIRING[target as MuscleBaseId])) ||
          (target in REGION_PAIRING && Boolean(REGION_PAIRING[target as RegionBaseId]));
        expect(known, `${variant.id}: unknown target ${target}`).toBe(true);
      }
    }
  });

  it('every citation points to an existing reference', () => {
    const cited: string[] = [];
    for (const t of techniques) {
      cited.push(...t.citations.map((c) => c.ref));
      for (const p of t.parameters) cited.push(...p.citations.map((c) => c.ref));
      for (const v of t.variants) cited.push(...v.citations.map((c) => c.ref));
    }
    for (const ref of cited) expect(referenceIds.has(ref), `missing reference ${ref}`).toBe(true);
  });

  it('every reference is cited at least once', () => {
    const cited = new Set<string>();
    for (const t of techniques) {
      t.citations.forEach((c) => cited.add(c.ref));
      t.parameters.forEach((p) => p.citations.forEach((c) => cited.add(c.ref)));
      t.variants.forEach((v) => v.citations.forEach((c) => cited.add(c.ref)));
    }
    for (const id of referenceIds) expect(cited.has(id), `unused reference ${id}`).toBe(true);
  });
});

describe('technique content: safety and honesty', () => {
  it('every technique lists absolute and relative contraindications', () => {
    for (const t of techniques) {
      expect(t.contraindications.absolute.length, t.id).toBeGreaterThan(0);
      expect(t.contraindications.relative.length, t.id).toBeGreaterThan(0);
    }
  });

  it('every technique has parameters with citations and an evidence summary', () => {
    for (const t of techniques) {
      expect(t.parameters.length, t.id).toBeGreaterThan(0);
      expect(t.evidenceSummary.length, t.id).toBeGreaterThan(80);
    }
  });

  it('weakly supported families are not overstated', () => {
    const weak = ['cranial', 'visceral', 'functional', 'balanced-ligamentous-tension'];
    for (const family of weak) {
      expect(['limited', 'expert-opinion', 'traditional']).toContain(byFamily(family).evidence);
    }
    expect(['limited', 'expert-opinion', 'traditional']).toContain(
      byFamily('neuromuscular-testing').evidence,
    );
    expect(byFamily('hvla').evidence).toBe('moderate');
  });

  it('HVLA contraindications include the classic absolute ones', () => {
    const absolute = byFamily('hvla').contraindications.absolute.join('\n').toLowerCase();
    for (const word of [
      'fracture',
      'osteoporosis',
      'dissection',
      'anticoagulation',
      'down syndrome',
      'malignancy',
    ]) {
      expect(absolute).toContain(word);
    }
  });

  it('lymphatic and cranial contraindications cover infection, fracture, malignancy and intracranial bleeding', () => {
    const lymph = byFamily('lymphatic').contraindications;
    const lymphText = [...lymph.absolute, ...lymph.relative].join('\n').toLowerCase();
    for (const word of ['fracture', 'abscess', 'malignancy', 'thrombosis'])
      expect(lymphText).toContain(word);
    expect(byFamily('cranial').contraindications.absolute.join('\n').toLowerCase()).toContain(
      'haemorrhage',
    );
  });
});

describe('technique content: key parameters from the sources', () => {
  it('muscle energy: 3–5 s isometric contraction, 3–5 repetitions, relaxation, new barrier', () => {
    const text = paramText(byFamily('muscle-energy'));
    expect(text).toMatch(/Isometric contraction: 3–5 s/);
    expect(text).toMatch(/Repetitions: 3–5/);
    expect(text).toMatch(/relax/i);
    expect(text).toMatch(/new (restrictive )?barrier/i);
  });

  // The 120 s hold often taught for rib tender points is left out until a source we have read
  // confirms it (no rib counterstrain variant exists yet).
  it('counterstrain: 90 s hold, ≥70 % reduction, passive return', () => {
    const cs = byFamily('counterstrain');
    const text = paramText(cs);
    expect(text).toMatch(/Hold at the position of ease: 90 s/);
    expect(text).toMatch(/70 %/);
    expect(text).toMatch(/Return to neutral: Passive/);
    for (const variant of cs.variants) {
      const steps = variant.steps.join('\n');
      expect(steps, variant.id).toMatch(/Tender point:/);
      expect(steps, variant.id).toMatch(/90 s/);
    }
  });

  it('HVLA: a short, high-velocity thrust at the restrictive barrier', () => {
    const text = paramText(byFamily('hvla'));
    expect(text).toMatch(/Thrust: .*short distance/);
    expect(text).toMatch(/restrictive barrier/);
  });

  it('CV4: held until a still point', () => {
    const cranial = byFamily('cranial');
    expect(paramText(cranial)).toMatch(/still point/);
    const cv4 = cranial.variants.find((v) => v.id === 'cv4');
    expect(cv4?.steps.join('\n')).toMatch(/still point/);
  });

  it('lymphatic: inlet released before pumping, pedal pump duration from the protocol', () => {
    const text = paramText(byFamily('lymphatic'));
    expect(text).toMatch(/thoracic inlet/i);
    expect(text).toMatch(/5-minute pedal pump/);
  });

  it('FPR adds an activating force (compression or torsion) after neutral positioning', () => {
    const text = paramText(byFamily('facilitated-positional-release'));
    expect(text).toMatch(/neutral/);
    expect(text).toMatch(/Compression or torsion/);
  });

  it('Spencer sequence has its seven stages', () => {
    const spencer = byFamily('articulatory').variants.find((v) => v.id === 'spencer-shoulder');
    const steps = spencer?.steps.join('\n') ?? '';
    for (let stage = 1; stage <= 7; stage += 1) expect(steps).toContain(`Stage ${stage}`);
  });
});
