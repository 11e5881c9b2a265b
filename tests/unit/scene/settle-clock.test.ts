import { describe, expect, it } from 'vitest';
import { createSettleClock } from '../../../src/scene/settle-clock';

describe('settle clock', () => {
  it('settles after the quiet time and wakes on input', () => {
    let t = 0;
    const clock = createSettleClock(4000, () => t);
    expect(clock.settled()).toBe(false);
    t = 3999;
    expect(clock.settled()).toBe(false);
    t = 4001;
    expect(clock.settled()).toBe(true);
    // Input after it settled: the caller must ask for a frame; the quiet time starts again.
    expect(clock.poke()).toBe(true);
    expect(clock.settled()).toBe(false);
    t = 6000;
    // Input while still moving needs no extra frame.
    expect(clock.poke()).toBe(false);
    t = 10_001;
    expect(clock.settled()).toBe(true);
  });
});
