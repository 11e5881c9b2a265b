/**
 * Visceral referred-pain zones, osteopathic viscerosomatic levels and joint referral maps, written
 * in docs/SURFACE.md coordinates (figure's left side; a right-side shape is the mirror image).
 *
 * - `visceral-<organ>`: where pain from the organ is usually felt (essential) and where it spreads
 *   less often (spillover). A midline organ's `same` shape is drawn on both sides.
 * - `viscerosomatic-<organ>`: paraspinal bands at the sympathetic levels taught in OMT.
 * - `joint-<joint>`: somatic referral from block- or injection-confirmed joint studies.
 *
 * Sources and how far they were read: src/content/references/maps-visceral-and-joints.ts.
 */
import type { ShapeSide, SurfaceSegment, SurfaceView } from '../ids';
import type { MapInput, ZoneInput } from './types';

type Pt = [number, number];
type Shape = ZoneInput['essential'][number];

const shape = (
  segment: SurfaceSegment,
  view: SurfaceView,
  outline: Pt[],
  side: ShapeSide = 'same',
): Shape => ({ segment, view, outline, side });

/** Trunk skin facing forwards / backwards. */
const front = (outline: Pt[], side: ShapeSide = 'same') => shape('trunk', 'front', outline, side);
const back = (outline: Pt[], side: ShapeSide = 'same') => shape('trunk', 'back', outline, side);
/** All trunk skin (whichever way it faces) whose (x, y) lies inside the outline. */
const trunkThrough = (outline: Pt[], side: ShapeSide = 'same') => [
  front(outline, side),
  back(outline, side),
];
const around = (segment: SurfaceSegment, outline: Pt[], side: ShapeSide = 'same') =>
  shape(segment, 'around', outline, side);

/**
 * The tip and top of the shoulder (C3–C4 skin over the acromion and the top of the trapezius),
 * whichever way the skin faces: the trunk's shoulder cap and the top of the arm's deltoid cap.
 */
const shoulderTip = (side: ShapeSide): Shape[] => {
  const trunk: Pt[] = [
    [0.08, 1.502],
    [0.13, 1.49],
    [0.18, 1.475],
    [0.215, 1.455],
    [0.225, 1.425],
    [0.2, 1.405],
    [0.16, 1.41],
    [0.12, 1.42],
    [0.09, 1.435],
    [0.072, 1.465],
  ];
  const arm: Pt[] = [
    [0.16, 1.49],
    [0.24, 1.49],
    [0.25, 1.42],
    [0.235, 1.385],
    [0.19, 1.38],
    [0.16, 1.4],
  ];
  return [
    ...trunkThrough(trunk, side),
    shape('upper-arm', 'front', arm, side),
    shape('upper-arm', 'back', arm, side),
  ];
};

/** Supraclavicular fossa and lateral base of the neck (C3–C4), front. */
const supraclavicular = (side: ShapeSide) =>
  front(
    [
      [0.03, 1.475],
      [0.06, 1.5],
      [0.1, 1.49],
      [0.12, 1.465],
      [0.1, 1.445],
      [0.06, 1.44],
      [0.035, 1.45],
    ],
    side,
  );

/** Vertebral heights on this body (docs/SURFACE.md). */
const VERTEBRA = {
  C7: 1.485,
  T1: 1.466,
  T2: 1.446,
  T3: 1.425,
  T4: 1.404,
  T5: 1.381,
  T6: 1.358,
  T7: 1.334,
  T8: 1.309,
  T9: 1.283,
  T10: 1.257,
  T11: 1.229,
  T12: 1.201,
  L1: 1.172,
  L2: 1.134,
  L3: 1.096,
} as const;
type Level = keyof typeof VERTEBRA;
const LEVELS = Object.keys(VERTEBRA) as Level[];

/** A paraspinal band beside the spinous processes from level `from` to level `to` (back view). */
const paraspinalBand = (from: Level, to: Level, side: ShapeSide): Shape => {
  const above = LEVELS[LEVELS.indexOf(from) - 1]!;
  const below = LEVELS[LEVELS.indexOf(to) + 1]!;
  const top = (VERTEBRA[from] + VERTEBRA[above]) / 2;
  const bottom = (VERTEBRA[to] + VERTEBRA[below]) / 2;
  const r = (v: number) => Math.round(v * 10000) / 10000;
  return back(
    [
      [0.015, r(top)],
      [0.04, r(top + 0.004)],
      [0.05, r(top - 0.004)],
      [0.05, r(bottom + 0.004)],
      [0.04, r(bottom - 0.004)],
      [0.015, r(bottom)],
    ],
    side,
  );
};

// --- citations used more than once -------------------------------------------------------------
const GIAMBERARDINO = { ref: 'giamberardino-2006-internal-organs' };
const GIAMBERARDINO_2010 = { ref: 'giamberardino-2010-visceral-referred' };
const CARTWRIGHT = {
  ref: 'cartwright-2008-abdominal-pain',
  locator: 'Differential diagnosis by location of abdominal pain',
};
const GRAYS = (topic: string) => ({
  ref: 'standring-grays-2020',
  locator: `Standard text (not read): ${topic}`,
});
const JIN = { ref: 'jin-2023-referred-pain', locator: 'Visceral referred pain; convergence' };

// =================================================================================================
// 1. Visceral referred-pain zones
// =================================================================================================

const visceral: ZoneInput[] = [
  {
    id: 'visceral-paranasal-sinuses',
    name: 'Paranasal sinuses: referred pain',
    kind: 'visceral',
    source: { kind: 'organ', id: 'paranasal-sinuses' },
    essential: [
      // frontal sinus: forehead above the inner brow
      shape('head', 'front', [
        [-0.005, 1.662],
        [0.02, 1.66],
        [0.04, 1.664],
        [0.045, 1.68],
        [0.03, 1.695],
        [-0.005, 1.697],
      ]),
      // ethmoid and maxillary sinuses: bridge of the nose and the cheek beside it
      shape('head', 'front', [
        [-0.004, 1.652],
        [0.012, 1.652],
        [0.018, 1.625],
        [0.035, 1.622],
        [0.052, 1.615],
        [0.055, 1.595],
        [0.04, 1.582],
        [0.02, 1.585],
        [0.016, 1.605],
        [0.01, 1.625],
        [-0.004, 1.627],
      ]),
    ],
    spillover: [
      // upper jaw and upper teeth (maxillary), and the wider forehead and brow
      shape('head', 'front', [
        [0.0, 1.585],
        [0.02, 1.578],
        [0.045, 1.575],
        [0.05, 1.56],
        [0.03, 1.555],
        [0.0, 1.558],
      ]),
      shape('head', 'front', [
        [0.04, 1.662],
        [0.062, 1.66],
        [0.066, 1.685],
        [0.055, 1.71],
        [0.03, 1.715],
        [0.025, 1.697],
        [0.045, 1.68],
      ]),
    ],
    note: 'Inflamed sinus linings are felt through the trigeminal nerve as pressure over the sinus involved: forehead (frontal), bridge of the nose (ethmoid), cheek and upper teeth (maxillary). Many self-diagnosed "sinus headaches" meet the criteria for migraine.',
    evidence: 'limited',
    citations: [
      {
        ref: 'ichd-3-2018',
        locator: '11.5 Headache attributed to disorder of the nose or paranasal sinuses',
      },
      GRAYS('paranasal sinuses: innervation'),
    ],
  },
  {
    id: 'visceral-heart',
    name: 'Heart: referred pain',
    kind: 'visceral',
    source: { kind: 'organ', id: 'heart' },
    essential: [
      // behind the breastbone and over the left chest
      front(
        [
          [-0.035, 1.455],
          [0.03, 1.462],
          [0.09, 1.45],
          [0.13, 1.42],
          [0.14, 1.37],
          [0.13, 1.3],
          [0.095, 1.255],
          [0.04, 1.235],
          [-0.035, 1.24],
        ],
        'left',
      ),
      // front of the neck and along the jaw (both sides)
      front([
        [-0.005, 1.462],
        [0.03, 1.465],
        [0.055, 1.48],
        [0.06, 1.515],
        [0.04, 1.525],
        [-0.005, 1.52],
      ]),
      shape('head', 'front', [
        [-0.005, 1.508],
        [0.03, 1.512],
        [0.052, 1.525],
        [0.064, 1.548],
        [0.06, 1.565],
        [0.046, 1.553],
        [0.025, 1.535],
        [-0.005, 1.53],
      ]),
      // front and top of the left shoulder
      front(
        [
          [0.11, 1.445],
          [0.16, 1.458],
          [0.2, 1.45],
          [0.215, 1.41],
          [0.18, 1.385],
          [0.13, 1.395],
        ],
        'left',
      ),
      shape(
        'upper-arm',
        'front',
        [
          [0.15, 1.47],
          [0.245, 1.47],
          [0.25, 1.42],
          [0.235, 1.385],
          [0.2, 1.368],
          [0.17, 1.373],
          [0.15, 1.4],
        ],
        'left',
      ),
      // inner (medial, flexor) side of the left arm and forearm to the wrist
      around(
        'upper-arm',
        [
          [-160, 1.4],
          [0, 1.4],
          [-5, 1.1],
          [-160, 1.1],
        ],
        'left',
      ),
      around(
        'forearm',
        [
          [-155, 1.105],
          [0, 1.105],
          [-15, 0.86],
          [-145, 0.86],
        ],
        'left',
      ),
    ],
    spillover: [
      // ulnar side of the left hand
      around(
        'hand',
        [
          [-140, 0.855],
          [-45, 0.855],
          [-55, 0.7],
          [-130, 0.7],
        ],
        'left',
      ),
      // inner right upper arm
      around(
        'upper-arm',
        [
          [-140, 1.39],
          [-35, 1.39],
          [-45, 1.16],
          [-135, 1.16],
        ],
        'right',
      ),
      // epigastrium
      front([
        [-0.005, 1.235],
        [0.045, 1.23],
        [0.06, 1.18],
        [0.045, 1.12],
        [-0.005, 1.115],
      ]),
      // between the shoulder blades
      back([
        [-0.005, 1.43],
        [0.05, 1.43],
        [0.065, 1.37],
        [0.05, 1.31],
        [-0.005, 1.3],
      ]),
    ],
    note: 'Cardiac pain enters the upper thoracic cord (about T1–T5) and is felt as diffuse pressure behind the breastbone, spreading to the left shoulder, inner left arm, neck and jaw; less often to the right arm, the epigastrium or between the shoulder blades. Women, older adults and people with diabetes more often have atypical or little pain.',
    redFlag:
      'Possible acute coronary syndrome: chest pressure at rest or on exertion, or arm, neck or jaw pain with breathlessness, sweating or nausea. Emergency assessment; do not treat manually.',
    evidence: 'moderate',
    citations: [
      { ref: 'gulati-2021-chest-pain', locator: 'Chest pain: location and radiation' },
      GIAMBERARDINO,
      GIAMBERARDINO_2010,
    ],
  },
  {
    id: 'visceral-lungs',
    name: 'Lungs and pleura: referred pain',
    kind: 'visceral',
    source: { kind: 'organ', id: 'lungs' },
    essential: [
      // chest wall over the lungs, front, side and back (pleuritic pain)
      around('trunk', [
        [15, 1.43],
        [90, 1.4],
        [165, 1.42],
        [165, 1.13],
        [90, 1.15],
        [15, 1.21],
      ]),
    ],
    spillover: [
      // apex (Pancoast): supraclavicular area, shoulder, inner arm and ulnar forearm
      supraclavicular('same'),
      around('upper-arm', [
        [-150, 1.4],
        [-40, 1.4],
        [-50, 1.1],
        [-140, 1.1],
      ]),
      around('forearm', [
        [-150, 1.1],
        [-60, 1.1],
        [-70, 0.86],
        [-140, 0.86],
      ]),
    ],
    note: 'Lung tissue itself has no pain fibres: pain comes from the parietal pleura, supplied by the intercostal nerves, and is felt sharply over the affected chest wall and worse on breathing in. A tumour at the lung apex (Pancoast) can invade the lower brachial plexus and cause shoulder and inner-arm pain (C8–T2).',
    redFlag:
      'Sudden pleuritic pain with breathlessness (pulmonary embolism, pneumothorax) needs emergency care; persistent shoulder and inner-arm pain in a smoker: consider an apical lung tumour.',
    evidence: 'moderate',
    citations: [
      { ref: 'gulati-2021-chest-pain', locator: 'Non-cardiac chest pain: pulmonary causes' },
      GRAYS('pleura: innervation'),
      { ref: 'thompson-2024-pancoast', locator: 'Abstract: shoulder and arm pain, C8–T2' },
    ],
  },
  {
    id: 'visceral-diaphragm',
    name: 'Diaphragm: referred pain',
    kind: 'visceral',
    source: { kind: 'organ', id: 'diaphragm' },
    essential: [...shoulderTip('same'), supraclavicular('same')],
    spillover: [
      // the peripheral diaphragm (lower intercostal nerves): along the costal margin
      around('trunk', [
        [0, 1.24],
        [130, 1.24],
        [130, 1.16],
        [0, 1.15],
      ]),
    ],
    note: 'The central diaphragm is supplied by the phrenic nerve (C3–C5), so irritation of its surface (blood, pus, gas, an inflamed gallbladder or spleen beneath it) is felt at the tip and top of the shoulder on the same side. The peripheral rim is supplied by the lower intercostal nerves and refers to the costal margin.',
    redFlag:
      'Shoulder-tip pain with abdominal pain, after abdominal trauma or in early pregnancy suggests blood or air under the diaphragm (ruptured spleen, ectopic pregnancy, perforation): emergency.',
    evidence: 'moderate',
    citations: [GRAYS('diaphragm: innervation'), JIN, GIAMBERARDINO],
  },
  {
    id: 'visceral-liver',
    name: 'Liver: referred pain',
    kind: 'visceral',
    source: { kind: 'organ', id: 'liver' },
    essential: [
      // right upper quadrant under the ribs, round to the right side
      front(
        [
          [-0.02, 1.24],
          [0.06, 1.245],
          [0.13, 1.23],
          [0.145, 1.17],
          [0.13, 1.1],
          [0.06, 1.095],
          [-0.02, 1.12],
        ],
        'right',
      ),
      shape(
        'trunk',
        'side',
        [
          [-0.05, 1.23],
          [0.0, 1.245],
          [0.06, 1.23],
          [0.075, 1.17],
          [0.06, 1.11],
          [0.0, 1.095],
          [-0.05, 1.11],
          [-0.065, 1.17],
        ],
        'right',
      ),
    ],
    spillover: [...shoulderTip('right')],
    note: 'Stretching of the liver capsule gives a dull ache under the right ribs; when the inflamed liver or a collection irritates the diaphragm, the pain may be felt at the right shoulder tip (phrenic nerve, C3–C5).',
    evidence: 'limited',
    citations: [GIAMBERARDINO, CARTWRIGHT, GRAYS('liver; diaphragm: innervation')],
  },
  {
    id: 'visceral-gallbladder',
    name: 'Gallbladder: referred pain',
    kind: 'visceral',
    source: { kind: 'organ', id: 'gallbladder' },
    essential: [
      // right upper quadrant and epigastrium
      front(
        [
          [-0.045, 1.225],
          [0.04, 1.235],
          [0.11, 1.22],
          [0.135, 1.17],
          [0.115, 1.1],
          [0.05, 1.09],
          [-0.045, 1.11],
        ],
        'right',
      ),
      // round the inferior angle of the right shoulder blade
      back(
        [
          [0.045, 1.36],
          [0.1, 1.365],
          [0.14, 1.33],
          [0.135, 1.27],
          [0.09, 1.245],
          [0.05, 1.26],
        ],
        'right',
      ),
      // tip of the right shoulder (phrenic referral)
      ...shoulderTip('right'),
    ],
    spillover: [
      // between the right shoulder blade and the spine, and the right side of the chest
      back(
        [
          [0.005, 1.42],
          [0.05, 1.42],
          [0.055, 1.36],
          [0.05, 1.27],
          [0.005, 1.27],
        ],
        'right',
      ),
      shape(
        'trunk',
        'side',
        [
          [-0.06, 1.29],
          [0.0, 1.305],
          [0.05, 1.29],
          [0.06, 1.25],
          [0.05, 1.205],
          [0.0, 1.195],
          [-0.06, 1.21],
        ],
        'right',
      ),
    ],
    note: 'Biliary colic is felt in the epigastrium and right upper quadrant and often spreads to the right shoulder blade (T5–T9 splanchnic afferents). When an inflamed gallbladder irritates the diaphragm, pain is also felt at the right shoulder tip (phrenic nerve, C3–C5).',
    redFlag:
      'Right upper quadrant pain lasting over 6 hours, with fever or jaundice: acute cholecystitis or cholangitis, urgent care. Inferior myocardial infarction can also present as epigastric pain.',
    evidence: 'moderate',
    citations: [
      CARTWRIGHT,
      GIAMBERARDINO,
      { ref: 'umaryland-dissector-gallbladder', locator: 'Case 1, question 2: referred pain' },
      GRAYS('diaphragm: innervation'),
    ],
  },
  {
    id: 'visceral-stomach',
    name: 'Stomach and duodenum: referred pain',
    kind: 'visceral',
    source: { kind: 'organ', id: 'stomach' },
    essential: [
      // epigastrium
      front([
        [-0.005, 1.235],
        [0.035, 1.232],
        [0.065, 1.2],
        [0.07, 1.14],
        [0.045, 1.1],
        [-0.005, 1.095],
      ]),
    ],
    spillover: [
      // left upper quadrant
      front(
        [
          [0.06, 1.22],
          [0.11, 1.215],
          [0.125, 1.17],
          [0.11, 1.11],
          [0.065, 1.1],
        ],
        'left',
      ),
      // mid back (posterior ulcer)
      back([
        [-0.005, 1.36],
        [0.05, 1.36],
        [0.06, 1.3],
        [0.05, 1.25],
        [-0.005, 1.25],
      ]),
    ],
    note: 'Foregut pain (stomach, duodenum) is felt in the midline of the epigastrium, the segments T5–T9; a posterior duodenal ulcer can bore through to the mid back.',
    redFlag:
      'Sudden severe epigastric pain spreading over a rigid abdomen (perforation), or vomiting blood or black stools (bleeding): emergency. Epigastric pain can be cardiac.',
    evidence: 'moderate',
    citations: [CARTWRIGHT, GIAMBERARDINO],
  },
  {
    id: 'visceral-spleen',
    name: 'Spleen: referred pain',
    kind: 'visceral',
    source: { kind: 'organ', id: 'spleen' },
    essential: [
      // left upper quadrant and the left lower ribs at the side
      front(
        [
          [0.04, 1.23],
          [0.11, 1.225],
          [0.14, 1.18],
          [0.13, 1.1],
          [0.07, 1.095],
          [0.04, 1.13],
        ],
        'left',
      ),
      shape(
        'trunk',
        'side',
        [
          [-0.07, 1.25],
          [-0.01, 1.265],
          [0.05, 1.25],
          [0.065, 1.19],
          [0.05, 1.13],
          [-0.01, 1.115],
          [-0.07, 1.13],
          [-0.085, 1.19],
        ],
        'left',
      ),
      // left shoulder tip (Kehr's sign)
      ...shoulderTip('left'),
    ],
    spillover: [supraclavicular('left')],
    note: "Splenic pain is felt under the left ribs; blood under the left hemidiaphragm after rupture irritates the phrenic nerve and is felt at the left shoulder tip or just above the clavicle (Kehr's sign).",
    redFlag:
      'Left upper quadrant pain with left shoulder-tip pain after trauma, or in glandular fever: possible splenic rupture, emergency.',
    evidence: 'limited',
    citations: [
      { ref: 'umaryland-dissector-gallbladder', locator: 'Case 1, question 2: left hemidiaphragm' },
      GIAMBERARDINO,
      GRAYS('spleen; diaphragm: innervation'),
    ],
  },
  {
    id: 'visceral-pancreas',
    name: 'Pancreas: referred pain',
    kind: 'visceral',
    source: { kind: 'organ', id: 'pancreas' },
    essential: [
      // epigastrium
      front([
        [-0.005, 1.225],
        [0.04, 1.222],
        [0.07, 1.19],
        [0.07, 1.12],
        [0.04, 1.1],
        [-0.005, 1.1],
      ]),
      // boring through to the back at about T12–L1
      back([
        [-0.005, 1.245],
        [0.05, 1.245],
        [0.07, 1.21],
        [0.07, 1.15],
        [0.05, 1.13],
        [-0.005, 1.13],
      ]),
    ],
    spillover: [
      // both upper quadrants (a band round the upper abdomen)
      front([
        [0.06, 1.225],
        [0.11, 1.22],
        [0.135, 1.17],
        [0.12, 1.105],
        [0.065, 1.1],
      ]),
    ],
    note: 'The pancreas lies on the back wall of the abdomen: its pain is felt in the epigastrium and characteristically bores straight through to the back, often eased by sitting forward.',
    redFlag:
      'Severe epigastric pain through to the back with vomiting (acute pancreatitis); back pain with weight loss or new diabetes in an older adult (pancreatic cancer). Pain tearing through to the back with collapse may be aortic dissection.',
    evidence: 'moderate',
    citations: [CARTWRIGHT, GIAMBERARDINO],
  },
  {
    id: 'visceral-kidney',
    name: 'Kidney: referred pain',
    kind: 'visceral',
    source: { kind: 'organ', id: 'kidney' },
    essential: [
      // loin: the angle between the 12th rib and the spine, out to the flank
      back([
        [0.025, 1.215],
        [0.06, 1.225],
        [0.1, 1.215],
        [0.13, 1.19],
        [0.145, 1.14],
        [0.135, 1.09],
        [0.1, 1.07],
        [0.055, 1.075],
        [0.025, 1.1],
      ]),
      shape('trunk', 'side', [
        [-0.1, 1.2],
        [-0.05, 1.215],
        [0.0, 1.195],
        [0.025, 1.15],
        [0.015, 1.095],
        [-0.03, 1.075],
        [-0.1, 1.08],
      ]),
    ],
    spillover: [
      // front of the upper abdomen on that side
      front([
        [0.06, 1.19],
        [0.1, 1.2],
        [0.13, 1.17],
        [0.135, 1.11],
        [0.115, 1.07],
        [0.075, 1.07],
        [0.058, 1.12],
      ]),
    ],
    note: 'Stretching of the renal capsule is felt as a deep ache in the loin at the costovertebral angle, spreading round the flank; a stone moving down the ureter gives loin-to-groin colic (see ureter).',
    redFlag:
      'Loin pain with fever and rigors (pyelonephritis, infected obstructed kidney) needs urgent care; in an older adult with "renal colic" exclude a leaking abdominal aortic aneurysm.',
    evidence: 'moderate',
    citations: [
      GIAMBERARDINO,
      CARTWRIGHT,
      { ref: 'rcem-renal-colic', locator: 'Classic presentation' },
    ],
  },
  {
    id: 'visceral-ureter',
    name: 'Ureter: referred pain',
    kind: 'visceral',
    source: { kind: 'organ', id: 'ureter' },
    essential: [
      // loin
      back([
        [0.03, 1.19],
        [0.07, 1.2],
        [0.11, 1.19],
        [0.14, 1.15],
        [0.14, 1.09],
        [0.11, 1.06],
        [0.06, 1.06],
        [0.03, 1.08],
      ]),
      // flank
      shape('trunk', 'side', [
        [-0.09, 1.17],
        [-0.04, 1.18],
        [0.01, 1.15],
        [0.045, 1.07],
        [0.05, 0.99],
        [0.01, 0.97],
        [-0.04, 1.0],
        [-0.09, 1.07],
      ]),
      // lower quadrant down to the groin along the inguinal ligament
      front([
        [0.105, 1.06],
        [0.13, 1.03],
        [0.135, 0.98],
        [0.115, 0.93],
        [0.08, 0.89],
        [0.045, 0.865],
        [0.02, 0.87],
        [0.025, 0.9],
        [0.055, 0.935],
        [0.08, 0.98],
        [0.09, 1.03],
      ]),
    ],
    spillover: [
      // genitals and the upper inner thigh
      front([
        [-0.005, 0.9],
        [0.03, 0.885],
        [0.05, 0.84],
        [0.04, 0.8],
        [-0.005, 0.8],
      ]),
      around('thigh', [
        [-110, 0.87],
        [-30, 0.86],
        [-30, 0.78],
        [-110, 0.78],
      ]),
    ],
    note: 'Ureteric colic follows the stone: loin and flank while it is high, then the lower abdomen and groin, and the scrotum or labia as it nears the bladder (T11–L2, with the genitofemoral and ilioinguinal territories).',
    redFlag:
      'Colic with fever (infected obstructed system) or a solitary kidney needs urgent care; in an older adult exclude a leaking abdominal aortic aneurysm.',
    evidence: 'moderate',
    citations: [
      { ref: 'rcem-renal-colic', locator: 'Classic presentation' },
      GIAMBERARDINO,
      CARTWRIGHT,
    ],
  },
  {
    id: 'visceral-small-intestine',
    name: 'Small intestine: referred pain',
    kind: 'visceral',
    source: { kind: 'organ', id: 'small-intestine' },
    essential: [
      // round the umbilicus
      front([
        [-0.005, 1.1],
        [0.035, 1.095],
        [0.06, 1.065],
        [0.06, 1.02],
        [0.035, 0.99],
        [-0.005, 0.985],
      ]),
    ],
    spillover: [
      // the wider central abdomen
      front([
        [-0.005, 1.14],
        [0.05, 1.135],
        [0.095, 1.09],
        [0.1, 1.01],
        [0.07, 0.96],
        [-0.005, 0.95],
      ]),
    ],
    note: 'Midgut pain (jejunum, ileum, appendix, proximal colon) enters about T9–T11 and is felt as poorly localised colic round the umbilicus, in the midline.',
    redFlag:
      'Colicky central pain with vomiting, distension and no flatus (obstruction); pain out of proportion to the examination in an older adult or with atrial fibrillation (mesenteric ischaemia): emergency.',
    evidence: 'moderate',
    citations: [GIAMBERARDINO, CARTWRIGHT],
  },
  {
    id: 'visceral-appendix',
    name: 'Appendix: referred pain',
    kind: 'visceral',
    source: { kind: 'organ', id: 'appendix' },
    essential: [
      // early, visceral pain round the umbilicus (T10)
      front(
        [
          [-0.045, 1.075],
          [0.0, 1.085],
          [0.045, 1.075],
          [0.055, 1.04],
          [0.045, 1.005],
          [0.0, 0.995],
          [-0.045, 1.005],
          [-0.055, 1.04],
        ],
        'right',
      ),
      // later, parietal pain over McBurney's point in the right lower quadrant
      front(
        [
          [0.045, 1.03],
          [0.08, 1.035],
          [0.115, 1.01],
          [0.115, 0.975],
          [0.085, 0.955],
          [0.05, 0.96],
          [0.04, 0.995],
        ],
        'right',
      ),
    ],
    spillover: [
      // retrocaecal appendix: right flank; pelvic appendix: suprapubic
      shape(
        'trunk',
        'side',
        [
          [-0.07, 1.07],
          [-0.01, 1.085],
          [0.04, 1.07],
          [0.05, 1.02],
          [0.04, 0.975],
          [-0.01, 0.965],
          [-0.07, 0.98],
        ],
        'right',
      ),
      front(
        [
          [-0.03, 0.955],
          [0.02, 0.96],
          [0.05, 0.94],
          [0.045, 0.91],
          [0.0, 0.9],
          [-0.03, 0.91],
        ],
        'right',
      ),
    ],
    note: "Early appendicitis is felt round the umbilicus, because the appendix's visceral afferents enter at T10; once the inflamed appendix touches the parietal peritoneum the pain moves to McBurney's point in the right lower quadrant. A retrocaecal or pelvic appendix shifts the pain to the flank or suprapubic area.",
    redFlag:
      'Central pain moving to the right lower quadrant with fever, anorexia or guarding: acute appendicitis, urgent surgical assessment. In a woman of child-bearing age exclude ectopic pregnancy.',
    evidence: 'moderate',
    citations: [CARTWRIGHT, GIAMBERARDINO, GRAYS('appendix: innervation')],
  },
  {
    id: 'visceral-colon',
    name: 'Colon: referred pain',
    kind: 'visceral',
    source: { kind: 'organ', id: 'colon' },
    essential: [
      // lower abdomen (hypogastrium) below the umbilicus
      front([
        [-0.005, 1.0],
        [0.05, 0.995],
        [0.08, 0.96],
        [0.07, 0.915],
        [0.03, 0.9],
        [-0.005, 0.9],
      ]),
    ],
    spillover: [
      // lower quadrants and flanks (the part of the colon involved), and the sacrum (rectum)
      front([
        [0.06, 1.08],
        [0.1, 1.09],
        [0.13, 1.06],
        [0.14, 1.0],
        [0.125, 0.955],
        [0.09, 0.94],
        [0.065, 0.97],
        [0.055, 1.03],
      ]),
      back([
        [-0.005, 1.0],
        [0.04, 1.0],
        [0.05, 0.94],
        [0.03, 0.9],
        [-0.005, 0.9],
      ]),
    ],
    note: 'Hindgut pain (distal transverse colon to rectum) is felt low in the midline, below the umbilicus; when the wall or peritoneum is inflamed the pain moves over the part involved (e.g. the left lower quadrant in diverticulitis). Rectal pain is felt over the sacrum.',
    redFlag:
      'Left lower quadrant pain with fever in an older adult (diverticulitis); change in bowel habit with rectal bleeding or weight loss (colorectal cancer); distension with absolute constipation (obstruction).',
    evidence: 'moderate',
    citations: [GIAMBERARDINO, CARTWRIGHT],
  },
  {
    id: 'visceral-bladder',
    name: 'Bladder: referred pain',
    kind: 'visceral',
    source: { kind: 'organ', id: 'bladder' },
    essential: [
      // suprapubic
      front([
        [-0.005, 0.955],
        [0.04, 0.952],
        [0.065, 0.92],
        [0.055, 0.875],
        [0.02, 0.865],
        [-0.005, 0.865],
      ]),
    ],
    spillover: [
      // over the sacrum (S2–S4, bladder neck)
      back([
        [-0.005, 0.99],
        [0.035, 0.99],
        [0.045, 0.93],
        [0.025, 0.89],
        [-0.005, 0.89],
      ]),
    ],
    note: 'A distended or inflamed bladder is felt above the pubis (T11–L2); the bladder neck and urethra use the pelvic splanchnic nerves (S2–S4) and refer to the perineum and sacrum.',
    redFlag:
      'Suprapubic pain with inability to pass urine (retention); loin pain and fever (upper tract infection); painless visible blood in the urine in an older adult (bladder cancer).',
    evidence: 'limited',
    citations: [GIAMBERARDINO, GRAYS('bladder: innervation')],
  },
  {
    id: 'visceral-uterus',
    name: 'Uterus: referred pain',
    kind: 'visceral',
    source: { kind: 'organ', id: 'uterus' },
    essential: [
      // suprapubic and lower abdomen
      front([
        [-0.005, 0.985],
        [0.05, 0.98],
        [0.08, 0.945],
        [0.07, 0.895],
        [0.03, 0.87],
        [-0.005, 0.87],
      ]),
      // low back and sacrum
      back([
        [-0.005, 1.07],
        [0.05, 1.07],
        [0.075, 1.02],
        [0.06, 0.93],
        [0.03, 0.9],
        [-0.005, 0.9],
      ]),
    ],
    spillover: [
      // front and inner thighs (dysmenorrhoea)
      around('thigh', [
        [-100, 0.85],
        [-40, 0.865],
        [20, 0.86],
        [25, 0.8],
        [10, 0.735],
        [-50, 0.72],
        [-100, 0.75],
      ]),
    ],
    note: 'Uterine pain (T10–L1 with the pelvic splanchnic nerves, S2–S4) is felt above the pubis and across the low back and sacrum; menstrual cramps often spread to the front and inner thighs.',
    redFlag:
      'Lower abdominal pain with a missed period, shoulder-tip pain or fainting: ectopic pregnancy until proven otherwise. Pelvic pain with fever or discharge: pelvic inflammatory disease.',
    evidence: 'limited',
    citations: [
      GIAMBERARDINO,
      { ref: 'proctor-2006-dysmenorrhoea-cochrane', locator: 'Background: dysmenorrhoea' },
      GRAYS('uterus: innervation'),
    ],
  },
];

// =================================================================================================
// 2. Viscerosomatic levels (paraspinal bands)
// =================================================================================================

const VS_CITATIONS = [
  { ref: 'beal-1985-viscerosomatic', locator: 'Autonomic segmental reference sites' },
  { ref: 'statpearls-viscerosomatic-reflexes', locator: 'Introduction; mechanism' },
  {
    ref: 'chila-foundations-2010',
    locator: 'Standard text (not read): viscerosomatic reflex tables',
  },
  { ref: 'kuchera-systemic-dysfunction', locator: 'Standard text (not read): levels tables' },
];

const VAGUS =
  'Parasympathetic supply: the vagus, treated in OMT at the occipitoatlantal region and C1–C2.';
const PELVIC =
  'Parasympathetic supply: the pelvic splanchnic nerves (S2–S4), treated over the sacrum.';

const band = (
  organ: string,
  name: string,
  from: Level,
  to: Level,
  sides: ShapeSide[],
  note: string,
): ZoneInput => ({
  id: `viscerosomatic-${organ}`,
  name: `${name}: viscerosomatic levels`,
  kind: 'viscerosomatic',
  source: { kind: 'organ', id: organ },
  levels: { from, to },
  essential: sides.map((s) => paraspinalBand(from, to, s)),
  note,
  evidence: 'traditional',
  citations: VS_CITATIONS,
});

const viscerosomatic: ZoneInput[] = [
  band(
    'paranasal-sinuses',
    'Paranasal sinuses',
    'T1',
    'T4',
    ['same'],
    'Head and neck structures take their sympathetic supply from T1–T4 (some tables T1–T5). Parasympathetic supply: facial nerve via the pterygopalatine ganglion.',
  ),
  band(
    'heart',
    'Heart',
    'T1',
    'T5',
    ['left'],
    `Taught as T1–T5, mainly on the left. ${VAGUS} Sources give slightly different ranges; the band marks where tissue texture change is looked for, not where pain is felt.`,
  ),
  band(
    'lungs',
    'Lungs',
    'T2',
    'T7',
    ['same'],
    `Taught as T2–T7 on both sides (some tables T1–T4 for the bronchi). ${VAGUS}`,
  ),
  band(
    'liver',
    'Liver',
    'T5',
    'T9',
    ['right'],
    `Taught as T5–T9 on the right (ranges from T6–T9 to T5–T10 are given). ${VAGUS}`,
  ),
  band(
    'gallbladder',
    'Gallbladder',
    'T5',
    'T9',
    ['right'],
    `Taught as T5–T9 on the right (some tables T6–T9 or T5–T10). ${VAGUS} The phrenic (C3–C5) shoulder referral is a separate, somatic pathway.`,
  ),
  band(
    'stomach',
    'Stomach',
    'T5',
    'T9',
    ['left'],
    `Taught as T5–T9 on the left (some tables T5–T10; the duodenum on the right). ${VAGUS}`,
  ),
  band('spleen', 'Spleen', 'T7', 'T9', ['left'], `Taught as T7–T9 on the left. ${VAGUS}`),
  band(
    'pancreas',
    'Pancreas',
    'T5',
    'T9',
    ['same'],
    `Taught as T5–T9, on the right or on both sides depending on the table. ${VAGUS}`,
  ),
  band(
    'small-intestine',
    'Small intestine',
    'T9',
    'T11',
    ['same'],
    `Taught as T9–T11 on both sides (some tables T8–T10 or T10–T11). ${VAGUS}`,
  ),
  band(
    'appendix',
    'Appendix',
    'T10',
    'T12',
    ['right'],
    `Taught as T10–T12 on the right (tables range from T12 alone to T9–T12). ${VAGUS}`,
  ),
  band(
    'colon',
    'Colon',
    'T10',
    'L2',
    ['same'],
    `Taught as T10–L2: the ascending colon lower thoracic on the right, the descending and sigmoid colon T12–L2 on the left. Parasympathetic supply: the vagus to the proximal colon, the pelvic splanchnic nerves (S2–S4) beyond the splenic flexure.`,
  ),
  band(
    'kidney',
    'Kidney',
    'T10',
    'L1',
    ['same'],
    `Taught as T10–L1 on the same side (some tables T9–L1 or T10–T11). ${VAGUS}`,
  ),
  band(
    'ureter',
    'Ureter',
    'T10',
    'L2',
    ['same'],
    `Taught as T10–L2 on the same side: upper ureter T10–T11, lower ureter T12–L2 (some tables to L3). Parasympathetic supply: vagus above, pelvic splanchnic nerves (S2–S4) to the lower ureter.`,
  ),
  band('bladder', 'Bladder', 'T11', 'L2', ['same'], `Taught as T11–L2 on both sides. ${PELVIC}`),
  band(
    'uterus',
    'Uterus',
    'T10',
    'L2',
    ['same'],
    `Taught as T10–L2 on both sides (some tables T9–L2). ${PELVIC}`,
  ),
];

// =================================================================================================
// 3. Joint referral maps
// =================================================================================================

const COOPER = {
  ref: 'cooper-2007-cervical-zjoint-maps',
  locator: 'Abstract: probability maps from block-proven joints',
};
const DWYER = {
  ref: 'dwyer-1990-cervical-zjoint-volunteers',
  locator: 'Standard source (not read): volunteer pain charts',
};
const APRILL = {
  ref: 'aprill-1990-cervical-zjoint-clinical',
  locator: 'First page: charts tested',
};
const FUKUI_C = { ref: 'fukui-1996-cervical-zjoint', locator: 'Abstract: main referral areas' };
const FUKUI_L = { ref: 'fukui-1997-lumbar-zjoint', locator: 'Abstract: distribution and overlap' };

const CERVICAL_NOTE =
  'Charts from volunteers (Dwyer 1990) and block-confirmed patients (Cooper 2007) agree on the segmental pattern; adjacent joints overlap, remote ones do not.';
const LUMBAR_NOTE =
  'Referral from the lumbar facet joints overlaps a great deal between levels (Fukui 1997); lower joints reach further into the buttock and thigh, but not below the knee as a rule.';

const joint = (
  id: string,
  name: string,
  essential: Shape[],
  spillover: Shape[],
  note: string,
  evidence: ZoneInput['evidence'],
  citations: ZoneInput['citations'],
  redFlag?: string,
): ZoneInput => ({
  id: `joint-${id}`,
  name: `${name}: referred pain`,
  kind: 'joint-referral',
  source: { kind: 'joint', id },
  essential,
  spillover,
  note,
  ...(redFlag ? { redFlag } : {}),
  evidence,
  citations,
});

/**
 * Back and side of the neck, as angles round the trunk axis (90 lateral, 180 the midline behind;
 * 185 just crosses it): the back view alone would also catch the underside of the jaw.
 */
const neck = (outline: Pt[]) => around('trunk', outline);

const joints: ZoneInput[] = [
  joint(
    'facet-c2-c3',
    'C2–C3 facet joint',
    [
      neck([
        [100, 1.55],
        [115, 1.605],
        [150, 1.63],
        [185, 1.63],
        [185, 1.535],
        [130, 1.535],
      ]),
    ],
    [
      // back of the head up towards the vertex, and behind the ear
      shape('head', 'back', [
        [-0.005, 1.695],
        [0.03, 1.69],
        [0.052, 1.67],
        [0.06, 1.64],
        [0.06, 1.6],
        [0.03, 1.625],
        [-0.005, 1.625],
      ]),
    ],
    `Pain in the upper back of the neck spreading onto the occiput; the C2–C3 joint (third occipital nerve) is a common source of cervicogenic headache. ${CERVICAL_NOTE}`,
    'moderate',
    [FUKUI_C, COOPER, DWYER, APRILL],
  ),
  joint(
    'facet-c3-c4',
    'C3–C4 facet joint',
    [
      neck([
        [85, 1.57],
        [115, 1.585],
        [185, 1.585],
        [185, 1.505],
        [120, 1.5],
        [85, 1.51],
      ]),
    ],
    [
      // up to the occiput and down to the base of the neck
      neck([
        [100, 1.585],
        [130, 1.61],
        [185, 1.612],
        [185, 1.585],
      ]),
      back([
        [-0.005, 1.5],
        [0.05, 1.5],
        [0.075, 1.485],
        [0.06, 1.47],
        [-0.005, 1.475],
      ]),
    ],
    `Pain over the posterolateral neck between the occiput and the base of the neck, over the levator scapulae. ${CERVICAL_NOTE}`,
    'moderate',
    [FUKUI_C, COOPER, DWYER],
  ),
  joint(
    'facet-c4-c5',
    'C4–C5 facet joint',
    [
      neck([
        [90, 1.54],
        [130, 1.55],
        [182, 1.545],
        [182, 1.497],
        [90, 1.497],
      ]),
      back([
        [0.01, 1.499],
        [0.065, 1.499],
        [0.085, 1.488],
        [0.1, 1.472],
        [0.08, 1.462],
        [0.04, 1.466],
        [0.01, 1.476],
      ]),
    ],
    [
      // up the neck and out along the top of the shoulder girdle
      neck([
        [100, 1.545],
        [130, 1.58],
        [182, 1.58],
        [182, 1.545],
      ]),
      back([
        [0.08, 1.497],
        [0.11, 1.49],
        [0.14, 1.478],
        [0.14, 1.455],
        [0.1, 1.452],
        [0.085, 1.465],
      ]),
    ],
    `Pain in the lower posterolateral neck, in the angle between the neck and the top of the shoulder. ${CERVICAL_NOTE}`,
    'moderate',
    [FUKUI_C, COOPER, DWYER],
  ),
  joint(
    'facet-c5-c6',
    'C5–C6 facet joint',
    [
      // base of the neck and across the top of the shoulder above the spine of the scapula
      back([
        [0.015, 1.499],
        [0.06, 1.499],
        [0.1, 1.49],
        [0.15, 1.475],
        [0.185, 1.455],
        [0.175, 1.43],
        [0.13, 1.435],
        [0.08, 1.445],
        [0.035, 1.455],
        [0.015, 1.47],
      ]),
    ],
    [
      // up into the neck, and down over the shoulder blade
      neck([
        [115, 1.56],
        [182, 1.56],
        [182, 1.499],
        [115, 1.499],
      ]),
      back([
        [0.06, 1.44],
        [0.13, 1.435],
        [0.15, 1.4],
        [0.12, 1.36],
        [0.075, 1.37],
        [0.055, 1.41],
      ]),
    ],
    `Pain centred on the base of the neck and the top of the shoulder, sometimes spreading over the shoulder blade. ${CERVICAL_NOTE}`,
    'moderate',
    [FUKUI_C, COOPER, DWYER],
  ),
  joint(
    'facet-c6-c7',
    'C6–C7 facet joint',
    [
      back([
        [0.015, 1.495],
        [0.06, 1.488],
        [0.11, 1.47],
        [0.12, 1.43],
        [0.1, 1.39],
        [0.065, 1.38],
        [0.04, 1.4],
        [0.015, 1.43],
      ]),
    ],
    [
      // down the medial border of the shoulder blade
      back([
        [0.03, 1.4],
        [0.075, 1.385],
        [0.095, 1.34],
        [0.08, 1.31],
        [0.045, 1.32],
        [0.03, 1.36],
      ]),
    ],
    `Pain at the junction of the neck and shoulder girdle spreading down and in over the upper and medial shoulder blade (superior angle). ${CERVICAL_NOTE}`,
    'moderate',
    [FUKUI_C, COOPER, DWYER],
  ),
  // --- lumbar facet joints ---
  joint(
    'facet-l1-l2',
    'L1–L2 facet joint',
    [
      back([
        [0.0, 1.2],
        [0.05, 1.2],
        [0.085, 1.175],
        [0.085, 1.13],
        [0.05, 1.11],
        [0.0, 1.11],
      ]),
    ],
    [
      // flank and along the iliac crest
      back([
        [0.06, 1.14],
        [0.12, 1.14],
        [0.15, 1.09],
        [0.14, 1.04],
        [0.09, 1.05],
        [0.06, 1.09],
      ]),
    ],
    `Pain across the upper lumbar region on that side. ${LUMBAR_NOTE}`,
    'limited',
    [FUKUI_L],
  ),
  joint(
    'facet-l2-l3',
    'L2–L3 facet joint',
    [
      back([
        [0.0, 1.165],
        [0.05, 1.165],
        [0.09, 1.135],
        [0.09, 1.085],
        [0.05, 1.07],
        [0.0, 1.07],
      ]),
    ],
    [
      // upper buttock and the greater trochanter
      back([
        [0.03, 1.06],
        [0.1, 1.06],
        [0.15, 1.01],
        [0.155, 0.93],
        [0.11, 0.93],
        [0.05, 0.97],
      ]),
      around('thigh', [
        [60, 0.96],
        [130, 0.96],
        [130, 0.87],
        [60, 0.87],
      ]),
    ],
    `Pain in the mid lumbar region, sometimes into the upper buttock and over the greater trochanter. ${LUMBAR_NOTE}`,
    'limited',
    [FUKUI_L],
  ),
  joint(
    'facet-l3-l4',
    'L3–L4 facet joint',
    [
      back([
        [0.0, 1.125],
        [0.055, 1.125],
        [0.1, 1.095],
        [0.105, 1.045],
        [0.06, 1.03],
        [0.0, 1.035],
      ]),
    ],
    [
      // buttock, trochanter and lateral thigh, groin
      back([
        [0.02, 1.03],
        [0.1, 1.035],
        [0.155, 0.99],
        [0.16, 0.9],
        [0.1, 0.87],
        [0.04, 0.9],
      ]),
      around('thigh', [
        [60, 0.96],
        [130, 0.96],
        [125, 0.8],
        [100, 0.74],
        [70, 0.78],
      ]),
      front([
        [0.04, 0.93],
        [0.09, 0.95],
        [0.12, 0.92],
        [0.1, 0.87],
        [0.06, 0.85],
      ]),
    ],
    `Pain in the lower lumbar region, spreading at times to the buttock, the lateral thigh and the groin. ${LUMBAR_NOTE}`,
    'limited',
    [FUKUI_L],
  ),
  joint(
    'facet-l4-l5',
    'L4–L5 facet joint',
    [
      back([
        [0.0, 1.085],
        [0.055, 1.085],
        [0.1, 1.06],
        [0.12, 1.0],
        [0.1, 0.96],
        [0.05, 0.97],
        [0.0, 1.0],
      ]),
    ],
    [
      // buttock, posterior and lateral thigh to above the knee, groin
      back([
        [0.02, 0.99],
        [0.1, 0.985],
        [0.16, 0.95],
        [0.16, 0.86],
        [0.09, 0.83],
        [0.03, 0.86],
      ]),
      around('thigh', [
        [70, 0.88],
        [200, 0.85],
        [195, 0.72],
        [175, 0.64],
        [120, 0.64],
        [80, 0.72],
      ]),
      front([
        [0.04, 0.93],
        [0.09, 0.95],
        [0.12, 0.92],
        [0.1, 0.87],
        [0.06, 0.85],
      ]),
    ],
    `Pain in the low back and upper buttock, spreading at times down the back and side of the thigh and to the groin. ${LUMBAR_NOTE}`,
    'limited',
    [FUKUI_L],
  ),
  joint(
    'facet-l5-s1',
    'L5–S1 facet joint',
    [
      back([
        [0.0, 1.05],
        [0.05, 1.05],
        [0.1, 1.02],
        [0.135, 0.96],
        [0.12, 0.91],
        [0.06, 0.9],
        [0.0, 0.94],
      ]),
    ],
    [
      // lower buttock and posterior thigh to above the knee, lateral thigh, groin
      back([
        [0.02, 0.93],
        [0.1, 0.92],
        [0.165, 0.9],
        [0.16, 0.83],
        [0.09, 0.81],
        [0.03, 0.84],
      ]),
      around('thigh', [
        [80, 0.86],
        [215, 0.83],
        [210, 0.7],
        [190, 0.62],
        [140, 0.62],
        [95, 0.7],
      ]),
      front([
        [0.04, 0.93],
        [0.09, 0.95],
        [0.12, 0.92],
        [0.1, 0.87],
        [0.06, 0.85],
      ]),
    ],
    `Pain in the lumbosacral region and buttock, spreading at times down the back of the thigh and to the groin. ${LUMBAR_NOTE}`,
    'limited',
    [FUKUI_L],
  ),
  // --- sacroiliac joint ---
  joint(
    'sacroiliac',
    'Sacroiliac joint',
    [
      // buttock below the posterior superior iliac spine, over the joint and medial buttock
      back([
        [0.02, 1.03],
        [0.06, 1.035],
        [0.1, 1.0],
        [0.13, 0.95],
        [0.125, 0.89],
        [0.08, 0.86],
        [0.035, 0.88],
        [0.015, 0.95],
      ]),
    ],
    [
      // lower lumbar region above
      back([
        [0.0, 1.09],
        [0.07, 1.09],
        [0.09, 1.04],
        [0.05, 1.03],
        [0.0, 1.035],
      ]),
      // posterior thigh
      around('thigh', [
        [140, 0.86],
        [220, 0.86],
        [215, 0.6],
        [145, 0.6],
      ]),
      // groin
      front([
        [0.03, 0.92],
        [0.08, 0.94],
        [0.11, 0.91],
        [0.09, 0.865],
        [0.05, 0.85],
      ]),
    ],
    'Pain over the joint just below the posterior superior iliac spine and across the buttock (Fortin: a small area just below the PSIS in volunteers; Slipman: buttock in nearly all, lower lumbar region in most of 50 block-confirmed patients). The thigh, groin and below the knee are reached less often; upper sections of the joint refer higher, lower sections lower in the buttock.',
    'limited',
    [
      { ref: 'slipman-2000-sij-referral', locator: 'Abstract and results: referral zones' },
      { ref: 'fortin-1994-sij-volunteers', locator: 'Not read: volunteer referral map' },
      { ref: 'kurosawa-2014-sij-sections', locator: 'Abstract: sections; groin pain' },
    ],
  ),
  // --- hip joint ---
  joint(
    'hip',
    'Hip joint',
    [
      // buttock (the commonest area)
      back([
        [0.03, 0.97],
        [0.1, 0.985],
        [0.155, 0.96],
        [0.17, 0.89],
        [0.14, 0.835],
        [0.07, 0.83],
        [0.035, 0.87],
      ]),
      // groin
      front([
        [0.025, 0.93],
        [0.07, 0.955],
        [0.12, 0.95],
        [0.13, 0.9],
        [0.1, 0.855],
        [0.05, 0.835],
        [0.015, 0.86],
      ]),
      // anterior and lateral thigh
      around('thigh', [
        [-30, 0.87],
        [40, 0.9],
        [125, 0.92],
        [120, 0.8],
        [90, 0.72],
        [20, 0.7],
        [-25, 0.76],
      ]),
    ],
    [
      // knee (obturator / femoral articular branches)
      around('leg', [
        [-120, 0.55],
        [-40, 0.57],
        [45, 0.55],
        [45, 0.46],
        [-40, 0.44],
        [-120, 0.46],
      ]),
      // below the knee: side and back of the leg
      around('leg', [
        [80, 0.43],
        [200, 0.43],
        [195, 0.32],
        [170, 0.25],
        [100, 0.25],
        [85, 0.32],
      ]),
    ],
    'Block-confirmed hip pain is felt most often in the buttock, then the thigh and the groin (Lesher 2008); a fifth of patients also feel it below the knee. Knee pain alone is uncommon in adults but is a classic presentation in children.',
    'limited',
    [
      { ref: 'lesher-2008-hip-referral', locator: 'Abstract: buttock 71%, thigh 57%, groin 55%' },
      { ref: 'matava-1999-scfe-knee-pain', locator: 'Abstract: 15% presented with knee pain' },
    ],
    'Knee or thigh pain in a child or adolescent, especially with a limp: examine the hip for slipped capital femoral epiphysis (and for septic arthritis or Perthes disease).',
  ),
];

export const visceralAndJoints: MapInput = {
  zones: [...visceral, ...viscerosomatic, ...joints],
  points: [],
};
