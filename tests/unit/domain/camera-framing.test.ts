import { describe, expect, it } from 'vitest';
import { contentSet } from '../../../src/content';
import { paintForPage } from '../../../src/domain/body-paint';
import { framingGoal, REGION_SPAN } from '../../../src/domain/camera-framing';
import { buildContentIndex } from '../../../src/domain/content-index';
import type { Page } from '../../../src/domain/url';

const content = buildContentIndex(contentSet);
const goal = (previous: Page | null, page: Page) =>
  framingGoal(previous, page, paintForPage(content, page));

const piriformis: Page = { kind: 'condition', condition: 'piriformis-syndrome' };
const plantar: Page = { kind: 'condition', condition: 'plantar-fasciitis' };
const cluster: Page = { kind: 'condition', condition: 'cluster-headache' };
const neck: Page = { kind: 'region', region: 'anterior-neck' };
const sling = (link: number, side: 'left' | 'right' = 'left'): Page => ({
  kind: 'chain',
  chain: 'posterior-oblique-sling',
  side,
  link,
});

describe('camera framing after a navigation', () => {
  it('a region found by search after a condition frames that region', () => {
    expect(goal(piriformis, neck)).toEqual({
      kind: 'parts',
      ids: ['anterior-neck'],
      minSpan: REGION_SPAN,
    });
  });

  it('a condition after another frames where the new one is, even without a chain', () => {
    expect(content.conditions.get('cluster-headache')?.chains).toEqual([]);
    const g = goal(plantar, cluster);
    expect(g.kind).toBe('parts');
    if (g.kind === 'parts') expect(g.ids).toEqual(expect.arrayContaining(['orbit.left']));
  });

  it('a condition with a chain frames every end of the chain it draws', () => {
    const g = goal(cluster, plantar);
    const paint = paintForPage(content, plantar);
    expect(paint.links.length).toBeGreaterThan(0);
    expect(g).toEqual({
      kind: 'parts',
      ids: [...new Set(paint.links.flatMap((l) => [l.from, l.to]))],
    });
  });

  it('opening a chain frames all of it; stepping a link frames that link only', () => {
    const all = goal(neck, sling(0));
    const paint = paintForPage(content, sling(1));
    expect(all).toEqual({ kind: 'parts', ids: paint.frame });
    const second = paint.links[1]!;
    expect(goal(sling(0), sling(1))).toEqual({
      kind: 'parts',
      ids: [second.from, second.to, ...second.via],
    });
    expect(goal(sling(1), sling(1, 'right')).kind).toBe('parts');
  });

  it('the same destination again leaves the camera where the user put it', () => {
    expect(goal(neck, { ...neck })).toEqual({ kind: 'none' });
    expect(goal(sling(1), sling(1))).toEqual({ kind: 'none' });
  });

  it('home frames the whole figure, except as the first view', () => {
    expect(goal(neck, { kind: 'home' })).toEqual({ kind: 'home' });
    expect(goal(null, { kind: 'home' })).toEqual({ kind: 'none' });
  });

  it('a deep link to a region frames it on the first view', () => {
    expect(goal(null, neck)).toMatchObject({ kind: 'parts', ids: ['anterior-neck'] });
  });

  it('a technique is framed by its stage, phase by phase', () => {
    const page: Page = { kind: 'technique', variant: 'cervical-hvla', side: 'left', t: 0 };
    expect(goal(neck, page)).toEqual({ kind: 'none' });
  });
});
