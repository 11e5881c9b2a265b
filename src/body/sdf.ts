/**
 * Signed distance primitives (negative inside) and a flat, ordered smooth union of them with
 * per-item blend radii and bounding boxes, so the polygoniser can cull items per block.
 */
export type V3 = readonly [number, number, number];
export type DistFn = (x: number, y: number, z: number) => number;

export interface Item {
  d: DistFn;
  /** Axis-aligned bounds of the primitive itself. */
  min: V3;
  max: V3;
  /** Blend radius used when this item joins the union accumulated so far (0 = hard union). */
  k: number;
  /** Subtract instead of add (smooth difference with radius k). */
  subtract?: boolean;
  /** Free tag (skin: which bone / group it belongs to). */
  tag?: unknown;
}

/** Polynomial smooth minimum (iq), radius k. */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return a < b ? a : b;
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}
export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k);
}

/** Round cone between a (radius ra) and b (radius rb): exact SDF (iq). */
export function roundCone(a: V3, b: V3, ra: number, rb: number): Item {
  const bax = b[0] - a[0],
    bay = b[1] - a[1],
    baz = b[2] - a[2];
  const l2 = bax * bax + bay * bay + baz * baz;
  const rr = ra - rb;
  const a2 = l2 - rr * rr;
  const il2 = 1 / l2;
  const d: DistFn = (x, y, z) => {
    const pax = x - a[0],
      pay = y - a[1],
      paz = z - a[2];
    const yv = pax * bax + pay * bay + paz * baz;
    const zv = yv - l2;
    const qx = pax * l2 - bax * yv,
      qy = pay * l2 - bay * yv,
      qz = paz * l2 - baz * yv;
    const x2 = qx * qx + qy * qy + qz * qz;
    const y2 = yv * yv * l2;
    const z2 = zv * zv * l2;
    const k = Math.sign(rr) * rr * rr * x2;
    if (Math.sign(zv) * a2 * z2 > k) return Math.sqrt(x2 + z2) * il2 - rb;
    if (Math.sign(yv) * a2 * y2 < k) return Math.sqrt(x2 + y2) * il2 - ra;
    return (Math.sqrt(x2 * a2 * il2) + yv * rr) * il2 - ra;
  };
  const r = Math.max(ra, rb);
  return {
    d,
    min: [Math.min(a[0], b[0]) - r, Math.min(a[1], b[1]) - r, Math.min(a[2], b[2]) - r],
    max: [Math.max(a[0], b[0]) + r, Math.max(a[1], b[1]) + r, Math.max(a[2], b[2]) + r],
    k: 0,
  };
}

export const sphere = (c: V3, r: number): Item => roundCone(c, [c[0], c[1] + 1e-6, c[2]], r, r);
export const capsule = (a: V3, b: V3, r: number): Item => roundCone(a, b, r, r);

/** Orthonormal frame from a main axis (unit) and a hint for the second axis. */
export function frame(axis: V3, hint: V3): [V3, V3, V3] {
  const n = norm(axis);
  let u = sub(hint, scale(n, dot(hint, n)));
  if (len(u) < 1e-6) u = Math.abs(n[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
  u = norm(sub(u, scale(n, dot(u, n))));
  const v = cross(n, u);
  return [u, v, n];
}

/**
 * Ellipsoid centred at c with semi-axes r along the axes of frame f (approximate distance, iq's
 * "improved" bound, good near the surface).
 */
export function ellipsoid(
  c: V3,
  r: V3,
  f: [V3, V3, V3] = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
): Item {
  const [e0, e1, e2] = f;
  const d: DistFn = (x, y, z) => {
    const px = x - c[0],
      py = y - c[1],
      pz = z - c[2];
    const a = (px * e0[0] + py * e0[1] + pz * e0[2]) / r[0];
    const b = (px * e1[0] + py * e1[1] + pz * e1[2]) / r[1];
    const g = (px * e2[0] + py * e2[1] + pz * e2[2]) / r[2];
    const k0 = Math.sqrt(a * a + b * b + g * g);
    const k1 = Math.sqrt(
      (a * a) / (r[0] * r[0]) + (b * b) / (r[1] * r[1]) + (g * g) / (r[2] * r[2]),
    );
    if (k1 < 1e-12) return -Math.min(r[0], r[1], r[2]);
    return (k0 * (k0 - 1)) / k1;
  };
  const ext = [0, 1, 2].map((i) =>
    Math.sqrt((e0[i]! * r[0]) ** 2 + (e1[i]! * r[1]) ** 2 + (e2[i]! * r[2]) ** 2),
  );
  return {
    d,
    min: [c[0] - ext[0]!, c[1] - ext[1]!, c[2] - ext[2]!],
    max: [c[0] + ext[0]!, c[1] + ext[1]!, c[2] + ext[2]!],
    k: 0,
  };
}

export interface Section {
  /** Position along the axis, 0..1. */
  t: number;
  /** Half-widths along the frame's u and v axes (m). */
  ru: number;
  rv: number;
  /** Offset of the section centre along u and v (m). */
  cu?: number;
  cv?: number;
  /** Superellipse exponent (2 = ellipse, larger = boxier). */
  n?: number;
}

/**
 * A tube lofted from a to b through elliptical sections (interpolated with a smooth Catmull-Rom
 * curve), ends closed by rounding. `hint` orients the section's u axis.
 */
export function loft(a: V3, b: V3, hint: V3, sections: readonly Section[]): Item {
  const axis = sub(b, a);
  const L = len(axis);
  const [u, v0, n] = frame(axis, hint);
  // v = u × n, so that for a vertical axis with u = +X the section offset cv runs along +Z
  const v: V3 = [-v0[0], -v0[1], -v0[2]];
  const N = 64;
  const tab = new Float64Array((N + 1) * 5);
  const S = sections;
  const at = (i: number) => S[Math.max(0, Math.min(S.length - 1, i))]!;
  const cr = (p0: number, p1: number, p2: number, p3: number, t: number) =>
    0.5 *
    (2 * p1 +
      (-p0 + p2) * t +
      (2 * p0 - 5 * p1 + 4 * p2 - p3) * t * t +
      (-p0 + 3 * p1 - 3 * p2 + p3) * t * t * t);
  for (let i = 0; i <= N; i++) {
    const t = i / N;
    let s = 0;
    while (s < S.length - 2 && at(s + 1).t < t) s++;
    const s0 = at(s - 1),
      s1 = at(s),
      s2 = at(s + 1),
      s3 = at(s + 2);
    const lt = s2.t > s1.t ? Math.max(0, Math.min(1, (t - s1.t) / (s2.t - s1.t))) : 0;
    tab[i * 5] = Math.max(1e-4, cr(s0.ru, s1.ru, s2.ru, s3.ru, lt));
    tab[i * 5 + 1] = Math.max(1e-4, cr(s0.rv, s1.rv, s2.rv, s3.rv, lt));
    tab[i * 5 + 2] = cr(s0.cu ?? 0, s1.cu ?? 0, s2.cu ?? 0, s3.cu ?? 0, lt);
    tab[i * 5 + 3] = cr(s0.cv ?? 0, s1.cv ?? 0, s2.cv ?? 0, s3.cv ?? 0, lt);
    tab[i * 5 + 4] = (s1.n ?? 2) + ((s2.n ?? 2) - (s1.n ?? 2)) * lt;
  }
  let maxR = 0;
  for (let i = 0; i <= N; i++)
    maxR = Math.max(
      maxR,
      tab[i * 5]! + Math.abs(tab[i * 5 + 2]!),
      tab[i * 5 + 1]! + Math.abs(tab[i * 5 + 3]!),
    );
  const d: DistFn = (x, y, z) => {
    const px = x - a[0],
      py = y - a[1],
      pz = z - a[2];
    const h = px * n[0] + py * n[1] + pz * n[2];
    const t = h / L;
    const tc = t < 0 ? 0 : t > 1 ? 1 : t;
    const f = tc * N;
    const i0 = Math.min(N - 1, Math.floor(f));
    const w = f - i0;
    const o0 = i0 * 5,
      o1 = o0 + 5;
    const ru = tab[o0]! * (1 - w) + tab[o1]! * w;
    const rv = tab[o0 + 1]! * (1 - w) + tab[o1 + 1]! * w;
    const cu = tab[o0 + 2]! * (1 - w) + tab[o1 + 2]! * w;
    const cv = tab[o0 + 3]! * (1 - w) + tab[o1 + 3]! * w;
    const qu = px * u[0] + py * u[1] + pz * u[2] - cu;
    const qv = px * v[0] + py * v[1] + pz * v[2] - cv;
    const a1 = qu / ru,
      b1 = qv / rv;
    const ne = tab[o0 + 4]! * (1 - w) + tab[o1 + 4]! * w;
    let d2: number;
    if (ne > 2.01) {
      // superellipse: radial distance to the boundary
      const r = Math.pow(Math.pow(Math.abs(a1), ne) + Math.pow(Math.abs(b1), ne), 1 / ne);
      const q = Math.sqrt(qu * qu + qv * qv);
      d2 = r >= 1 ? q * (1 - 1 / r) : -Math.min(ru, rv) * (1 - r);
    } else {
      const k0 = Math.sqrt(a1 * a1 + b1 * b1);
      const k1 = Math.sqrt((a1 * a1) / (ru * ru) + (b1 * b1) / (rv * rv));
      d2 = k1 < 1e-12 ? -Math.min(ru, rv) : (k0 * (k0 - 1)) / k1;
    }
    if (t < 0 || t > 1) {
      const e = (t < 0 ? -t : t - 1) * L;
      const dd = Math.max(d2, 0);
      d2 = Math.sqrt(dd * dd + e * e);
    } else {
      // flat end caps as a proper intersection with the slab (keeps it a distance bound)
      const cap = -Math.min(h, L - h);
      if (d2 < cap) d2 = cap;
    }
    return d2;
  };
  const mn: [number, number, number] = [
    Math.min(a[0], b[0]) - maxR,
    Math.min(a[1], b[1]) - maxR,
    Math.min(a[2], b[2]) - maxR,
  ];
  const mx: [number, number, number] = [
    Math.max(a[0], b[0]) + maxR,
    Math.max(a[1], b[1]) + maxR,
    Math.max(a[2], b[2]) + maxR,
  ];
  return { d, min: mn, max: mx, k: 0 };
}

/** Box with rounded edges, centred at c, half extents h, in frame f. */
export function roundBox(
  c: V3,
  h: V3,
  r: number,
  f: [V3, V3, V3] = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
): Item {
  const [e0, e1, e2] = f;
  const d: DistFn = (x, y, z) => {
    const px = x - c[0],
      py = y - c[1],
      pz = z - c[2];
    const a = Math.abs(px * e0[0] + py * e0[1] + pz * e0[2]) - h[0] + r;
    const b = Math.abs(px * e1[0] + py * e1[1] + pz * e1[2]) - h[1] + r;
    const g = Math.abs(px * e2[0] + py * e2[1] + pz * e2[2]) - h[2] + r;
    const o = Math.hypot(Math.max(a, 0), Math.max(b, 0), Math.max(g, 0));
    return o + Math.min(Math.max(a, b, g), 0) - r;
  };
  const ext = [0, 1, 2].map(
    (i) => Math.abs(e0[i]! * h[0]) + Math.abs(e1[i]! * h[1]) + Math.abs(e2[i]! * h[2]),
  );
  return {
    d,
    min: [c[0] - ext[0]!, c[1] - ext[1]!, c[2] - ext[2]!],
    max: [c[0] + ext[0]!, c[1] + ext[1]!, c[2] + ext[2]!],
    k: 0,
  };
}

/** Thickened triangle (plate) with rounded edges: exact distance to triangle abc minus r. */
export function triangle(a: V3, b: V3, c: V3, r: number): Item {
  const ba = sub(b, a),
    cb = sub(c, b),
    ac = sub(a, c);
  const nor = cross(ba, ac);
  const nn = dot(nor, nor);
  const c1 = cross(ba, nor),
    c2 = cross(cb, nor),
    c3 = cross(ac, nor);
  const d: DistFn = (x, y, z) => {
    const pa: V3 = [x - a[0], y - a[1], z - a[2]];
    const pb: V3 = [x - b[0], y - b[1], z - b[2]];
    const pc: V3 = [x - c[0], y - c[1], z - c[2]];
    const sgn = Math.sign(dot(c1, pa)) + Math.sign(dot(c2, pb)) + Math.sign(dot(c3, pc));
    let d2: number;
    if (sgn < 2) {
      const e = (u: V3, p: V3) => {
        const t = Math.max(0, Math.min(1, dot(u, p) / dot(u, u)));
        const q = [u[0] * t - p[0], u[1] * t - p[1], u[2] * t - p[2]];
        return q[0]! * q[0]! + q[1]! * q[1]! + q[2]! * q[2]!;
      };
      d2 = Math.min(e(ba, pa), e(cb, pb), e(ac, pc));
    } else {
      const q = dot(nor, pa);
      d2 = (q * q) / nn;
    }
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

export function withK<T extends Item>(it: T, k: number, tag?: unknown): T {
  it.k = k;
  if (tag !== undefined) it.tag = tag;
  return it;
}

/** Evaluate an ordered union of items. */
export function evalItems(items: readonly Item[], x: number, y: number, z: number): number {
  let acc = Infinity;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    // subtracting can only raise a value that is already well outside: skip (a lower bound)
    if (it.subtract && acc > it.k + 0.01) continue;
    const di = it.d(x, y, z);
    if (it.subtract) acc = smax(acc, -di, it.k);
    else acc = acc === Infinity ? di : smin(acc, di, it.k);
  }
  return acc;
}

/** Items whose influence (bounds grown by blend radius + margin) reaches a box. */
export function cullItems(items: readonly Item[], mn: V3, mx: V3, margin: number): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    const g = it.k + margin;
    if (
      it.max[0] + g < mn[0] ||
      it.min[0] - g > mx[0] ||
      it.max[1] + g < mn[1] ||
      it.min[1] - g > mx[1] ||
      it.max[2] + g < mn[2] ||
      it.min[2] - g > mx[2]
    )
      continue;
    out.push(it);
  }
  return out;
}

// small vector helpers
export const add = (a: V3, b: V3): V3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
/** The point l along direction d from p. */
export const along = (p: V3, d: V3, l: number): V3 => [
  p[0] + d[0] * l,
  p[1] + d[1] * l,
  p[2] + d[2] * l,
];
export const scale = (a: V3, s: number): V3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: V3, b: V3): V3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const len = (a: V3) => Math.hypot(a[0], a[1], a[2]);
export const norm = (a: V3): V3 => scale(a, 1 / (len(a) || 1));
export const lerp3 = (a: V3, b: V3, t: number): V3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
export const mirrorX = (a: V3): V3 => [-a[0], a[1], a[2]];

/**
 * Lazily sampled copy of a field on a regular grid (blocks of 8³ cells evaluated on first use),
 * read back with trilinear interpolation. Used where many shapes ask for the skin distance.
 */
export class FieldCache {
  private blocks = new Map<number, Float32Array>();
  constructor(
    private readonly items: readonly Item[],
    private readonly h: number,
  ) {}
  private block(bx: number, by: number, bz: number): Float32Array {
    // numeric key: no string per sample (this is called millions of times)
    const key = ((bx + 1024) * 2048 + (by + 1024)) * 2048 + (bz + 1024);
    let b = this.blocks.get(key);
    if (b) return b;
    const h = this.h;
    const P = 9;
    const mn: V3 = [bx * 8 * h, by * 8 * h, bz * 8 * h];
    const its = cullItems(this.items, mn, [mn[0] + 8 * h, mn[1] + 8 * h, mn[2] + 8 * h], 4 * h);
    b = new Float32Array(P * P * P);
    if (its.length === 0) b.fill(0.05);
    else
      for (let k = 0; k < P; k++)
        for (let j = 0; j < P; j++)
          for (let i = 0; i < P; i++) {
            const v = evalItems(its, mn[0] + i * h, mn[1] + j * h, mn[2] + k * h);
            b[(k * P + j) * P + i] = v === Infinity ? 0.05 : Math.min(v, 0.05);
          }
    this.blocks.set(key, b);
    return b;
  }
  sample(x: number, y: number, z: number): number {
    const h = this.h;
    const fx = x / h,
      fy = y / h,
      fz = z / h;
    const ix = Math.floor(fx),
      iy = Math.floor(fy),
      iz = Math.floor(fz);
    const bx = Math.floor(ix / 8),
      by = Math.floor(iy / 8),
      bz = Math.floor(iz / 8);
    const b = this.block(bx, by, bz);
    const lx = ix - bx * 8,
      ly = iy - by * 8,
      lz = iz - bz * 8;
    const tx = fx - ix,
      ty = fy - iy,
      tz = fz - iz;
    const P = 9;
    const o = (lz * P + ly) * P + lx;
    const c000 = b[o]!,
      c100 = b[o + 1]!,
      c010 = b[o + P]!,
      c110 = b[o + P + 1]!;
    const c001 = b[o + P * P]!,
      c101 = b[o + P * P + 1]!,
      c011 = b[o + P * P + P]!,
      c111 = b[o + P * P + P + 1]!;
    const c00 = c000 + (c100 - c000) * tx,
      c10 = c010 + (c110 - c010) * tx,
      c01 = c001 + (c101 - c001) * tx,
      c11 = c011 + (c111 - c011) * tx;
    const c0 = c00 + (c10 - c00) * ty,
      c1 = c01 + (c11 - c01) * ty;
    return c0 + (c1 - c0) * tz;
  }
}

/** Axes for ellipsoids / boxes: [≈hint, main, third], so radii[1] runs along `main`. */
export function axes(main: V3, hint: V3): [V3, V3, V3] {
  const [u, v, n] = frame(main, hint);
  return [u, n, v];
}
