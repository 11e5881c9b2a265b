import { OrbitControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import type { CameraParam } from '../domain/url';
import { useAppStore } from '../state/store';

export const HOME_CAMERA: CameraParam = { position: [0.9, 1.25, 3.4], target: [0, 0.92, 0] };

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Orbit controls with limits that keep the body in view. The store learns the camera only when a
 * move ends (for deep links), and the camera jumps only when the store asks (cameraRequest).
 */
export function CameraRig() {
  const controls = useRef<OrbitControlsImpl>(null);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const cameraRequest = useAppStore((s) => s.cameraRequest);

  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    const wanted = useAppStore.getState().camera ?? HOME_CAMERA;
    camera.position.set(...wanted.position);
    c.target.set(...wanted.target);
    c.update();
    invalidate();
  }, [cameraRequest, camera, invalidate]);

  const onEnd = () => {
    const c = controls.current;
    if (!c) return;
    const p = camera.position;
    const t = c.target;
    useAppStore.getState().settleCamera({
      position: [round(p.x), round(p.y), round(p.z)],
      target: [round(t.x), round(t.y), round(t.z)],
    });
  };

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping
      dampingFactor={0.12}
      minDistance={0.35}
      maxDistance={6}
      minPolarAngle={0.05}
      maxPolarAngle={Math.PI - 0.05}
      onEnd={onEnd}
    />
  );
}
