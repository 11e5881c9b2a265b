/**
 * Decorative motion (the chain flow) runs for a while after the last user input, then stops, so a
 * page left open costs no frames at all (a lecture hall, twenty tabs). Input wakes it again.
 */
export const FLOW_SETTLE_MS = 4000;

/** User input that wakes decorative motion. */
export const WAKE_EVENTS = [
  'pointerdown',
  'pointermove',
  'keydown',
  'wheel',
  'touchstart',
] as const;

export interface SettleClock {
  /** Records input now; true when the motion had settled (the caller asks for a frame). */
  poke(): boolean;
  /** True once `settleMs` have passed since the last input. */
  settled(): boolean;
}

export function createSettleClock(
  settleMs = FLOW_SETTLE_MS,
  now: () => number = () => performance.now(),
): SettleClock {
  let last = now();
  const settled = () => now() - last > settleMs;
  return {
    poke() {
      const was = settled();
      last = now();
      return was;
    },
    settled,
  };
}
