/**
 * Where the skin should glow over a treated structure: each structure vertex casts its footprint
 * onto the skin nearest to it, so a superficial muscle glows in its own outline and a deep one
 * (psoas, piriformis) on the patch of skin closest to it. Pure: positions in, weights out.
 */

/** Width of the soft edge of a footprint beyond the nearest skin (metres). */
export const GLOW_BAND = 0.018;
const CELL = 0.02;
/** A structure further than this from all skin casts nothing (never happens on this body). */
const MAX_DEPTH = 0.16;

function key(x: number, y: number, z: number): number {
  // Unique integers for cells within ±512 of the origin (±10 m at 2 cm), without string keys.
  return ((x + 512) * 1024 + (y + 512)) * 1024 + (z + 512);
}

/** Skin vertex indices bucketed by 2 cm cell. */
function bucket(skin: Float32Array): Map<number, number[]> {
  const grid = new Map<number, number[]>();
  for (let i = 0; i < skin.length / 3; i++) {
    const k = key(
      Math.floor(skin[i * 3]! / CELL),
      Math.floor(skin[i * 3 + 1]! / CELL),
      Math.floor(skin[i * 3 + 2]! / CELL),
    );
    const list = grid.get(k);
    if (list) list.push(i);
    else grid.set(k, [i]);
  }
  return grid;
}

/** Calls `visit` for every skin vertex within `radius` cells' reach of the point. */
function forNear(
  grid: Map<number, number[]>,
  x: number,
  y: number,
  z: number,
  reach: number,
  visit: (i: number) => void,
) {
  const cx = Math.floor(x / CELL);
  const cy = Math.floor(y / CELL);
  const cz = Math.floor(z / CELL);
  for (let dx = -reach; dx <= reach; dx++)
    for (let dy = -reach; dy <= reach; dy++)
      for (let dz = -reach; dz <= reach; dz++) {
        const list = grid.get(key(cx + dx, cy + dy, cz + dz));
        if (list) for (const i of list) visit(i);
      }
}

/**
 * Glow weight in [0, 1] per skin vertex: 1 where the skin is the nearest skin to some structure
 * vertex, fading to 0 over `GLOW_BAND` beyond that distance. `skin` and `structure` are xyz
 * triples in one space (the body at rest).
 */
export function skinGlowWeights(skin: Float32Array, structure: Float32Array): Float32Array {
  const weights = new Float32Array(skin.length / 3);
  if (!structure.length || !skin.length) return weights;
  const grid = bucket(skin);
  const d2 = (i: number, x: number, y: number, z: number) => {
    const ax = skin[i * 3]! - x;
    const ay = skin[i * 3 + 1]! - y;
    const az = skin[i * 3 + 2]! - z;
    return ax * ax + ay * ay + az * az;
  };
  // Neighbouring structure vertices cast almost the same footprint: one per 1 cm cell will do.
  const seen = new Set<number>();
  for (let s = 0; s < structure.length / 3; s++) {
    const x = structure[s * 3]!;
    const y = structure[s * 3 + 1]!;
    const z = structure[s * 3 + 2]!;
    const cell = key(
      Math.floor((2 * x) / CELL),
      Math.floor((2 * y) / CELL),
      Math.floor((2 * z) / CELL),
    );
    if (seen.has(cell)) continue;
    seen.add(cell);
    // Nearest skin: widen the search ring until something is found, then once more (a vertex in
    // the next ring can still be nearer than one found in a corner of this one).
    let nearest = Infinity;
    for (let reach = 1; reach * CELL <= MAX_DEPTH + CELL; reach++) {
      forNear(grid, x, y, z, reach, (i) => {
        nearest = Math.min(nearest, d2(i, x, y, z));
      });
      if (Number.isFinite(nearest) && Math.sqrt(nearest) <= reach * CELL) break;
    }
    if (!Number.isFinite(nearest)) continue;
    const depth = Math.sqrt(nearest);
    const outer = depth + GLOW_BAND;
    forNear(grid, x, y, z, Math.ceil(outer / CELL), (i) => {
      const d = Math.sqrt(d2(i, x, y, z));
      if (d >= outer) return;
      const w = Math.min(1, (outer - d) / GLOW_BAND);
      if (w > weights[i]!) weights[i] = w;
    });
  }
  return weights;
}
