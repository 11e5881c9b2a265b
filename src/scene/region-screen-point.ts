import { Raycaster, Vector2, Vector3, type Camera } from 'three';
import { LAYER_IDS } from '../domain/url';
import { bodyRuntime } from './body-runtime';
import { partAt } from './pick';

const p = new Vector3();
const n = new Vector3();
const toCamera = new Vector3();
const ray = new Raycaster();
const ndc = new Vector2();

/**
 * A pixel where the region is visible on screen (for tests and tours that click like a user):
 * the region's vertices facing the camera, nearest its centre first, checked with a real ray cast
 * that the region is the first thing hit there. Null when no such pixel exists.
 */
export function regionScreenPoint(
  id: string,
  camera: Camera,
  width: number,
  height: number,
): { x: number; y: number } | null {
  const skin = bodyRuntime.parts.skin;
  const info = skin?.parts.get(id);
  if (!skin || !info) return null;
  const visible = LAYER_IDS.flatMap((l) => {
    const layer = bodyRuntime.parts[l];
    return layer && layer.mesh.visible ? [layer.proxy] : [];
  });
  const normals = skin.mesh.geometry.getAttribute('normal');
  const candidates: { i: number; d: number }[] = [];
  for (let i = 0; i < skin.vertexPart.length; i++) {
    if (skin.vertexPart[i] !== info.index) continue;
    skin.mesh.getVertexPosition(i, p);
    skin.mesh.localToWorld(p);
    n.fromBufferAttribute(normals, i).transformDirection(skin.mesh.matrixWorld);
    // Well inside the silhouette: the surface must face the camera, not graze it.
    if (n.dot(toCamera.subVectors(camera.position, p).normalize()) < 0.3) continue;
    candidates.push({ i, d: p.distanceTo(info.centroid) });
  }
  candidates.sort((a, b) => a.d - b.d);
  for (const { i } of candidates.slice(0, 60)) {
    skin.mesh.getVertexPosition(i, p);
    skin.mesh.localToWorld(p);
    p.project(camera);
    if (p.z > 1 || Math.abs(p.x) > 0.98 || Math.abs(p.y) > 0.98) continue;
    // Browsers round click coordinates to whole pixels: the region must own a small patch of
    // pixels around the point, not just the exact projected point.
    const x = Math.round(((p.x + 1) / 2) * width);
    const y = Math.round(((1 - p.y) / 2) * height);
    const patch = [
      [0, 0],
      [3, 0],
      [-3, 0],
      [0, 3],
      [0, -3],
    ];
    const owned = patch.every(([dx, dy]) => {
      ndc.set(((x + dx!) / width) * 2 - 1, 1 - ((y + dy!) / height) * 2);
      ray.setFromCamera(ndc, camera);
      const hit = ray.intersectObjects(visible, false)[0];
      return !!hit && partAt(bodyRuntime.parts, hit) === id;
    });
    if (owned) return { x, y };
  }
  return null;
}
