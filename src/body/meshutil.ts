/** Mesh helpers: simplification (meshoptimizer), compaction, normals, edge checks. */
import { MeshoptSimplifier } from 'meshoptimizer';
import type { RawMesh } from './polygonize';

/**
 * `metric`: optional stand-in positions (same vertices) on which the error is measured, e.g. with
 * small detailed parts magnified so they keep more triangles; the result keeps `m.positions`.
 */
export async function simplify(
  m: RawMesh,
  targetTris: number,
  maxError = 0.02,
  metric: Float32Array = m.positions,
): Promise<RawMesh> {
  await MeshoptSimplifier.ready;
  if (m.indices.length / 3 <= targetTris) return m;
  const [idx] = MeshoptSimplifier.simplify(m.indices, metric, 3, targetTris * 3, maxError, [
    'Regularize',
  ]);
  return compact({ positions: m.positions, indices: idx });
}

/** Drops unreferenced vertices, keeping first-use order (deterministic). */
export function compact(m: RawMesh): RawMesh {
  const remap = new Int32Array(m.positions.length / 3).fill(-1);
  let n = 0;
  const indices = new Uint32Array(m.indices.length);
  for (let i = 0; i < m.indices.length; i++) {
    const v = m.indices[i]!;
    if (remap[v] === -1) remap[v] = n++;
    indices[i] = remap[v]!;
  }
  const positions = new Float32Array(n * 3);
  for (let v = 0; v < remap.length; v++) {
    const r = remap[v]!;
    if (r < 0) continue;
    positions[r * 3] = m.positions[v * 3]!;
    positions[r * 3 + 1] = m.positions[v * 3 + 1]!;
    positions[r * 3 + 2] = m.positions[v * 3 + 2]!;
  }
  return { positions, indices };
}

/** Count edges not shared by exactly two triangles (0 for a closed manifold mesh). */
export function badEdgeCount(indices: ArrayLike<number>): number {
  const e = new Map<number, number>();
  for (let t = 0; t < indices.length; t += 3)
    for (let s = 0; s < 3; s++) {
      const a = indices[t + s]!,
        b = indices[t + ((s + 1) % 3)]!;
      const k = a < b ? a * 4194304 + b : b * 4194304 + a;
      e.set(k, (e.get(k) ?? 0) + 1);
    }
  let bad = 0;
  for (const v of e.values()) if (v !== 2) bad++;
  return bad;
}

/** Area-weighted vertex normals. */
export function vertexNormals(m: RawMesh): Float32Array {
  const p = m.positions;
  const nrm = new Float32Array(p.length);
  const ix = m.indices;
  for (let t = 0; t < ix.length; t += 3) {
    const a = ix[t]! * 3,
      b = ix[t + 1]! * 3,
      c = ix[t + 2]! * 3;
    const ux = p[b]! - p[a]!,
      uy = p[b + 1]! - p[a + 1]!,
      uz = p[b + 2]! - p[a + 2]!;
    const vx = p[c]! - p[a]!,
      vy = p[c + 1]! - p[a + 1]!,
      vz = p[c + 2]! - p[a + 2]!;
    const nx = uy * vz - uz * vy,
      ny = uz * vx - ux * vz,
      nz = ux * vy - uy * vx;
    for (const q of [a, b, c]) {
      nrm[q] = nrm[q]! + nx;
      nrm[q + 1] = nrm[q + 1]! + ny;
      nrm[q + 2] = nrm[q + 2]! + nz;
    }
  }
  for (let i = 0; i < nrm.length; i += 3) {
    const l = Math.hypot(nrm[i]!, nrm[i + 1]!, nrm[i + 2]!) || 1;
    nrm[i] = nrm[i]! / l;
    nrm[i + 1] = nrm[i + 1]! / l;
    nrm[i + 2] = nrm[i + 2]! / l;
  }
  return nrm;
}

/** Laplacian-style relaxation towards neighbours' centroid (keeps shape, evens out slivers). */
export function relax(m: RawMesh, iterations: number, amount = 0.5): void {
  const nv = m.positions.length / 3;
  const sum = new Float64Array(nv * 3);
  const cnt = new Uint32Array(nv);
  for (let it = 0; it < iterations; it++) {
    sum.fill(0);
    cnt.fill(0);
    const ix = m.indices;
    for (let t = 0; t < ix.length; t += 3)
      for (let s = 0; s < 3; s++) {
        const a = ix[t + s]!,
          b = ix[t + ((s + 1) % 3)]!;
        for (let c = 0; c < 3; c++) {
          sum[a * 3 + c] = sum[a * 3 + c]! + m.positions[b * 3 + c]!;
          sum[b * 3 + c] = sum[b * 3 + c]! + m.positions[a * 3 + c]!;
        }
        cnt[a] = cnt[a]! + 1;
        cnt[b] = cnt[b]! + 1;
      }
    for (let v = 0; v < nv; v++) {
      const c = cnt[v]!;
      if (!c) continue;
      for (let k = 0; k < 3; k++) {
        const p = m.positions[v * 3 + k]!;
        m.positions[v * 3 + k] = p + (sum[v * 3 + k]! / c - p) * amount;
      }
    }
  }
}
