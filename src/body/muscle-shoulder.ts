/**
 * The muscles of the shoulder girdle seen from behind: trapezius, latissimus dorsi, rhomboids,
 * infraspinatus, teres minor, teres major and the deltoid, as shells under the skin whose outlines
 * share their borders (no gap, no sliver between neighbours), drawn in the back view through the
 * bony landmarks of the scapula (skeleton.ts: superior angle 0.084/1.44, inferior angle
 * 0.092/1.29, spine from its root 0.086/1.40 to the acromion 0.185/1.42, glenoid 0.148/1.39).
 * A muscle lying over another is a `Cover` that pushes the lower one under it, so the deep ones
 * (rhomboids under the trapezius, the rotator cuff under the deltoid, teres major under the
 * latissimus) show only where a muscle chart shows them. Attachments: Standring, Gray's Anatomy
 * 42nd ed.
 */
import { smin, type FieldCache, type Item } from './sdf';
import {
  maskedShell,
  shell,
  shellMask,
  type Cover,
  type P2,
  type ShellSpec,
} from './muscle-shells';

/** Spine of the scapula (its lower lip) from the root to the acromial angle: trapezius above, deltoid and infraspinatus below. */
const SPINE: P2[] = [
  [0.086, 1.398],
  [0.105, 1.404],
  [0.126, 1.41],
  [0.15, 1.417],
  [0.186, 1.427],
];
/**
 * The deltoid and the infraspinatus reach a few mm above the spine, under the trapezius's border
 * (a shared edge would open a slot between three grooves).
 */
const UNDER_SPINE: P2[] = SPINE.map(([x, y]) => [x, y + 0.006]);
/** Lower border of the infraspinatus = upper border of teres minor, to the greater tubercle. */
const IS_TMIN: P2[] = [
  [0.105, 1.325],
  [0.118, 1.345],
  [0.13, 1.365],
  [0.145, 1.38],
  [0.175, 1.398],
];
/** Lower border of teres minor = upper border of teres major (it diverges from the lateral border). */
const TMIN_TMAJ: P2[] = [
  [0.105, 1.325],
  [0.125, 1.33],
  [0.142, 1.339],
  [0.16, 1.348],
  [0.178, 1.358],
];
/** Where infraspinatus, teres major and the medial border of the scapula meet, above the inferior angle. */
const ANGLE: P2 = [0.092, 1.31];

/**
 * How far forward the trapezius wraps at height y (z of its anterior border): from behind the
 * mastoid down the side of the neck to the lateral third of the clavicle; below the shoulder it
 * stays on the back.
 */
function trapeziusFront(y: number): number {
  const ramp = (a: number, b: number) => Math.min(1, Math.max(0, (y - a) / (b - a)));
  // neck: -4.5 cm at the occiput → +2 cm at the clavicle; back: -3 cm
  return -0.03 + 0.05 * ramp(1.39, 1.425) - 0.065 * ramp(1.44, 1.57);
}

const TRAPEZIUS: ShellSpec = {
  view: 'back',
  outline: [
    [0, 1.605],
    [0.028, 1.6],
    // wide of the neck: a back-view edge along the side of the neck grazes it and tears; the
    // anterior border there is the clip (trapeziusFront)
    [0.075, 1.56],
    [0.095, 1.5],
    [0.19, 1.455],
    [0.198, 1.43],
    ...[...SPINE].reverse(),
    // lower fibres converge on the root of the spine, the lateral border down to T12
    [0.07, 1.37],
    [0.0, 1.19],
  ],
  depth: [0.0015, 0.008],
  clip: (_x, y, z) => z - trapeziusFront(y),
};

/** Upper border: over the inferior angle, then up into the posterior axillary fold. */
const LATISSIMUS: ShellSpec = {
  view: 'back',
  outline: [
    [0.0, 1.33],
    [0.0, 0.985],
    [0.07, 0.99],
    [0.125, 1.04],
    [0.16, 1.16],
    [0.172, 1.3],
    [0.168, 1.345],
    [0.14, 1.319],
    [0.115, 1.301],
    [0.09, 1.295],
  ],
  depth: [0.0025, 0.009],
  clip: (_x, _y, z) => z - 0.02,
};

/** From the spinous processes C7–T5 to the medial border of the scapula (minor and major as one sheet). */
const RHOMBOIDS: P2[] = [
  [0.0, 1.49],
  // the lateral border runs ~1 cm under the infraspinatus: a shared edge opens a crack there
  [0.088, 1.44],
  [0.094, 1.375],
  [0.099, 1.3],
  // the lower border slides under the latissimus (no slot between them)
  [0.092, 1.288],
  [0.0, 1.322],
];

const INFRASPINATUS: P2[] = [
  [0.084, 1.398],
  ...UNDER_SPINE.slice(1),
  [0.192, 1.412],
  ...[...IS_TMIN].reverse(),
  ANGLE,
  [0.085, 1.335],
];
const TERES_MINOR: P2[] = [...IS_TMIN, [0.184, 1.378], ...[...TMIN_TMAJ].reverse().slice(0, -1)];
/** Into the axilla, where it passes under the long head of triceps and the deltoid. */
const TERES_MAJOR: P2[] = [
  ANGLE,
  ...TMIN_TMAJ,
  [0.18, 1.34],
  [0.155, 1.322],
  [0.135, 1.31],
  [0.115, 1.298],
  [0.097, 1.293],
  [0.087, 1.302],
];

/** Deltoid, lateral and anterior fibres: outline seen from the side (z, y), lateral to the acromion. */
const DELTOID_SIDE: ShellSpec = {
  view: 'side',
  outline: [
    [-0.08, 1.44],
    [0.06, 1.44],
    [0.05, 1.35],
    // tip on the deltoid tuberosity, mid-lateral: the posterior outline ends in the same tip
    [-0.003, 1.252],
    [-0.045, 1.33],
  ],
  depth: [0.0015, 0.012],
  clip: (x) => 0.15 - Math.abs(x),
};
/** Posterior fibres: from the spine of the scapula round the back of the shoulder to the tuberosity. */
const DELTOID_BACK: ShellSpec = {
  view: 'back',
  outline: [
    ...UNDER_SPINE.slice(1),
    [0.2, 1.44],
    [0.24, 1.44],
    [0.245, 1.3],
    [0.228, 1.25],
    [0.215, 1.256],
    [0.196, 1.27],
    [0.178, 1.292],
    [0.163, 1.312],
    [0.149, 1.34],
    [0.135, 1.366],
    [0.119, 1.392],
  ],
  depth: [0.0015, 0.012],
  // behind the arm's axis only: the side outline draws the front
  clip: (_x, _y, z) => z + 0.005,
};

/** The deltoid as one mask: the side outline and the posterior fibres, blended without a seam. */
export function deltoidMask(side: 1 | -1) {
  const a = shellMask(DELTOID_SIDE, side);
  const b = shellMask(DELTOID_BACK, side);
  return (x: number, y: number, z: number) => smin(a(x, y, z), b(x, y, z), 0.004);
}

export interface ShoulderMuscle {
  /** Muscle base id (the caller adds the side). */
  id: string;
  items: Item[];
  tris: number;
}

/** The shoulder-girdle shells of one side (+1 left, −1 right). */
export function shoulderMuscles(skin: FieldCache, side: 1 | -1): ShoulderMuscle[] {
  const cover = (spec: ShellSpec, depth: number): Cover => ({
    mask: shellMask(spec, side),
    depth,
  });
  // narrow muscles: a shallow groove, or they read as pillows
  const back = (outline: P2[], depth: readonly [number, number], under: Cover[]): Item =>
    shell(
      skin,
      { view: 'back', outline, depth, under, groove: 0.0018, clip: (_x, _y, z) => z + 0.03 },
      side,
    );
  // deep enough that the lower muscle stays under the upper one's groove at its border (half
  // the depth there), shallow enough that it leaves no pit beside it
  const trap = cover(TRAPEZIUS, 0.0065);
  const lat = cover(LATISSIMUS, 0.008);
  const deltoid: Cover = { mask: deltoidMask(side), depth: 0.011 };
  const infraspinatus: Cover = {
    mask: shellMask({ ...TRAPEZIUS, outline: INFRASPINATUS, clip: (_x, _y, z) => z + 0.03 }, side),
    depth: 0.007,
  };
  const sx = side;
  const deltoidItem = maskedShell(
    skin,
    deltoid.mask,
    DELTOID_SIDE.depth,
    [sx > 0 ? 0.1 : -0.26, 1.23, -0.1],
    [sx > 0 ? 0.26 : -0.1, 1.47, 0.08],
    // the trapezius lies over the deltoid's origin on the acromion
    [trap],
  );
  return [
    { id: 'trapezius', items: [shell(skin, TRAPEZIUS, side)], tris: 2300 },
    { id: 'latissimus-dorsi', items: [shell(skin, LATISSIMUS, side)], tris: 2300 },
    {
      id: 'rhomboids',
      items: [back(RHOMBOIDS, [0.002, 0.009], [trap, lat, infraspinatus])],
      tris: 500,
    },
    {
      id: 'infraspinatus',
      items: [back(INFRASPINATUS, [0.0025, 0.013], [trap, deltoid])],
      tris: 900,
    },
    { id: 'teres-minor', items: [back(TERES_MINOR, [0.002, 0.011], [deltoid])], tris: 350 },
    { id: 'teres-major', items: [back(TERES_MAJOR, [0.002, 0.013], [lat, deltoid])], tris: 550 },
    { id: 'deltoid', items: [deltoidItem], tris: 2300 },
  ];
}
