import { describe, expect, it } from 'vitest';
import { buildContentIndex } from '../../../src/domain/content-index';
import { createContentSearch } from '../../../src/domain/search';
import { fixture } from './fixture';

const search = createContentSearch(buildContentIndex(fixture()));
const top = (query: string, n = 3) =>
  search
    .search(query)
    .slice(0, n)
    .map((r) => `${r.kind}:${r.id}`);

describe('content search', () => {
  it('finds both sides of a paired region by name', () => {
    const results = search.search('ankle');
    expect(results.slice(0, 2)).toEqual([
      { kind: 'region', id: 'ankle.left', label: 'Left ankle', detail: 'Region · Lower limb' },
      { kind: 'region', id: 'ankle.right', label: 'Right ankle', detail: 'Region · Lower limb' },
    ]);
  });

  it('narrows by side words', () => {
    expect(top('left ankle', 1)).toEqual(['region:ankle.left']);
    expect(top('right shoulder', 1)).toEqual(['region:shoulder.right']);
  });

  it('finds conditions by name and alias', () => {
    expect(top('sciatica', 1)).toEqual(['condition:sciatica']);
    expect(top('tennis elbow', 1)).toEqual(['condition:lateral-epicondylalgia']);
    expect(top('frozen shoulder', 1)).toEqual(['condition:adhesive-capsulitis']);
    expect(top('lumbago', 1)).toEqual(['condition:low-back-pain']);
  });

  it('finds muscles by abbreviation and regions by alias', () => {
    expect(top('SCM', 1)).toEqual(['muscle:sternocleidomastoid']);
    expect(top('scm', 1)).toEqual(['muscle:sternocleidomastoid']);
    expect(top('low back', 2)).toEqual(
      expect.arrayContaining(['condition:low-back-pain', 'region:lumbar-spine']),
    );
  });

  it('matches prefixes while typing and forgives typos in long words', () => {
    expect(top('migr', 1)).toEqual(['condition:migraine']);
    expect(top('migrane', 1)).toEqual(['condition:migraine']);
    expect(top('sciatca', 1)).toEqual(['condition:sciatica']);
  });

  it('finds chains, technique families and variants', () => {
    expect(top('oblique sling', 1)).toEqual(['chain:hip-opposite-shoulder']);
    expect(top('counterstrain', 2)).toEqual(
      expect.arrayContaining(['technique:counterstrain', 'variant:cs-ankle-left']),
    );
    expect(search.search('paraspinal')[0]).toEqual({
      kind: 'variant',
      id: 'st-lumbar',
      label: 'Paraspinal soft tissue, prone',
      detail: 'Soft tissue · lumbar spine',
    });
  });

  it('ranks an exact alias above words scattered over other entries', () => {
    expect(top('tennis elbow', 1)).toEqual(['condition:lateral-epicondylalgia']);
    expect(top('Tennis-Elbow', 1)).toEqual(['condition:lateral-epicondylalgia']);
  });

  it('keeps a region and a muscle that share an id apart', () => {
    const content = fixture();
    content.muscles.push({ ...content.muscles[2]!, id: 'diaphragm', name: 'Diaphragm muscle' });
    const results = createContentSearch(buildContentIndex(content)).search('diaphragm');
    expect(results.map((r) => `${r.kind}:${r.id}`)).toEqual(
      expect.arrayContaining(['region:diaphragm', 'muscle:diaphragm']),
    );
  });

  it('filters by kind, limits, and ignores empty queries', () => {
    expect(search.search('shoulder', { kinds: ['region'] }).every((r) => r.kind === 'region')).toBe(
      true,
    );
    expect(search.search('shoulder', { limit: 2 })).toHaveLength(2);
    expect(search.search('   ')).toEqual([]);
    expect(search.search('zzzzqqq')).toEqual([]);
    expect(() => search.search('<script>*(')).not.toThrow();
  });
});
