/**
 * Surface coordinates (docs/SURFACE.md): where a point of skin lies in each view of its segment,
 * and whether it lies inside a zone's outline. Pure: the body model supplies the segment frames
 * (skin extras) and, per point, its rest position, rest normal and segment; the scene evaluates
 * the same rules per pixel (scene/maps/zone-shader.ts) so what is drawn is what is listed.
 */
import type { SurfaceSegment, SurfaceView } from '../content/ids';

export type Vec3 = readonly [number, number, number];
export type Pair = readonly [number, number];

/** One segment instance of the model (`thigh.left`, `trunk`), as the skin extras give it. */
export interface SegmentFrame {
  id: string;
  base: SurfaceSegment;
  side: 'left' | 'right' | null;
  axis: readonly [Vec3, Vec3];
  radius: number;
}

/** A point of skin: its segment (index into the frames), rest position and rest normal. */
export interface SurfaceSample {
  segment: number;
  p: Vec3;
  n: Vec3;
}

/** Which side a zone instance is drawn on: +1 the figure's left (+X), −1 its right. */
export type SideSign = 1 | -1;

const ARM: ReadonlySet<SurfaceSegment> = new Set(['upper-arm', 'forearm', 'hand']);
const LEG: ReadonlySet<SurfaceSegment> = new Set(['thigh', 'leg', 'foot']);

/** Limb a segment belongs to: head and trunk share one surface, each limb its own. */
export const limbOf = (s: SurfaceSegment): 'axial' | 'arm' | 'leg' =>
  ARM.has(s) ? 'arm' : LEG.has(s) ? 'leg' : 'axial';

/**
 * Whether a shape on `shape` (drawn for the side `sign`) may cover skin of `frame`: `top` and
 * `bottom` shapes stay on their own segment, `around` shapes on their own limb; the other views
 * reach all skin but keep the arm apart from the body it hangs beside; a sided segment must be on
 * the shape's side.
 */
export function segmentAccepts(
  shape: SurfaceSegment,
  view: SurfaceView,
  frame: SegmentFrame,
  sign: SideSign,
): boolean {
  if (frame.side && (frame.side === 'left' ? 1 : -1) !== sign) return false;
  // `top` and `bottom` have no height: they stay on their own segment (a sole outline must not
  // paint the crown of the head).
  if (view === 'top' || view === 'bottom') return frame.base === shape;
  if (view === 'around') return limbOf(shape) === limbOf(frame.base);
  return ARM.has(shape) === ARM.has(frame.base);
}

/**
 * The frame an `around` angle is measured in: the axis start `a`, its "front" `f` (+Z, or +Y for
 * an axis lying along Z, the foot) and its lateral `l` (the +X side of the left frame).
 */
export function aroundFrame(axis: readonly [Vec3, Vec3]): { a: Vec3; f: Vec3; l: Vec3 } {
  const [a, b] = axis;
  const dx = b[0] - a[0],
    dy = b[1] - a[1],
    dz = b[2] - a[2];
  const L = Math.hypot(dx, dy, dz);
  const n = [dx / L, dy / L, dz / L] as const;
  const ref: Vec3 = Math.abs(n[2]) > 0.7 ? [0, 1, 0] : [0, 0, 1];
  const k = ref[0] * n[0] + ref[1] * n[1] + ref[2] * n[2];
  const f0 = [ref[0] - n[0] * k, ref[1] - n[1] * k, ref[2] - n[2] * k] as const;
  const fl = Math.hypot(...f0);
  const f: Vec3 = [f0[0] / fl, f0[1] / fl, f0[2] / fl];
  let l: Vec3 = [n[1] * f[2] - n[2] * f[1], n[2] * f[0] - n[0] * f[2], n[0] * f[1] - n[1] * f[0]];
  if (l[0] < 0) l = [-l[0], -l[1], -l[2]];
  return { a, f, l };
}

const frameCache = new WeakMap<readonly [Vec3, Vec3], ReturnType<typeof aroundFrame>>();

/** Degrees round an axis (0 front, 90 lateral, ±180 back, −90 medial), left frame. */
export function aroundAngle(axis: readonly [Vec3, Vec3], p: Vec3): number {
  let fr = frameCache.get(axis);
  if (!fr) frameCache.set(axis, (fr = aroundFrame(axis)));
  const { a, f, l } = fr;
  const qx = p[0] - a[0],
    qy = p[1] - a[1],
    qz = p[2] - a[2];
  const qf = qx * f[0] + qy * f[1] + qz * f[2];
  const ql = qx * l[0] + qy * l[1] + qz * l[2];
  return (Math.atan2(ql, qf) * 180) / Math.PI;
}

/**
 * The point's coordinates in `view`, in the left frame of a shape drawn on side `sign`, or null
 * where the skin does not face that view. `around` angles are unwrapped to lie within 180° of
 * `centre`.
 */
export function viewCoords(
  view: SurfaceView,
  axis: readonly [Vec3, Vec3],
  s: SurfaceSample,
  sign: SideSign,
  centre = 0,
): Pair | null {
  const x = s.p[0] * sign,
    y = s.p[1],
    z = s.p[2];
  const nx = s.n[0] * sign;
  switch (view) {
    case 'front':
      return s.n[2] > 0 ? [x, y] : null;
    case 'back':
      return s.n[2] <= 0 ? [x, y] : null;
    case 'side':
      return nx > 0 ? [z, y] : null;
    case 'medial':
      return nx <= 0 ? [z, y] : null;
    case 'top':
      return s.n[1] > 0 ? [x, z] : null;
    case 'bottom':
      return s.n[1] <= 0 ? [x, z] : null;
    case 'around': {
      let th = aroundAngle(axis, [x, y, z]);
      if (th < centre - 180) th += 360;
      else if (th > centre + 180) th -= 360;
      return [th, y];
    }
  }
}

/** Signed distance to a polygon, negative inside (Inigo Quilez's formulation). */
export function polygonDistance(pts: readonly Pair[], px: number, py: number): number {
  let d = (px - pts[0]![0]) ** 2 + (py - pts[0]![1]) ** 2;
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i, i++) {
    const [vx, vy] = pts[i]!;
    const [wx, wy] = pts[j]!;
    const ex = wx - vx,
      ey = wy - vy;
    const qx = px - vx,
      qy = py - vy;
    const t = Math.max(0, Math.min(1, (qx * ex + qy * ey) / (ex * ex + ey * ey || 1)));
    const bx = qx - ex * t,
      by = qy - ey * t;
    d = Math.min(d, bx * bx + by * by);
    const c1 = py >= vy,
      c2 = py < wy,
      c3 = ex * qy > ey * qx;
    if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) inside = !inside;
  }
  return (inside ? -1 : 1) * Math.sqrt(d);
}

/** An outline ready to test: metres in both coordinates (angles as arc length). */
export interface PreparedShape {
  segment: SurfaceSegment;
  view: SurfaceView;
  axis: readonly [Vec3, Vec3];
  /** Metres per degree for `around` (1 otherwise: the outline is already in metres). */
  scale: number;
  centre: number;
  outline: readonly Pair[];
  /** The outline with angles turned into arc length. */
  metric: readonly Pair[];
  /** Bounding box of `outline` in its own units: [minA, minB, maxA, maxB]. */
  box: readonly [number, number, number, number];
  /** How far inside the outline its deepest point lies (m): "how central" is depth over this. */
  depth: number;
}

export function prepareShape(
  shape: { segment: SurfaceSegment; view: SurfaceView; outline: readonly Pair[] },
  frames: readonly SegmentFrame[],
): PreparedShape {
  const frame = frames.find((f) => f.base === shape.segment && f.side !== 'right')!;
  const around = shape.view === 'around';
  const scale = around ? (Math.PI * frame.radius) / 180 : 1;
  const as = shape.outline.map((p) => p[0]);
  const bs = shape.outline.map((p) => p[1]);
  const box = [Math.min(...as), Math.min(...bs), Math.max(...as), Math.max(...bs)] as const;
  const metric = shape.outline.map(([a, b]) => [a * scale, b] as Pair);
  // Deepest point: a coarse grid over the box is plenty for ranking.
  let depth = 0;
  const steps = 16;
  for (let i = 1; i < steps; i++)
    for (let j = 1; j < steps; j++) {
      const a = (box[0] + ((box[2] - box[0]) * i) / steps) * scale;
      const b = box[1] + ((box[3] - box[1]) * j) / steps;
      depth = Math.max(depth, -polygonDistance(metric, a, b));
    }
  return {
    segment: shape.segment,
    view: shape.view,
    axis: frame.axis,
    scale,
    centre: (box[0] + box[2]) / 2,
    outline: shape.outline,
    metric,
    box,
    depth: Math.max(depth, 1e-4),
  };
}

/**
 * Signed distance (m, negative inside) from a sample to a prepared shape drawn on side `sign`, or
 * null where the shape cannot reach the sample (other segment, skin facing away).
 */
export function shapeDistance(
  shape: PreparedShape,
  frames: readonly SegmentFrame[],
  s: SurfaceSample,
  sign: SideSign,
): number | null {
  const frame = frames[s.segment];
  if (!frame || !segmentAccepts(shape.segment, shape.view, frame, sign)) return null;
  const c = viewCoords(shape.view, shape.axis, s, sign, shape.centre);
  if (!c) return null;
  return polygonDistance(shape.metric, c[0] * shape.scale, c[1]);
}
