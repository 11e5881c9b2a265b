import { addAfterEffect, useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { bodyRuntime } from './body-runtime';
import { markBodyShown } from './body-shown';
import { diagnostics } from './diagnostics';
import { regionScreenPoint } from './region-screen-point';

/** Counts rendered frames (frameloop="demand": a frame is drawn only when something moved). */
export function FrameCounter() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const get = useThree((s) => s.get);
  useEffect(() => {
    diagnostics.renderer = gl;
    diagnostics.invalidate = () => invalidate();
    diagnostics.pendingFrames = () => get().internal.frames;
    diagnostics.regionPoint = (id) => {
      const { camera, size } = get();
      return regionScreenPoint(id, camera, size.width, size.height);
    };
    diagnostics.camera = () => {
      const { camera, controls } = get();
      const target = (controls as unknown as { target?: { toArray(): number[] } } | null)?.target;
      return { position: camera.position.toArray(), target: target?.toArray() ?? [] };
    };
    return () => {
      diagnostics.renderer = null;
      diagnostics.invalidate = () => undefined;
      diagnostics.pendingFrames = () => 0;
      diagnostics.regionPoint = () => null;
      diagnostics.camera = () => null;
    };
  }, [gl, invalidate, get]);
  // Stamped after the draw call returns, as the benchmark's plain three.js page stamps its own.
  useEffect(
    () =>
      addAfterEffect(() => {
        if (diagnostics.bodyFrameAt !== null || !bodyRuntime.scene?.parent) return;
        diagnostics.bodyFrameAt = performance.now();
        markBodyShown();
      }),
    [],
  );
  useFrame(() => {
    diagnostics.frames += 1;
    diagnostics.lastFrameMs = performance.now();
    diagnostics.firstFrameAt ??= performance.now();
  });
  return null;
}
