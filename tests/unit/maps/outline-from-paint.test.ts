import { describe, expect, it } from 'vitest';
import type { Zone } from '../../../src/content/schema';
import { outlineFromPaint } from '../../../src/domain/outline-from-paint';
import { zoneHit, zoneInstances } from '../../../src/domain/zones';
import { sampleAt, skin } from './map-helpers';

describe('the painted area as a zone outline (authoring aid)', () => {
  it('turns dabs on the outer thigh into an "around" outline that holds them and not the inner thigh', async () => {
    const { frames } = await skin();
    const dabs = await Promise.all(
      [0.62, 0.68, 0.74].map((y) => sampleAt('thigh', 'around', [90, y])),
    );
    const outline = outlineFromPaint(dabs, 0.03, frames)!;
    expect(outline).toMatchObject({ segment: 'thigh', view: 'around', side: 'left' });
    const zone: Zone = {
      id: 'painted',
      name: 'Painted',
      kind: 'trigger-point',
      source: { kind: 'muscle', id: 'gluteus-minimus' },
      essential: [
        { segment: outline.segment, view: outline.view, outline: outline.outline, side: 'same' },
      ],
      spillover: [],
      evidence: 'expert-opinion',
      citations: [{ ref: 'x' }],
    };
    const left = zoneInstances([zone], frames).find((i) => i.side === 'left')!;
    for (const d of dabs) expect(zoneHit(left, frames, d)?.grade).toBe('essential');
    const inner = await sampleAt('thigh', 'around', [-90, 0.68]);
    expect(zoneHit(left, frames, inner)).toBeNull();
  });

  it('writes the front of the trunk as a front view, in the left frame even when painted on the right', async () => {
    const { frames } = await skin();
    const dabs = await Promise.all(
      [1.2, 1.25].map((y) => sampleAt('trunk', 'front', [0.08, y], 'right')),
    );
    const outline = outlineFromPaint(dabs, 0.02, frames)!;
    expect(outline).toMatchObject({ segment: 'trunk', view: 'front', side: 'right' });
    const xs = outline.outline.map((p) => p[0]);
    expect(Math.min(...xs)).toBeGreaterThan(0.04);
    expect(Math.max(...xs)).toBeLessThan(0.12);
    expect(outlineFromPaint([], 0.02, frames)).toBeNull();
  });
});
