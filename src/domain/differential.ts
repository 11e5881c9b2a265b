/**
 * The differential: pain felt at a point of skin, or over an area (a painted patch, a whole
 * region), and every source whose map holds it, ranked. Pure: zone instances and skin samples in,
 * rows out; the UI and the study mode both read it.
 *
 * Ranking: red flags first (a cardiac or acute-abdomen source must not sit below a muscle), then
 * the essential zone before spillover, then how well the zone holds the pain (how central the
 * point lies in it, or how much of the area it covers) weighted by the evidence behind the map,
 * then a fixed order (zone id, side) so equal rows never swap.
 */
import type { EvidenceLevel, ZoneKind } from '../content/ids';
import type { SegmentFrame, SurfaceSample } from './surface';
import { zoneHit, type Grade, type ZoneInstance } from './zones';

export interface DifferentialRow {
  instance: ZoneInstance;
  kind: ZoneKind;
  grade: Grade;
  /** 0–1: how central the point lies in the zone, or the share of the area it covers. */
  fit: number;
  score: number;
  redFlag: boolean;
}

const EVIDENCE_WEIGHT: Record<EvidenceLevel, number> = {
  strong: 1,
  moderate: 0.9,
  limited: 0.8,
  'expert-opinion': 0.7,
  traditional: 0.6,
  against: 0.5,
};

/** Spillover counts for less than the essential zone, in an area as at a point. */
const SPILLOVER_WEIGHT = 0.4;

function compareRows(a: DifferentialRow, b: DifferentialRow): number {
  if (a.redFlag !== b.redFlag) return a.redFlag ? -1 : 1;
  if (a.grade !== b.grade) return a.grade === 'essential' ? -1 : 1;
  if (a.score !== b.score) return b.score - a.score;
  return a.instance.key < b.instance.key ? -1 : a.instance.key > b.instance.key ? 1 : 0;
}

function row(instance: ZoneInstance, grade: Grade, fit: number): DifferentialRow {
  const zone = instance.zone;
  return {
    instance,
    kind: zone.kind,
    grade,
    fit,
    score: fit * EVIDENCE_WEIGHT[zone.evidence],
    redFlag: !!zone.redFlag,
  };
}

/** Every zone holding one point of skin, ranked. */
export function differentialAt(
  instances: readonly ZoneInstance[],
  frames: readonly SegmentFrame[],
  sample: SurfaceSample,
): DifferentialRow[] {
  const rows: DifferentialRow[] = [];
  for (const instance of instances) {
    const hit = zoneHit(instance, frames, sample);
    // A point just inside the edge still counts: the fit keeps it low in the list.
    if (hit) rows.push(row(instance, hit.grade, 0.25 + 0.75 * hit.centrality));
  }
  return rows.sort(compareRows);
}

/**
 * Every zone holding part of an area (samples of its skin), ranked by the share of the area it
 * covers; spillover coverage counts `SPILLOVER_WEIGHT` as much. `minShare` drops zones that only
 * graze the area.
 */
export function differentialOver(
  instances: readonly ZoneInstance[],
  frames: readonly SegmentFrame[],
  samples: readonly SurfaceSample[],
  minShare = 0.02,
): DifferentialRow[] {
  if (!samples.length) return [];
  const rows: DifferentialRow[] = [];
  for (const instance of instances) {
    let essential = 0;
    let spillover = 0;
    for (const s of samples) {
      const hit = zoneHit(instance, frames, s);
      if (hit?.grade === 'essential') essential++;
      else if (hit) spillover++;
    }
    const share = (essential + SPILLOVER_WEIGHT * spillover) / samples.length;
    if ((essential + spillover) / samples.length < minShare) continue;
    rows.push(row(instance, essential >= spillover ? 'essential' : 'spillover', share));
  }
  return rows.sort(compareRows);
}
