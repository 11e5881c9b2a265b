import { Box3, Vector3 } from 'three';
import type { CameraParam } from '../domain/url';
import type { PartInfo } from './body-parts';

const box = new Box3();
const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * A camera that shows every given part: aimed at their common centre, from the side they face
 * (the mean of their outward normals, kept near horizontal), far enough for all of them, and at
 * least `minSpan` metres of body, to fit.
 */
export function frameParts(
  parts: readonly PartInfo[],
  fovDeg: number,
  aspect: number,
  minSpan = 0.25,
): CameraParam | null {
  if (!parts.length) return null;
  box.makeEmpty();
  const dir = new Vector3();
  for (const p of parts) {
    box.expandByPoint(p.anchor);
    box.expandByPoint(p.centroid);
    dir.add(p.normal);
  }
  const center = box.getCenter(new Vector3());
  const size = box.getSize(new Vector3());
  dir.y = Math.max(-0.3, Math.min(0.3, dir.y / Math.max(1, parts.length)));
  if (dir.lengthSq() < 0.05) dir.set(0, 0, 1);
  dir.normalize();
  // Tilt slightly so the view is three-quarter rather than flat front/back when parts sit on one side.
  const halfV = ((fovDeg / 2) * Math.PI) / 180;
  const halfH = Math.atan(Math.tan(halfV) * aspect);
  const needV = Math.max(size.y, minSpan) / 2 / Math.tan(halfV);
  const needH = Math.max(size.x, size.z, minSpan) / 2 / Math.tan(halfH);
  const distance = Math.min(
    4.2,
    Math.max(0.7, Math.max(needV, needH) * 1.6 + Math.max(size.z, size.x) / 2),
  );
  const position = center.clone().addScaledVector(dir, distance);
  return {
    position: [round(position.x), round(position.y), round(position.z)],
    target: [round(center.x), round(center.y), round(center.z)],
  };
}
