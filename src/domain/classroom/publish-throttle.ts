/**
 * When the lecturer's client sends its view: page and step changes at once, camera moves and
 * other tweaks at most `perSecond` times a second (the last one always goes out). Pure: the
 * caller owns the clock and the timer.
 */
export interface PublishThrottle {
  /** A new view is ready at `now`: send it now (0), or in this many ms (the timer's delay). */
  offer(now: number, urgent: boolean): number;
  /** The view was sent at `now`. */
  sent(now: number): void;
}

export function publishThrottle(perSecond: number): PublishThrottle {
  const gap = 1000 / perSecond;
  let lastSent = -Infinity;
  return {
    offer(now, urgent) {
      if (urgent) return 0;
      const wait = lastSent + gap - now;
      return wait > 0 ? Math.ceil(wait) : 0;
    },
    sent(now) {
      lastSent = now;
    },
  };
}

/** Camera moves are sent at most this often (the server allows 30 lecturer messages a second). */
export const CAMERA_SENDS_PER_SECOND = 10;
