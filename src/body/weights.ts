/**
 * Skin weights from the tagged SDF items: every item near a vertex contributes
 * exp(−(d − d_min)/σ), spread over the joints its tag names; only items of limb groups compatible
 * with the vertex's own group (that of the nearest item) take part, so a hand never drags the thigh.
 * Four strongest joints kept, normalised to sum 1.
 */
import { compatible, type SkinTag } from './skin';
import type { Item } from './sdf';

export interface Weights {
  joints: Uint16Array; // 4 per vertex
  weights: Float32Array; // 4 per vertex
  /** Group of the nearest item, per vertex (for region rules). */
  groups: string[];
}

export function skinWeights(
  positions: Float32Array,
  items: readonly Item[],
  jointIndex: ReadonlyMap<string, number>,
  sigma = 0.012,
): Weights {
  const nv = positions.length / 3;
  const joints = new Uint16Array(nv * 4);
  const weights = new Float32Array(nv * 4);
  const groups: string[] = new Array<string>(nv);
  const ds = new Float64Array(items.length);
  const acc = new Map<string, number>();
  for (let v = 0; v < nv; v++) {
    const x = positions[v * 3]!,
      y = positions[v * 3 + 1]!,
      z = positions[v * 3 + 2]!;
    let best = -1,
      bestD = Infinity;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      const g = 0.08;
      if (
        x < it.min[0] - g ||
        x > it.max[0] + g ||
        y < it.min[1] - g ||
        y > it.max[1] + g ||
        z < it.min[2] - g ||
        z > it.max[2] + g
      ) {
        ds[i] = Infinity;
        continue;
      }
      const d = it.d(x, y, z);
      ds[i] = d;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    const g0 = (items[best]!.tag as SkinTag).group;
    groups[v] = g0;
    acc.clear();
    for (let i = 0; i < items.length; i++) {
      const d = ds[i]!;
      if (d === Infinity) continue;
      const t = items[i]!.tag as SkinTag;
      if (!compatible(g0, t.group)) continue;
      const c = Math.exp(-(d - bestD) / sigma);
      if (c < 1e-3) continue;
      for (const [j, w] of t.joints(x, y, z)) acc.set(j, (acc.get(j) ?? 0) + c * w);
    }
    const top = [...acc.entries()]
      .filter(([, w]) => w > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 4);
    let sum = 0;
    for (const [, w] of top) sum += w;
    for (let k = 0; k < 4; k++) {
      const e = top[k];
      const ji = e ? jointIndex.get(e[0]) : 0;
      if (ji === undefined) throw new Error(`weights: unknown joint ${e?.[0]}`);
      joints[v * 4 + k] = ji;
      weights[v * 4 + k] = e ? e[1] / sum : 0;
    }
  }
  return { joints, weights, groups };
}

/** Rigid weights: every vertex fully on one joint. */
export function rigidWeights(jointPerVertex: ArrayLike<number>): {
  joints: Uint16Array;
  weights: Float32Array;
} {
  const n = jointPerVertex.length;
  const joints = new Uint16Array(n * 4);
  const weights = new Float32Array(n * 4);
  for (let v = 0; v < n; v++) {
    joints[v * 4] = jointPerVertex[v]!;
    weights[v * 4] = 1;
  }
  return { joints, weights };
}
