/**
 * Superficial limb muscles as sleeves: outlines on the cylinder round each limb segment, drawn
 * (θ°, y) with θ 0 = front, +90 = lateral, ±180 = back, −90 = medial, for the left side (the right
 * is mirrored). Neighbours share outline points so the limb is covered without gaps; a muscle that
 * runs over another (sartorius, iliotibial band, gastrocnemius, semitendinosus, deltoid) is a cover
 * that pushes the lower one under it. Bellies narrow into tendons at their bony attachments
 * (Standring, Gray's Anatomy 42nd ed.; heights from the landmarks: knee 0.499, ankle 0.068,
 * elbow 1.103, wrist 0.849, greater trochanter 0.928).
 */
import { POINTS } from './landmarks';
import {
  maskedShell,
  polygon2,
  shell,
  sleeve,
  sleeveMask,
  type Cover,
  type P2,
  type Profile,
  type Segment,
  type ShellSpec,
} from './muscle-shells';
import { BICEPS_TENDON, BRACHIORADIALIS, FOREARM } from './muscle-forearm';
import { roundCone, smax, type FieldCache, type Item, type V3 } from './sdf';
import { deltoidMask } from './muscle-shoulder';

const kn = POINTS.knee,
  an = POINTS.ankle,
  sh = POINTS.shoulder,
  el = POINTS.elbow;

/** Segments follow the skin's limb lofts (skin.ts) so the angles fall where the skin is. */
const THIGH: Segment = { a: [0.092, 1.0, 0.0], b: [kn[0], kn[1] - 0.005, kn[2]], radius: 0.06 };
const SHANK: Segment = {
  a: [kn[0], kn[1] - 0.01, kn[2]],
  b: [an[0], an[1] + 0.01, an[2]],
  radius: 0.04,
  // the calf bulges 7 cm behind the axis: a tighter band eats craters into the gastrocnemius
  rMax: 2.1,
};
export const UPPER_ARM: Segment = {
  a: [sh[0] + 0.008, 1.44, sh[2]],
  b: [el[0] + 0.001, el[1] - 0.025, el[2]],
  radius: 0.037,
};

// ---- thigh (outlines shared between neighbours)
const SARTORIUS: P2[] = [
  [56, 0.99],
  [34, 0.9],
  [2, 0.8],
  [-38, 0.7],
  [-76, 0.62],
  [-102, 0.54],
  [-112, 0.47],
  [-128, 0.46],
  [-122, 0.54],
  [-98, 0.62],
  [-62, 0.7],
  [-24, 0.8],
  [10, 0.9],
  [40, 0.985],
];
const TFL: P2[] = [
  [48, 0.995],
  [82, 0.99],
  [100, 0.93],
  [98, 0.86],
  [82, 0.86],
  [56, 0.93],
];
const ITB: P2[] = [
  [84, 0.9],
  [102, 0.9],
  [101, 0.62],
  [88, 0.5],
  [72, 0.46],
  [60, 0.47],
  [76, 0.6],
  [82, 0.8],
];
const RF_VL: P2[] = [
  [42, 0.95],
  [42, 0.85],
  [36, 0.72],
  [26, 0.62],
  [14, 0.54],
];
const RF_VM: P2[] = [
  [-12, 0.54],
  [-22, 0.62],
  [-26, 0.7],
  [-22, 0.8],
];
const RECTUS_FEMORIS: P2[] = [
  [30, 0.97],
  ...RF_VL,
  [7, 0.5],
  [6, 0.445],
  [-6, 0.445],
  [-7, 0.5],
  ...RF_VM,
  [-6, 0.88],
  [16, 0.95],
];
const VL_BF: P2[] = [
  [128, 0.93],
  [140, 0.83],
  [142, 0.7],
  [134, 0.6],
  [118, 0.52],
];
const VASTUS_LATERALIS: P2[] = [
  [44, 0.94],
  [100, 0.94],
  ...VL_BF,
  [90, 0.49],
  [40, 0.5],
  ...[...RF_VL].reverse(),
];
const VASTUS_MEDIALIS: P2[] = [
  ...[...RF_VM].reverse(),
  [-50, 0.74],
  [-84, 0.66],
  [-108, 0.58],
  [-114, 0.52],
  [-92, 0.48],
  [-40, 0.495],
];
const ST_AD: P2[] = [
  [-150, 0.85],
  [-146, 0.72],
  [-140, 0.62],
];
const ADDUCTORS: P2[] = [
  [-14, 0.93],
  [-60, 0.955],
  [-110, 0.9],
  ...ST_AD,
  [-128, 0.52],
  [-118, 0.46],
  [-106, 0.47],
  [-100, 0.58],
  [-82, 0.66],
  [-48, 0.75],
  [-22, 0.81],
  [-8, 0.87],
];
const BICEPS_FEMORIS: P2[] = [
  [140, 0.835],
  [179, 0.84],
  [180, 0.74],
  [170, 0.62],
  [152, 0.53],
  [132, 0.46],
  [114, 0.465],
  ...[...VL_BF].reverse().slice(1, -1),
];
const SEMITENDINOSUS: P2[] = [
  [180, 0.84],
  [210, 0.85],
  [214, 0.72],
  [204, 0.62],
  [222, 0.52],
  [248, 0.46],
  [238, 0.44],
  [200, 0.56],
  [181, 0.64],
  [181, 0.74],
];
const SEMIMEMBRANOSUS: P2[] = [
  [196, 0.78],
  [214, 0.78],
  [220, 0.62],
  [236, 0.52],
  [246, 0.48],
  [230, 0.47],
  [200, 0.56],
  [186, 0.66],
];

// ---- leg
// extensor digitorum longus: a strip between tibialis anterior and the fibulares down the
// anterolateral leg, its tendon passing in front of the ankle
const TA_EDL: P2[] = [
  [40, 0.47],
  [46, 0.35],
  [44, 0.22],
  [36, 0.14],
  [24, 0.088],
];
const EDL_FIB: P2[] = [
  [58, 0.478],
  [68, 0.35],
  [68, 0.22],
  [60, 0.14],
];
const TIBIALIS_ANTERIOR: P2[] = [
  [4, 0.462],
  [26, 0.478],
  ...TA_EDL,
  [8, 0.085],
  [6, 0.14],
  [8, 0.26],
];
const EXTENSOR_DIGITORUM_LONGUS: P2[] = [...TA_EDL, [44, 0.088], ...[...EDL_FIB].reverse()];
// the fibulares narrow to their tendons behind the lateral malleolus; the lower fibula between
// them and the extensors lies under the skin (no muscle)
const FIBULARIS: P2[] = [
  ...EDL_FIB,
  [76, 0.13],
  [104, 0.118],
  [124, 0.112],
  [126, 0.17],
  [126, 0.32],
  [116, 0.48],
];
/** Both heads in one outline (a seam between two shells polygonises into a ragged slot). */
const GASTROCNEMIUS: P2[] = [
  [124, 0.52],
  [238, 0.52],
  [246, 0.38],
  [228, 0.25],
  [198, 0.21],
  [180, 0.26],
  [166, 0.24],
  [138, 0.3],
  [122, 0.4],
];
/** The furrow between the lateral and medial heads, down to where they join the tendon. */
const GASTROC_HEADS: P2[] = [
  [178, 0.53],
  [182, 0.53],
  [181, 0.33],
  [179, 0.33],
];
const ACHILLES: P2[] = [
  [166, 0.27],
  [196, 0.24],
  [190, 0.1],
  // ends at the segment's foot: lower, the sleeve wraps the heel and breaks off into a stray curl
  [184, 0.08],
  [176, 0.08],
  [170, 0.1],
];
/**
 * The tendon's last few centimetres down the back of the heel to the calcaneal tuberosity (middle
 * of its posterior surface, ~3 cm above the sole), drawn from behind: a sleeve round the shank
 * axis cannot follow the heel's bulge, so this part is a shell seen from the back.
 */
const ACHILLES_INSERTION: ShellSpec = {
  view: 'back',
  outline: [
    // overlaps the sleeve's lower end (same part: the two join without a seam)
    [an[0] - 0.009, 0.13],
    [an[0] + 0.009, 0.13],
    [an[0] + 0.012, 0.04],
    [an[0] + 0.01, 0.025],
    [an[0] - 0.009, 0.025],
    [an[0] - 0.011, 0.04],
  ],
  depth: [0.0015, 0.0075],
  // behind the ankle only; the skin there is ~4 cm behind the axis, so a clip nearer it thins the tendon
  clip: (_x, _y, z) => z + 0.015,
};
const SOLEUS: P2[] = [
  [120, 0.44],
  [250, 0.44],
  [254, 0.3],
  [236, 0.14],
  [200, 0.09],
  [162, 0.09],
  [124, 0.16],
  [126, 0.32],
];

/**
 * Quadriceps tendon over the patella and the patellar ligament down to the tibial tuberosity,
 * drawn with the rectus femoris; a little deeper than the vasti so they overlap it at the top.
 */
const PATELLAR: P2[] = [
  [-30, 0.53],
  [30, 0.53],
  [28, 0.49],
  [12, 0.43],
  [-12, 0.43],
  [-28, 0.49],
];

// ---- arm
export const BICEPS: P2[] = [
  [-62, 1.3],
  [30, 1.31],
  [44, 1.22],
  [34, 1.15],
  [12, 1.1],
  [6, 1.07],
  [-6, 1.07],
  [-16, 1.1],
  [-50, 1.16],
  [-66, 1.24],
];
export const TRICEPS: P2[] = [
  [50, 1.36],
  [160, 1.39],
  [250, 1.38],
  [292, 1.28],
  [284, 1.16],
  [214, 1.1],
  [182, 1.088],
  [150, 1.1],
  [84, 1.12],
  [46, 1.2],
];
// ---- foot
/** A point of a tendon's path (left side) and how much deeper than usual it lies (m). */
type TendonPoint = readonly [number, number, number, number?];

/** Moves p along the skin gradient until it lies `depth` under the skin. */
function underSkinPoint(skin: FieldCache, p: V3, depth: number): V3 {
  let [x, y, z] = p;
  const e = 0.0015;
  for (let i = 0; i < 5; i++) {
    const f = skin.sample(x, y, z) + depth;
    const gx = (skin.sample(x + e, y, z) - skin.sample(x - e, y, z)) / (2 * e);
    const gy = (skin.sample(x, y + e, z) - skin.sample(x, y - e, z)) / (2 * e);
    const gz = (skin.sample(x, y, z + e) - skin.sample(x, y, z - e)) / (2 * e);
    const g2 = gx * gx + gy * gy + gz * gz;
    if (!(g2 > 1e-4)) break;
    x -= (f * gx) / g2;
    y -= (f * gy) / g2;
    z -= (f * gz) / g2;
  }
  return [x, y, z];
}

/**
 * A tendon just under the skin: its path (drawn roughly, left side) is resampled and each point
 * moved to lie radius + 1.5 mm under the skin, so the cord follows the surface as the tendons of the
 * ankle and the dorsum of the foot do; then round cones join the points and a clip keeps it under
 * the skin. Tagged as a shell: it needs no further clipping and keeps the part's fine grid.
 */
export function tendon(
  skin: FieldCache,
  path: readonly TendonPoint[],
  r: readonly [number, number],
  side: 1 | -1,
): Item {
  const pts: V3[] = [];
  const n = path.length - 1;
  const steps = 3;
  for (let i = 0; i < n; i++)
    for (let k = 0; k < (i === n - 1 ? steps + 1 : steps); k++) {
      const t = k / steps;
      const a = path[i]!,
        b = path[i + 1]!;
      const p: V3 = [
        (a[0] + (b[0] - a[0]) * t) * side,
        a[1] + (b[1] - a[1]) * t,
        a[2] + (b[2] - a[2]) * t,
      ];
      const extra = (a[3] ?? 0) + ((b[3] ?? 0) - (a[3] ?? 0)) * t;
      const rad = r[0] + (r[1] - r[0]) * ((i + t) / n);
      pts.push(underSkinPoint(skin, p, rad + 0.0015 + extra));
    }
  const cones: Item[] = [];
  for (let i = 0; i < pts.length - 1; i++) {
    const ra = r[0] + ((r[1] - r[0]) * i) / (pts.length - 1);
    const rb = r[0] + ((r[1] - r[0]) * (i + 1)) / (pts.length - 1);
    cones.push(roundCone(pts[i]!, pts[i + 1]!, ra, rb));
  }
  const min: V3 = [0, 1, 2].map((k) => Math.min(...cones.map((c) => c.min[k]!))) as unknown as V3;
  const max: V3 = [0, 1, 2].map((k) => Math.max(...cones.map((c) => c.max[k]!))) as unknown as V3;
  return {
    d: (x, y, z) => {
      let d = Infinity;
      for (const c of cones) d = Math.min(d, c.d(x, y, z));
      return d > 0.01 ? d : Math.max(d, skin.sample(x, y, z) + 0.0015);
    },
    min,
    max,
    k: 0,
    tag: 'shell',
  };
}

/**
 * Tendon paths (left side; Standring): they leave their bellies above the ankle, pass under the
 * retinacula in front of the ankle or behind a malleolus, and run to their insertions.
 */
const TA_TENDON: TendonPoint[] = [
  [0.094, 0.11, 0.014, 0.004],
  [0.09, 0.08, 0.02],
  [0.083, 0.055, 0.04],
  // medial cuneiform and the base of the first metatarsal, on the medial side of the foot
  [0.074, 0.036, 0.06, 0.002],
];
const EHL_TENDON: TendonPoint[] = [
  [0.101, 0.13, 0.012, 0.006],
  [0.098, 0.09, 0.02],
  [0.093, 0.06, 0.05],
  [0.086, 0.04, 0.09],
  [0.081, 0.03, 0.125],
  [0.081, 0.02, 0.172],
];
const EDL_TENDON: TendonPoint[] = [
  [0.108, 0.11, 0.01, 0.004],
  [0.106, 0.08, 0.018],
  [0.107, 0.06, 0.04],
];
/** The four slips fan out from the common tendon to the toes 2–5 (tips as in skin.ts). */
const EDL_TOES: readonly (readonly [number, number])[] = [
  [0.1015, 0.17],
  [0.1155, 0.162],
  [0.1285, 0.152],
  [0.1385, 0.142],
];
/** Fibularis brevis (to the tuberosity of the fifth metatarsal) and longus (into the sole). */
const FB_TENDON: TendonPoint[] = [
  [0.124, 0.125, -0.03, 0.004],
  [0.128, 0.075, -0.035],
  [0.132, 0.045, -0.022],
  [0.136, 0.03, 0.01],
  [0.138, 0.022, 0.058],
];
const FL_TENDON: TendonPoint[] = [
  [0.118, 0.125, -0.038, 0.005],
  [0.122, 0.07, -0.042],
  [0.126, 0.038, -0.032],
  [0.13, 0.02, 0.0],
  // disappears under the cuboid into the sole
  [0.128, 0.01, 0.035, 0.004],
];
/** Tibialis posterior behind the medial malleolus to the navicular tuberosity. */
export const TP_TENDON: TendonPoint[] = [
  [0.088, 0.125, -0.028, 0.004],
  [0.076, 0.085, -0.026],
  [0.069, 0.055, -0.014],
  [0.069, 0.04, 0.012],
  [0.073, 0.036, 0.04, 0.001],
];

/** A foot muscle under the skin inside an outline, as a mask (negative inside). */
function footMask(
  outline: readonly P2[],
  plane: 'top' | 'side' | 'bottom',
  keep: (x: number, y: number, z: number) => number,
  side: 1 | -1,
) {
  const poly = polygon2(plane === 'side' ? outline : outline.map(([a, b]) => [a * side, b] as P2));
  return (x: number, y: number, z: number) =>
    smax(plane === 'side' ? poly(z, y) : poly(x, z), keep(x * side, y, z), 0.006);
}

/** Extensor digitorum brevis on the dorsolateral foot, seen from above (x, z). */
const EDB: P2[] = [
  [0.118, -0.004],
  [0.134, 0.012],
  [0.136, 0.045],
  [0.124, 0.078],
  [0.1, 0.09],
  [0.094, 0.074],
  [0.106, 0.04],
  [0.108, 0.01],
];
/** Dorsal interossei between the metatarsals: the floor of the dorsum under the tendons. */
const DORSAL_INTEROSSEI: P2[] = [
  [0.078, 0.04],
  [0.132, 0.05],
  [0.142, 0.1],
  [0.136, 0.122],
  [0.08, 0.126],
  [0.074, 0.08],
];
/** Abductor hallucis along the medial border, seen from the side (z, y). */
const ABDUCTOR_HALLUCIS: P2[] = [
  [-0.045, 0.032],
  [-0.02, 0.042],
  [0.04, 0.038],
  [0.1, 0.03],
  [0.13, 0.026],
  [0.132, 0.01],
  [0.1, 0.008],
  [0.04, 0.014],
  [-0.02, 0.004],
  [-0.045, 0.008],
];
/** Abductor digiti minimi along the lateral border, seen from the side (z, y). */
const ABDUCTOR_DIGITI_MINIMI: P2[] = [
  [-0.042, 0.028],
  [0.0, 0.028],
  [0.06, 0.024],
  [0.104, 0.02],
  [0.11, 0.008],
  [0.06, 0.004],
  [0.0, 0.003],
  [-0.042, 0.006],
];
/** Flexor digitorum brevis under the plantar fascia, seen from below (x, z). */
const FLEXOR_DIGITORUM_BREVIS: P2[] = [
  [0.09, -0.045],
  [0.106, -0.045],
  [0.126, 0.03],
  [0.134, 0.098],
  [0.088, 0.105],
  [0.084, 0.03],
];

export interface LimbMuscle {
  /** Muscle base id (the caller adds the side). */
  id: string;
  items: Item[];
  tris: number;
  /** Grid step (m) where the default 3 mm is too coarse (tendons). */
  h?: number;
}

/** The superficial limb muscles of one side. */
export function limbMuscles(skin: FieldCache, side: 1 | -1): LimbMuscle[] {
  const S = (seg: Segment, outline: P2[], under: Cover[] = [], profile?: Partial<Profile>) =>
    sleeve(skin, seg, { outline, under, ...(profile ? { profile } : {}) }, side);
  const cover = (seg: Segment, outline: P2[], depth: number): Cover => ({
    mask: sleeveMask(seg, outline, side),
    depth,
  });
  const sartorius = cover(THIGH, SARTORIUS, 0.009);
  const itb = cover(THIGH, ITB, 0.004);
  const tfl = cover(THIGH, TFL, 0.01);
  const st = cover(THIGH, SEMITENDINOSUS, 0.01);
  const gastroc = [cover(SHANK, GASTROCNEMIUS, 0.013), cover(SHANK, ACHILLES, 0.006)];
  const deltoid: Cover = { mask: deltoidMask(side), depth: 0.011 };
  const T = (path: readonly TendonPoint[], r: readonly [number, number]) =>
    tendon(skin, path, r, side);
  // foot muscles live below the ankle, inside the foot's bounds
  const foot = (mask: (x: number, y: number, z: number) => number, depth: [number, number]) =>
    maskedShell(
      skin,
      mask,
      depth,
      [side > 0 ? 0.05 : -0.16, -0.005, -0.08],
      [side > 0 ? 0.16 : -0.05, 0.06, 0.2],
    );
  return [
    {
      id: 'biceps-brachii',
      // the tendon reaches down into the cubital fossa (muscle-forearm.ts): no gap at the elbow
      items: [S(UPPER_ARM, BICEPS, [deltoid]), S(FOREARM, BICEPS_TENDON, [], { thick: 0.005 })],
      tris: 1200,
    },
    {
      id: 'triceps-brachii',
      items: [S(UPPER_ARM, TRICEPS, [deltoid, cover(FOREARM, BRACHIORADIALIS, 0.009)])],
      // (1600 before the forearm and hand took their share of the budget)
      tris: 1400,
    },
    { id: 'tensor-fasciae-latae', items: [S(THIGH, TFL)], tris: 600 },
    {
      id: 'iliotibial-band',
      items: [S(THIGH, ITB, [tfl], { d0: 0.0015, thick: 0.0025, groove: 0.001 })],
      tris: 800,
    },
    { id: 'sartorius', items: [S(THIGH, SARTORIUS, [], { thick: 0.008 })], tris: 1000 },
    {
      id: 'rectus-femoris',
      items: [
        S(THIGH, RECTUS_FEMORIS, [sartorius]),
        S(SHANK, PATELLAR, [], { d0: 0.003, thick: 0.006, groove: 0.001 }),
      ],
      tris: 1300,
    },
    { id: 'vastus-lateralis', items: [S(THIGH, VASTUS_LATERALIS, [itb, tfl])], tris: 1650 },
    { id: 'vastus-medialis', items: [S(THIGH, VASTUS_MEDIALIS, [sartorius])], tris: 1200 },
    { id: 'adductors', items: [S(THIGH, ADDUCTORS, [sartorius])], tris: 1450 },
    { id: 'biceps-femoris', items: [S(THIGH, BICEPS_FEMORIS)], tris: 1150 },
    { id: 'semitendinosus', items: [S(THIGH, SEMITENDINOSUS)], tris: 1000 },
    { id: 'semimembranosus', items: [S(THIGH, SEMIMEMBRANOSUS, [st])], tris: 1000 },
    {
      id: 'gastrocnemius',
      items: [
        S(SHANK, GASTROCNEMIUS, [cover(SHANK, GASTROC_HEADS, 0.003)], { thick: 0.016 }),
        S(SHANK, ACHILLES, [], { thick: 0.006 }),
        shell(skin, ACHILLES_INSERTION, side),
      ],
      tris: 1800,
    },
    { id: 'soleus', items: [S(SHANK, SOLEUS, gastroc)], tris: 1300 },
    {
      id: 'tibialis-anterior',
      items: [S(SHANK, TIBIALIS_ANTERIOR), T(TA_TENDON, [0.0034, 0.003])],
      tris: 1080,
      h: 0.002,
    },
    {
      id: 'extensor-digitorum-longus',
      items: [
        S(SHANK, EXTENSOR_DIGITORUM_LONGUS),
        T(EDL_TENDON, [0.003, 0.0028]),
        ...EDL_TOES.map(([x, z]) =>
          T(
            [
              [0.107, 0.06, 0.04],
              [(0.107 + x) / 2, 0.04, 0.09],
              [x, 0.028, 0.125],
              [x + 0.001, 0.02, z],
            ],
            [0.0026, 0.0022],
          ),
        ),
      ],
      tris: 600,
      h: 0.0018,
    },
    {
      id: 'extensor-hallucis-longus',
      items: [T(EHL_TENDON, [0.0028, 0.0026])],
      tris: 150,
      h: 0.0018,
    },
    {
      id: 'fibularis',
      items: [S(SHANK, FIBULARIS), T(FB_TENDON, [0.0032, 0.003]), T(FL_TENDON, [0.0032, 0.003])],
      tris: 1150,
      h: 0.002,
    },
    {
      id: 'extensor-digitorum-brevis',
      items: [
        foot(
          footMask(EDB, 'top', (_x, y) => 0.022 - y, side),
          [0.004, 0.0095],
        ),
      ],
      tris: 200,
      h: 0.002,
    },
    {
      id: 'dorsal-interossei-foot',
      items: [
        foot(
          footMask(DORSAL_INTEROSSEI, 'top', (_x, y) => 0.016 - y, side),
          [0.007, 0.012],
        ),
      ],
      tris: 200,
      h: 0.002,
    },
    {
      id: 'abductor-hallucis',
      items: [
        foot(
          footMask(ABDUCTOR_HALLUCIS, 'side', (x) => x - 0.088, side),
          [0.002, 0.012],
        ),
      ],
      tris: 210,
      h: 0.002,
    },
    {
      id: 'abductor-digiti-minimi',
      items: [
        foot(
          footMask(ABDUCTOR_DIGITI_MINIMI, 'side', (x) => 0.122 - x, side),
          [0.002, 0.01],
        ),
      ],
      tris: 170,
      h: 0.002,
    },
    {
      id: 'flexor-digitorum-brevis',
      items: [
        foot(
          footMask(FLEXOR_DIGITORUM_BREVIS, 'bottom', (_x, y) => y - 0.02, side),
          [0.006, 0.013],
        ),
      ],
      tris: 140,
      h: 0.002,
    },
  ];
}
