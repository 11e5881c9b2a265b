import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINK_SIDES, REGION_BASE_IDS, REGION_PAIRING, SIDES } from '../../../src/content/ids';
import {
  concreteLabel,
  formatRegionId,
  isSideAllowed,
  oppositeSide,
  parseRegionId,
  resolveRegionRef,
  resolveRegionRefChecked,
  resolveSide,
} from '../../../src/domain/sides';

const side = fc.constantFrom(...SIDES);
const linkSide = fc.constantFrom(...LINK_SIDES);
const baseId = fc.constantFrom(...REGION_BASE_IDS);

describe('region ids', () => {
  it('parses paired and midline ids', () => {
    expect(parseRegionId('ankle.left')).toEqual({ base: 'ankle', side: 'left' });
    expect(parseRegionId('lumbar-spine')).toEqual({ base: 'lumbar-spine', side: null });
  });

  it('rejects malformed ids', () => {
    for (const bad of [
      '',
      'Ankle',
      'ankle.up',
      'ankle.',
      '.left',
      'ankle.left.right',
      'a--b',
      'ankle left',
    ])
      expect(parseRegionId(bad)).toBeNull();
  });

  it('parse ∘ format is the identity on every base id and side', () => {
    fc.assert(
      fc.property(baseId, fc.option(side, { nil: null }), (base, s) => {
        expect(parseRegionId(formatRegionId(base, s))).toEqual({ base, side: s });
      }),
    );
  });

  it('format ∘ parse is the identity on well-formed ids', () => {
    const concrete = fc
      .tuple(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), fc.option(side, { nil: null }))
      .map(([b, s]) => (s ? `${b}.${s}` : b));
    fc.assert(
      fc.property(concrete, (id) => {
        const parsed = parseRegionId(id);
        expect(parsed).not.toBeNull();
        expect(formatRegionId(parsed!.base, parsed!.side)).toBe(id);
      }),
    );
  });
});

describe('resolveSide', () => {
  it('follows the table', () => {
    expect(resolveSide('same', 'left')).toBe('left');
    expect(resolveSide('opposite', 'left')).toBe('right');
    expect(resolveSide('midline', 'right')).toBeNull();
    expect(resolveSide('left', 'right')).toBe('left');
    expect(resolveSide('right', 'left')).toBe('right');
  });

  it('opposite twice is the identity', () => {
    fc.assert(
      fc.property(side, (s) => {
        expect(oppositeSide(oppositeSide(s))).toBe(s);
        expect(resolveSide('opposite', resolveSide('opposite', s)!)).toBe(s);
      }),
    );
  });

  it('same keeps the picked side; opposite never does', () => {
    fc.assert(
      fc.property(side, (s) => {
        expect(resolveSide('same', s)).toBe(s);
        expect(resolveSide('opposite', s)).not.toBe(s);
      }),
    );
  });

  it('absolute sides ignore the pick', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('left', 'right') as fc.Arbitrary<'left' | 'right'>,
        side,
        (abs, s) => {
          expect(resolveSide(abs, s)).toBe(abs);
        },
      ),
    );
  });

  it('mirroring the pick mirrors every relative end', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('same', 'opposite') as fc.Arbitrary<'same' | 'opposite'>,
        side,
        (rel, s) => {
          expect(resolveSide(rel, oppositeSide(s))).toBe(oppositeSide(resolveSide(rel, s)!));
        },
      ),
    );
  });
});

describe('resolving region references', () => {
  it('midline regions never get a side', () => {
    const midline = REGION_BASE_IDS.filter((id) => REGION_PAIRING[id] === 'midline');
    fc.assert(
      fc.property(fc.constantFrom(...midline), side, (region, s) => {
        const id = resolveRegionRef({ region, side: 'midline' }, s);
        expect(id).toBe(region);
        expect(parseRegionId(id)?.side).toBeNull();
      }),
    );
  });

  it('paired regions always get a side when referenced correctly', () => {
    const paired = REGION_BASE_IDS.filter((id) => REGION_PAIRING[id] === 'paired');
    fc.assert(
      fc.property(
        fc.constantFrom(...paired),
        linkSide.filter((l) => l !== 'midline'),
        side,
        (region, l, s) => {
          expect(parseRegionId(resolveRegionRef({ region, side: l }, s))?.side).not.toBeNull();
        },
      ),
    );
  });

  it('checked resolution refuses side / pairing mismatches', () => {
    expect(resolveRegionRefChecked({ region: 'ankle', side: 'midline' }, 'left', true)).toBeNull();
    expect(resolveRegionRefChecked({ region: 'sacrum', side: 'same' }, 'left', false)).toBeNull();
    expect(resolveRegionRefChecked({ region: 'ankle', side: 'opposite' }, 'left', true)).toBe(
      'ankle.right',
    );
    fc.assert(
      fc.property(fc.boolean(), linkSide, (paired, l) => {
        expect(isSideAllowed(paired, l)).toBe(paired ? l !== 'midline' : l === 'midline');
      }),
    );
  });
});

describe('labels', () => {
  it('names regions as people say them', () => {
    expect(concreteLabel('ankle.left', 'Ankle')).toBe('Left ankle');
    expect(concreteLabel('lumbar-spine', 'Lumbar spine')).toBe('Lumbar spine');
    expect(concreteLabel('lumbar-spine')).toBe('Lumbar spine');
    expect(concreteLabel('tmj.right', 'TMJ')).toBe('Right TMJ');
    expect(concreteLabel('posterior-thigh.right')).toBe('Right posterior thigh');
  });
});
