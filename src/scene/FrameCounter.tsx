import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { diagnostics } from './diagnostics';

/** Counts rendered frames (frameloop="demand": a frame is drawn only when something moved). */
export function FrameCounter() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    diagnostics.renderer = gl;
    diagnostics.invalidate = () => invalidate();
    return () => {
      diagnostics.renderer = null;
      diagnostics.invalidate = () => undefined;
    };
  }, [gl, invalidate]);
  useFrame(() => {
    diagnostics.frames += 1;
    diagnostics.lastFrameMs = performance.now();
    diagnostics.firstFrameAt ??= performance.now();
  });
  return null;
}
