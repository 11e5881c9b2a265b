import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useAppStore } from '../state/store';
import { bodyRuntime } from './body-runtime';
import { diagnostics } from './diagnostics';
import { FULL_QUALITY, nextQuality, SAMPLE_FRAMES } from './playback-resolution';
import { prepareSkinLod, setSkinLod } from './skin-lod';

// Frame-loop state at module scope: the loop allocates nothing and React state stays untouched.
const run = { quality: FULL_QUALITY, frames: 0, sumMs: 0, skip: 0 };

function report() {
  diagnostics.resolutionScale = run.quality.scale;
  diagnostics.reducedSkin = run.quality.lod;
}

/**
 * Keeps technique playback smooth on slow machines: a lighter skin, then a lower canvas
 * resolution while frames are slow (playback-resolution.ts); full quality again on pause.
 */
export function PlaybackResolution() {
  const playing = useAppStore((s) => s.playing && s.page.kind === 'technique');
  const setDpr = useThree((s) => s.setDpr);
  const initialDpr = useThree((s) => s.viewport.initialDpr);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    run.frames = 0;
    run.sumMs = 0;
    run.skip = 1; // the first interval after play includes the start-up work
    const skin = bodyRuntime.parts.skin?.mesh;
    // Build the lighter skin while the first frames play (once; it is kept for the session).
    if (playing && skin) void prepareSkinLod(skin);
    if (playing || run.quality === FULL_QUALITY) return;
    run.quality = FULL_QUALITY;
    report();
    if (skin) setSkinLod(skin, false);
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
    const next = nextQuality(run.quality, run.sumMs / run.frames);
    run.frames = 0;
    run.sumMs = 0;
    if (next === run.quality) return;
    const skin = bodyRuntime.parts.skin?.mesh;
    // The lighter skin may still be in preparation: ask again after the next samples.
    if (next.lod && !run.quality.lod && !(skin && setSkinLod(skin, true))) return;
    const rescale = next.scale !== run.quality.scale;
    run.quality = next;
    report();
    run.skip = 1; // the change itself makes the next interval longer
    if (rescale) setDpr(initialDpr * next.scale);
  });
  return null;
}
