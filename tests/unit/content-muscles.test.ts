import { describe, expect, it } from 'vitest';
import { MUSCLE_PAIRING, REGION_PAIRING } from '../../src/content/ids';
import { muscles } from '../../src/content/muscles';
import { muscleReferences } from '../../src/content/references/muscles';
import { muscleSchema, referenceSchema } from '../../src/content/schema';

const SPINAL_ROOT = /^(C[1-8]|T([1-9]|1[0-2])|L[1-5]|S[1-5])$/;
/** Order of spinal roots, to check that each muscle lists its roots from top to bottom. */
const ROOT_ORDER = [
  ...Array.from({ length: 8 }, (_, i) => `C${i + 1}`),
  ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `L${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `S${i + 1}`),
];
/** Muscles whose only motor nerve is a cranial nerve (no spinal root exists for them). */
const CRANIAL_ONLY = new Set(['temporalis', 'masseter', 'lateral-pterygoid']);

const regionPairing = REGION_PAIRING as Record<string, 'paired' | 'midline'>;
const musclePairing = MUSCLE_PAIRING as Record<string, 'paired' | 'midline'>;

describe('muscle content', () => {
  it('has exactly one entry per muscle id of the body model, with its pairing', () => {
    const ids = muscles.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.keys(MUSCLE_PAIRING).sort());
    for (const m of muscles) expect(m.paired, m.id).toBe(musclePairing[m.id] === 'paired');
  });

  it('parses with the content schema', () => {
    for (const m of muscles) {
      const result = muscleSchema.safeParse(m);
      expect(result.success, `${m.id}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  it('lists plausible nerve roots, top to bottom', () => {
    for (const m of muscles) {
      const roots = m.innervation.roots;
      expect(roots.length, m.id).toBeGreaterThan(0);
      if (CRANIAL_ONLY.has(m.id)) {
        expect(roots, m.id).toEqual(['CN V']);
        continue;
      }
      for (const root of roots) expect(root, m.id).toMatch(SPINAL_ROOT);
      const positions = roots.map((r) => ROOT_ORDER.indexOf(r));
      expect(positions, m.id).toEqual([...positions].sort((a, b) => a - b));
      expect(new Set(roots).size, m.id).toBe(roots.length);
    }
  });

  it('names only known regions, with sides that suit their pairing', () => {
    for (const m of muscles) {
      for (const region of m.regions)
        expect(regionPairing[region], `${m.id} → ${region}`).toBeDefined();
      for (const target of m.referral?.targets ?? []) {
        const pairing = regionPairing[target.region];
        expect(pairing, `${m.id} refers to unknown region ${target.region}`).toBeDefined();
        const allowed =
          pairing === 'midline' ? ['midline'] : m.paired ? ['same', 'opposite'] : ['left', 'right'];
        expect(allowed, `${m.id} → ${target.region} (${target.side})`).toContain(target.side);
      }
    }
  });

  it('gives the referral patterns the issue asks for', () => {
    const targets = (id: string) =>
      muscles.find((m) => m.id === id)?.referral?.targets.map((t) => `${t.region}:${t.side}`) ?? [];
    expect(targets('trapezius')).toEqual(
      expect.arrayContaining(['temple:same', 'occiput:midline']),
    );
    expect(targets('gluteus-minimus')).toEqual(
      expect.arrayContaining(['posterior-thigh:same', 'calf:same', 'thigh:same']),
    );
    expect(targets('soleus')).toContain('sole:same');
    expect(targets('quadratus-lumborum')).toEqual(
      expect.arrayContaining(['buttock:same', 'hip:same', 'sacrum:midline']),
    );
    expect(targets('iliopsoas')).toEqual(
      expect.arrayContaining(['lumbar-spine:midline', 'thigh:same']),
    );
    expect(targets('plantar-fascia')).toEqual([]);
  });

  it('cites only references that exist, and every reference parses', () => {
    const refIds = new Set(muscleReferences.map((r) => r.id));
    expect(refIds.size).toBe(muscleReferences.length);
    for (const r of muscleReferences) {
      const result = referenceSchema.safeParse(r);
      expect(result.success, `${r.id}: ${result.error?.message ?? ''}`).toBe(true);
    }
    for (const m of muscles) {
      const cited = [...m.citations, ...(m.referral?.citations ?? [])];
      expect(cited.length, m.id).toBeGreaterThan(0);
      for (const c of cited) expect(refIds.has(c.ref), `${m.id} cites ${c.ref}`).toBe(true);
    }
  });

  it('finds muscles by the common names students use', () => {
    const aliasesOf = (id: string) => muscles.find((m) => m.id === id)?.aliases ?? [];
    expect(aliasesOf('sternocleidomastoid')).toContain('SCM');
    expect(aliasesOf('latissimus-dorsi')).toContain('lats');
    expect(aliasesOf('quadratus-lumborum')).toContain('QL');
    expect(aliasesOf('tensor-fasciae-latae')).toContain('TFL');
    expect(aliasesOf('iliotibial-band')).toContain('IT band');
    expect(aliasesOf('fibularis')).toContain('peroneals');
    expect(aliasesOf('iliopsoas')).toContain('hip flexors');
    expect(aliasesOf('gastrocnemius')).toContain('calf');
    for (const id of ['supraspinatus', 'infraspinatus', 'teres-minor', 'subscapularis'])
      expect(aliasesOf(id), id).toContain('rotator cuff');
  });
});
