import type { CameraParam } from './url';

/** Where the camera starts: the whole body, slightly from the right and above. */
export const HOME_CAMERA: CameraParam = { position: [0.9, 1.15, 3.6], target: [0, 0.9, 0] };

/** The orbit limits the mouse has too (CameraRig's orbit controls use the same numbers). */
export const CAMERA_LIMITS = {
  minDistance: 0.35,
  maxDistance: 6,
  minPolar: 0.05,
  maxPolar: Math.PI - 0.05,
} as const;

/** Named views. The body faces +z, so its left side is at +x. */
export const VIEW_NAMES = ['front', 'back', 'left', 'right'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];
const VIEW_AZIMUTH: Record<ViewName, number> = {
  front: 0,
  back: Math.PI,
  left: Math.PI / 2,
  right: -Math.PI / 2,
};
/** Named views look from a little above the horizontal, as a person standing beside the table. */
const VIEW_POLAR = 1.45;

/** A camera move asked for from the keyboard or a view button (never per frame). */
export type CameraMove =
  | { kind: 'orbit'; azimuth: number; polar: number }
  | { kind: 'zoom'; factor: number }
  | { kind: 'view'; view: ViewName }
  | { kind: 'reset' };

const round = (n: number) => Math.round(n * 1000) / 1000;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

interface Orbit {
  radius: number;
  /** Angle from +y (0 = straight above). */
  polar: number;
  /** Angle around y from +z towards +x (three's Spherical convention). */
  azimuth: number;
}

function toOrbit({ position, target }: CameraParam): Orbit {
  const [x, y, z] = position.map((p, i) => p - target[i]!) as [number, number, number];
  const radius = Math.hypot(x, y, z);
  if (radius < 1e-9) return { radius: CAMERA_LIMITS.minDistance, polar: VIEW_POLAR, azimuth: 0 };
  return { radius, polar: Math.acos(clamp(y / radius, -1, 1)), azimuth: Math.atan2(x, z) };
}

function fromOrbit(target: CameraParam['target'], o: Orbit): CameraParam {
  const radius = clamp(o.radius, CAMERA_LIMITS.minDistance, CAMERA_LIMITS.maxDistance);
  const polar = clamp(o.polar, CAMERA_LIMITS.minPolar, CAMERA_LIMITS.maxPolar);
  const s = Math.sin(polar) * radius;
  return {
    position: [
      round(target[0] + s * Math.sin(o.azimuth)),
      round(target[1] + Math.cos(polar) * radius),
      round(target[2] + s * Math.cos(o.azimuth)),
    ],
    target: [round(target[0]), round(target[1]), round(target[2])],
  };
}

/**
 * The camera after a move, around the point it looks at: orbit turns it (positive azimuth moves
 * it to its right, positive polar moves it down), zoom scales its distance, a named view looks
 * at the same point from that side at the same distance, reset goes home. Limits as the mouse's.
 */
export function moveCamera(camera: CameraParam, move: CameraMove): CameraParam {
  if (move.kind === 'reset') return HOME_CAMERA;
  const o = toOrbit(camera);
  switch (move.kind) {
    case 'orbit':
      return fromOrbit(camera.target, {
        ...o,
        azimuth: o.azimuth + move.azimuth,
        polar: o.polar + move.polar,
      });
    case 'zoom':
      return fromOrbit(camera.target, { ...o, radius: o.radius * move.factor });
    case 'view':
      return fromOrbit(camera.target, {
        ...o,
        azimuth: VIEW_AZIMUTH[move.view],
        polar: VIEW_POLAR,
      });
  }
}

const ORBIT_STEP = Math.PI / 12;
const TILT_STEP = Math.PI / 18;
const ZOOM_STEP = 0.8;

/** The move a key asks for on the focused 3D view, or null when the key means nothing there. */
export function cameraMoveForKey(key: string): CameraMove | null {
  switch (key) {
    // ← / → turn the body the way a drag to that side does; ↑ / ↓ raise and lower the camera.
    case 'ArrowLeft':
      return { kind: 'orbit', azimuth: ORBIT_STEP, polar: 0 };
    case 'ArrowRight':
      return { kind: 'orbit', azimuth: -ORBIT_STEP, polar: 0 };
    case 'ArrowUp':
      return { kind: 'orbit', azimuth: 0, polar: -TILT_STEP };
    case 'ArrowDown':
      return { kind: 'orbit', azimuth: 0, polar: TILT_STEP };
    case '+':
    case '=':
      return { kind: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP };
    case 'Home':
      return { kind: 'reset' };
    default:
      return null;
  }
}
