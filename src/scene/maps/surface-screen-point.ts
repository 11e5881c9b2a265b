import { Raycaster, Vector2, Vector3, type Camera } from 'three';
import type { SurfacePoint } from '../../content/schema';
import type { SurfaceSample } from '../../domain/surface';
import { locatePoint, type SourceSide } from '../../domain/zones';
import { LAYER_IDS } from '../../domain/url';
import { bodyRuntime } from '../body-runtime';

const p = new Vector3();
const n = new Vector3();
const toCamera = new Vector3();
const ray = new Raycaster();
const ndc = new Vector2();

let samples: { skin: unknown; list: SurfaceSample[] } | null = null;

/** The skin vertex where a content point lies (for a source on `side`). */
export function pointVertex(point: SurfacePoint, side: SourceSide): number | null {
  const skin = bodyRuntime.skinSurface;
  if (!skin) return null;
  if (samples?.skin !== skin)
    samples = {
      skin,
      list: Array.from({ length: skin.segments.length }, (_, i) => skin.sample(i)),
    };
  return locatePoint(point, side, skin.frames, samples.list);
}

/**
 * The CSS pixel where a skin vertex is visible (tests click it like a user): it must face the
 * camera and be the first thing a ray through that pixel meets. Null when hidden or off screen.
 */
export function vertexScreenPoint(
  vertex: number,
  camera: Camera,
  width: number,
  height: number,
): { x: number; y: number } | null {
  const skin = bodyRuntime.parts.skin;
  if (!skin || !skin.mesh.visible) return null;
  skin.mesh.getVertexPosition(vertex, p);
  skin.mesh.localToWorld(p);
  n.fromBufferAttribute(skin.mesh.geometry.getAttribute('normal'), vertex).transformDirection(
    skin.mesh.matrixWorld,
  );
  if (n.dot(toCamera.subVectors(camera.position, p).normalize()) < 0.2) return null;
  const world = p.clone();
  p.project(camera);
  if (p.z > 1 || Math.abs(p.x) > 0.98 || Math.abs(p.y) > 0.98) return null;
  const x = Math.round(((p.x + 1) / 2) * width);
  const y = Math.round(((1 - p.y) / 2) * height);
  ndc.set((x / width) * 2 - 1, 1 - (y / height) * 2);
  ray.setFromCamera(ndc, camera);
  const visible = LAYER_IDS.flatMap((l) => {
    const layer = bodyRuntime.parts[l];
    return layer && layer.mesh.visible ? [layer.proxy] : [];
  });
  const hit = ray.intersectObjects(visible, false)[0];
  if (!hit || hit.object !== skin.proxy || hit.point.distanceTo(world) > 0.015) return null;
  return { x, y };
}
