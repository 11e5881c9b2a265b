import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useAppStore } from '../state/store';
import { nextScale, SAMPLE_FRAMES } from './playback-resolution';
import { diagnostics } from './diagnostics';

// Frame-loop state at module scope: the loop allocates nothing and React state stays untouched.
const run = { scale: 1, frames: 0, sumMs: 0, skip: 0 };

/** Lowers the canvas resolution while a technique plays too slowly; restores it on pause. */
export function PlaybackResolution() {
  const playing = useAppStore((s) => s.playing && s.page.kind === 'technique');
  const setDpr = useThree((s) => s.setDpr);
  const initialDpr = useThree((s) => s.viewport.initialDpr);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    run.frames = 0;
    run.sumMs = 0;
    run.skip = 1; // the first interval after play includes the start-up work
    if (playing || run.scale === 1) return;
    run.scale = 1;
    diagnostics.resolutionScale = 1;
    setDpr(initialDpr);
    invalidate();
  }, [playing, setDpr, initialDpr, invalidate]);

  useFrame((_, delta) => {
    if (!playing) return;
    if (run.skip > 0) {
      run.skip -= 1;
      return;
    }
    run.sumMs += delta * 1000;
    run.frames += 1;
    if (run.frames < SAMPLE_FRAMES) return;
    const next = nextScale(run.scale, run.sumMs / run.frames);
    run.frames = 0;
    run.sumMs = 0;
    if (next === run.scale) return;
    run.scale = next;
    diagnostics.resolutionScale = next;
    run.skip = 1; // the resize itself makes the next interval longer
    setDpr(initialDpr * next);
  });
  return null;
}
