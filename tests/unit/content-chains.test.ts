import { describe, expect, it } from 'vitest';
import { chains } from '../../src/content/chains';
import { CONDITION_IDS, TECHNIQUE_VARIANT_IDS } from '../../src/content/chains/helpers';
import { conditions } from '../../src/content/conditions';
import {
  MECHANISM_TYPES,
  MUSCLE_PAIRING,
  REGION_PAIRING,
  SURFACE_REGIONS,
  VISCERAL_REGIONS,
  type LinkSide,
} from '../../src/content/ids';
import { chainReferences } from '../../src/content/references/chains';
import { regions } from '../../src/content/regions';
import { isRelativeSide } from '../../src/domain/sides';
import {
  chainSchema,
  conditionSchema,
  referenceSchema,
  regionSchema,
  type Chain,
  type Condition,
  type RegionRef,
} from '../../src/content/schema';

type Side = 'left' | 'right';

const parsedRegions = regions.map((r) => regionSchema.parse(r));
const parsedChains: Chain[] = chains.map((c) => chainSchema.parse(c));
const parsedConditions: Condition[] = conditions.map((c) => conditionSchema.parse(c));
const parsedRefs = chainReferences.map((r) => referenceSchema.parse(r));

const regionPairing: Record<string, string> = REGION_PAIRING;
const musclePairing: Record<string, string> = MUSCLE_PAIRING;
const refIds = new Set(parsedRefs.map((r) => r.id));
const chainIds = new Set(parsedChains.map((c) => c.id));
const conditionIds = new Set(parsedConditions.map((c) => c.id));
const techniqueIds = new Set<string>(TECHNIQUE_VARIANT_IDS);

function sideFits(paired: boolean, side: LinkSide): boolean {
  return paired ? side !== 'midline' : side === 'midline';
}

/** Concrete id of a link end for the side the user picked (`same` → picked, `opposite` → flipped). */
function resolve(ref: RegionRef, picked: Side): string {
  const flip: Side = picked === 'left' ? 'right' : 'left';
  switch (ref.side) {
    case 'same':
      return `${ref.region}.${picked}`;
    case 'opposite':
      return `${ref.region}.${flip}`;
    case 'left':
    case 'right':
      return `${ref.region}.${ref.side}`;
    case 'midline':
      return ref.region;
  }
}

/** Every concrete region a chain touches, in order, for a picked side. */
function path(chain: Chain, picked: Side): string[] {
  const first = chain.links[0];
  if (!first) return [];
  return [resolve(first.from, picked), ...chain.links.map((l) => resolve(l.to, picked))];
}

function byId(id: string): Chain {
  const found = parsedChains.find((c) => c.id === id);
  if (!found) throw new Error(`missing chain ${id}`);
  return found;
}

describe('regions content', () => {
  it('has exactly one region per base id, with matching pairing and kind', () => {
    const ids = parsedRegions.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.keys(REGION_PAIRING).sort());
    for (const r of parsedRegions) {
      expect(r.paired, r.id).toBe(regionPairing[r.id] === 'paired');
      expect(r.kind, r.id).toBe(r.id in SURFACE_REGIONS ? 'surface' : 'visceral');
      if (r.id in VISCERAL_REGIONS) expect(r.group, r.id).toBe('viscera');
      expect(
        r.name.toLowerCase().startsWith('left') || r.name.toLowerCase().startsWith('right'),
        r.id,
      ).toBe(false);
    }
  });

  it('gives lay aliases for common searches', () => {
    const aliases = (id: string) => parsedRegions.find((r) => r.id === id)?.aliases ?? [];
    expect(aliases('lumbar-spine')).toEqual(expect.arrayContaining(['low back', 'lower back']));
    expect(aliases('cervical-spine')).toContain('neck');
    expect(aliases('tmj')).toEqual(expect.arrayContaining(['TMJ', 'jaw joint']));
    expect(aliases('sole')).toContain('heel');
  });
});

describe('references', () => {
  it('parses and has unique ids', () => {
    expect(refIds.size).toBe(parsedRefs.length);
  });
});

describe('chains content', () => {
  it('parses with the schema and has unique kebab-case ids', () => {
    expect(chainIds.size).toBe(parsedChains.length);
  });

  it('uses only known regions, with sides that fit their pairing', () => {
    for (const c of parsedChains) {
      for (const l of c.links) {
        for (const end of [l.from, l.to]) {
          expect(end.region in regionPairing, `${c.id}: ${end.region}`).toBe(true);
          expect(
            sideFits(regionPairing[end.region] === 'paired', end.side),
            `${c.id}: ${end.region} ${end.side}`,
          ).toBe(true);
        }
      }
    }
  });

  it('routes every link through known muscles, with sides that fit their pairing', () => {
    for (const c of parsedChains) {
      for (const l of c.links) {
        for (const v of l.via) {
          expect(v.structure in musclePairing, `${c.id}: ${v.structure}`).toBe(true);
          expect(
            sideFits(musclePairing[v.structure] === 'paired', v.side),
            `${c.id}: ${v.structure} ${v.side}`,
          ).toBe(true);
        }
      }
    }
  });

  it('words a side-relative link for whichever side is picked: no fixed "left" or "right"', () => {
    // A link drawn from the picked side (same / opposite) is shown from the left and the right:
    // its text must say "one side" and "the other", or name both ("right or left").
    for (const c of parsedChains)
      for (const l of c.links) {
        const relative = [l.from.side, l.to.side, ...l.via.map((v) => v.side)].some(isRelativeSide);
        if (!relative) continue;
        const fixed = l.explanation
          .replace(/\b(left or right|right or left)\b/gi, '')
          .match(/\b(left|right)\b/i);
        expect(fixed, `${c.id}: ${l.explanation}`).toBeNull();
      }
  });

  it('orders links so that each starts where the previous one ended', () => {
    for (const c of parsedChains) {
      c.links.forEach((l, i) => {
        const prev = c.links[i - 1];
        if (prev) expect(l.from, `${c.id} link ${i}`).toEqual(prev.to);
      });
    }
  });

  it('cites known references on every link and names known techniques and conditions', () => {
    for (const c of parsedChains) {
      for (const l of c.links) {
        expect(l.citations.length, c.id).toBeGreaterThan(0);
        for (const cit of l.citations)
          expect(refIds.has(cit.ref), `${c.id}: ${cit.ref}`).toBe(true);
        for (const t of l.techniques) expect(techniqueIds.has(t), `${c.id}: ${t}`).toBe(true);
        expect(l.explanation.length, c.id).toBeGreaterThan(40);
      }
      for (const cond of c.conditions)
        expect(conditionIds.has(cond), `${c.id}: ${cond}`).toBe(true);
    }
  });

  it('meets the coverage counts', () => {
    expect(parsedChains.length).toBeGreaterThanOrEqual(45);
    const mechanisms = new Set(parsedChains.flatMap((c) => c.links.map((l) => l.mechanism)));
    for (const m of MECHANISM_TYPES) expect(mechanisms.has(m), m).toBe(true);
    for (const id of [
      'ankle-instability-to-knee',
      'posterior-oblique-sling',
      'hip-to-knee',
      'tight-hamstrings-to-low-back',
      'core-instability-to-back-muscle-tension',
      'lumbar-to-neck-to-headache',
      'suboccipital-headache',
      'upper-trapezius-headache',
      'sternocleidomastoid-headache',
      'splenius-capitis-headache',
      'temporomandibular-headache',
      'c5-radicular',
      'c6-radicular',
      'c7-radicular',
      'c8-radicular',
      'l4-radicular',
      'l5-radicular',
      's1-radicular',
      'cervical-to-carpal-tunnel',
      'piriformis-referral',
      'gluteus-minimus-referral',
      'gluteus-medius-referral',
      'quadratus-lumborum-referral',
      'iliopsoas-referral',
      'tensor-fasciae-latae-referral',
      'infraspinatus-referral',
      'scalene-referral',
      'levator-scapulae-referral',
      'soleus-referral',
      'gastrocnemius-referral',
      'calf-to-plantar-fascia',
      'rib-dysfunction-to-breathing',
      'lumbosacral-to-menstrual-pain',
      'superficial-back-line',
      'superficial-front-line',
      'lateral-line',
      'spiral-line',
      'back-functional-line',
      'front-functional-line',
    ]) {
      expect(chainIds.has(id), id).toBe(true);
    }
    const visceralSources = new Set(
      parsedChains
        .map((c) => c.links[0]?.from.region)
        .filter((r): r is string => !!r && r in VISCERAL_REGIONS),
    );
    for (const organ of [
      'heart',
      'gallbladder',
      'liver',
      'diaphragm',
      'spleen',
      'stomach',
      'pancreas',
      'kidney',
      'ureter',
      'appendix',
      'bladder',
      'uterus',
    ]) {
      expect(visceralSources.has(organ), organ).toBe(true);
    }
  });

  it('resolves the worked examples', () => {
    expect(path(byId('ankle-instability-to-knee'), 'left')).toEqual(
      expect.arrayContaining(['ankle.left', 'knee.left']),
    );
    const sling = path(byId('posterior-oblique-sling'), 'left');
    expect(sling[0]).toBe('hip.left');
    expect(sling.at(-1)).toBe('shoulder.right');
    const gbShoulder = path(byId('gallbladder-to-right-shoulder'), 'left');
    expect(gbShoulder[0]).toBe('gallbladder');
    expect(gbShoulder.at(-1)).toBe('shoulder.right');
    expect(path(byId('gallbladder-to-right-scapula'), 'left').at(-1)).toBe('scapula.right');

    const endingAtRightShoulder = parsedChains.filter((c) =>
      (['left', 'right'] as const).some((picked) => path(c, picked).at(-1) === 'shoulder.right'),
    );
    const sources = new Set(endingAtRightShoulder.map((c) => c.links[0]?.from.region));
    expect(sources.has('gallbladder')).toBe(true);
    expect(sources.has('diaphragm')).toBe(true);
    expect(sources.has('hip')).toBe(true);

    const heart = path(byId('heart-to-left-arm'), 'right');
    expect(heart).toContain('upper-arm.left');
  });

  it('links the lumbar radicular chains to sciatica', () => {
    for (const id of ['l4-radicular', 'l5-radicular', 's1-radicular']) {
      expect(byId(id).conditions, id).toContain('sciatica');
    }
  });
});

describe('conditions content', () => {
  it('parses, has unique ids and covers the required conditions', () => {
    expect(conditionIds.size).toBe(parsedConditions.length);
    expect([...conditionIds].sort()).toEqual([...CONDITION_IDS].sort());
    for (const id of [
      'tension-headache',
      'migraine',
      'cluster-headache',
      'sinus-headache',
      'cervicogenic-headache',
      'neck-pain',
      'low-back-pain',
      'sciatica',
      'carpal-tunnel-syndrome',
      'plantar-fasciitis',
      'fibromyalgia',
      'osteoarthritis',
      'asthma',
      'menstrual-pain',
      'sinus-disorder',
      'temporomandibular-dysfunction',
    ]) {
      expect(conditionIds.has(id), id).toBe(true);
    }
  });

  it('references known regions, chains, techniques and references', () => {
    for (const c of parsedConditions) {
      for (const r of c.regions) expect(r in regionPairing, `${c.id}: ${r}`).toBe(true);
      for (const ch of c.chains) {
        expect(chainIds.has(ch), `${c.id}: ${ch}`).toBe(true);
        expect(byId(ch).conditions, `${c.id} ↔ ${ch}`).toContain(c.id);
      }
      for (const t of c.techniques) expect(techniqueIds.has(t), `${c.id}: ${t}`).toBe(true);
      for (const cit of c.citations) expect(refIds.has(cit.ref), `${c.id}: ${cit.ref}`).toBe(true);
    }
  });

  it('lists the condition on both sides: every chain naming a condition appears in its chains', () => {
    for (const ch of parsedChains) {
      for (const cond of ch.conditions) {
        expect(parsedConditions.find((c) => c.id === cond)?.chains, `${ch.id} → ${cond}`).toContain(
          ch.id,
        );
      }
    }
  });

  it('finds the conditions users search by alias', () => {
    const aliasOwner = (alias: string) =>
      parsedConditions.find((c) => c.aliases.some((a) => a.toLowerCase() === alias))?.id;
    expect(aliasOwner('tennis elbow')).toBe('lateral-epicondylalgia');
    expect(aliasOwner('frozen shoulder')).toBe('frozen-shoulder');
    expect(aliasOwner('lumbar radiculopathy')).toBe('sciatica');
  });

  it('gives every condition red flags and an honest evidence level', () => {
    for (const c of parsedConditions) {
      expect(c.redFlags.length, c.id).toBeGreaterThan(0);
      expect(c.evidenceSummary.length, c.id).toBeGreaterThan(80);
    }
    const level = (id: string) => parsedConditions.find((c) => c.id === id)?.evidence;
    expect(level('low-back-pain')).toBe('moderate');
    expect(level('asthma')).toBe('limited');
  });
});
