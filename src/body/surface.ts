/**
 * Surface coordinates of the skin (docs/SURFACE.md): each skin vertex gets the body segment it lies
 * on, and the model carries each segment's axis, so content can name places on the skin more
 * finely than regions: an outline in a view of a segment, evaluated per pixel from the rest
 * position and normal. Segments follow the skin items' limb groups; the leg splits at the knee.
 */
import { POINTS } from './landmarks';
import type { Group } from './skin';
import type { V3 } from './sdf';

export type SegmentBase =
  'head' | 'trunk' | 'upper-arm' | 'forearm' | 'hand' | 'thigh' | 'leg' | 'foot';

export interface SegmentFrame {
  /** Instance id: `head`, `trunk`, or a limb segment with its side (`thigh.left`). */
  id: string;
  base: SegmentBase;
  side: 'left' | 'right' | null;
  /** Axis ends on this segment's side (proximal, distal), for the `around` view. */
  axis: readonly [V3, V3];
  /** Nominal radius (m) that turns angles round the axis into arc lengths. */
  radius: number;
}

const mirror = (p: readonly number[], s: 1 | -1): V3 => [p[0]! * s, p[1]!, p[2]!];

/** Axes on the figure's left; the right side mirrors x. Axial axes are vertical lines. */
const LEFT_AXES: Record<SegmentBase, { axis: readonly [V3, V3]; radius: number }> = {
  head: {
    axis: [
      [0, 1.58, 0.005],
      [0, 1.76, 0.005],
    ],
    radius: 0.085,
  },
  trunk: {
    axis: [
      [0, 0.82, -0.005],
      [0, 1.55, -0.005],
    ],
    radius: 0.14,
  },
  'upper-arm': { axis: [mirror(POINTS.shoulder, 1), mirror(POINTS.elbow, 1)], radius: 0.045 },
  forearm: { axis: [mirror(POINTS.elbow, 1), mirror(POINTS.wrist, 1)], radius: 0.037 },
  hand: { axis: [mirror(POINTS.wrist, 1), mirror(POINTS.fingerTip, 1)], radius: 0.03 },
  thigh: { axis: [mirror(POINTS.hip, 1), mirror(POINTS.knee, 1)], radius: 0.075 },
  leg: { axis: [mirror(POINTS.knee, 1), mirror(POINTS.ankle, 1)], radius: 0.05 },
  foot: { axis: [mirror(POINTS.heel, 1), mirror(POINTS.toeTip, 1)], radius: 0.04 },
};

const LIMBS: readonly SegmentBase[] = ['upper-arm', 'forearm', 'hand', 'thigh', 'leg', 'foot'];

/** Every segment instance, in the order of the `_SEGMENT` attribute's values. */
export const SEGMENT_FRAMES: readonly SegmentFrame[] = [
  { id: 'head', base: 'head', side: null, ...LEFT_AXES.head },
  { id: 'trunk', base: 'trunk', side: null, ...LEFT_AXES.trunk },
  ...LIMBS.flatMap((base) =>
    (['left', 'right'] as const).map((side): SegmentFrame => {
      const s = side === 'left' ? 1 : -1;
      const { axis, radius } = LEFT_AXES[base];
      return {
        id: `${base}.${side}`,
        base,
        side,
        axis: [mirror(axis[0], s), mirror(axis[1], s)],
        radius,
      };
    }),
  ),
];

const INDEX = new Map(SEGMENT_FRAMES.map((f, i) => [f.id, i]));

/** The segment (index into SEGMENT_FRAMES) of a skin vertex from its limb group and height. */
export function skinSegment(group: Group, y: number): number {
  if (group === 'head' || group === 'trunk') return INDEX.get(group)!;
  const [kind, side] = group.split('.') as [string, 'left' | 'right'];
  const base: SegmentBase =
    kind === 'uarm'
      ? 'upper-arm'
      : kind === 'farm'
        ? 'forearm'
        : kind === 'hand'
          ? 'hand'
          : kind === 'foot'
            ? 'foot'
            : y > POINTS.knee[1]
              ? 'thigh'
              : 'leg';
  return INDEX.get(`${base}.${side}`)!;
}

/** What the model's skin extras carry: enough for the app and tests to read the coordinates. */
export function surfaceExtras() {
  return {
    version: 1,
    attribute: '_SEGMENT',
    segments: SEGMENT_FRAMES.map((f) => ({
      id: f.id,
      base: f.base,
      side: f.side,
      axis: f.axis,
      radius: f.radius,
    })),
  };
}
