/**
 * Shape helpers for bones built from the signed distance primitives of `sdf.ts`: curved sheets
 * (iliac wings, mandible, scapula) as thickened triangle grids, chains of round cones along a
 * path, and carved holes.
 */
import { capsule, cross, dot, lerp3, roundCone, sub, withK, type Item, type V3 } from './sdf';

/** Point on a Catmull-Rom curve through `pts` at t ∈ [0, 1] (uniform in segments). */
export function curve(pts: readonly V3[], t: number): V3 {
  const n = pts.length - 1;
  const f = Math.max(0, Math.min(1, t)) * n;
  const i = Math.min(n - 1, Math.floor(f));
  const u = f - i;
  const p0 = pts[Math.max(0, i - 1)]!,
    p1 = pts[i]!,
    p2 = pts[i + 1]!,
    p3 = pts[Math.min(n, i + 2)]!;
  const c = (a: number, b: number, cc: number, d: number) =>
    0.5 *
    (2 * b +
      (-a + cc) * u +
      (2 * a - 5 * b + 4 * cc - d) * u * u +
      (-a + 3 * b - 3 * cc + d) * u * u * u);
  return [
    c(p0[0], p1[0], p2[0], p3[0]),
    c(p0[1], p1[1], p2[1], p3[1]),
    c(p0[2], p1[2], p2[2], p3[2]),
  ];
}

/** `n + 1` points sampled along a smooth curve through `pts`. */
export function sampleCurve(pts: readonly V3[], n: number): V3[] {
  return Array.from({ length: n + 1 }, (_, i) => curve(pts, i / n));
}

/**
 * Thickened triangle (exact distance to triangle abc minus r, iq's udTriangle), written without
 * allocations: the sheets below evaluate thousands of these per bone.
 */
export function plate(a: V3, b: V3, c: V3, r: number): Item {
  const [bax, bay, baz] = sub(b, a),
    [cbx, cby, cbz] = sub(c, b),
    [acx, acy, acz] = sub(a, c);
  const nor = cross([bax, bay, baz], [acx, acy, acz]);
  const [nx, ny, nz] = nor;
  const inn = 1 / dot(nor, nor);
  const [e1x, e1y, e1z] = cross([bax, bay, baz], nor),
    [e2x, e2y, e2z] = cross([cbx, cby, cbz], nor),
    [e3x, e3y, e3z] = cross([acx, acy, acz], nor);
  const iba = 1 / (bax * bax + bay * bay + baz * baz),
    icb = 1 / (cbx * cbx + cby * cby + cbz * cbz),
    iac = 1 / (acx * acx + acy * acy + acz * acz);
  const seg = (
    ux: number,
    uy: number,
    uz: number,
    iu: number,
    px: number,
    py: number,
    pz: number,
  ) => {
    let t = (ux * px + uy * py + uz * pz) * iu;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    const qx = ux * t - px,
      qy = uy * t - py,
      qz = uz * t - pz;
    return qx * qx + qy * qy + qz * qz;
  };
  const d = (x: number, y: number, z: number) => {
    const pax = x - a[0],
      pay = y - a[1],
      paz = z - a[2];
    const pbx = x - b[0],
      pby = y - b[1],
      pbz = z - b[2];
    const pcx = x - c[0],
      pcy = y - c[1],
      pcz = z - c[2];
    const inside =
      (e1x * pax + e1y * pay + e1z * paz >= 0 ? 1 : -1) +
        (e2x * pbx + e2y * pby + e2z * pbz >= 0 ? 1 : -1) +
        (e3x * pcx + e3y * pcy + e3z * pcz >= 0 ? 1 : -1) >=
      2;
    let d2: number;
    if (inside) {
      const q = nx * pax + ny * pay + nz * paz;
      d2 = q * q * inn;
    } else
      d2 = Math.min(
        seg(bax, bay, baz, iba, pax, pay, paz),
        seg(cbx, cby, cbz, icb, pbx, pby, pbz),
        seg(acx, acy, acz, iac, pcx, pcy, pcz),
      );
    return Math.sqrt(d2) - r;
  };
  return {
    d,
    min: [
      Math.min(a[0], b[0], c[0]) - r,
      Math.min(a[1], b[1], c[1]) - r,
      Math.min(a[2], b[2], c[2]) - r,
    ],
    max: [
      Math.max(a[0], b[0], c[0]) + r,
      Math.max(a[1], b[1], c[1]) + r,
      Math.max(a[2], b[2], c[2]) + r,
    ],
    k: 0,
  };
}

/**
 * A curved plate through a grid of points (rows × columns), `r(i, j)` half-thickness at each grid
 * point. Each cell becomes two thickened triangles in a hard union (a blend would raise ridges
 * along the grid lines).
 */
export function sheet(
  grid: readonly (readonly V3[])[],
  r: number | ((i: number, j: number) => number),
  k = 0,
): Item[] {
  const rad = typeof r === 'number' ? () => r : r;
  const out: Item[] = [];
  for (let i = 0; i < grid.length - 1; i++)
    for (let j = 0; j < grid[i]!.length - 1; j++) {
      const a = grid[i]![j]!,
        b = grid[i]![j + 1]!,
        c = grid[i + 1]![j]!,
        d = grid[i + 1]![j + 1]!;
      const r1 = (rad(i, j) + rad(i, j + 1) + rad(i + 1, j)) / 3;
      const r2 = (rad(i, j + 1) + rad(i + 1, j + 1) + rad(i + 1, j)) / 3;
      out.push(withK(plate(a, b, c, r1), k), withK(plate(b, d, c, r2), k));
    }
  return out;
}

/** Grid between two curves (each sampled with `nu + 1` points), `nv + 1` rows from a to b. */
export function ruled(
  top: readonly V3[],
  bottom: readonly V3[],
  nv: number,
  bulge?: (u: number, v: number) => V3,
): V3[][] {
  const rows: V3[][] = [];
  for (let i = 0; i <= nv; i++) {
    const v = i / nv;
    rows.push(
      top.map((p, j) => {
        const q = lerp3(p, bottom[j]!, v);
        if (!bulge) return q;
        const o = bulge(j / (top.length - 1), v);
        return [q[0] + o[0], q[1] + o[1], q[2] + o[2]] as V3;
      }),
    );
  }
  return rows;
}

/** Round cones along a smooth path with radii interpolated from `radii` (same parameter). */
export function tube(pts: readonly V3[], radii: readonly number[], n: number, k = 0.002): Item[] {
  const p = sampleCurve(pts, n);
  const rAt = (t: number) => {
    const f = t * (radii.length - 1);
    const i = Math.min(radii.length - 2, Math.floor(f));
    return radii[i]! + (radii[i + 1]! - radii[i]!) * (f - i);
  };
  const out: Item[] = [];
  for (let i = 0; i < n; i++)
    out.push(withK(roundCone(p[i]!, p[i + 1]!, rAt(i / n), rAt((i + 1) / n)), k));
  return out;
}

/** Carve: the item subtracted from what comes before it, with blend radius k. */
export function carve(it: Item, k: number): Item {
  it.subtract = true;
  it.k = k;
  return it;
}

/** A hole drilled from a to b with radius r (subtracted capsule). */
export const drill = (a: V3, b: V3, r: number, k = 0.001): Item => carve(capsule(a, b, r), k);
