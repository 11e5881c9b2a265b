import { describe, expect, it } from 'vitest';
import { advancePlayback, MAX_FRAME_DELTA } from '../../../src/domain/playback-clock';

const opts = { speed: 1, duration: 20, loop: false, resumed: false };

describe('advancePlayback', () => {
  it('advances by the frame delta times the speed', () => {
    expect(advancePlayback(1, 0.016, opts).time).toBeCloseTo(1.016);
    expect(advancePlayback(1, 0.02, { ...opts, speed: 0.5 }).time).toBeCloseTo(1.01);
  });

  it('does not jump by the idle gap on the first frame after play or resume', () => {
    // The on-demand frame loop reports the whole idle time (11 s) as the first delta.
    expect(advancePlayback(1, 11, { ...opts, resumed: true })).toEqual({ time: 1, ended: false });
    expect(advancePlayback(19.5, 10, { ...opts, resumed: true })).toEqual({
      time: 19.5,
      ended: false,
    });
  });

  it('clamps a long delta during playback (a hidden tab, a stalled machine)', () => {
    expect(advancePlayback(1, 30, opts).time).toBeCloseTo(1 + MAX_FRAME_DELTA);
    expect(advancePlayback(1, 30, { ...opts, speed: 2 }).time).toBeCloseTo(1 + 2 * MAX_FRAME_DELTA);
  });

  it('ends at the duration without looping and wraps with looping', () => {
    expect(advancePlayback(19.95, 0.1, opts)).toEqual({ time: 20, ended: true });
    const looped = advancePlayback(19.95, 0.1, { ...opts, loop: true });
    expect(looped.ended).toBe(false);
    expect(looped.time).toBeCloseTo(0.05);
  });

  it('ignores a negative or non-finite delta', () => {
    expect(advancePlayback(3, -1, opts).time).toBe(3);
    expect(advancePlayback(3, Number.NaN, opts).time).toBe(3);
  });
});
