import type { RestPoint } from '../url';
import type { ClassTap } from './protocol';

/**
 * The poll's heat map: taps gathered into cubes of `cell` metres (about a fingertip on the
 * projector), each drawn as one soft disc at the mean of its taps, coloured by how many fell
 * there. Anonymous by construction: only positions and counts remain.
 */
export interface HeatBin {
  at: RestPoint;
  count: number;
  /** count / the largest count: 0–1, what the colour scale reads. */
  weight: number;
}

export const HEAT_CELL = 0.04;

export function binTaps(
  taps: Iterable<ClassTap>,
  poll: string,
  cell = HEAT_CELL,
): { bins: HeatBin[]; answers: number } {
  const sums = new Map<string, { x: number; y: number; z: number; n: number }>();
  let answers = 0;
  for (const tap of taps) {
    if (tap.poll !== poll) continue;
    answers += 1;
    const key = tap.at.map((c) => Math.floor(c / cell)).join(',');
    const sum = sums.get(key) ?? { x: 0, y: 0, z: 0, n: 0 };
    sum.x += tap.at[0];
    sum.y += tap.at[1];
    sum.z += tap.at[2];
    sum.n += 1;
    sums.set(key, sum);
  }
  const max = Math.max(1, ...[...sums.values()].map((s) => s.n));
  const bins = [...sums.values()]
    .map((s) => ({
      at: [s.x / s.n, s.y / s.n, s.z / s.n] as RestPoint,
      count: s.n,
      weight: s.n / max,
    }))
    // Densest last: drawn on top.
    .sort((a, b) => a.count - b.count || a.at[1] - b.at[1]);
  return { bins, answers };
}
