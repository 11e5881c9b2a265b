/**
 * The authoring aid's last step: an area painted on the body becomes a zone outline in surface
 * coordinates (docs/SURFACE.md), ready to paste into a map file — nobody guesses numbers. The
 * outline is the convex hull of the brush dabs seen in one view of one segment; a concave chart
 * area is painted as several outlines.
 */
import type { SurfaceSegment, SurfaceView } from '../content/ids';
import { limbOf, viewCoords, type Pair, type SegmentFrame, type SurfaceSample } from './surface';

export interface PaintedOutline {
  segment: SurfaceSegment;
  view: SurfaceView;
  side: 'left' | 'right';
  outline: [number, number][];
}

/** Andrew's monotone chain: the convex hull, counter-clockwise. */
function hull(points: Pair[]): Pair[] {
  const pts = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (pts.length < 3) return pts;
  const cross = (o: Pair, a: Pair, b: Pair) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: Pair[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower.at(-2)!, lower.at(-1)!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Pair[] = [];
  for (const p of [...pts].reverse()) {
    while (upper.length >= 2 && cross(upper.at(-2)!, upper.at(-1)!, p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/** The view a content writer would use for this skin: round a limb, else the way it faces. */
function viewFor(base: SurfaceSegment, n: readonly number[], sign: 1 | -1): SurfaceView {
  if (limbOf(base) !== 'axial' && base !== 'foot') return 'around';
  const [nx, ny, nz] = [n[0]! * sign, n[1]!, n[2]!];
  const a = Math.max(Math.abs(nx), Math.abs(ny), Math.abs(nz));
  if (a === Math.abs(nz)) return nz > 0 ? 'front' : 'back';
  if (a === Math.abs(nx)) return nx > 0 ? 'side' : 'medial';
  return ny > 0 ? 'top' : 'bottom';
}

/**
 * The outline of painted dabs (`samples`: the skin under each dab's centre) with brush `radius`
 * (m), in the view of the first dab's segment; null for nothing painted.
 */
export function outlineFromPaint(
  samples: readonly SurfaceSample[],
  radius: number,
  frames: readonly SegmentFrame[],
): PaintedOutline | null {
  const first = samples[0];
  const frame = first ? frames[first.segment] : undefined;
  if (!first || !frame) return null;
  const sign: 1 | -1 = first.p[0] >= 0 ? 1 : -1;
  const left = frames.find((f) => f.base === frame.base && f.side !== 'right') ?? frame;
  const mean = [0, 1, 2].map((k) => samples.reduce((s, x) => s + x.n[k]!, 0));
  const view = viewFor(frame.base, mean, sign);
  // The brush radius in the view's units (degrees round a limb).
  const ra = view === 'around' ? (radius * 180) / (Math.PI * left.radius) : radius;
  const coords: Pair[] = [];
  let centre: number | undefined;
  for (const s of samples) {
    // Each dab as seen straight on in that view, whichever way its skin faces.
    const c = viewCoords(view, left.axis, { ...s, n: faceView(view, sign) }, sign, centre);
    if (!c) continue;
    centre ??= c[0];
    for (let k = 0; k < 8; k++) {
      const t = (k / 8) * 2 * Math.PI;
      coords.push([c[0] + ra * Math.cos(t), c[1] + radius * Math.sin(t)]);
    }
  }
  if (coords.length < 3) return null;
  const round = (v: number) =>
    Math.round(v * (view === 'around' ? 10 : 1000)) / (view === 'around' ? 10 : 1000);
  return {
    segment: frame.base,
    view,
    side: sign > 0 ? 'left' : 'right',
    outline: hull(coords).map(([a, b]) => [round(a), Math.round(b * 1000) / 1000]),
  };
}

/** A normal that faces `view`, so every dab counts in the view its outline is written in. */
function faceView(view: SurfaceView, sign: 1 | -1): [number, number, number] {
  switch (view) {
    case 'front':
      return [0, 0, 1];
    case 'back':
      return [0, 0, -1];
    case 'side':
      return [sign, 0, 0];
    case 'medial':
      return [-sign, 0, 0];
    case 'top':
      return [0, 1, 0];
    case 'bottom':
      return [0, -1, 0];
    case 'around':
      return [0, 0, 1];
  }
}
