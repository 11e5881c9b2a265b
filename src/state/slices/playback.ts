import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

/**
 * Technique playback as the UI sees it. The running clock itself lives in `frameClock`
 * (mutated inside the frame loop, never through setState per frame); `time` here is the last
 * committed position (pause, scrub, step, deep link).
 */
export interface PlaybackSlice {
  playing: boolean;
  time: number;
  speed: number;
  loop: boolean;
  play: () => void;
  pause: () => void;
  seek: (time: number) => void;
  setSpeed: (speed: number) => void;
  setLoop: (loop: boolean) => void;
}

export const SPEEDS = [0.25, 0.5, 1, 1.5, 2] as const;

export const createPlaybackSlice: StateCreator<AppState, [], [], PlaybackSlice> = (set) => ({
  playing: false,
  time: 0,
  speed: 1,
  loop: false,
  play: () => set({ playing: true }),
  pause: () => set({ playing: false }),
  // The committed time is also the technique page's `t`, so links and lessons keep the moment.
  seek: (time) =>
    set((s) => {
      const t = Math.round(Math.max(0, time) * 100) / 100;
      return { time: t, page: s.page.kind === 'technique' ? { ...s.page, t } : s.page };
    }),
  setSpeed: (speed) => set({ speed: Math.min(2, Math.max(0.25, speed)) }),
  setLoop: (loop) => set({ loop }),
});

/** Per-frame playback state, read and written inside `useFrame` only. */
export const frameClock = { time: 0 };
