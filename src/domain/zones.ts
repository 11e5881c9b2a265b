/**
 * Zones on the skin as the differential and the scene use them: each content zone resolved for a
 * side (a left C6 root draws on the left; a gallbladder zone on the right), its outlines prepared,
 * and membership of a point of skin graded essential / spillover with how central it lies.
 */
import {
  MUSCLE_PAIRING,
  VISCERAL_REGIONS,
  type ShapeSide,
  type ZoneSourceKind,
} from '../content/ids';
import type { SurfacePoint, Zone, ZoneShape, ZoneSource } from '../content/schema';
import {
  prepareShape,
  shapeDistance,
  type PreparedShape,
  type SegmentFrame,
  type SideSign,
  type SurfaceSample,
} from './surface';

export type Grade = 'essential' | 'spillover';
export type SourceSide = 'left' | 'right' | null;

/** Whether a source exists once per side (roots, most muscles, paired organs, joints). */
export function sourceIsPaired(source: ZoneSource): boolean {
  switch (source.kind as ZoneSourceKind) {
    case 'root':
    case 'joint':
      return true;
    case 'muscle':
      return (MUSCLE_PAIRING as Record<string, string>)[source.id] !== 'midline';
    case 'organ':
      return (VISCERAL_REGIONS as Record<string, string>)[source.id] === 'paired';
  }
}

/** Sides a shape is drawn on, for a source on `sourceSide` (null: a midline source). */
export function shapeSigns(side: ShapeSide, sourceSide: SourceSide): SideSign[] {
  if (side === 'left') return [1];
  if (side === 'right') return [-1];
  if (sourceSide === null) return side === 'same' ? [1, -1] : [];
  const s: SideSign = sourceSide === 'left' ? 1 : -1;
  return [side === 'same' ? s : (-s as SideSign)];
}

export interface InstanceShape {
  shape: PreparedShape;
  sign: SideSign;
  grade: Grade;
}

/** One zone on one side of the body: `dermatome-c6` of the left C6 root. */
export interface ZoneInstance {
  zone: Zone;
  side: SourceSide;
  /** Stable key: the zone id, with the source side for a paired source (`dermatome-c6.left`). */
  key: string;
  shapes: InstanceShape[];
}

export const instanceKey = (zoneId: string, side: SourceSide) =>
  side ? `${zoneId}.${side}` : zoneId;

/** Every zone on every side its source has. */
export function zoneInstances(
  zones: readonly Zone[],
  frames: readonly SegmentFrame[],
): ZoneInstance[] {
  const out: ZoneInstance[] = [];
  const prepared = new Map<ZoneShape, PreparedShape>();
  const prep = (s: ZoneShape) => {
    let p = prepared.get(s);
    if (!p) prepared.set(s, (p = prepareShape(s, frames)));
    return p;
  };
  for (const zone of zones) {
    const sides: SourceSide[] = sourceIsPaired(zone.source) ? ['left', 'right'] : [null];
    for (const side of sides) {
      const shapes: InstanceShape[] = [];
      for (const grade of ['essential', 'spillover'] as const)
        for (const s of zone[grade])
          for (const sign of shapeSigns(s.side, side)) shapes.push({ shape: prep(s), sign, grade });
      out.push({ zone, side, key: instanceKey(zone.id, side), shapes });
    }
  }
  return out;
}

export interface ZoneHit {
  instance: ZoneInstance;
  grade: Grade;
  /** 0 at the outline, 1 at the deepest point of the shape that holds the point. */
  centrality: number;
}

/** Whether (and how) a zone instance holds a point of skin; essential wins over spillover. */
export function zoneHit(
  instance: ZoneInstance,
  frames: readonly SegmentFrame[],
  sample: SurfaceSample,
): ZoneHit | null {
  let best: ZoneHit | null = null;
  for (const { shape, sign, grade } of instance.shapes) {
    if (best && best.grade === 'essential' && grade === 'spillover') continue;
    const d = shapeDistance(shape, frames, sample, sign);
    if (d === null || d > 0) continue;
    const centrality = Math.min(1, -d / shape.depth);
    if (
      !best ||
      (grade === 'essential' && best.grade === 'spillover') ||
      centrality > best.centrality
    )
      best = { instance, grade, centrality };
  }
  return best;
}

/**
 * Where a content point lies: the sample (index) of the skin nearest to its place in its view, on
 * the side it is drawn. `samples` are the skin's vertices.
 */
export function locatePoint(
  point: SurfacePoint,
  sourceSide: SourceSide,
  frames: readonly SegmentFrame[],
  samples: readonly SurfaceSample[],
): number | null {
  const signs = shapeSigns(point.side, sourceSide);
  const sign = signs[0];
  if (sign === undefined) return null;
  // A tiny triangle round the place: the nearest skin in that view is the one with the least
  // distance to it (all the skin that cannot reach it is skipped).
  const shape = prepareShape(
    {
      segment: point.segment,
      view: point.view,
      outline: [
        [point.at[0] - 1e-4, point.at[1] - 1e-4],
        [point.at[0] + 1e-4, point.at[1] - 1e-4],
        [point.at[0], point.at[1] + 1e-4],
      ],
    },
    frames,
  );
  let best = -1;
  let bestD = Infinity;
  samples.forEach((s, i) => {
    const d = shapeDistance(shape, frames, s, sign);
    if (d !== null && d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return best < 0 ? null : best;
}
