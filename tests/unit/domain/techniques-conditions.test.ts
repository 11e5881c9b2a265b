import { describe, expect, it } from 'vitest';
import {
  allConcreteRegionIds,
  buildContentIndex,
  isConcreteRegionId,
  regionLabelOf,
  muscleLabelOf,
} from '../../../src/domain/content-index';
import {
  chainsForVariant,
  techniquesForChain,
  techniquesForCondition,
  techniquesForLink,
  techniquesForRegion,
  stepsSupport,
  variantById,
} from '../../../src/domain/techniques';
import {
  conditionsForChain,
  conditionsForRegion,
  conditionsForRegionGrouped,
} from '../../../src/domain/conditions';
import { fixture } from './fixture';

const index = buildContentIndex(fixture());
const variantIds = (list: { variant: { id: string } }[]) => list.map((e) => e.variant.id);

describe('content index', () => {
  it('lists both sides of paired regions and labels them', () => {
    const all = allConcreteRegionIds(index);
    expect(all).toContain('ankle.left');
    expect(all).toContain('ankle.right');
    expect(all).toContain('lumbar-spine');
    expect(all).not.toContain('ankle');
    expect(regionLabelOf(index, 'ankle.left')).toBe('Left ankle');
    expect(regionLabelOf(index, 'lumbar-spine')).toBe('Lumbar spine');
    expect(muscleLabelOf(index, 'gluteus-maximus.right')).toBe('Right gluteus maximus');
  });

  it('checks concrete ids against pairing', () => {
    expect(isConcreteRegionId(index, 'ankle.left')).toBe(true);
    expect(isConcreteRegionId(index, 'ankle')).toBe(false);
    expect(isConcreteRegionId(index, 'lumbar-spine.left')).toBe(false);
    expect(isConcreteRegionId(index, 'nowhere')).toBe(false);
  });

  it('finds a variant with its family', () => {
    const entry = variantById(index, 'me-cervical')!;
    expect(entry.technique.family).toBe('muscle-energy');
    expect(variantById(index, 'nope')).toBeUndefined();
  });
});

describe('technique queries', () => {
  it('for a link and a chain, in order without repeats', () => {
    const chain = index.chains.get('hip-opposite-shoulder')!;
    expect(variantIds(techniquesForLink(index, chain.links[1]!))).toEqual([
      'st-lumbar',
      'st-shoulder',
    ]);
    expect(variantIds(techniquesForChain(index, chain.id))).toEqual(['st-lumbar', 'st-shoulder']);
    expect(techniquesForChain(index, 'nope')).toEqual([]);
  });

  it('for a region: relative variants match both sides, absolute ones only theirs', () => {
    expect(variantIds(techniquesForRegion(index, 'ankle.left'))).toEqual([
      'st-ankle',
      'cs-ankle-left',
    ]);
    expect(variantIds(techniquesForRegion(index, 'ankle.right'))).toEqual(['st-ankle']);
    expect(variantIds(techniquesForRegion(index, 'ankle'))).toEqual(['st-ankle', 'cs-ankle-left']);
    expect(variantIds(techniquesForRegion(index, 'lumbar-spine'))).toEqual([
      'st-lumbar',
      'me-lumbar',
    ]);
  });

  it('for a condition: listed ones first, then those of its chains; families expand', () => {
    expect(variantIds(techniquesForCondition(index, 'sciatica'))).toEqual([
      'st-lumbar',
      'me-lumbar',
    ]);
    expect(variantIds(techniquesForCondition(index, 'adhesive-capsulitis'))).toEqual([
      'st-lumbar',
      'st-shoulder',
      'st-ankle',
    ]);
    expect(techniquesForCondition(index, 'nope')).toEqual([]);
  });

  it('chains for a variant', () => {
    expect(chainsForVariant(index, 'st-lumbar')).toEqual(['hip-opposite-shoulder']);
  });
});

describe('condition queries', () => {
  it('by base region, grouped', () => {
    expect(conditionsForRegion(index, 'lumbar-spine').map((c) => c.id)).toEqual([
      'low-back-pain',
      'sciatica',
    ]);
    expect(conditionsForRegion(index, 'thigh.left').map((c) => c.id)).toEqual(['sciatica']);
    const grouped = conditionsForRegionGrouped(index, 'shoulder.right');
    expect(grouped).toEqual([
      { group: 'Upper limb', conditions: [index.conditions.get('adhesive-capsulitis')] },
    ]);
    expect(conditionsForRegion(index, 'Not An Id')).toEqual([]);
  });

  it('for a chain, from both directions', () => {
    expect(conditionsForChain(index, 'hip-opposite-shoulder').map((c) => c.id)).toEqual([
      'low-back-pain',
    ]);
    expect(conditionsForChain(index, 'lumbar-thigh').map((c) => c.id)).toEqual(['sciatica']);
  });
});

describe('stepsSupport', () => {
  const cite = (locator?: string) => ({ ref: 'r', ...(locator ? { locator } : {}) });
  it('is principle-only when every citation is marked so', () => {
    expect(
      stepsSupport({
        citations: [
          cite('Introduction; principle only; steps are standard teaching in our words'),
          cite('Tender points; Principle only'),
        ],
      }),
    ).toBe('principle-only');
  });
  it('is step-level as soon as one citation is not marked, or has no locator', () => {
    expect(
      stepsSupport({ citations: [cite('x; principle only'), cite('Procedure, steps 1–4')] }),
    ).toBe('step-level');
    expect(stepsSupport({ citations: [cite()] })).toBe('step-level');
  });
});
