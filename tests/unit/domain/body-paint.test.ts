import { describe, expect, it } from 'vitest';
import { contentSet } from '../../../src/content';
import { EMPTY_PAINT, paintForPage } from '../../../src/domain/body-paint';
import { buildContentIndex } from '../../../src/domain/content-index';

const content = buildContentIndex(contentSet);

describe('body paint', () => {
  it('a chain: source, target and relays, numbered links, structures, others dimmed', () => {
    const p = paintForPage(content, {
      kind: 'chain',
      chain: 'posterior-oblique-sling',
      side: 'right',
      link: 1,
    });
    expect(p.regions).toContainEqual(
      expect.objectContaining({ id: 'hip.right', role: 'source', links: [1] }),
    );
    expect(p.regions).toContainEqual(
      expect.objectContaining({ id: 'shoulder.left', role: 'target' }),
    );
    expect(p.links.map((l) => l.number)).toEqual(p.links.map((_, i) => i + 1));
    expect(p.links.filter((l) => l.active).map((l) => l.number)).toEqual([2]);
    expect(p.structures).toEqual(
      expect.arrayContaining(['gluteus-maximus.right', 'latissimus-dorsi.left']),
    );
    expect(p.dimOthers).toBe(true);
    expect(p.structureView).toBe('see-through');
  });

  it('a region: the region selected, the other ends of its chains related', () => {
    const p = paintForPage(content, { kind: 'region', region: 'ankle.left' });
    expect(p.regions).toContainEqual(
      expect.objectContaining({ id: 'ankle.left', role: 'selected' }),
    );
    expect(p.regions).toContainEqual(expect.objectContaining({ id: 'knee.left', role: 'related' }));
    expect(p.regions.some((r) => r.id.endsWith('.right'))).toBe(false);
  });

  it('a condition draws its first chain', () => {
    const p = paintForPage(content, { kind: 'condition', condition: 'sciatica' });
    expect(p.links[0]?.from).toBe('lumbar-spine');
  });

  it('a technique glows on its targets on the picked side', () => {
    const p = paintForPage(content, {
      kind: 'technique',
      variant: 'piriformis-counterstrain',
      side: 'right',
      t: 0,
    });
    expect(p.structures).toContain('piriformis.right');
    expect(p.structures.some((s) => s.endsWith('.left'))).toBe(false);
    // the patient stays solid while it moves: the skin glows over the treated muscle
    expect(p.structureView).toBe('skin-glow');
  });

  it('home and unknown ids paint nothing', () => {
    expect(paintForPage(content, { kind: 'home' })).toBe(EMPTY_PAINT);
    expect(paintForPage(content, { kind: 'chain', chain: 'nope', side: 'left', link: 0 })).toBe(
      EMPTY_PAINT,
    );
  });
});
