/**
 * What the maps need from the loaded body and the content, computed once per change and shared by
 * the skin drawing and the side panel: the zone instances, and the differential of what the user
 * points at (a touched point, a painted area, or the whole region).
 */
import type { Zone } from '../../content/schema';
import { differentialAt, differentialOver, type DifferentialRow } from '../../domain/differential';
import { zoneInstances, type ZoneInstance } from '../../domain/zones';
import type { PaintParam, RestPoint } from '../../domain/url';
import { bodyRuntime } from '../body-runtime';
import { nearestVertex, paintedSamples, regionSamples, type SkinSurface } from './skin-surface';

let instanceCache: { zones: readonly Zone[]; skin: SkinSurface; list: ZoneInstance[] } | null =
  null;

/** Every zone on every side, for the loaded body (null until the body is indexed). */
export function currentInstances(zones: readonly Zone[]): ZoneInstance[] | null {
  const skin = bodyRuntime.skinSurface;
  if (!skin) return null;
  if (instanceCache?.zones !== zones || instanceCache.skin !== skin)
    instanceCache = { zones, skin, list: zoneInstances(zones, skin.frames) };
  return instanceCache.list;
}

export interface DifferentialQuery {
  region: string | null;
  touched: RestPoint | null;
  paint: PaintParam | null;
}

export interface Differential {
  /** What the rows are the differential of. */
  of: 'point' | 'painted area' | 'region';
  rows: DifferentialRow[];
}

let diffCache: { key: string; zones: readonly Zone[]; result: Differential | null } | null = null;

/**
 * The differential for the query: a painted area first (it is what the user drew), else the
 * touched point, else the whole region. Null until the body is indexed.
 */
export function currentDifferential(
  zones: readonly Zone[],
  q: DifferentialQuery,
): Differential | null {
  const key = JSON.stringify(q);
  if (diffCache?.key === key && diffCache.zones === zones && diffCache.result)
    return diffCache.result;
  const skin = bodyRuntime.skinSurface;
  const instances = currentInstances(zones);
  if (!skin || !instances) return null;
  let result: Differential | null = null;
  if (q.paint?.dabs.length)
    result = {
      of: 'painted area',
      rows: differentialOver(instances, skin.frames, paintedSamples(skin, q.paint)),
    };
  else if (q.touched) {
    const sample = skin.sample(nearestVertex(skin, q.touched));
    // The touched point itself, with the normal and segment of the skin under it.
    result = {
      of: 'point',
      rows: differentialAt(instances, skin.frames, { ...sample, p: q.touched }),
    };
  } else if (q.region) {
    const samples = regionSamples(skin, q.region, 600);
    if (samples.length)
      result = { of: 'region', rows: differentialOver(instances, skin.frames, samples) };
  }
  diffCache = { key, zones, result };
  return result;
}
