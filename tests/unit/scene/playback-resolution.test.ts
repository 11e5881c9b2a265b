import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FULL_QUALITY,
  MIN_SCALE,
  nextQuality,
  nextScale,
  TARGET_FRAME_MS,
} from '../../../src/scene/playback-resolution';

describe('playback resolution scaling', () => {
  it('a capable machine keeps full resolution', () => {
    expect(nextScale(1, 16.7)).toBe(1);
    expect(nextScale(1, TARGET_FRAME_MS)).toBe(1);
  });

  it('slow frames lower the resolution in proportion to the pixel cost', () => {
    // 200 ms at full size: a quarter of the pixels would take ~50 ms → half the resolution
    expect(nextScale(1, 200)).toBe(0.5);
    expect(nextScale(1, 100)).toBeCloseTo(0.7, 5);
  });

  it('never below the floor, never above full, and steady inside the margins', () => {
    expect(nextScale(0.5, 900)).toBe(MIN_SCALE);
    expect(nextScale(0.9, 5)).toBe(1);
    expect(nextScale(0.7, TARGET_FRAME_MS * 1.1)).toBe(0.7);
    expect(nextScale(0.7, TARGET_FRAME_MS * 0.7)).toBe(0.7);
  });

  it('fast frames at a reduced scale win resolution back', () => {
    expect(nextScale(0.5, 20)).toBeGreaterThan(0.5);
  });

  it('always in range and in steps of 0.05', () => {
    fc.assert(
      fc.property(
        fc.double({ min: MIN_SCALE, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 5000, noNaN: true }),
        (scale, ms) => {
          const next = nextScale(Math.round(scale * 20) / 20, ms);
          expect(next).toBeGreaterThanOrEqual(MIN_SCALE);
          expect(next).toBeLessThanOrEqual(1);
          expect(Math.abs(next * 20 - Math.round(next * 20))).toBeLessThan(1e-9);
        },
      ),
    );
  });

  it('slow frames switch to the lighter skin first, then lower the resolution', () => {
    const first = nextQuality(FULL_QUALITY, 200);
    expect(first).toEqual({ lod: true, scale: 1 });
    const second = nextQuality(first, 120);
    expect(second.lod).toBe(true);
    expect(second.scale).toBeLessThan(1);
  });

  it('a capable machine keeps full quality (the same object: nothing to apply)', () => {
    expect(nextQuality(FULL_QUALITY, 16)).toBe(FULL_QUALITY);
    expect(nextQuality(FULL_QUALITY, TARGET_FRAME_MS)).toBe(FULL_QUALITY);
  });

  it('fast frames win resolution back but keep the lighter skin while playing', () => {
    const next = nextQuality({ lod: true, scale: 0.5 }, 15);
    expect(next.lod).toBe(true);
    expect(next.scale).toBeGreaterThan(0.5);
  });
});
