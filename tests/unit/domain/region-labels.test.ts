import { describe, expect, it } from 'vitest';
import { contentSet } from '../../../src/content';
import { paintForPage } from '../../../src/domain/body-paint';
import { buildContentIndex } from '../../../src/domain/content-index';
import { regionLabels } from '../../../src/domain/region-labels';
import type { Page } from '../../../src/domain/url';

const content = buildContentIndex(contentSet);
const labels = (page: Page) => regionLabels(content, paintForPage(content, page));

describe('labels on the body', () => {
  it('a technique names no region: the posed patient is away from the standing anchors', () => {
    const page: Page = { kind: 'technique', variant: 'spencer-shoulder', side: 'right', t: 0 };
    expect(paintForPage(content, page).regions.map((r) => r.id)).toContain('shoulder.right');
    expect(labels(page)).toEqual([]);
  });

  it('the lungs at the end of the asthma chain are the organ affected, not where pain is felt', () => {
    const lungs = labels({
      kind: 'chain',
      chain: 'rib-dysfunction-to-breathing',
      side: 'left',
      link: 0,
    }).find((l) => l.id === 'lungs');
    expect(lungs).toMatchObject({ role: 'target', words: 'organ affected' });
  });

  it('an organ starting a chain is its visceral source; the skin it refers to feels the pain', () => {
    const shown = labels({
      kind: 'chain',
      chain: 'lungs-to-upper-thoracic',
      side: 'left',
      link: 0,
    });
    expect(shown.find((l) => l.id === 'lungs')).toMatchObject({ words: 'visceral source' });
    expect(shown.find((l) => l.id === 'thoracic-spine')).toMatchObject({ words: 'pain felt here' });
  });

  it('a region page names the region and at most eight linked regions', () => {
    const shown = labels({ kind: 'region', region: 'thoracic-spine' });
    expect(shown[0]).toMatchObject({ id: 'thoracic-spine', words: 'selected' });
    expect(shown.filter((l) => l.role === 'related').length).toBeLessThanOrEqual(8);
  });
});
