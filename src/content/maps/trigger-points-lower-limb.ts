/**
 * Trigger-point referral zones of the hip, thigh and leg muscles, with the trigger points
 * themselves, in docs/SURFACE.md coordinates (see maps/index.ts). Each zone redraws the composite
 * chart of the Trigger Point Manual (travell-simons-2019: `essential` = its solid area, `spillover`
 * = its stippled area). The book itself was not read for this project: the outlines follow the
 * charts as they are commonly reproduced, checked against the open pages cited per zone (what is
 * painful where), whose descriptions they must match. Referral maps are
 * clinical observation and the 2018 Delphi consensus expects the area to vary between people, so
 * every zone is `expert-opinion`.
 *
 * Heights used (docs/SURFACE.md and the skin's regions): iliac crest ≈ 1.07, sacroiliac joint
 * ≈ 0.94–1.0 (x ≈ 0.03–0.06), greater trochanter 0.928, gluteal fold ≈ 0.82, knee joint 0.499
 * (patella ≈ 0.46–0.56), ankle joint 0.068, sole 0. Round the thigh and leg: 0° front, 90°
 * lateral, 180° back, 225° (= −135°) posteromedial, −90° medial. The left foot runs from the heel
 * (z ≈ −0.072) to the great toe (x ≈ 0.06–0.09, z ≈ 0.19); its lateral border lies at x ≈ 0.15.
 */
import type { SurfaceSegment, SurfaceView } from '../ids';
import type { z } from 'zod';
import type { citationSchema } from '../schema';
import type { MapInput, PointInput, ZoneInput } from './types';

type CitationInput = z.input<typeof citationSchema>;
type Pair = [number, number];
type Shape = { segment: SurfaceSegment; view: SurfaceView; outline: Pair[] };

const shape = (segment: SurfaceSegment, view: SurfaceView, outline: Pair[]): Shape => ({
  segment,
  view,
  outline,
});
/** Round the thigh's axis (a shape that runs below the knee joint reaches onto the leg). */
const thigh = (outline: Pair[]) => shape('thigh', 'around', outline);
/** Round the leg's axis. */
const leg = (outline: Pair[]) => shape('leg', 'around', outline);
/** The back of the body (buttock, sacrum, and the backs of the thigh and heel below them). */
const back = (outline: Pair[]) => shape('trunk', 'back', outline);

const ts = (chapter: string): CitationInput => ({
  ref: 'travell-simons-2019',
  locator: `Standard text (not read): ${chapter} chapter`,
});
const CONSENSUS: CitationInput = {
  ref: 'fernandez-de-las-penas-2018-trp-consensus',
  locator: 'Referred pain as a diagnostic criterion; its area varies between people',
};
const namtpt = (muscle: string, page: string): CitationInput => ({
  ref: 'namtpt-symptom-checker',
  locator: `${muscle} page (symptomcheck/${page}.html): where the pain is felt`,
});
const nat = (post: string): CitationInput => ({
  ref: 'niel-asher-trigger-point-blog',
  locator: `${post} post: trigger point referred pain pattern`,
});
const aberdeen = (muscle: string): CitationInput => ({
  ref: 'aberdeen-chiropractic-trp-blog',
  locator: `Trigger points in the ${muscle} post`,
});

const trp = (
  muscle: string,
  name: string,
  zone: Omit<ZoneInput, 'id' | 'name' | 'kind' | 'source' | 'evidence'>,
  id = `trp-${muscle}`,
): ZoneInput => ({
  id,
  name,
  kind: 'trigger-point',
  source: { kind: 'muscle', id: muscle },
  evidence: 'expert-opinion',
  ...zone,
});

type Place = { segment: SurfaceSegment; view: SurfaceView; at: Pair };
/** Where a point lies: a view of a segment and the place in it. */
const on = (segment: SurfaceSegment, view: SurfaceView, at: Pair): Place => ({ segment, view, at });

/** A trigger point (the chart's X) of `muscle`, numbered from 1, on the skin over it. */
const point = (
  muscle: string,
  n: number,
  name: string,
  place: Place,
  citations: CitationInput[],
): PointInput => ({
  id: `trp-point-${muscle}-${n}`,
  name,
  kind: 'trigger-point',
  source: { kind: 'muscle', id: muscle },
  ...place,
  citations,
});

// ---------------------------------------------------------------------------------------------
// Hip and buttock

const GMAX = [ts('Gluteus maximus'), CONSENSUS, aberdeen('gluteus maximus')];
const GMED = [
  ts('Gluteus medius'),
  CONSENSUS,
  namtpt('Gluteus medius', 'symptom_leg_medius'),
  aberdeen('gluteus medius'),
];
const GMIN = [ts('Gluteus minimus'), CONSENSUS, namtpt('Gluteus minimus', 'symptom_leg_minimus')];
const PIRI = [ts('Piriformis'), CONSENSUS, namtpt('Piriformis', 'symptom_leg_piriformis')];
const TFL = [
  ts('Tensor fasciae latae'),
  CONSENSUS,
  nat('Treating the iliotibial band (ITB), tensor fasciae latae (TFL)'),
  aberdeen('tensor fasciae latae'),
];

const hip: ZoneInput[] = [
  trp('gluteus-maximus', 'Gluteus maximus trigger-point referral', {
    // A crescent beside the gluteal cleft from the sacroiliac joint down past the coccyx and out
    // along the gluteal fold (TrP1/TrP3); TrP2 spreads over the whole buttock.
    essential: [
      back([
        [0.012, 1.0],
        [0.042, 1.0],
        [0.058, 0.96],
        [0.058, 0.905],
        [0.075, 0.872],
        [0.105, 0.856],
        [0.13, 0.845],
        [0.125, 0.823],
        [0.09, 0.82],
        [0.05, 0.828],
        [0.022, 0.848],
        [0.008, 0.9],
      ]),
    ],
    spillover: [
      back([
        [0.01, 1.04],
        [0.07, 1.05],
        [0.13, 1.035],
        [0.165, 0.98],
        [0.172, 0.9],
        [0.158, 0.84],
        [0.12, 0.795],
        [0.06, 0.79],
        [0.02, 0.808],
        [0.005, 0.87],
      ]),
    ],
    note: 'Pain stays local to the buttock: a crescent along the sacrum, cleft and gluteal fold, and over the whole buttock from the lower trigger point; it does not reach down the leg. Charts vary from person to person (consensus).',
    citations: GMAX,
  }),
  trp('gluteus-medius', 'Gluteus medius trigger-point referral', {
    // Along the posterior iliac crest, over the sacroiliac joint and sacrum, and the upper and
    // lateral buttock; spillover to the low back and the upper posterolateral thigh.
    essential: [
      back([
        [0.01, 1.075],
        [0.07, 1.085],
        [0.125, 1.075],
        [0.16, 1.04],
        [0.17, 0.97],
        [0.16, 0.92],
        [0.12, 0.92],
        [0.09, 0.945],
        [0.05, 0.94],
        [0.02, 0.92],
        [0.008, 0.98],
      ]),
    ],
    spillover: [
      back([
        [0.004, 1.115],
        [0.07, 1.115],
        [0.13, 1.095],
        [0.17, 1.05],
        [0.18, 0.95],
        [0.172, 0.85],
        [0.16, 0.77],
        [0.12, 0.77],
        [0.11, 0.86],
        [0.07, 0.895],
        [0.02, 0.885],
        [0.004, 0.95],
      ]),
    ],
    note: 'Low back and sacral pain along the iliac crest is the usual complaint; the middle trigger point adds the lateral buttock and, less often, the upper thigh. Unlike gluteus minimus it does not refer far down the leg.',
    citations: GMED,
  }),
  trp('gluteus-minimus', 'Gluteus minimus (anterior part) trigger-point referral', {
    // "Pseudo-sciatica" down the side: lower lateral buttock, lateral thigh, lateral knee and the
    // peroneal side of the leg to the ankle.
    essential: [
      back([
        [0.105, 0.955],
        [0.165, 0.965],
        [0.178, 0.9],
        [0.165, 0.84],
        [0.125, 0.835],
        [0.1, 0.88],
      ]),
      thigh([
        [62, 0.96],
        [118, 0.96],
        [120, 0.78],
        [112, 0.6],
        [100, 0.53],
        [78, 0.53],
        [68, 0.66],
        [64, 0.82],
      ]),
      leg([
        [80, 0.41],
        [118, 0.41],
        [118, 0.27],
        [108, 0.17],
        [88, 0.17],
        [80, 0.28],
      ]),
    ],
    spillover: [
      thigh([
        [55, 0.97],
        [128, 0.97],
        [132, 0.72],
        [126, 0.5],
        [120, 0.4],
        [72, 0.4],
        [62, 0.52],
        [55, 0.7],
      ]),
      leg([
        [72, 0.44],
        [126, 0.44],
        [126, 0.2],
        [116, 0.07],
        [84, 0.07],
        [74, 0.2],
      ]),
    ],
    note: 'Pain runs down the side of the thigh, over the lateral knee and along the peroneal side of the leg to the ankle, which is why it is mistaken for L5 sciatica; it seldom goes beyond the ankle.',
    citations: GMIN,
  }),
  trp(
    'gluteus-minimus',
    'Gluteus minimus (posterior part) trigger-point referral',
    {
      // Lower medial buttock, back of the thigh and the calf.
      essential: [
        back([
          [0.04, 0.97],
          [0.1, 0.98],
          [0.14, 0.94],
          [0.142, 0.87],
          [0.11, 0.83],
          [0.05, 0.83],
          [0.03, 0.88],
        ]),
        thigh([
          [160, 0.85],
          [205, 0.85],
          [206, 0.64],
          [196, 0.57],
          [166, 0.57],
          [158, 0.7],
        ]),
        leg([
          [160, 0.42],
          [200, 0.42],
          [198, 0.27],
          [180, 0.21],
          [162, 0.27],
        ]),
      ],
      spillover: [
        thigh([
          [150, 0.86],
          [215, 0.86],
          [215, 0.5],
          [210, 0.43],
          [150, 0.43],
        ]),
        leg([
          [150, 0.45],
          [210, 0.45],
          [205, 0.16],
          [180, 0.1],
          [155, 0.16],
        ]),
      ],
      note: 'Pain over the buttock and straight down the back of the thigh and calf, a second sciatica mimic; the knee itself is only sometimes painful.',
      citations: GMIN,
    },
    'trp-gluteus-minimus-posterior',
  ),
  trp('piriformis', 'Piriformis trigger-point referral', {
    // Two foci (sacroiliac region and posterior hip) with the buttock between them and the upper
    // two thirds of the back of the thigh as spillover.
    essential: [
      back([
        [0.02, 0.99],
        [0.065, 0.992],
        [0.078, 0.945],
        [0.058, 0.91],
        [0.022, 0.925],
      ]),
      back([
        [0.11, 0.935],
        [0.158, 0.945],
        [0.172, 0.895],
        [0.152, 0.86],
        [0.114, 0.87],
      ]),
    ],
    spillover: [
      back([
        [0.02, 1.0],
        [0.09, 1.01],
        [0.16, 0.965],
        [0.176, 0.88],
        [0.15, 0.82],
        [0.06, 0.82],
        [0.02, 0.88],
      ]),
      thigh([
        [150, 0.86],
        [215, 0.86],
        [210, 0.65],
        [180, 0.62],
        [155, 0.66],
      ]),
    ],
    note: 'Pain over the sacroiliac region, the buttock and the back of the hip, sometimes down the upper two thirds of the back of the thigh. The muscle can also entrap the sciatic nerve, which gives nerve pain below the knee: that is not part of this map.',
    citations: PIRI,
  }),
  trp('tensor-fasciae-latae', 'Tensor fasciae latae trigger-point referral', {
    // Over the greater trochanter and down the anterolateral thigh; spillover towards the knee.
    essential: [
      thigh([
        [40, 0.965],
        [102, 0.965],
        [104, 0.86],
        [92, 0.72],
        [74, 0.62],
        [58, 0.65],
        [46, 0.78],
      ]),
    ],
    spillover: [
      thigh([
        [30, 0.975],
        [116, 0.975],
        [116, 0.8],
        [102, 0.6],
        [88, 0.5],
        [66, 0.5],
        [48, 0.64],
        [32, 0.84],
      ]),
    ],
    note: 'Pain over the hip (greater trochanter) and down the front-outer thigh, sometimes to the knee; often taken for trochanteric bursitis.',
    citations: TFL,
  }),
];

// ---------------------------------------------------------------------------------------------
// Thigh

const ADD = [ts('Adductor longus, brevis and magnus'), CONSENSUS, aberdeen('adductor longus')];
const SART = [ts('Sartorius'), CONSENSUS, nat('Trigger point therapy: sartorius')];
const QUADS = ts('Quadriceps femoris');
const RF = [QUADS, CONSENSUS, namtpt('Rectus femoris', 'symptom_leg_femoris')];
const VL = [QUADS, CONSENSUS, namtpt('Vastus lateralis', 'symptom_leg_lateralis')];
const VM = [QUADS, CONSENSUS, namtpt('Vastus medialis', 'symptom_leg_medialis')];
const VI = [
  QUADS,
  CONSENSUS,
  { ref: 'wellness-digest-vastus-intermedius', locator: 'Vastus intermedius pain pattern' },
];
const HAMS = [
  ts('Hamstring muscles'),
  CONSENSUS,
  nat('Hamstrings: trigger point anatomy (healthy hammies)'),
];

/** Semitendinosus and semimembranosus share one chart. */
const medialHamstrings = {
  // Gluteal fold and upper back of the thigh; spillover down the posteromedial thigh, the back of
  // the knee and the medial calf.
  essential: [
    back([
      [0.05, 0.888],
      [0.1, 0.888],
      [0.128, 0.862],
      [0.13, 0.81],
      [0.11, 0.765],
      [0.07, 0.755],
      [0.045, 0.78],
      [0.035, 0.83],
    ]),
  ],
  spillover: [
    thigh([
      [170, 0.8],
      [240, 0.8],
      [246, 0.5],
      [236, 0.42],
      [176, 0.42],
      [170, 0.6],
    ]),
    leg([
      [176, 0.43],
      [246, 0.43],
      [240, 0.22],
      [226, 0.1],
      [204, 0.1],
      [190, 0.2],
      [182, 0.3],
    ]),
  ],
  note: 'Pain at the gluteal fold and upper back of the thigh, spreading down the inner back of the thigh, the back of the knee and the medial calf, at most to the Achilles tendon; the two medial hamstrings share one chart.',
  citations: HAMS,
};

const thighZones: ZoneInput[] = [
  trp('adductors', 'Adductor longus and brevis trigger-point referral', {
    // Upper trigger points: deep groin and upper medial thigh; lower ones: above the medial knee,
    // spilling down the inner shin.
    essential: [
      thigh([
        [-8, 0.9],
        [-60, 0.89],
        [-98, 0.86],
        [-98, 0.78],
        [-70, 0.74],
        [-30, 0.76],
        [-6, 0.82],
      ]),
      thigh([
        [-40, 0.6],
        [-100, 0.6],
        [-110, 0.52],
        [-85, 0.47],
        [-45, 0.5],
      ]),
    ],
    spillover: [
      thigh([
        [-20, 0.8],
        [-102, 0.8],
        [-106, 0.58],
        [-50, 0.58],
        [-30, 0.7],
      ]),
      leg([
        [-12, 0.48],
        [-72, 0.48],
        [-62, 0.3],
        [-42, 0.2],
        [-16, 0.25],
      ]),
    ],
    note: 'Groin and inner-thigh pain from the upper trigger points; the lower ones refer above the medial knee and down the inner shin. Adductor magnus (not drawn apart) adds deep pelvic pain.',
    citations: ADD,
  }),
  trp('sartorius', 'Sartorius trigger-point referral', {
    // Superficial, sharp or tingling streaks along the muscle's diagonal course and the medial knee.
    essential: [
      thigh([
        [38, 0.93],
        [10, 0.83],
        [-30, 0.71],
        [-66, 0.59],
        [-92, 0.49],
        [-116, 0.49],
        [-92, 0.6],
        [-56, 0.72],
        [-20, 0.84],
        [14, 0.94],
      ]),
    ],
    spillover: [
      thigh([
        [50, 0.95],
        [22, 0.8],
        [-20, 0.66],
        [-60, 0.53],
        [-80, 0.44],
        [-122, 0.44],
        [-108, 0.62],
        [-66, 0.76],
        [-30, 0.87],
        [0, 0.96],
      ]),
    ],
    note: 'Superficial sharp or tingling pain in streaks along the front and inner thigh, following the muscle, and at the medial knee rather than deep in the joint.',
    citations: SART,
  }),
  trp('rectus-femoris', 'Rectus femoris trigger-point referral', {
    // From a trigger point high on the thigh to the kneecap and just above it.
    essential: [
      thigh([
        [0, 0.615],
        [24, 0.605],
        [38, 0.575],
        [44, 0.52],
        [36, 0.468],
        [20, 0.445],
        [0, 0.44],
        [-20, 0.445],
        [-36, 0.468],
        [-44, 0.52],
        [-38, 0.575],
        [-24, 0.605],
      ]),
    ],
    spillover: [
      thigh([
        [0, 0.69],
        [30, 0.68],
        [48, 0.64],
        [52, 0.56],
        [46, 0.5],
        [-46, 0.5],
        [-52, 0.56],
        [-48, 0.64],
        [-30, 0.68],
      ]),
    ],
    note: 'The trigger point lies high on the front of the thigh but the pain is felt at the kneecap and just above it, sometimes deep in the knee.',
    citations: RF,
  }),
  trp('vastus-lateralis', 'Vastus lateralis trigger-point referral', {
    // Several trigger points down the lateral thigh: together the full length of the outer thigh and
    // the lateral knee; spillover behind the knee and up to the hip.
    essential: [
      thigh([
        [74, 0.93],
        [116, 0.93],
        [122, 0.72],
        [114, 0.52],
        [92, 0.46],
        [60, 0.48],
        [70, 0.7],
      ]),
    ],
    spillover: [
      thigh([
        [56, 0.99],
        [140, 0.97],
        [150, 0.72],
        [178, 0.52],
        [160, 0.42],
        [84, 0.4],
        [46, 0.45],
        [52, 0.7],
      ]),
    ],
    note: 'Pain along the whole outer thigh and round the lateral edge of the kneecap; the posterior trigger points add pain behind the knee. Lying on that side hurts.',
    citations: VL,
  }),
  trp('vastus-medialis', 'Vastus medialis trigger-point referral', {
    // The front and inner knee; spillover in a strip up the lower inner thigh.
    essential: [
      thigh([
        [-80, 0.56],
        [-60, 0.588],
        [-25, 0.592],
        [0, 0.572],
        [10, 0.52],
        [0, 0.472],
        [-30, 0.452],
        [-64, 0.46],
        [-86, 0.5],
      ]),
    ],
    spillover: [
      thigh([
        [-84, 0.745],
        [-66, 0.758],
        [-48, 0.745],
        [-30, 0.58],
        [-20, 0.44],
        [-92, 0.44],
        [-96, 0.58],
      ]),
    ],
    note: 'Pain at the front and inner side of the knee, sometimes in a line up the lower inner thigh; later the knee may buckle instead of hurting.',
    citations: VM,
  }),
  trp('vastus-intermedius', 'Vastus intermedius trigger-point referral', {
    // The middle of the front of the thigh.
    essential: [
      thigh([
        [0, 0.82],
        [25, 0.812],
        [38, 0.76],
        [40, 0.68],
        [28, 0.6],
        [10, 0.565],
        [-10, 0.565],
        [-26, 0.6],
        [-36, 0.68],
        [-34, 0.76],
        [-20, 0.812],
      ]),
    ],
    spillover: [
      thigh([
        [0, 0.87],
        [30, 0.862],
        [46, 0.79],
        [48, 0.66],
        [34, 0.56],
        [10, 0.53],
        [-15, 0.53],
        [-36, 0.58],
        [-46, 0.68],
        [-42, 0.8],
        [-22, 0.862],
      ]),
    ],
    note: 'Deep pain over the middle of the front of the thigh, sometimes reaching up towards the groin crease or down to the top of the knee.',
    citations: VI,
  }),
  trp('biceps-femoris', 'Biceps femoris trigger-point referral', {
    // The back of the knee; spillover up the posterolateral thigh and just below the knee.
    essential: [
      thigh([
        [142, 0.56],
        [165, 0.588],
        [195, 0.588],
        [208, 0.55],
        [206, 0.48],
        [192, 0.44],
        [160, 0.438],
        [142, 0.47],
        [134, 0.52],
      ]),
    ],
    spillover: [
      thigh([
        [130, 0.84],
        [160, 0.855],
        [190, 0.845],
        [208, 0.62],
        [210, 0.38],
        [140, 0.38],
        [126, 0.55],
      ]),
    ],
    note: 'Pain concentrated behind the knee, spreading up the back-outer thigh and a little below the knee.',
    citations: HAMS,
  }),
  trp('semitendinosus', 'Semitendinosus trigger-point referral', medialHamstrings),
  trp('semimembranosus', 'Semimembranosus trigger-point referral', medialHamstrings),
];

// ---------------------------------------------------------------------------------------------
// Leg

const GASTROC = [
  ts('Gastrocnemius'),
  CONSENSUS,
  namtpt('Gastrocnemius', 'symptom_leg_gastrocnemius'),
  nat('Gastrocnemius: trigger point anatomy'),
];
const SOLEUS = [
  ts('Soleus and plantaris'),
  CONSENSUS,
  namtpt('Soleus', 'symptom_leg_soleus'),
  {
    ref: 'mense-2008-muscle-pain',
    locator: 'Figure 3: soleus trigger point referring to the sacroiliac joint',
  },
];
const TIBANT = [
  ts('Tibialis anterior'),
  CONSENSUS,
  nat('Trigger point therapy: tibialis anterior'),
];
const TIBPOST = [
  ts('Tibialis posterior'),
  CONSENSUS,
  namtpt('Tibialis posterior', 'symptom_foot_posterior'),
];
const FIB = [
  ts('Fibularis (peroneal) muscles'),
  CONSENSUS,
  nat('Trigger point therapy: fibularis (peroneus) longus, brevis, tertius'),
];

const legZones: ZoneInput[] = [
  trp('gastrocnemius', 'Gastrocnemius trigger-point referral', {
    // Medial-head trigger point: the instep; the others: behind the knee and the upper calf.
    essential: [
      shape('foot', 'medial', [
        [-0.012, 0.004],
        [0.02, -0.002],
        [0.07, -0.002],
        [0.096, 0.01],
        [0.092, 0.03],
        [0.056, 0.044],
        [0.012, 0.046],
        [-0.018, 0.03],
      ]),
      leg([
        [152, 0.5],
        [170, 0.515],
        [200, 0.515],
        [216, 0.498],
        [212, 0.45],
        [194, 0.425],
        [168, 0.425],
        [154, 0.445],
      ]),
    ],
    spillover: [
      leg([
        [140, 0.44],
        [232, 0.44],
        [236, 0.3],
        [222, 0.12],
        [192, 0.08],
        [166, 0.14],
        [142, 0.3],
      ]),
      thigh([
        [150, 0.56],
        [216, 0.56],
        [216, 0.5],
        [150, 0.5],
      ]),
    ],
    note: 'The medial-head trigger point refers to the instep (medial arch) of the foot, which can pass for plantar fasciitis; the others give pain behind the knee and over the calf.',
    citations: GASTROC,
  }),
  trp('soleus', 'Soleus trigger-point referral', {
    // Lowest trigger point: the back and underside of the heel; upper one: the upper calf; a third
    // (rare) one: the sacroiliac joint of the same side.
    essential: [
      shape('foot', 'back', [
        [0.074, 0.026],
        [0.122, 0.026],
        [0.126, 0.05],
        [0.118, 0.082],
        [0.08, 0.082],
        [0.068, 0.05],
      ]),
      // The heel pad lies behind the leg's axis: round the leg, low down, is the underside of the
      // heel (a foot 'bottom' outline would also catch every downward-facing skin of the body).
      leg([
        [105, -0.01],
        [255, -0.01],
        [255, 0.032],
        [105, 0.032],
      ]),
      leg([
        [152, 0.39],
        [168, 0.405],
        [190, 0.405],
        [202, 0.385],
        [198, 0.33],
        [180, 0.3],
        [160, 0.31],
      ]),
      back([
        [0.028, 0.985],
        [0.06, 0.988],
        [0.066, 0.952],
        [0.046, 0.935],
        [0.026, 0.955],
      ]),
    ],
    spillover: [
      shape('foot', 'back', [
        [0.072, 0.026],
        [0.124, 0.026],
        [0.126, 0.1],
        [0.122, 0.2],
        [0.086, 0.2],
        [0.066, 0.06],
      ]),
      leg([
        [95, -0.01],
        [265, -0.01],
        [265, 0.045],
        [95, 0.045],
      ]),
      leg([
        [144, 0.43],
        [176, 0.445],
        [214, 0.43],
        [216, 0.3],
        [206, 0.2],
        [180, 0.18],
        [156, 0.2],
        [146, 0.3],
      ]),
    ],
    note: 'Chiefly heel pain, at the back and under the heel and up the Achilles tendon, which can pass for plantar fasciitis; the upper trigger point gives calf pain and a rare one the sacroiliac joint of the same side, explained by spread between spinal segments (L5–S1 to S2–S4).',
    citations: SOLEUS,
  }),
  trp('tibialis-anterior', 'Tibialis anterior trigger-point referral', {
    // The front-inner ankle and the great toe; spillover down the shin and over the medial dorsum.
    essential: [
      leg([
        [-50, 0.125],
        [18, 0.125],
        [18, 0.07],
        [-50, 0.07],
      ]),
      // The great toe: its dorsum faces forwards as well as up (the 'top' view has no height and
      // would reach every upward-facing skin), and its medial side.
      shape('foot', 'front', [
        [0.054, -0.01],
        [0.093, -0.01],
        [0.093, 0.036],
        [0.054, 0.036],
      ]),
      shape('foot', 'medial', [
        [0.125, -0.01],
        [0.2, -0.01],
        [0.2, 0.036],
        [0.125, 0.036],
      ]),
    ],
    spillover: [
      leg([
        [-10, 0.38],
        [18, 0.37],
        [14, 0.2],
        [4, 0.12],
        [-44, 0.12],
        [-40, 0.2],
        [-26, 0.32],
      ]),
      shape('foot', 'front', [
        [0.056, 0.034],
        [0.106, 0.034],
        [0.11, 0.075],
        [0.06, 0.075],
      ]),
    ],
    note: 'Pain at the front-inner ankle and over the great toe, with vaguer pain down the shin; the toe pain can be mistaken for gout.',
    citations: TIBANT,
  }),
  trp('tibialis-posterior', 'Tibialis posterior trigger-point referral', {
    // The Achilles tendon above the heel; spillover to the mid calf, the heel and the whole sole.
    essential: [
      shape('leg', 'back', [
        [0.078, 0.065],
        [0.122, 0.065],
        [0.12, 0.165],
        [0.084, 0.165],
      ]),
    ],
    spillover: [
      leg([
        [158, 0.36],
        [206, 0.36],
        [200, 0.18],
        [164, 0.18],
      ]),
      shape('foot', 'back', [
        [0.072, 0.026],
        [0.124, 0.026],
        [0.126, 0.066],
        [0.068, 0.066],
      ]),
      // The whole sole: all round the leg's axis, below the top of the sole's rim.
      leg([
        [-180, -0.01],
        [180, -0.01],
        [180, 0.018],
        [-180, 0.018],
      ]),
    ],
    note: 'Pain over the Achilles tendon above the heel, with spillover to the mid calf, the heel and the sole and toes; felt most when walking on uneven ground.',
    citations: TIBPOST,
  }),
  trp('fibularis', 'Fibularis (peroneal) trigger-point referral', {
    // Longus and brevis: round the lateral malleolus; spillover along the outer foot and the middle
    // third of the lateral leg; tertius adds the front of the ankle and the outer heel.
    essential: [
      shape('leg', 'side', [
        [-0.05, 0.036],
        [-0.03, 0.022],
        [0.0, 0.022],
        [0.02, 0.04],
        [0.02, 0.08],
        [0.002, 0.12],
        [-0.024, 0.136],
        [-0.046, 0.116],
        [-0.056, 0.072],
      ]),
    ],
    spillover: [
      shape('foot', 'side', [
        [0.015, 0.0],
        [0.125, 0.0],
        [0.125, 0.035],
        [0.015, 0.065],
      ]),
      shape('foot', 'side', [
        [-0.08, 0.0],
        [-0.02, 0.0],
        [-0.02, 0.04],
        [-0.08, 0.05],
      ]),
      leg([
        [84, 0.32],
        [102, 0.335],
        [120, 0.32],
        [122, 0.2],
        [102, 0.18],
        [82, 0.2],
      ]),
    ],
    note: 'Pain above, behind and below the lateral malleolus, sometimes along the outer foot and vaguely over the middle of the outer leg; the ankle often feels weak.',
    citations: FIB,
  }),
];

// ---------------------------------------------------------------------------------------------
// Trigger points (the chart's X), on the skin over them

const points: PointInput[] = [
  point(
    'gluteus-maximus',
    1,
    'Gluteus maximus TrP1 (beside the sacrum)',
    on('trunk', 'back', [0.06, 0.95]),
    GMAX,
  ),
  point(
    'gluteus-maximus',
    2,
    'Gluteus maximus TrP2 (above the ischial tuberosity)',
    on('trunk', 'back', [0.08, 0.868]),
    GMAX,
  ),
  point(
    'gluteus-maximus',
    3,
    'Gluteus maximus TrP3 (near the coccyx)',
    on('trunk', 'back', [0.034, 0.866]),
    GMAX,
  ),
  point(
    'gluteus-medius',
    1,
    'Gluteus medius TrP1 (posterior, below the iliac crest)',
    on('trunk', 'back', [0.075, 1.04]),
    GMED,
  ),
  point(
    'gluteus-medius',
    2,
    'Gluteus medius TrP2 (middle, below the iliac crest)',
    on('trunk', 'back', [0.125, 1.03]),
    GMED,
  ),
  point(
    'gluteus-medius',
    3,
    'Gluteus medius TrP3 (anterior, below the iliac crest)',
    on('trunk', 'side', [0.03, 1.03]),
    GMED,
  ),
  point(
    'gluteus-minimus',
    1,
    'Gluteus minimus anterior trigger point',
    on('trunk', 'side', [0.035, 0.975]),
    GMIN,
  ),
  point(
    'gluteus-minimus',
    2,
    'Gluteus minimus posterior trigger point',
    on('trunk', 'back', [0.105, 0.99]),
    GMIN,
  ),
  point(
    'piriformis',
    1,
    'Piriformis TrP1 (lateral, near the greater trochanter)',
    on('trunk', 'back', [0.118, 0.905]),
    PIRI,
  ),
  point(
    'piriformis',
    2,
    'Piriformis TrP2 (medial, near the sacrum)',
    on('trunk', 'back', [0.07, 0.93]),
    PIRI,
  ),
  point(
    'tensor-fasciae-latae',
    1,
    'Tensor fasciae latae trigger point',
    on('thigh', 'around', [48, 0.935]),
    TFL,
  ),
  point(
    'adductors',
    1,
    'Adductor longus trigger point (upper medial thigh)',
    on('thigh', 'around', [-55, 0.8]),
    ADD,
  ),
  point(
    'adductors',
    2,
    'Adductor brevis trigger point (deep, upper medial thigh)',
    on('thigh', 'around', [-75, 0.84]),
    ADD,
  ),
  point('sartorius', 1, 'Sartorius upper trigger point', on('thigh', 'around', [18, 0.88]), SART),
  point('sartorius', 2, 'Sartorius middle trigger point', on('thigh', 'around', [-32, 0.74]), SART),
  point('sartorius', 3, 'Sartorius lower trigger point', on('thigh', 'around', [-76, 0.6]), SART),
  point(
    'rectus-femoris',
    1,
    'Rectus femoris trigger point (below the groin crease)',
    on('thigh', 'around', [6, 0.84]),
    RF,
  ),
  point(
    'vastus-lateralis',
    1,
    'Vastus lateralis trigger point (upper lateral thigh)',
    on('thigh', 'around', [96, 0.84]),
    VL,
  ),
  point(
    'vastus-lateralis',
    2,
    'Vastus lateralis trigger point (mid lateral thigh)',
    on('thigh', 'around', [100, 0.71]),
    VL,
  ),
  point(
    'vastus-lateralis',
    3,
    'Vastus lateralis trigger point (above the lateral knee)',
    on('thigh', 'around', [70, 0.58]),
    VL,
  ),
  point(
    'vastus-medialis',
    1,
    'Vastus medialis TrP1 (above the medial knee)',
    on('thigh', 'around', [-56, 0.57]),
    VM,
  ),
  point(
    'vastus-medialis',
    2,
    'Vastus medialis TrP2 (lower inner thigh)',
    on('thigh', 'around', [-62, 0.66]),
    VM,
  ),
  point(
    'vastus-intermedius',
    1,
    'Vastus intermedius trigger point (deep, upper front of the thigh)',
    on('thigh', 'around', [16, 0.8]),
    VI,
  ),
  point(
    'biceps-femoris',
    1,
    'Biceps femoris trigger point (lower back-outer thigh)',
    on('thigh', 'around', [148, 0.64]),
    HAMS,
  ),
  point(
    'semitendinosus',
    1,
    'Semitendinosus trigger point (mid back-inner thigh)',
    on('thigh', 'around', [210, 0.68]),
    HAMS,
  ),
  point(
    'semimembranosus',
    1,
    'Semimembranosus trigger point (lower back-inner thigh)',
    on('thigh', 'around', [222, 0.62]),
    HAMS,
  ),
  point(
    'gastrocnemius',
    1,
    'Gastrocnemius TrP1 (medial head)',
    on('leg', 'around', [218, 0.4]),
    GASTROC,
  ),
  point(
    'gastrocnemius',
    2,
    'Gastrocnemius TrP2 (lateral head)',
    on('leg', 'around', [146, 0.4]),
    GASTROC,
  ),
  point(
    'soleus',
    1,
    'Soleus TrP1 (low, beside the Achilles tendon)',
    on('leg', 'around', [214, 0.16]),
    SOLEUS,
  ),
  point('soleus', 2, 'Soleus TrP2 (upper calf, lateral)', on('leg', 'around', [150, 0.36]), SOLEUS),
  point('soleus', 3, 'Soleus TrP3 (lower calf, medial)', on('leg', 'around', [206, 0.22]), SOLEUS),
  point(
    'tibialis-anterior',
    1,
    'Tibialis anterior trigger point (upper third)',
    on('leg', 'around', [26, 0.38]),
    TIBANT,
  ),
  point(
    'tibialis-posterior',
    1,
    'Tibialis posterior trigger point (deep, upper calf)',
    on('leg', 'around', [190, 0.35]),
    TIBPOST,
  ),
  point('fibularis', 1, 'Fibularis longus trigger point', on('leg', 'around', [96, 0.42]), FIB),
  point('fibularis', 2, 'Fibularis brevis trigger point', on('leg', 'around', [102, 0.22]), FIB),
];

export const triggerPointsLowerLimb: MapInput = {
  zones: [...hip, ...thighZones, ...legZones],
  points,
};
