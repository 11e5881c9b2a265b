/**
 * Sparse surface nets: evaluates a signed distance field only in blocks near its surface, places one
 * vertex per cell that the surface crosses (mean of edge crossings, then projected onto the surface
 * with a few Newton steps) and one quad per crossed grid edge. Output is a closed triangle mesh with
 * outward winding when the field's zero set is a closed surface inside the box.
 */
import { cullItems, evalItems, type Item, type V3 } from './sdf';

export interface RawMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

const B = 8; // cells per block edge

export function polygonize(items: readonly Item[], h: number, pad = 3): RawMesh {
  if (items.length === 0) return { positions: new Float32Array(), indices: new Uint32Array() };
  const mn: number[] = [Infinity, Infinity, Infinity];
  const mx: number[] = [-Infinity, -Infinity, -Infinity];
  for (const it of items) {
    if (it.subtract) continue;
    for (let a = 0; a < 3; a++) {
      mn[a] = Math.min(mn[a]!, it.min[a]! - it.k * 0.5);
      mx[a] = Math.max(mx[a]!, it.max[a]! + it.k * 0.5);
    }
  }
  const o = mn.map((v) => Math.floor(v / h - pad) * h);
  const n = mx.map((v, a) => Math.ceil((v - o[a]!) / h + pad)); // cells per axis
  const nb = n.map((v) => Math.ceil(v / B));
  const nbx = nb[0]!,
    nby = nb[1]!,
    nbz = nb[2]!;
  const P = B + 1;
  const blocks = new Map<number, { vals: Float32Array; items: Item[] }>();
  const blockRadius = (Math.sqrt(3) * B * h) / 2;
  const getBlock = (bx: number, by: number, bz: number) => {
    const key = (bz * nby + by) * nbx + bx;
    let b = blocks.get(key);
    if (b) return b;
    const bmn: V3 = [o[0]! + bx * B * h, o[1]! + by * B * h, o[2]! + bz * B * h];
    const bmx: V3 = [bmn[0] + B * h, bmn[1] + B * h, bmn[2] + B * h];
    const its = cullItems(items, bmn, bmx, 2 * h);
    const vals = new Float32Array(P * P * P);
    if (its.length === 0) vals.fill(1);
    else
      for (let k = 0; k < P; k++)
        for (let j = 0; j < P; j++)
          for (let i = 0; i < P; i++) {
            const v = evalItems(its, bmn[0] + i * h, bmn[1] + j * h, bmn[2] + k * h);
            vals[(k * P + j) * P + i] = v === Infinity ? 1 : v;
          }
    b = { vals, items: its };
    blocks.set(key, b);
    return b;
  };
  const val = (i: number, j: number, k: number) => {
    const bx = Math.min(nbx - 1, Math.floor(i / B)),
      by = Math.min(nby - 1, Math.floor(j / B)),
      bz = Math.min(nbz - 1, Math.floor(k / B));
    const b = getBlock(bx, by, bz);
    return b.vals[((k - bz * B) * P + (j - by * B)) * P + (i - bx * B)]!;
  };
  // 1. find blocks near the surface
  const active: number[] = [];
  for (let bz = 0; bz < nbz; bz++)
    for (let by = 0; by < nby; by++)
      for (let bx = 0; bx < nbx; bx++) {
        const c: V3 = [
          o[0]! + (bx + 0.5) * B * h,
          o[1]! + (by + 0.5) * B * h,
          o[2]! + (bz + 0.5) * B * h,
        ];
        const its = cullItems(
          items,
          [c[0] - blockRadius, c[1] - blockRadius, c[2] - blockRadius],
          [c[0] + blockRadius, c[1] + blockRadius, c[2] + blockRadius],
          2 * h,
        );
        if (its.length === 0) continue;
        const v = evalItems(its, c[0], c[1], c[2]);
        if (Math.abs(v) > blockRadius * 1.6 + 2 * h) continue;
        active.push(bx, by, bz);
      }
  // 2. vertices per crossed cell
  const cellVert = new Map<number, number>();
  const pos: number[] = [];
  const cellKey = (i: number, j: number, k: number) => (k * n[1]! + j) * n[0]! + i;
  const corner = new Float64Array(8);
  const vertexOf = (i: number, j: number, k: number): number => {
    const key = cellKey(i, j, k);
    const got = cellVert.get(key);
    if (got !== undefined) return got;
    for (let c = 0; c < 8; c++)
      corner[c] = val(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1));
    let sx = 0,
      sy = 0,
      sz = 0,
      cnt = 0;
    for (let c = 0; c < 8; c++)
      for (const bit of [1, 2, 4]) {
        if (c & bit) continue;
        const c2 = c | bit;
        const a = corner[c]!,
          b = corner[c2]!;
        if (a < 0 === b < 0) continue;
        const t = a / (a - b);
        const ax = c & 1,
          ay = (c >> 1) & 1,
          az = (c >> 2) & 1;
        sx += ax + (bit === 1 ? t : 0);
        sy += ay + (bit === 2 ? t : 0);
        sz += az + (bit === 4 ? t : 0);
        cnt++;
      }
    let x = o[0]! + (i + sx / cnt) * h,
      y = o[1]! + (j + sy / cnt) * h,
      z = o[2]! + (k + sz / cnt) * h;
    // project onto the surface (stay inside the cell)
    const b = getBlock(
      Math.min(nbx - 1, Math.floor(i / B)),
      Math.min(nby - 1, Math.floor(j / B)),
      Math.min(nbz - 1, Math.floor(k / B)),
    );
    const its = b.items;
    const e = h * 0.25;
    for (let it = 0; it < 3; it++) {
      const f = evalItems(its, x, y, z);
      const gx = evalItems(its, x + e, y, z) - evalItems(its, x - e, y, z);
      const gy = evalItems(its, x, y + e, z) - evalItems(its, x, y - e, z);
      const gz = evalItems(its, x, y, z + e) - evalItems(its, x, y, z - e);
      const g2 = (gx * gx + gy * gy + gz * gz) / (4 * e * e);
      if (!(g2 > 1e-8)) break;
      const s = f / g2 / (2 * e);
      const nx = x - s * gx,
        ny = y - s * gy,
        nz = z - s * gz;
      const lo0 = o[0]! + (i + 0.01) * h,
        hi0 = o[0]! + (i + 0.99) * h;
      const lo1 = o[1]! + (j + 0.01) * h,
        hi1 = o[1]! + (j + 0.99) * h;
      const lo2 = o[2]! + (k + 0.01) * h,
        hi2 = o[2]! + (k + 0.99) * h;
      x = Math.min(hi0, Math.max(lo0, nx));
      y = Math.min(hi1, Math.max(lo1, ny));
      z = Math.min(hi2, Math.max(lo2, nz));
      if (Math.abs(f) < h * 0.01) break;
    }
    const idx = pos.length / 3;
    pos.push(x, y, z);
    cellVert.set(key, idx);
    return idx;
  };
  // 3. quads per crossed edge
  const idx: number[] = [];
  const quad = (a: number, b: number, c: number, d: number, flip: boolean) => {
    if (flip) idx.push(a, c, b, a, d, c);
    else idx.push(a, b, c, a, c, d);
  };
  for (let q = 0; q < active.length; q += 3) {
    const bx = active[q]!,
      by = active[q + 1]!,
      bz = active[q + 2]!;
    for (let k = bz * B; k < Math.min(n[2]!, bz * B + B); k++)
      for (let j = by * B; j < Math.min(n[1]!, by * B + B); j++)
        for (let i = bx * B; i < Math.min(n[0]!, bx * B + B); i++) {
          if (i === 0 || j === 0 || k === 0) continue;
          const v0 = val(i, j, k);
          const in0 = v0 < 0;
          // x edge
          if (i < n[0]! && in0 !== val(i + 1, j, k) < 0)
            quad(
              vertexOf(i, j - 1, k - 1),
              vertexOf(i, j, k - 1),
              vertexOf(i, j, k),
              vertexOf(i, j - 1, k),
              !in0,
            );
          if (j < n[1]! && in0 !== val(i, j + 1, k) < 0)
            quad(
              vertexOf(i - 1, j, k - 1),
              vertexOf(i - 1, j, k),
              vertexOf(i, j, k),
              vertexOf(i, j, k - 1),
              !in0,
            );
          if (k < n[2]! && in0 !== val(i, j, k + 1) < 0)
            quad(
              vertexOf(i - 1, j - 1, k),
              vertexOf(i, j - 1, k),
              vertexOf(i, j, k),
              vertexOf(i - 1, j, k),
              !in0,
            );
        }
  }
  const positions = new Float32Array(pos);
  const indices = new Uint32Array(idx);
  // orientation: make the signed volume positive
  let vol = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3,
      b = indices[t + 1]! * 3,
      c = indices[t + 2]! * 3;
    vol +=
      positions[a]! *
        (positions[b + 1]! * positions[c + 2]! - positions[b + 2]! * positions[c + 1]!) -
      positions[a + 1]! * (positions[b]! * positions[c + 2]! - positions[b + 2]! * positions[c]!) +
      positions[a + 2]! * (positions[b]! * positions[c + 1]! - positions[b + 1]! * positions[c]!);
  }
  if (vol < 0)
    for (let t = 0; t < indices.length; t += 3) {
      const tmp = indices[t + 1]!;
      indices[t + 1] = indices[t + 2]!;
      indices[t + 2] = tmp;
    }
  return { positions, indices };
}
