/**
 * Dermatome map C2–S5 with the ISNCSCI key sensory points (docs/SURFACE.md coordinates; see
 * maps/index.ts). Written for the left root; the right root is the mirror image.
 *
 * Limbs follow the pattern of the evidence-based map of Lee, McPhee & Stringer (2008), whose
 * areas are the most consistent tactile areas of each dorsal root; the trunk bands and S3–S5,
 * which that map does not draw in detail, follow the ISNCSCI dermatome chart, as do the areas
 * Lee et al. leave blank for their large variability (the chart has no blanks). Neighbouring
 * dermatomes overlap a good deal in life; the outlines here tile the skin with only slight
 * overlaps so that a student can read one root per area, as on the chart.
 */
import type { Citation } from '../schema';
import type { MapInput, PointInput, ZoneInput } from './types';

type Pair = [number, number];
type Shape = ZoneInput['essential'][number];
type RootId = ZoneInput['source']['id'];

const round = (v: number) => Math.round(v * 10000) / 10000;

// --- Trunk bands --------------------------------------------------------------------------------
// Trunk dermatomes run obliquely round the trunk: level with their spinous process behind and
// lower in front. Each boundary between two bands is given by its height at the front midline and
// at the back midline; between them it rises smoothly over the flank. Angles are `around` the
// trunk (0 front, 90 lateral, 180 back), from just across the front midline to just across the
// back midline so that the left and right bands meet.
const TRUNK_ANGLES = [-3, 20, 45, 70, 90, 110, 135, 160, 183] as const;
/** Share of the rise from the front height to the back height at each angle. */
const RISE = [0, 0, 0.03, 0.15, 0.35, 0.6, 0.85, 1, 1] as const;

/** A boundary line round the trunk: height at each of TRUNK_ANGLES. */
const line = (front: number, back: number): number[] =>
  RISE.map((s) => round(front + (back - front) * s));

/** A band between an upper and a lower boundary (heights at TRUNK_ANGLES), as one outline. */
function band(upper: readonly number[], lower: readonly number[], angles = TRUNK_ANGLES): Pair[] {
  const top = angles.map((a, i): Pair => [a, upper[i]!]);
  const bottom = angles.map((a, i): Pair => [a, lower[i]!]).reverse();
  return [...top, ...bottom];
}

// Front heights follow the ISNCSCI key points on this body (nipple line 1.26, xiphisternum ≈ 1.20,
// umbilicus 1.04, inguinal ligament ≈ 0.95); back heights lie near the spinous process of each
// level (thoracic spinous processes sit up to a level below their vertebral bodies).
const C4_T2 = line(1.385, 1.44);
const T2_T3 = line(1.335, 1.418);
const T3_T4 = line(1.285, 1.395);
const T4_T5 = line(1.245, 1.37);
const T5_T6 = line(1.215, 1.345);
const T6_T7 = line(1.18, 1.32);
const T7_T8 = line(1.14, 1.295);
const T8_T9 = line(1.1, 1.27);
const T9_T10 = line(1.06, 1.245);
const T10_T11 = line(1.02, 1.22);
const T11_T12 = line(0.978, 1.195);
/** T12 ends at the inguinal ligament in front and rises over the iliac crest to the flank. */
const T12_L1 = [0.93, 0.93, 0.95, 0.99, 1.03, 1.08, 1.135, 1.17, 1.17];
/** L1 reaches the lower edge of the trunk in front and at the side (groin, hip). */
const L1_L2 = [0.8, 0.8, 0.8, 0.8, 0.8, 1.0, 1.085, 1.125, 1.14];
/** C4 ends above a narrow T1 strip beside the spine at the back. */
const C4_LOWER = [...C4_T2.slice(0, 7), 1.458, 1.458];

const trunk = (outline: Pair[]): Shape => ({ segment: 'trunk', view: 'around', outline });
const around = (segment: Shape['segment'], outline: Pair[]): Shape => ({
  segment,
  view: 'around',
  outline,
});
const view = (segment: Shape['segment'], v: Shape['view'], outline: Pair[]): Shape => ({
  segment,
  view: v,
  outline,
});

// --- Citations ----------------------------------------------------------------------------------
const LEE: Citation = {
  ref: 'lee-2008-dermatomes',
  locator: 'Evidence-based map; abstract read, map known from secondary descriptions',
};
const CHART: Citation = {
  ref: 'rupp-2021-isncsci',
  locator: 'Standard text (not read in full): dermatome chart of the ISNCSCI worksheet',
};
const DOWNS: Citation = {
  ref: 'downs-laporte-2011-dermatome-maps',
  locator: 'Synopsis: pre-1948 maps vs Keegan & Garrett; where textbooks put L4',
};
const KEEGAN: Citation = {
  ref: 'keegan-garrett-1948-dermatomes',
  locator: 'Standard text (not read): long limb bands from the dorsal midline',
};
const FOERSTER: Citation = {
  ref: 'foerster-1933-dermatomes',
  locator: 'Standard text (not read in full): dermatomes from dorsal-root studies',
};
const CHALLOUMAS: Citation = {
  ref: 'challoumas-2018-dermatome-maps',
  locator: 'Abstract: maps disagree most over the lower deltoid and the upper back',
};

const TRUNK_NOTE =
  'Drawn after the ISNCSCI chart; neighbouring trunk bands overlap considerably in life.';

function zone(
  root: RootId,
  essential: Shape[],
  note: string,
  evidence: ZoneInput['evidence'],
  citations: Citation[],
): ZoneInput {
  return {
    id: `dermatome-${root.toLowerCase()}`,
    name: `${root} dermatome`,
    kind: 'dermatome',
    source: { kind: 'root', id: root },
    essential,
    note,
    evidence,
    citations,
  };
}

/** A thoracic band between two trunk boundaries. */
const thoracic = (root: RootId, upper: number[], lower: number[], where: string): ZoneInput =>
  zone(root, [trunk(band(upper, lower))], `${where} ${TRUNK_NOTE}`, 'limited', [CHART, LEE]);

// --- Zones --------------------------------------------------------------------------------------
const zones: ZoneInput[] = [
  zone(
    'C2',
    [
      trunk([
        [183, 1.8],
        [92, 1.8],
        [92, 1.68],
        [88, 1.64],
        [75, 1.605],
        [62, 1.575],
        [55, 1.545],
        [90, 1.548],
        [135, 1.55],
        [183, 1.55],
      ]),
    ],
    'Back of the scalp to the vertex, the skin round the ear and over the angle of the jaw, and the top of the neck behind; the face in front of it is trigeminal.',
    'moderate',
    [LEE, CHART],
  ),
  zone(
    'C3',
    [
      trunk([
        [-3, 1.525],
        [20, 1.525],
        [45, 1.535],
        [55, 1.545],
        [90, 1.548],
        [135, 1.55],
        [183, 1.55],
        [183, 1.5],
        [160, 1.5],
        [135, 1.495],
        [110, 1.485],
        [90, 1.478],
        [75, 1.47],
        [70, 1.442],
        [66, 1.435],
        [45, 1.432],
        [20, 1.432],
        [-3, 1.432],
      ]),
    ],
    'The neck from the jaw line down to the clavicles in front (the supraclavicular fossa) and to the middle of the neck behind.',
    'moderate',
    [LEE, CHART],
  ),
  zone(
    'C4',
    [
      trunk([
        [-3, 1.432],
        [20, 1.432],
        [45, 1.432],
        [66, 1.435],
        [70, 1.442],
        [75, 1.47],
        [90, 1.478],
        [110, 1.485],
        [135, 1.495],
        [160, 1.5],
        [183, 1.5],
        ...TRUNK_ANGLES.map((a, i): Pair => [a, C4_LOWER[i]!]).reverse(),
      ]),
    ],
    'A cape over the lower neck, the top of the shoulder to the acromioclavicular joint and the chest down to about the second rib. Below it on the chest lies T2: C5–T1 go to the arm.',
    'moderate',
    [LEE, CHART],
  ),
  zone(
    'C5',
    [
      around('upper-arm', [
        [-182, 1.5],
        [178, 1.5],
        [178, 1.1],
        [150, 1.09],
        [120, 1.085],
        [90, 1.08],
        [45, 1.085],
        [15, 1.095],
        [-5, 1.1],
        [-5, 1.4],
        [-182, 1.4],
      ]),
    ],
    'Lateral upper arm from the shoulder to the lateral elbow, lower deltoid ("regimental badge") area included; published maps disagree most over this area. Keegan & Garrett draw C5 as a band from the dorsal midline of the neck.',
    'moderate',
    [LEE, CHART, CHALLOUMAS, KEEGAN],
  ),
  zone(
    'C6',
    [
      around('forearm', [
        [-3, 1.105],
        [178, 1.105],
        [178, 1.04],
        [152, 1.02],
        [150, 0.84],
        [-3, 0.84],
      ]),
      view('hand', 'front', [
        [0.2545, 0.64],
        [0.32, 0.64],
        [0.32, 0.86],
        [0.248, 0.86],
        [0.25, 0.8],
        [0.2545, 0.75],
      ]),
      view('hand', 'back', [
        [0.2545, 0.64],
        [0.32, 0.64],
        [0.32, 0.86],
        [0.248, 0.86],
        [0.25, 0.8],
        [0.2545, 0.75],
      ]),
    ],
    'Radial (lateral) forearm, the thumb, the index finger and the radial side of the hand.',
    'moderate',
    [LEE, CHART],
  ),
  zone(
    'C7',
    [
      around('forearm', [
        [150, 1.045],
        [205, 1.045],
        [200, 0.84],
        [150, 0.84],
      ]),
      view('hand', 'front', [
        [0.232, 0.64],
        [0.2545, 0.64],
        [0.2545, 0.75],
        [0.25, 0.8],
        [0.248, 0.86],
        [0.226, 0.86],
        [0.228, 0.8],
        [0.232, 0.75],
      ]),
      view('hand', 'back', [
        [0.232, 0.64],
        [0.2545, 0.64],
        [0.2545, 0.75],
        [0.25, 0.8],
        [0.248, 0.86],
        [0.226, 0.86],
        [0.228, 0.8],
        [0.232, 0.75],
      ]),
    ],
    'Middle finger and the middle of the hand, with a strip down the back of the forearm. Foerster’s C7 takes in most or all of the hand; Keegan & Garrett draw it as a long band from the dorsal midline.',
    'moderate',
    [LEE, CHART, FOERSTER, KEEGAN],
  ),
  zone(
    'C8',
    [
      around('forearm', [
        [-155, 0.96],
        [0, 0.96],
        [0, 0.84],
        [-160, 0.84],
      ]),
      view('hand', 'front', [
        [0.15, 0.64],
        [0.232, 0.64],
        [0.232, 0.75],
        [0.228, 0.8],
        [0.226, 0.86],
        [0.15, 0.86],
      ]),
      view('hand', 'back', [
        [0.15, 0.64],
        [0.232, 0.64],
        [0.232, 0.75],
        [0.228, 0.8],
        [0.226, 0.86],
        [0.15, 0.86],
      ]),
    ],
    'Ring and little fingers, the ulnar (medial) side of the hand and the lower ulnar forearm.',
    'moderate',
    [LEE, CHART],
  ),
  zone(
    'T1',
    [
      around('upper-arm', [
        [-182, 1.2],
        [-5, 1.2],
        [-5, 1.1],
        [-182, 1.1],
      ]),
      around('forearm', [
        [-182, 1.125],
        [0, 1.125],
        [0, 0.945],
        [-155, 0.945],
        [-155, 1.035],
        [-182, 1.04],
      ]),
      trunk([
        [135, C4_T2[6]!],
        [160, 1.458],
        [183, 1.458],
        [183, C4_T2[8]!],
        [160, C4_T2[7]!],
      ]),
    ],
    'Medial (ulnar) forearm and the medial elbow. On the upper back it is drawn as a narrow strip beside the spine; the upper back is one of the areas where published maps disagree most.',
    'moderate',
    [LEE, CHART, CHALLOUMAS],
  ),
  zone(
    'T2',
    [
      trunk(band(C4_T2, T2_T3)),
      view('trunk', 'side', [
        [-0.045, 1.29],
        [0.04, 1.29],
        [0.04, 1.37],
        [-0.045, 1.37],
      ]),
      around('upper-arm', [
        [-182, 1.4],
        [-5, 1.4],
        [-5, 1.2],
        [-182, 1.2],
      ]),
    ],
    `Band across the upper chest just below C4, up into the axilla and down the medial upper arm. ${TRUNK_NOTE}`,
    'limited',
    [CHART, LEE],
  ),
  thoracic(
    'T3',
    T2_T3,
    T3_T4,
    'Band round the chest through the third intercostal space in front.',
  ),
  thoracic('T4', T3_T4, T4_T5, 'Band round the chest at the level of the nipples in front.'),
  thoracic(
    'T5',
    T4_T5,
    T5_T6,
    'Band round the chest between the nipple line and the xiphisternum.',
  ),
  thoracic('T6', T5_T6, T6_T7, 'Band round the chest at the level of the xiphisternum in front.'),
  thoracic('T7', T6_T7, T7_T8, 'Band just below the xiphisternum and along the costal margin.'),
  thoracic('T8', T7_T8, T8_T9, 'Band round the upper abdomen, about halfway to the umbilicus.'),
  thoracic('T9', T8_T9, T9_T10, 'Band round the abdomen just above the umbilicus.'),
  thoracic('T10', T9_T10, T10_T11, 'Band round the trunk at the level of the umbilicus in front.'),
  thoracic('T11', T10_T11, T11_T12, 'Band round the lower abdomen just below the umbilicus.'),
  thoracic(
    'T12',
    T11_T12,
    T12_L1,
    'Band round the lower abdomen to just above the inguinal ligament.',
  ),
  zone(
    'L1',
    [
      trunk(band(T12_L1, L1_L2)),
      around('thigh', [
        [-125, 1.0],
        [110, 1.0],
        [110, 0.93],
        [90, 0.92],
        [60, 0.9],
        [30, 0.86],
        [0, 0.815],
        [-30, 0.805],
        [-60, 0.79],
        [-90, 0.77],
        [-125, 0.76],
      ]),
    ],
    'Band from the upper lumbar spine over the iliac crest to the groin and the top of the thigh just below the inguinal ligament. The trunk part follows the ISNCSCI chart.',
    'limited',
    [CHART, LEE],
  ),
  zone(
    'L2',
    [
      trunk([
        [90, 0.8],
        [110, 1.0],
        [135, 1.085],
        [160, 1.125],
        [183, 1.14],
        [183, 1.1],
        [160, 1.08],
        [135, 1.02],
        [120, 0.96],
        [105, 0.9],
        [100, 0.8],
      ]),
      around('thigh', [
        [-125, 0.76],
        [-90, 0.77],
        [-60, 0.79],
        [-30, 0.805],
        [0, 0.815],
        [30, 0.86],
        [60, 0.9],
        [90, 0.92],
        [110, 0.93],
        [115, 1.0],
        [122, 1.0],
        [122, 0.8],
        [90, 0.78],
        [60, 0.75],
        [30, 0.71],
        [0, 0.685],
        [-30, 0.67],
        [-60, 0.655],
        [-90, 0.645],
        [-125, 0.64],
      ]),
    ],
    'Upper outer buttock and lateral hip, then an oblique band across the upper and middle front of the thigh.',
    'moderate',
    [LEE, CHART],
  ),
  zone(
    'L3',
    [
      trunk([
        [100, 0.9],
        [105, 0.9],
        [120, 0.96],
        [135, 1.02],
        [160, 1.08],
        [183, 1.1],
        [183, 1.06],
        [165, 1.035],
        [150, 0.99],
        [135, 0.93],
        [115, 0.84],
        [100, 0.8],
      ]),
      around('thigh', [
        [-135, 0.64],
        [-90, 0.645],
        [-60, 0.655],
        [-30, 0.67],
        [0, 0.685],
        [30, 0.71],
        [60, 0.75],
        [90, 0.78],
        [118, 0.8],
        [118, 1.0],
        [145, 1.0],
        [145, 0.52],
        [110, 0.5],
        [60, 0.47],
        [0, 0.465],
        [-60, 0.46],
        [-100, 0.455],
        [-135, 0.455],
        [-135, 0.64],
      ]),
    ],
    'Buttock below L2, the lower front and inner thigh and the knee down to the medial femoral condyle.',
    'moderate',
    [LEE, CHART],
  ),
  zone(
    'L4',
    [
      around('leg', [
        [-160, 0.47],
        [-100, 0.46],
        [-60, 0.46],
        [0, 0.465],
        [5, 0.3],
        [0, 0.1],
        [-10, 0.055],
        [-160, 0.055],
      ]),
      // Medial border of the foot and the medial malleolus (front- and back-facing skin).
      view('foot', 'front', [
        [0.03, 0.007],
        [0.068, 0.007],
        [0.068, 0.055],
        [0.076, 0.075],
        [0.076, 0.1],
        [0.03, 0.1],
      ]),
      view('foot', 'back', [
        [0.03, 0.007],
        [0.068, 0.007],
        [0.068, 0.1],
        [0.03, 0.1],
      ]),
    ],
    'Medial leg from below the knee to the medial malleolus and the medial border of the foot. Textbooks show L4 either like this or as a band from the lateral thigh across the knee to the great toe (after Keegan & Garrett).',
    'moderate',
    [LEE, CHART, DOWNS, KEEGAN],
  ),
  zone(
    'L5',
    [
      around('leg', [
        [-3, 0.465],
        [60, 0.47],
        [100, 0.5],
        [125, 0.51],
        [125, 0.13],
        [80, 0.1],
        [80, 0.055],
        [-5, 0.055],
      ]),
      view('foot', 'front', [
        [0.068, 0.007],
        [0.132, 0.007],
        [0.132, 0.075],
        [0.076, 0.075],
        [0.068, 0.055],
      ]),
    ],
    'Front and outer side of the leg and the dorsum of the foot and toes, little toe excepted. Keegan & Garrett draw L5 as a long band from the dorsal midline of the lower back.',
    'moderate',
    [LEE, CHART, KEEGAN],
  ),
  zone(
    'S1',
    [
      around('leg', [
        [120, 0.31],
        [205, 0.31],
        [205, 0.04],
        [80, 0.04],
        [80, 0.1],
        [120, 0.13],
      ]),
      // Lateral border and little toe (front-facing), heel and hindfoot (back-facing), sole.
      view('foot', 'front', [
        [0.04, -0.01],
        [0.17, -0.01],
        [0.17, 0.075],
        [0.132, 0.075],
        [0.132, 0.007],
        [0.04, 0.007],
      ]),
      view('foot', 'back', [
        [0.04, -0.01],
        [0.17, -0.01],
        [0.17, 0.1],
        [0.068, 0.1],
        [0.068, 0.007],
        [0.04, 0.007],
      ]),
    ],
    'Lateral border of the foot and the little toe, the heel, most of the sole and the back of the lower calf.',
    'moderate',
    [LEE, CHART],
  ),
  zone(
    'S2',
    [
      around('thigh', [
        [140, 1.0],
        [235, 1.0],
        [235, 0.47],
        [205, 0.42],
        [200, 0.3],
        [125, 0.3],
        [125, 0.52],
        [140, 0.55],
      ]),
      trunk([
        [115, 0.8],
        [145, 0.8],
        [152, 0.88],
        [160, 0.96],
        [165, 1.035],
        [150, 0.99],
        [135, 0.93],
        [115, 0.84],
      ]),
    ],
    'Strip down the back of the thigh through the popliteal fossa to the upper calf, with the lower buttock above it. Keegan & Garrett continue it up to the sacrum.',
    'moderate',
    [LEE, CHART, KEEGAN],
  ),
  zone(
    'S3',
    [
      trunk([
        [145, 0.8],
        [158, 0.8],
        [160, 0.853],
        [183, 0.853],
        [183, 1.06],
        [165, 1.035],
        [160, 0.96],
        [152, 0.88],
      ]),
    ],
    'Inner buttock beside the natal cleft, over the ischial tuberosity. Lee et al. do not draw S3–S5, so this follows the ISNCSCI chart.',
    'limited',
    [CHART, LEE],
  ),
  zone(
    'S4',
    [
      trunk([
        [158, 0.8],
        [172, 0.8],
        [172, 0.842],
        [180, 0.844],
        [188, 0.842],
        [188, 0.8],
        [202, 0.8],
        [202, 0.855],
        [180, 0.857],
        [158, 0.855],
      ]),
    ],
    'Ring of perianal skin round the S5 area; S4 and S5 are tested together as one level. Taken from the ISNCSCI chart, as Lee et al. do not draw it.',
    'limited',
    [CHART, LEE],
  ),
  zone(
    'S5',
    [
      trunk([
        [172, 0.8],
        [188, 0.8],
        [188, 0.842],
        [180, 0.844],
        [172, 0.842],
      ]),
    ],
    'Innermost perianal skin at the anal margin (ISNCSCI chart); the lowest dermatome tested.',
    'limited',
    [CHART, LEE],
  ),
];

// --- Key sensory points -------------------------------------------------------------------------
const ASIA: Citation = {
  ref: 'asia-2008-key-sensory-points',
  locator: 'Key sensory points sheet (June 2008)',
};
const ISNCSCI: Citation = {
  ref: 'rupp-2021-isncsci',
  locator: 'Record seen; point wording checked against the 2008 sheet and secondary copies',
};
const MEDSCAPE: Citation = { ref: 'chin-2018-medscape-sensory-testing' };
const ZHANG: Citation = {
  ref: 'zhang-2017-foot-sensory-thresholds',
  locator: 'Methods: ISNCSCI-2011 points for L4, L5 and S1',
};

function keyPoint(
  level: string,
  root: RootId,
  segment: PointInput['segment'],
  v: PointInput['view'],
  at: Pair,
  citations: Citation[],
): PointInput {
  return {
    id: `key-point-${level.toLowerCase()}`,
    name: `${level} key sensory point`,
    kind: 'key-sensory-point',
    source: { kind: 'root', id: root },
    segment,
    view: v,
    at,
    citations,
  };
}

const upper = [ISNCSCI, ASIA];
const lower = [ISNCSCI, MEDSCAPE];
const points: PointInput[] = [
  // At least 1 cm lateral to the external occipital protuberance.
  keyPoint('C2', 'C2', 'head', 'around', [170, 1.615], upper),
  // Supraclavicular fossa at the midclavicular line.
  keyPoint('C3', 'C3', 'trunk', 'front', [0.085, 1.452], upper),
  // Over the acromioclavicular joint (top of the shoulder).
  keyPoint('C4', 'C4', 'trunk', 'top', [0.185, -0.012], upper),
  // Lateral side of the antecubital fossa, just above the elbow crease.
  keyPoint('C5', 'C5', 'upper-arm', 'around', [25, 1.115], upper),
  // Dorsal proximal phalanx of the thumb: the thumb lies lateral, its dorsum facing outwards.
  keyPoint('C6', 'C6', 'hand', 'side', [0.025, 0.765], upper),
  // Dorsal proximal phalanx of the middle finger.
  keyPoint('C7', 'C7', 'hand', 'back', [0.244, 0.728], upper),
  // Dorsal proximal phalanx of the little finger.
  keyPoint('C8', 'C8', 'hand', 'back', [0.199, 0.732], upper),
  // Medial side of the antecubital fossa, just above the medial epicondyle.
  keyPoint('T1', 'T1', 'upper-arm', 'around', [-65, 1.118], upper),
  // Apex of the axilla.
  keyPoint('T2', 'T2', 'trunk', 'side', [-0.005, 1.315], upper),
  // Midclavicular line: third intercostal space, nipple line (4th), fifth, xiphisternum.
  keyPoint('T3', 'T3', 'trunk', 'front', [0.095, 1.31], upper),
  keyPoint('T4', 'T4', 'trunk', 'front', [0.095, 1.262], upper),
  keyPoint('T5', 'T5', 'trunk', 'front', [0.095, 1.23], upper),
  keyPoint('T6', 'T6', 'trunk', 'front', [0.095, 1.2], upper),
  // Midclavicular line between the xiphisternum and the umbilicus: T7, T8, T9, then T10 at
  // the umbilicus and T11 halfway to the inguinal ligament.
  keyPoint('T7', 'T7', 'trunk', 'front', [0.095, 1.16], [...upper, MEDSCAPE]),
  keyPoint('T8', 'T8', 'trunk', 'front', [0.095, 1.12], lower),
  keyPoint('T9', 'T9', 'trunk', 'front', [0.095, 1.08], lower),
  keyPoint('T10', 'T10', 'trunk', 'front', [0.095, 1.04], lower),
  keyPoint('T11', 'T11', 'trunk', 'front', [0.09, 0.998], lower),
  // Midpoint of the inguinal ligament (on the trunk skin just above the groin crease).
  keyPoint('T12', 'T12', 'trunk', 'around', [40, 0.957], lower),
  // Halfway between the T12 and L2 points, on the upper front of the thigh.
  keyPoint('L1', 'L1', 'thigh', 'around', [-12, 0.845], lower),
  // Mid front of the thigh, halfway from the mid-inguinal point to the medial femoral condyle.
  keyPoint('L2', 'L2', 'thigh', 'around', [-18, 0.74], lower),
  // Medial femoral condyle, just above the knee.
  keyPoint('L3', 'L3', 'thigh', 'around', [-65, 0.535], lower),
  // Medial malleolus.
  keyPoint('L4', 'L4', 'leg', 'around', [-85, 0.074], [...lower, ZHANG]),
  // Dorsum of the foot at the third metatarsophalangeal joint.
  keyPoint('L5', 'L5', 'foot', 'top', [0.108, 0.13], [...lower, ZHANG]),
  // Lateral heel (calcaneus).
  keyPoint('S1', 'S1', 'foot', 'side', [-0.055, 0.03], [...lower, ZHANG]),
  // Popliteal fossa, midline.
  keyPoint('S2', 'S2', 'thigh', 'back', [0.095, 0.515], lower),
  // Ischial tuberosity / infragluteal fold.
  keyPoint('S3', 'S3', 'trunk', 'back', [0.055, 0.875], lower),
  // Perianal skin less than 1 cm lateral to the anal margin; S4 and S5 are one level.
  keyPoint('S4-5', 'S4', 'trunk', 'around', [168, 0.834], lower),
];

export const dermatomes: MapInput = { zones, points };
