/**
 * Superficial muscles as shells under the skin: the region inside an outline (drawn through bony
 * landmarks) between the skin and a depth below it. The outer surface dips near the outline and the
 * shell thins towards it, so each muscle reads as a rounded belly and neighbours that share an
 * outline meet in a shallow groove (no gap to see through), as on a muscle chart.
 */
import { smax, type FieldCache, type Item, type V3 } from './sdf';

export type P2 = readonly [number, number];

/** Signed distance to a 2D polygon (iq), negative inside. */
export function polygon2(pts: readonly P2[]) {
  return (px: number, py: number) => {
    let d = (px - pts[0]![0]) ** 2 + (py - pts[0]![1]) ** 2;
    let s = 1;
    for (let i = 0, j = pts.length - 1; i < pts.length; j = i, i++) {
      const [vx, vy] = pts[i]!;
      const [wx, wy] = pts[j]!;
      const ex = wx - vx,
        ey = wy - vy;
      const qx = px - vx,
        qy = py - vy;
      const t = Math.max(0, Math.min(1, (qx * ex + qy * ey) / (ex * ex + ey * ey)));
      const bx = qx - ex * t,
        by = qy - ey * t;
      d = Math.min(d, bx * bx + by * by);
      const c1 = py >= vy,
        c2 = py < wy,
        c3 = ex * qy > ey * qx;
      if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) s = -s;
    }
    return s * Math.sqrt(d);
  };
}

/** How a shell sits under the skin. */
export interface Profile {
  /** Depth of the outer surface under the skin in the middle of the muscle (m). */
  d0: number;
  /** Greatest thickness below the outer surface (m). */
  thick: number;
  /** Groove depth at the outline (m): how far the outer surface dips there. */
  groove?: number;
  /** Width over which the groove rises back to d0 (m). */
  grooveWidth?: number;
}

/**
 * Distance to a shell given the skin distance `sd` and the signed distance `mask` to the outline
 * (negative inside). `cover`: depth another muscle above this one takes at this point (0 if none).
 */
export function shellDistance(sd: number, mask: number, p: Profile, cover = 0): number {
  const w = -mask;
  const g = p.groove ?? 0.003;
  const gw = p.grooveWidth ?? 0.009;
  const e = w >= gw ? 0 : 1 - Math.max(0, w) / gw;
  const outer = Math.max(p.d0 + g * e * e, cover);
  // thin at the outline, full thickness some way in: a belly, not a slab with cliffs
  const inner = Math.max(outer + 0.004, Math.min(p.d0 + p.thick, p.d0 + 0.002 + w * 0.7));
  const sh = Math.max(sd + outer, -sd - inner);
  return smax(sh, mask, 0.003);
}

/** A muscle lying over another one: where its mask is negative the lower one starts `depth` deeper. */
export interface Cover {
  mask: (x: number, y: number, z: number) => number;
  depth: number;
}

function coverDepth(covers: readonly Cover[], x: number, y: number, z: number): number {
  let c = 0;
  for (const cv of covers) {
    const cm = cv.mask(x, y, z);
    // the cover's depth fades in over a few mm round its outline
    if (cm < 0.004) c = Math.max(c, cv.depth * Math.min(1, (0.004 - cm) / 0.008));
  }
  return c;
}

/** Outlines are drawn this far inside their landmarks so neighbours meet in a groove. */
const INSET = 0.001;

export interface ShellSpec {
  /**
   * 'front'/'back': outline in (x, y); 'side': outline in (z, y) on the figure's left;
   * 'bottom': outline in (x, z) seen from below (the sole), kept below 3 cm.
   */
  view: 'front' | 'back' | 'side' | 'bottom';
  outline: readonly P2[];
  /** Depth below the skin of the outer and inner surface (m). */
  depth: readonly [number, number];
  /** Extra clip: keep where this is negative. */
  clip?: (x: number, y: number, z: number) => number;
  under?: readonly Cover[];
  /** Groove depth at the outline (m; default 3 mm). */
  groove?: number;
}

/** The outline of a projected shell as a 3D mask (negative inside). */
export function shellMask(spec: ShellSpec, side: 1 | -1) {
  const pts = spec.outline.map(([a, b]) =>
    spec.view === 'side' ? ([a, b] as P2) : ([a * side, b] as P2),
  );
  const poly = polygon2(pts);
  const clip = spec.clip;
  return (x: number, y: number, z: number) => {
    const m =
      spec.view === 'side'
        ? side * x < 0.02
          ? 1
          : poly(z, y)
        : spec.view === 'bottom'
          ? poly(x, z)
          : poly(x, y);
    const face =
      spec.view === 'front' ? -z : spec.view === 'back' ? z : spec.view === 'bottom' ? y : 0;
    let mask = smax(m + INSET, face - 0.03, 0.02);
    if (clip) mask = smax(mask, clip(x, y, z), 0.01);
    return mask;
  };
}

/** A shell under the skin inside an outline seen from the front, back or side. */
export function shell(skin: FieldCache, spec: ShellSpec, side: 1 | -1): Item {
  const pts = spec.outline.map(([a, b]) =>
    spec.view === 'side' ? ([a, b] as P2) : ([a * side, b] as P2),
  );
  let mn: V3, mx: V3;
  const ys = pts.map((p) => p[1]);
  const as = pts.map((p) => p[0]);
  if (spec.view === 'bottom') {
    const zs = pts.map((p) => p[1]);
    mn = [Math.min(...as), -0.01, Math.min(...zs)];
    mx = [Math.max(...as), 0.045, Math.max(...zs)];
  } else if (spec.view === 'side') {
    mn = [side > 0 ? 0 : -0.3, Math.min(...ys), Math.min(...as)];
    mx = [side > 0 ? 0.3 : 0, Math.max(...ys), Math.max(...as)];
  } else {
    mn = [Math.min(...as), Math.min(...ys), spec.view === 'front' ? -0.05 : -0.2];
    mx = [Math.max(...as), Math.max(...ys), spec.view === 'front' ? 0.2 : 0.05];
  }
  return maskedShell(
    skin,
    shellMask(spec, side),
    spec.depth,
    mn,
    mx,
    spec.under ?? [],
    spec.groove,
  );
}

/** The distance field of a shell: inside the mask, between the skin and the profile's depth. */
function shellField(
  skin: FieldCache,
  mask: (x: number, y: number, z: number) => number,
  prof: Profile,
  under: readonly Cover[],
): (x: number, y: number, z: number) => number {
  return (x, y, z) => {
    const m = mask(x, y, z);
    if (m > 0.02) return m;
    const sd = skin.sample(x, y, z);
    // far from the shell's band under the skin: a cheap bound, no cover tests
    const far = Math.max(sd, -sd - prof.d0 - prof.thick - 0.02);
    if (far > 0.02) return Math.max(far, m);
    return shellDistance(sd, m, prof, under.length ? coverDepth(under, x, y, z) : 0);
  };
}

/** A shell under the skin inside any 3D mask (negative inside), e.g. one drawn in two views. */
export function maskedShell(
  skin: FieldCache,
  mask: (x: number, y: number, z: number) => number,
  depth: readonly [number, number],
  min: V3,
  max: V3,
  under: readonly Cover[] = [],
  groove?: number,
): Item {
  const prof: Profile = {
    d0: depth[0],
    thick: depth[1] - depth[0],
    ...(groove === undefined ? {} : { groove }),
  };
  const d = shellField(skin, mask, prof, under);
  return { d, min, max, k: 0, tag: 'shell' };
}

/** One outline in the sleeve's (angle, height) coordinates, with an optional own profile. */
export interface SleeveSpec {
  /** Points (θ in degrees, y in m): θ 0 = front, +90 = lateral, ±180 = back, −90 = medial. */
  outline: readonly P2[];
  profile?: Partial<Profile>;
  /** Muscles lying over this one. */
  under?: readonly Cover[];
}

/** A limb segment: an axis (left side) and a nominal radius that turns angles into metres. */
export interface Segment {
  a: V3;
  b: V3;
  radius: number;
  /** Outer edge of the band where its sleeves live (× radius; default R_MAX): the calf bulges. */
  rMax?: number;
}

const DEFAULT: Profile = { d0: 0.0015, thick: 0.014 };

/** Cylinder coordinates round a segment: (arc length from the front, distance along the axis). */
function cylinder(seg: Segment, side: 1 | -1) {
  const a: V3 = [seg.a[0] * side, seg.a[1], seg.a[2]];
  const b: V3 = [seg.b[0] * side, seg.b[1], seg.b[2]];
  const L = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
  const n: V3 = [(b[0] - a[0]) / L, (b[1] - a[1]) / L, (b[2] - a[2]) / L];
  // front (≈ +Z) and lateral (≈ side·X) directions perpendicular to the axis
  const fz = n[2];
  let f: V3 = [-n[0] * fz, -n[1] * fz, 1 - n[2] * fz];
  const fl = Math.hypot(f[0], f[1], f[2]);
  f = [f[0] / fl, f[1] / fl, f[2] / fl];
  let l: V3 = [n[1] * f[2] - n[2] * f[1], n[2] * f[0] - n[0] * f[2], n[0] * f[1] - n[1] * f[0]];
  if (l[0] * side < 0) l = [-l[0], -l[1], -l[2]];
  return { a, b, L, n, f, l, R: seg.radius, dy: a[1] - b[1], rMax: seg.rMax ?? R_MAX };
}

/** Radial band round the axis where sleeves live (× segment radius). */
const R_MIN = 0.3,
  R_MAX = 1.7;

/** A sleeve outline as a 3D mask (negative inside), for covers. */
export function sleeveMask(seg: Segment, outline: readonly P2[], side: 1 | -1) {
  const c = cylinder(seg, side);
  const { a, n, f, l, R, L, dy, rMax } = c;
  // outline (θ°, y) → metres on the cylinder (arc length, distance along the axis)
  const poly = polygon2(
    outline.map(([th, y]) => [(th * Math.PI * R) / 180, ((a[1] - y) / dy) * L] as P2),
  );
  const turn = 2 * Math.PI * R;
  // unwrap the angle to the half turn round the outline's middle: one polygon test per point
  const ths = outline.map((p) => p[0]);
  const uc = (((Math.min(...ths) + Math.max(...ths)) / 2) * Math.PI * R) / 180;
  return (x: number, y: number, z: number) => {
    const px = x - a[0],
      py = y - a[1],
      pz = z - a[2];
    const v = px * n[0] + py * n[1] + pz * n[2];
    const qf = px * f[0] + py * f[1] + pz * f[2];
    const ql = px * l[0] + py * l[1] + pz * l[2];
    let u = Math.atan2(ql, qf) * R;
    if (u < uc - turn / 2) u += turn;
    else if (u > uc + turn / 2) u -= turn;
    const r = Math.hypot(qf, ql);
    const band = Math.max(r - R * rMax, R * R_MIN - r);
    // neighbouring sleeves overlap a little: the groove between them hides the overlap, and
    // no gap opens for the background to show through
    return smax(poly(u, v) - 0.0015, band, 0.01);
  };
}

/** Bounds of a sleeve: its outline swept through the radial band. */
function sleeveBounds(seg: Segment, outline: readonly P2[], side: 1 | -1): [V3, V3] {
  const { a, n, f, l, R, L, dy, rMax } = cylinder(seg, side);
  const mn = [Infinity, Infinity, Infinity],
    mx = [-Infinity, -Infinity, -Infinity];
  const ths = outline.map((p) => p[0]);
  const ys = outline.map((p) => p[1]);
  const th0 = Math.min(...ths),
    th1 = Math.max(...ths);
  for (let th = th0; th <= th1 + 1e-9; th += Math.max(1, (th1 - th0) / 24))
    for (const y of [Math.min(...ys), Math.max(...ys)])
      for (const r of [R * R_MIN, R * rMax]) {
        const t = ((a[1] - y) / dy) * L;
        const rad = (th * Math.PI) / 180;
        const cf = Math.cos(rad) * r,
          cl = Math.sin(rad) * r;
        for (let k = 0; k < 3; k++) {
          const p = a[k]! + n[k]! * t + f[k]! * cf + l[k]! * cl;
          mn[k] = Math.min(mn[k]!, p);
          mx[k] = Math.max(mx[k]!, p);
        }
      }
  const g = 0.012;
  return [
    [mn[0]! - g, mn[1]! - g, mn[2]! - g],
    [mx[0]! + g, mx[1]! + g, mx[2]! + g],
  ];
}

/**
 * A muscle wrapped round a limb segment: its outline lives on the cylinder round the segment axis
 * (angle × height), so the muscles of a limb can be drawn side by side sharing outlines and pack
 * without gaps. `side` +1 = left (lateral is +X), −1 = right.
 */
export function sleeve(skin: FieldCache, seg: Segment, spec: SleeveSpec, side: 1 | -1): Item {
  const mask = sleeveMask(seg, spec.outline, side);
  const under = spec.under ?? [];
  const prof: Profile = { ...DEFAULT, ...spec.profile };
  const d = shellField(skin, mask, prof, under);
  const [min, max] = sleeveBounds(seg, spec.outline, side);
  return { d, min, max, k: 0, tag: 'shell' };
}
