import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { snapshotSource } from './snapshot';

/** Lets "Export image" reach the renderer, scene and camera (see `snapshot.ts`). */
export function SnapshotRegistrar() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    snapshotSource.current = { gl, scene, camera, invalidate: () => invalidate() };
    return () => {
      snapshotSource.current = null;
    };
  }, [gl, scene, camera, invalidate]);
  return null;
}
