import { describe, expect, it } from 'vitest';
import { SEGMENT_FRAMES } from '../../../src/body/surface';
import type { Zone } from '../../../src/content/schema';
import { differentialAt, differentialOver } from '../../../src/domain/differential';
import type { SegmentFrame, SurfaceSample } from '../../../src/domain/surface';
import { zoneInstances } from '../../../src/domain/zones';

const frames = SEGMENT_FRAMES as unknown as SegmentFrame[];
const TRUNK = frames.findIndex((f) => f.id === 'trunk');
const front = (x: number, y: number): SurfaceSample => ({
  segment: TRUNK,
  p: [x, y, 0.1],
  n: [0, 0, 1],
});

const zone = (id: string, over: Partial<Zone>): Zone => ({
  id,
  name: id,
  kind: 'trigger-point',
  source: { kind: 'muscle', id: 'rectus-abdominis' },
  essential: [],
  spillover: [],
  evidence: 'expert-opinion',
  citations: [{ ref: 'x' }],
  ...over,
});
const square = (x0: number, y0: number, x1: number, y1: number) => ({
  segment: 'trunk' as const,
  view: 'front' as const,
  side: 'same' as const,
  outline: [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ] as [number, number][],
});

const zones: Zone[] = [
  zone('wide', { essential: [square(0, 1.0, 0.2, 1.4)] }),
  zone('narrow', { essential: [square(0.05, 1.15, 0.07, 1.17)], evidence: 'moderate' }),
  zone('spill', { essential: [square(0.3, 1, 0.4, 1.1)], spillover: [square(0, 1.1, 0.1, 1.2)] }),
  zone('heart', {
    kind: 'visceral',
    source: { kind: 'organ', id: 'heart' },
    essential: [{ ...square(0.1, 1.15, 0.15, 1.2), side: 'left' }],
    redFlag: 'Chest pain may be cardiac.',
  }),
];
const instances = zoneInstances(zones, frames);

describe('the differential', () => {
  it('lists every zone holding the point: red flags first, essential before spillover', () => {
    const rows = differentialAt(instances, frames, front(0.12, 1.16));
    expect(rows.map((r) => r.instance.key)).toEqual(['heart', 'wide.left']);
    const mixed = differentialAt(instances, frames, front(0.06, 1.16));
    expect(mixed.map((r) => [r.instance.key, r.grade])).toEqual([
      ['narrow.left', 'essential'],
      ['wide.left', 'essential'],
      ['spill.left', 'spillover'],
    ]);
  });

  it('keeps sides apart: a left zone does not hold the right side, a mirrored one does', () => {
    const right = differentialAt(instances, frames, front(-0.12, 1.16));
    expect(right.map((r) => r.instance.key)).toEqual(['wide.right']);
  });

  it('ranks an area by the share each zone covers, and is deterministic', () => {
    const area = [front(0.05, 1.05), front(0.15, 1.3), front(0.35, 1.05), front(0.36, 1.06)];
    const rows = differentialOver(instances, frames, area);
    expect(rows.map((r) => [r.instance.key, r.fit])).toEqual([
      ['spill.left', 0.5],
      ['wide.left', 0.5],
    ]);
    expect(differentialOver(instances, frames, [...area].reverse())).toEqual(rows);
    expect(differentialOver(instances, frames, [])).toEqual([]);
  });

  it('reaches no skin facing away from the view, and no arm from a trunk outline', () => {
    const back: SurfaceSample = { segment: TRUNK, p: [0.12, 1.16, -0.1], n: [0, 0, -1] };
    expect(differentialAt(instances, frames, back)).toEqual([]);
    const arm = frames.findIndex((f) => f.id === 'upper-arm.left');
    expect(
      differentialAt(instances, frames, { segment: arm, p: [0.12, 1.16, 0.1], n: [0, 0, 1] }),
    ).toEqual([]);
  });
});
