/**
 * Questions asked of the skin: where a tap lies, which zone grade holds it (with a tolerance
 * radius, so a tap just over an edge still counts), where a content point lies, and which regions
 * a zone never reaches (the wrong choices of a tap question). Pure over a `StudySkin`.
 */
import type { SurfacePoint, Zone } from '../../content/schema';
import type { SurfaceSample, Vec3 } from '../surface';
import { locatePoint, zoneHit, type Grade, type SourceSide, type ZoneInstance } from '../zones';
import type { PointOnSide, StudySkin } from './types';

/** A tap this close to a zone's edge counts as inside (metres). */
export const ZONE_TOLERANCE = 0.015;
/** A tap this close to a point counts as on it; twice as far earns partial credit (metres). */
export const POINT_TOLERANCE = 0.03;

export const distance = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** The index of the skin sample nearest a rest position. */
export function nearestSample(skin: StudySkin, at: Vec3): number {
  let best = 0;
  let bestD = Infinity;
  skin.samples.forEach((s, i) => {
    const d = distance(s.p, at);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return best;
}

/** The sample for a tap: the tap's own position, with the segment and normal of the skin there. */
export function tapSample(skin: StudySkin, at: Vec3): SurfaceSample {
  const s = skin.samples[nearestSample(skin, at)]!;
  return { ...s, p: at };
}

/**
 * The best grade a zone gives a tap: the tap itself, or any skin within `radius` of it; null when
 * the zone is farther away.
 */
export function gradeNear(
  skin: StudySkin,
  instance: ZoneInstance,
  at: Vec3,
  radius = ZONE_TOLERANCE,
): Grade | null {
  const own = zoneHit(instance, skin.frames, tapSample(skin, at))?.grade ?? null;
  if (own === 'essential') return own;
  let best: Grade | null = own;
  for (const s of skin.samples) {
    if (distance(s.p, at) > radius) continue;
    const g = zoneHit(instance, skin.frames, s)?.grade;
    if (g === 'essential') return g;
    if (g) best = g;
  }
  return best;
}

const pointCache = new WeakMap<StudySkin, Map<string, number | null>>();

/** The sample index where a content point lies on a side (cached per skin). */
export function pointSampleIndex(
  skin: StudySkin,
  point: SurfacePoint,
  side: SourceSide,
): number | null {
  let cache = pointCache.get(skin);
  if (!cache) pointCache.set(skin, (cache = new Map()));
  const key = `${point.id}.${side ?? ''}`;
  if (!cache.has(key)) cache.set(key, locatePoint(point, side, skin.frames, skin.samples));
  return cache.get(key)!;
}

export function findPoint(points: readonly SurfacePoint[], ref: PointOnSide) {
  return points.find((p) => p.id === ref.pointId);
}

const regionCache = new WeakMap<StudySkin, Map<string, number[]>>();

/** Sample indices of each region of the skin. */
export function regionSamples(skin: StudySkin): Map<string, number[]> {
  let map = regionCache.get(skin);
  if (map) return map;
  map = new Map();
  skin.regions.forEach((r, i) => {
    let list = map!.get(r);
    if (!list) map!.set(r, (list = []));
    list.push(i);
  });
  regionCache.set(skin, map);
  return map;
}

/** Whether any skin of the region lies in the zone (essential or spillover). */
export function regionTouches(skin: StudySkin, instance: ZoneInstance, region: string): boolean {
  const list = regionSamples(skin).get(region) ?? [];
  return list.some((i) => zoneHit(instance, skin.frames, skin.samples[i]!) !== null);
}

/**
 * The region that holds most of a zone's essential area (counted over a sparse scan of the skin):
 * the answer a student expects in the list of places. The middle of the first outline is not
 * enough: the L2 dermatome starts as a strip beside the lumbar spine, yet it is a thigh's zone.
 * Null when the zone covers no skin.
 */
export function zoneHeartRegion(
  skin: StudySkin,
  instance: ZoneInstance,
  _zone: Zone,
): string | null {
  const counts = new Map<string, number>();
  for (let i = 0; i < skin.samples.length; i += 3) {
    const region = skin.regions[i];
    if (!region || zoneHit(instance, skin.frames, skin.samples[i]!)?.grade !== 'essential')
      continue;
    counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [region, n] of counts) if (best === null || n > counts.get(best)!) best = region;
  return best;
}

const spotCache = new WeakMap<ZoneInstance, SurfaceSample | null>();

/** A sample in the middle of a zone's essential area (the mean of a sparse scan), cached. */
export function zoneSpot(skin: StudySkin, instance: ZoneInstance): SurfaceSample | null {
  if (spotCache.has(instance)) return spotCache.get(instance)!;
  const inside: SurfaceSample[] = [];
  for (let i = 0; i < skin.samples.length; i += 4) {
    const s = skin.samples[i]!;
    if (zoneHit(instance, skin.frames, s)?.grade === 'essential') inside.push(s);
  }
  let spot: SurfaceSample | null = null;
  if (inside.length) {
    const mean = [0, 1, 2].map((k) => inside.reduce((a, s) => a + s.p[k]!, 0) / inside.length);
    // The inside sample nearest the mean: on the zone even when the zone is curved.
    spot = inside.reduce((best, s) =>
      distance(s.p, mean as unknown as Vec3) < distance(best.p, mean as unknown as Vec3) ? s : best,
    );
  }
  spotCache.set(instance, spot);
  return spot;
}
