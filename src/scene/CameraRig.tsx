import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Vector3 } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { CAMERA_LIMITS, HOME_CAMERA } from '../domain/camera-moves';
import { useAppStore } from '../state/store';
import { prefersReducedMotion } from './motion';

export { HOME_CAMERA };

const GLIDE_SECONDS = 0.9;
const round = (n: number) => Math.round(n * 1000) / 1000;
// Scratch vectors at module scope: the frame loop allocates nothing.
const fromPos = new Vector3();
const fromTarget = new Vector3();
const toPos = new Vector3();
const toTarget = new Vector3();
const glide = { active: false, t: 0 };
const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2);

/**
 * Orbit controls with limits that keep the body in view. The store learns the camera only when a
 * move ends (for deep links); the camera moves only when the store asks (cameraRequest), gliding
 * when asked to and when the user has not asked for reduced motion.
 */
export function CameraRig() {
  const controls = useRef<OrbitControlsImpl>(null);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const cameraRequest = useAppStore((s) => s.cameraRequest);
  // While the brush paints, a one-finger or left-button drag paints instead of turning the body
  // (zoom and pan still work).
  const brush = useAppStore((s) => s.brush);

  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    const { camera: wanted = HOME_CAMERA, cameraGlide } = useAppStore.getState();
    const goal = wanted ?? HOME_CAMERA;
    toPos.set(...goal.position);
    toTarget.set(...goal.target);
    if (cameraGlide && !prefersReducedMotion()) {
      fromPos.copy(camera.position);
      fromTarget.copy(c.target);
      glide.active = true;
      glide.t = 0;
    } else {
      glide.active = false;
      // Already there (the URL sync, started after the first frame, restores the home view):
      // nothing to draw.
      if (
        camera.position.distanceToSquared(toPos) < 1e-10 &&
        c.target.distanceToSquared(toTarget) < 1e-10
      )
        return;
      camera.position.copy(toPos);
      c.target.copy(toTarget);
      c.update();
    }
    invalidate();
  }, [cameraRequest, camera, invalidate]);

  useFrame((_, delta) => {
    const c = controls.current;
    if (!glide.active || !c) return;
    glide.t = Math.min(1, glide.t + delta / GLIDE_SECONDS);
    const k = ease(glide.t);
    camera.position.lerpVectors(fromPos, toPos, k);
    c.target.lerpVectors(fromTarget, toTarget, k);
    c.update();
    if (glide.t < 1) invalidate();
    else glide.active = false;
  });

  const onEnd = () => {
    const c = controls.current;
    if (!c) return;
    glide.active = false;
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
      enableRotate={!brush}
      enableDamping
      dampingFactor={0.12}
      minDistance={CAMERA_LIMITS.minDistance}
      maxDistance={CAMERA_LIMITS.maxDistance}
      minPolarAngle={CAMERA_LIMITS.minPolar}
      maxPolarAngle={CAMERA_LIMITS.maxPolar}
      onStart={() => (glide.active = false)}
      onEnd={onEnd}
    />
  );
}
