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
import type { FieldCache, Item } from './sdf';
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
const TA_FIB: P2[] = [
  [50, 0.478],
  [60, 0.35],
  [60, 0.22],
  [50, 0.14],
  [34, 0.085],
];
const TIBIALIS_ANTERIOR: P2[] = [
  [4, 0.462],
  [26, 0.478],
  ...TA_FIB,
  [8, 0.085],
  [6, 0.14],
  [8, 0.26],
];
const FIBULARIS: P2[] = [...TA_FIB, [108, 0.08], [120, 0.17], [126, 0.32], [116, 0.48]];
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
export interface LimbMuscle {
  /** Muscle base id (the caller adds the side). */
  id: string;
  items: Item[];
  tris: number;
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
    { id: 'vastus-lateralis', items: [S(THIGH, VASTUS_LATERALIS, [itb, tfl])], tris: 1800 },
    { id: 'vastus-medialis', items: [S(THIGH, VASTUS_MEDIALIS, [sartorius])], tris: 1200 },
    { id: 'adductors', items: [S(THIGH, ADDUCTORS, [sartorius])], tris: 1600 },
    { id: 'biceps-femoris', items: [S(THIGH, BICEPS_FEMORIS)], tris: 1200 },
    { id: 'semitendinosus', items: [S(THIGH, SEMITENDINOSUS)], tris: 1000 },
    { id: 'semimembranosus', items: [S(THIGH, SEMIMEMBRANOSUS, [st])], tris: 1000 },
    {
      id: 'gastrocnemius',
      items: [
        S(SHANK, GASTROCNEMIUS, [cover(SHANK, GASTROC_HEADS, 0.003)], { thick: 0.016 }),
        S(SHANK, ACHILLES, [], { thick: 0.006 }),
        shell(skin, ACHILLES_INSERTION, side),
      ],
      tris: 1900,
    },
    { id: 'soleus', items: [S(SHANK, SOLEUS, gastroc)], tris: 1400 },
    { id: 'tibialis-anterior', items: [S(SHANK, TIBIALIS_ANTERIOR)], tris: 1000 },
    { id: 'fibularis', items: [S(SHANK, FIBULARIS)], tris: 1000 },
  ];
}
