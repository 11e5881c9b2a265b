import { CatmullRomCurve3, Vector3 } from 'three';
import type { BodyParts, PartInfo } from './body-parts';
import { findPart } from './body-parts';

const LIFT = 0.025;

/** A point just off the body surface at a part's anchor, so the flow sits on top of the skin. */
function lifted(info: PartInfo): Vector3 {
  return info.anchor.clone().addScaledVector(info.normal, LIFT);
}

/**
 * The path of one link over the body: from the anchor of its start region, through the anchors of
 * the structures it runs through, to the anchor of its end region. Null when a part is missing.
 */
export function linkCurve(
  parts: BodyParts,
  from: string,
  via: readonly string[],
  to: string,
): CatmullRomCurve3 | null {
  const ids = [from, ...via, to];
  const infos = ids.map((id) => findPart(parts, id));
  const known = infos.filter((i): i is PartInfo => !!i);
  const start = findPart(parts, from);
  const end = findPart(parts, to);
  if (!start || !end || known.length < 2) return null;
  const points = known.map(lifted);
  // Two points make a straight chord through the body: bow it outwards along the mean normal.
  if (points.length === 2) {
    const bow = start.normal.clone().add(end.normal).normalize();
    const mid = points[0]!.clone().lerp(points[1]!, 0.5);
    const span = points[0]!.distanceTo(points[1]!);
    points.splice(
      1,
      0,
      mid.addScaledVector(bow.lengthSq() > 0.01 ? bow : new Vector3(0, 0, 1), span * 0.18),
    );
  }
  return new CatmullRomCurve3(points, false, 'centripetal');
}
