/**
 * How far technique playback moves in one drawn frame. The canvas draws on demand, so the frame
 * clock's delta is the time since the last frame drawn, which after the page sat idle (or the tab
 * was hidden) is the whole idle gap. Playback must not jump by it: the first frame after play or
 * resume advances nothing, and any later frame advances at most `MAX_FRAME_DELTA` seconds (a
 * stalled machine plays slower rather than skipping steps).
 */
export const MAX_FRAME_DELTA = 0.1;

export interface PlaybackAdvance {
  /** The new time, wrapped when looping and clamped to [0, duration] otherwise. */
  time: number;
  /** True when a non-looping playback reached its end in this frame. */
  ended: boolean;
}

export function advancePlayback(
  time: number,
  delta: number,
  opts: { speed: number; duration: number; loop: boolean; resumed: boolean },
): PlaybackAdvance {
  const { speed, duration, loop, resumed } = opts;
  if (!(duration > 0)) return { time: 0, ended: !loop };
  const step = resumed || !(delta > 0) ? 0 : Math.min(delta, MAX_FRAME_DELTA);
  const next = time + step * speed;
  if (!loop && next >= duration) return { time: duration, ended: true };
  if (loop) {
    const r = next % duration;
    return { time: r < 0 ? r + duration : r, ended: false };
  }
  return { time: next < 0 ? 0 : next, ended: false };
}
