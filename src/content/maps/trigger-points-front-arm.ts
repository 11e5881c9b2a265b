/**
 * Trigger-point referral zones of the chest, abdomen, hip flexor, shoulder and arm muscles, with the
 * trigger points themselves (docs/SURFACE.md coordinates; see maps/index.ts).
 *
 * The shapes follow the Trigger Point Manual's charts (essential = solid, spillover = stippled) as
 * the open sources that were read describe them; the book itself was not read. Each zone cites the
 * book chapter, the Delphi consensus (referral areas vary between people) and the sources read.
 * Upper-arm and forearm outlines use `around` (θ: 0 front, 90 lateral, ±180 back, −90 medial);
 * the palm is the hand's `front`, its dorsum `back`; trunk outlines are `front` / `back` and reach
 * the thigh (the iliopsoas's groin and thigh pain). Outlines that cross x = 0 cover both sides.
 */
import type { MapInput, PointInput, ZoneInput } from './types';

type Pt = [number, number];
type Shape = ZoneInput['essential'][number];
type Cite = ZoneInput['citations'][number];

const upperArm = (outline: Pt[]): Shape => ({ segment: 'upper-arm', view: 'around', outline });
const forearm = (outline: Pt[]): Shape => ({ segment: 'forearm', view: 'around', outline });
const palm = (outline: Pt[]): Shape => ({ segment: 'hand', view: 'front', outline });
const dorsum = (outline: Pt[]): Shape => ({ segment: 'hand', view: 'back', outline });
const front = (outline: Pt[]): Shape => ({ segment: 'trunk', view: 'front', outline });
const back = (outline: Pt[]): Shape => ({ segment: 'trunk', view: 'back', outline });

// ---------------------------------------------------------------------------------------------
// Citations

const ts = (chapter: string): Cite => ({
  ref: 'travell-simons-2019',
  locator: `Standard text (not read): ${chapter} chapter`,
});
const CONSENSUS: Cite = {
  ref: 'fernandez-de-las-penas-2018-trp-consensus',
  locator: 'Referred pain as a diagnostic criterion; its area varies between people',
};
const namtpt = (page: string): Cite => ({
  ref: 'namtpt-symptom-checker',
  locator: `${page} page: where the trigger points refer pain`,
});
const cites = (chapter: string, ...read: Cite[]): Cite[] => [ts(chapter), CONSENSUS, ...read];

const CAVEAT = 'A typical chart from clinical observation; the area varies between people.';

// ---------------------------------------------------------------------------------------------
// Shapes used by several muscles

/** Front of the shoulder over the anterior deltoid, on the arm. */
const ANT_SHOULDER: Pt[] = [
  [-25, 1.36],
  [-12, 1.315],
  [15, 1.3],
  [50, 1.305],
  [75, 1.34],
  [80, 1.4],
  [60, 1.46],
  [20, 1.465],
  [-25, 1.46],
  [-50, 1.42],
  [-40, 1.38],
];
/** The same, on the trunk's skin that caps the front of the shoulder. */
const ANT_SHOULDER_TOP: Pt[] = [
  [0.14, 1.385],
  [0.165, 1.37],
  [0.2, 1.39],
  [0.215, 1.43],
  [0.205, 1.47],
  [0.165, 1.475],
  [0.14, 1.445],
];
/** Back of the shoulder over the posterior deltoid, on the arm. */
const POST_SHOULDER: Pt[] = [
  [110, 1.36],
  [135, 1.305],
  [170, 1.295],
  [200, 1.31],
  [212, 1.36],
  [230, 1.4],
  [215, 1.445],
  [175, 1.46],
  [135, 1.455],
  [112, 1.42],
];
/** The same, on the trunk's skin that caps the back of the shoulder. */
const POST_SHOULDER_TOP: Pt[] = ANT_SHOULDER_TOP;
/** Over the lateral epicondyle. */
const LATERAL_EPICONDYLE: Pt[] = [
  [85, 1.11],
  [92, 1.085],
  [110, 1.075],
  [130, 1.085],
  [137, 1.11],
  [130, 1.135],
  [110, 1.145],
  [92, 1.135],
];
/** Over the medial epicondyle. */
const MEDIAL_EPICONDYLE: Pt[] = LATERAL_EPICONDYLE.map(([a, y]) => [-a, y]);

// ---------------------------------------------------------------------------------------------
// Zones

function trp(
  id: string,
  muscle: string,
  name: string,
  essential: Shape[],
  spillover: Shape[],
  note: string,
  citations: Cite[],
): ZoneInput {
  return {
    id,
    name,
    kind: 'trigger-point',
    source: { kind: 'muscle', id: muscle },
    essential,
    spillover,
    note,
    evidence: 'expert-opinion',
    citations,
  };
}

const zones: ZoneInput[] = [
  // Chest ----------------------------------------------------------------------------------
  trp(
    'trp-pectoralis-major',
    'pectoralis-major',
    'Pectoralis major (sternal section) trigger-point referral',
    [
      front([
        [-0.005, 1.3],
        [0.03, 1.27],
        [0.08, 1.255],
        [0.125, 1.27],
        [0.155, 1.31],
        [0.16, 1.36],
        [0.135, 1.395],
        [0.07, 1.405],
        [-0.005, 1.4],
      ]),
      forearm(MEDIAL_EPICONDYLE),
    ],
    [
      upperArm([
        [-140, 1.1],
        [-95, 1.09],
        [-30, 1.11],
        [-15, 1.22],
        [-25, 1.33],
        [-95, 1.36],
        [-140, 1.3],
      ]),
      forearm([
        [-135, 1.12],
        [-120, 0.97],
        [-100, 0.845],
        [-50, 0.845],
        [-30, 0.95],
        [-35, 1.12],
      ]),
      palm([
        [0.192, 0.85],
        [0.222, 0.85],
        [0.232, 0.78],
        [0.232, 0.7],
        [0.21, 0.67],
        [0.192, 0.69],
      ]),
    ],
    'Sternal-section trigger points refer pain over the front of the chest and down the inner arm, centring on the medial epicondyle and, when intense, the ulnar side of the hand. On the left this pattern mimics angina, which must be ruled out first. ' +
      CAVEAT,
    cites('Pectoralis major', namtpt('Pectoralis major and subclavius'), {
      ref: 'aberdeen-2019-pectoralis-major',
      locator: 'Left pectoral trigger points can mimic heart attack and angina',
    }),
  ),
  trp(
    'trp-pectoralis-major-clavicular',
    'pectoralis-major',
    'Pectoralis major (clavicular section) trigger-point referral',
    [upperArm(ANT_SHOULDER), front(ANT_SHOULDER_TOP)],
    [
      front([
        [0.03, 1.405],
        [0.09, 1.395],
        [0.14, 1.4],
        [0.15, 1.43],
        [0.09, 1.445],
        [0.03, 1.44],
      ]),
    ],
    'Clavicular-section trigger points refer pain to the front of the shoulder (anterior deltoid) and locally over the clavicular fibres. ' +
      CAVEAT,
    cites('Pectoralis major', namtpt('Pectoralis major and subclavius')),
  ),
  trp(
    'trp-pectoralis-minor',
    'pectoralis-minor',
    'Pectoralis minor trigger-point referral',
    [upperArm(ANT_SHOULDER), front(ANT_SHOULDER_TOP)],
    [
      front([
        [0.0, 1.3],
        [0.05, 1.265],
        [0.12, 1.27],
        [0.16, 1.31],
        [0.165, 1.37],
        [0.14, 1.42],
        [0.06, 1.425],
        [0.0, 1.41],
      ]),
      upperArm([
        [-140, 1.1],
        [-95, 1.09],
        [-30, 1.11],
        [-15, 1.22],
        [-25, 1.33],
        [-95, 1.36],
        [-140, 1.3],
      ]),
      forearm([
        [-135, 1.12],
        [-120, 0.97],
        [-100, 0.845],
        [-45, 0.845],
        [-25, 0.95],
        [-30, 1.12],
      ]),
      palm([
        [0.192, 0.85],
        [0.24, 0.85],
        [0.252, 0.76],
        [0.25, 0.68],
        [0.21, 0.665],
        [0.192, 0.69],
      ]),
    ],
    'Pain centres on the front of the shoulder and may spread over the pectoral region and down the ulnar side of the arm and forearm into the palm and the middle, ring and little fingers; on the left it too can resemble angina. ' +
      CAVEAT,
    cites('Pectoralis minor', {
      ref: 'muscle-joint-pain-pectoralis-minor',
      locator: 'Main pain zone front of shoulder; chest, inner arm, palm and 3rd-5th fingers',
    }),
  ),

  // Abdomen --------------------------------------------------------------------------------
  trp(
    'trp-rectus-abdominis',
    'rectus-abdominis',
    'Rectus abdominis (upper) trigger-point referral',
    [
      back([
        [-0.13, 1.18],
        [-0.06, 1.165],
        [0.06, 1.165],
        [0.13, 1.18],
        [0.135, 1.225],
        [0.12, 1.265],
        [0, 1.27],
        [-0.12, 1.265],
        [-0.135, 1.225],
      ]),
    ],
    [
      front([
        [-0.02, 1.15],
        [0.04, 1.14],
        [0.1, 1.16],
        [0.11, 1.2],
        [0.08, 1.245],
        [0.02, 1.26],
        [-0.02, 1.24],
      ]),
    ],
    'A trigger point high in the muscle refers pain in a horizontal band across the mid back on both sides at the thoracolumbar junction; pain and fullness may also be felt locally in the upper abdomen. ' +
      CAVEAT,
    cites(
      'Abdominal muscles',
      {
        ref: 'kent-2009-rectus-abdominis',
        locator: 'Upper trigger points: band across the mid back at the thoracolumbar level',
      },
      namtpt('Abdominals'),
    ),
  ),
  trp(
    'trp-rectus-abdominis-lower',
    'rectus-abdominis',
    'Rectus abdominis (lower) trigger-point referral',
    [
      back([
        [-0.11, 0.96],
        [-0.05, 0.945],
        [0.05, 0.945],
        [0.11, 0.96],
        [0.115, 1.0],
        [0.1, 1.035],
        [0, 1.04],
        [-0.1, 1.035],
        [-0.115, 1.0],
      ]),
    ],
    [
      front([
        [-0.02, 0.9],
        [0.04, 0.895],
        [0.09, 0.92],
        [0.1, 0.97],
        [0.07, 1.01],
        [0.01, 1.02],
        [-0.02, 0.99],
      ]),
    ],
    'Trigger points low in the muscle refer pain across the low back and sacroiliac region on both sides; pain may also stay in the lower abdomen. ' +
      CAVEAT,
    cites(
      'Abdominal muscles',
      {
        ref: 'kent-2009-rectus-abdominis',
        locator: 'Lowest trigger points: bilateral sacroiliac and low back pain',
      },
      namtpt('Abdominals'),
    ),
  ),
  trp(
    'trp-external-oblique',
    'external-oblique',
    'External oblique (costal margin) trigger-point referral',
    [
      front([
        [0.0, 1.18],
        [0.03, 1.165],
        [0.09, 1.175],
        [0.11, 1.21],
        [0.09, 1.27],
        [0.04, 1.29],
        [0.0, 1.28],
      ]),
    ],
    [
      front([
        [0.0, 1.1],
        [0.05, 1.085],
        [0.12, 1.11],
        [0.15, 1.18],
        [0.14, 1.27],
        [0.09, 1.315],
        [0.0, 1.32],
      ]),
    ],
    'Trigger points in the upper fibres over the costal margin refer deep pain to the epigastrium and lower front of the chest (felt like heartburn), spreading over the upper abdomen. ' +
      CAVEAT,
    cites(
      'Abdominal muscles',
      {
        ref: 'niel-asher-trigger-point-blog',
        locator: 'External oblique post: costal-margin trigger points, abdominal pain to the chest',
      },
      namtpt('Abdominals'),
    ),
  ),
  trp(
    'trp-external-oblique-lower',
    'external-oblique',
    'External oblique (lower lateral) trigger-point referral',
    [
      front([
        [0.025, 0.865],
        [0.055, 0.86],
        [0.12, 0.93],
        [0.125, 0.965],
        [0.1, 0.965],
        [0.04, 0.905],
        [0.02, 0.89],
      ]),
    ],
    [
      front([
        [0.0, 0.88],
        [0.05, 0.875],
        [0.13, 0.94],
        [0.14, 1.0],
        [0.1, 1.04],
        [0.03, 1.03],
        [0.0, 0.97],
      ]),
    ],
    'Trigger points in the lower lateral wall refer pain to the groin (and testicle), spreading over the lower quadrant of the abdomen. ' +
      CAVEAT,
    cites(
      'Abdominal muscles',
      {
        ref: 'niel-asher-trigger-point-blog',
        locator:
          'External oblique post: lower lateral, testicular pain; pubic rim, groin and bladder',
      },
      {
        ref: 'perry-2013-abdominal-obliques',
        locator: 'Oblique trigger points often refer pain to the testicles and genitalia',
      },
    ),
  ),
  trp(
    'trp-internal-oblique',
    'internal-oblique',
    'Internal oblique trigger-point referral',
    [
      front([
        [0.01, 0.86],
        [0.05, 0.855],
        [0.09, 0.88],
        [0.1, 0.915],
        [0.06, 0.93],
        [0.015, 0.915],
      ]),
    ],
    [
      front([
        [0.0, 0.9],
        [0.06, 0.91],
        [0.12, 0.95],
        [0.125, 1.0],
        [0.07, 1.02],
        [0.01, 1.0],
      ]),
    ],
    'Lower trigger points refer pain to the groin (and testicle), with spread into the lower abdomen; the sources read describe the lower obliques together and only loosely. ' +
      CAVEAT,
    cites(
      'Abdominal muscles',
      {
        ref: 'perry-2013-abdominal-obliques',
        locator: 'Oblique trigger points often refer pain to the testicles and genitalia',
      },
      namtpt('Abdominals'),
    ),
  ),
  trp(
    'trp-transversus-abdominis',
    'transversus-abdominis',
    'Transversus abdominis trigger-point referral',
    [
      front([
        [-0.13, 1.16],
        [-0.06, 1.15],
        [0.06, 1.15],
        [0.13, 1.16],
        [0.135, 1.19],
        [0.12, 1.215],
        [0, 1.225],
        [-0.12, 1.215],
        [-0.135, 1.19],
      ]),
    ],
    [
      front([
        [-0.1, 1.08],
        [0.0, 1.065],
        [0.11, 1.08],
        [0.125, 1.15],
        [0.0, 1.15],
        [-0.11, 1.15],
      ]),
    ],
    'Upper trigger points refer pain in a band across the upper abdomen between the two costal margins; pain may reach other parts of the abdomen. The sources read describe this pattern only loosely. ' +
      CAVEAT,
    cites('Abdominal muscles', namtpt('Abdominals')),
  ),
  trp(
    'trp-iliopsoas',
    'iliopsoas',
    'Iliopsoas trigger-point referral',
    [
      back([
        [0.0, 1.2],
        [0.045, 1.2],
        [0.05, 1.06],
        [0.07, 0.99],
        [0.065, 0.945],
        [0.02, 0.94],
        [0.0, 0.98],
      ]),
      front([
        [0.045, 0.87],
        [0.095, 0.885],
        [0.13, 0.87],
        [0.125, 0.8],
        [0.11, 0.76],
        [0.07, 0.765],
        [0.045, 0.81],
      ]),
    ],
    [
      back([
        [0.03, 0.93],
        [0.08, 0.9],
        [0.12, 0.92],
        [0.12, 0.97],
        [0.08, 1.0],
        [0.04, 0.98],
      ]),
      front([
        [0.03, 0.88],
        [0.08, 0.905],
        [0.13, 0.89],
        [0.135, 0.8],
        [0.12, 0.69],
        [0.08, 0.68],
        [0.05, 0.74],
        [0.03, 0.82],
      ]),
    ],
    'A vertical band along the lumbar spine on the same side, down to the sacroiliac region, and the front of the upper thigh; pain may spread into the upper buttock and further down the thigh. ' +
      CAVEAT,
    cites('Iliopsoas', {
      ref: 'perry-2013-iliopsoas',
      locator: 'Deep ache along the lumbar spine into the sacroiliac joint; groin component',
    }),
  ),

  // Shoulder -------------------------------------------------------------------------------
  trp(
    'trp-deltoid',
    'deltoid',
    'Deltoid (anterior) trigger-point referral',
    [
      upperArm([
        [-20, 1.36],
        [-5, 1.3],
        [40, 1.285],
        [85, 1.3],
        [100, 1.36],
        [95, 1.43],
        [60, 1.46],
        [10, 1.465],
        [-30, 1.45],
        [-45, 1.41],
      ]),
      front(ANT_SHOULDER_TOP),
    ],
    [
      upperArm([
        [-10, 1.3],
        [10, 1.23],
        [50, 1.21],
        [90, 1.24],
        [95, 1.3],
      ]),
    ],
    'Pain stays close to the muscle: anterior-deltoid trigger points refer to the front and side of the shoulder, with some spread down the upper arm. ' +
      CAVEAT,
    cites('Deltoid', namtpt('Deltoid')),
  ),
  trp(
    'trp-deltoid-posterior',
    'deltoid',
    'Deltoid (posterior) trigger-point referral',
    [
      upperArm([
        [95, 1.36],
        [115, 1.29],
        [160, 1.28],
        [200, 1.3],
        [210, 1.36],
        [228, 1.4],
        [210, 1.45],
        [160, 1.465],
        [110, 1.46],
      ]),
      back(POST_SHOULDER_TOP),
    ],
    [
      upperArm([
        [95, 1.3],
        [105, 1.22],
        [140, 1.19],
        [185, 1.22],
        [200, 1.3],
      ]),
    ],
    'Posterior-deltoid trigger points refer to the back and side of the shoulder, spilling down the back of the upper arm. ' +
      CAVEAT,
    cites('Deltoid', namtpt('Deltoid')),
  ),
  trp(
    'trp-supraspinatus',
    'supraspinatus',
    'Supraspinatus trigger-point referral',
    [
      upperArm([
        [45, 1.35],
        [60, 1.3],
        [95, 1.285],
        [130, 1.3],
        [140, 1.36],
        [125, 1.44],
        [90, 1.46],
        [55, 1.44],
      ]),
      forearm(LATERAL_EPICONDYLE),
    ],
    [
      upperArm([
        [60, 1.3],
        [65, 1.2],
        [80, 1.1],
        [110, 1.1],
        [125, 1.2],
        [130, 1.3],
      ]),
      forearm([
        [60, 1.085],
        [55, 0.98],
        [65, 0.885],
        [105, 0.885],
        [115, 0.98],
        [110, 1.085],
      ]),
    ],
    'A deep ache centred on the middle deltoid, often running down the arm and forearm and sometimes focusing on the lateral epicondyle; the wrist is rarely involved. ' +
      CAVEAT,
    cites('Supraspinatus', namtpt('Supraspinatus')),
  ),
  trp(
    'trp-infraspinatus',
    'infraspinatus',
    'Infraspinatus trigger-point referral',
    [upperArm(ANT_SHOULDER), front(ANT_SHOULDER_TOP)],
    [
      upperArm([
        [5, 1.31],
        [0, 1.2],
        [15, 1.1],
        [90, 1.1],
        [110, 1.2],
        [105, 1.3],
        [95, 1.4],
        [80, 1.4],
      ]),
      forearm([
        [40, 1.12],
        [35, 1.0],
        [50, 0.845],
        [110, 0.845],
        [120, 0.98],
        [105, 1.12],
      ]),
      palm([
        [0.245, 0.85],
        [0.262, 0.85],
        [0.29, 0.78],
        [0.295, 0.72],
        [0.275, 0.705],
        [0.255, 0.74],
      ]),
      dorsum([
        [0.24, 0.85],
        [0.262, 0.85],
        [0.29, 0.78],
        [0.295, 0.72],
        [0.275, 0.705],
        [0.25, 0.76],
      ]),
    ],
    'Felt deep in the front of the shoulder joint; it may project down the front and outside of the arm to the radial forearm and the thumb side of the hand. In a review of 380 muscles the commonest referral was the anterolateral arm above the elbow. ' +
      CAVEAT,
    cites(
      'Infraspinatus',
      namtpt('Infraspinatus'),
      {
        ref: 'medlink-myofascial-pain-figures',
        locator: 'Infraspinatus figure (mpssi12b): anterior shoulder-joint pain',
      },
      {
        ref: 'kwon-2017-infraspinatus-mps',
        locator: 'Results: commonest referral the anterolateral arm above the elbow',
      },
    ),
  ),
  trp(
    'trp-teres-minor',
    'teres-minor',
    'Teres minor trigger-point referral',
    [
      upperArm([
        [125, 1.33],
        [140, 1.3],
        [170, 1.295],
        [190, 1.32],
        [185, 1.37],
        [160, 1.385],
        [135, 1.37],
      ]),
    ],
    [
      upperArm([
        [115, 1.3],
        [130, 1.22],
        [165, 1.19],
        [200, 1.23],
        [205, 1.33],
        [190, 1.4],
        [150, 1.42],
        [118, 1.38],
      ]),
    ],
    'A deep, sharply felt spot about the size of a prune in the posterior deltoid near the upper arm, with some spread down the back of the arm. ' +
      CAVEAT,
    cites('Teres minor', namtpt('Teres minor')),
  ),
  trp(
    'trp-teres-major',
    'teres-major',
    'Teres major trigger-point referral',
    [
      upperArm([
        [130, 1.34],
        [150, 1.25],
        [165, 1.2],
        [200, 1.2],
        [215, 1.28],
        [212, 1.38],
        [190, 1.43],
        [150, 1.43],
      ]),
    ],
    [
      back(POST_SHOULDER_TOP),
      forearm([
        [150, 1.06],
        [140, 0.98],
        [155, 0.9],
        [200, 0.9],
        [225, 0.98],
        [215, 1.06],
      ]),
    ],
    'Pain at the back of the shoulder and over the back of the upper arm; less often it skips the elbow and reappears on the back of the forearm. ' +
      CAVEAT,
    cites(
      'Teres major',
      {
        ref: 'hubbard-teres-major',
        locator: 'Pain pattern: back of shoulder and arm, less often the back of the forearm',
      },
      {
        ref: 'aamm-muscle-guide',
        locator:
          'Teres major page: posterior shoulder and arm, omitting the elbow, then the forearm',
      },
    ),
  ),
  trp(
    'trp-subscapularis',
    'subscapularis',
    'Subscapularis trigger-point referral',
    [
      upperArm(POST_SHOULDER),
      back(POST_SHOULDER_TOP),
      forearm([
        [95, 0.845],
        [265, 0.845],
        [265, 0.885],
        [95, 0.885],
      ]),
    ],
    [
      back([
        [0.06, 1.33],
        [0.09, 1.295],
        [0.13, 1.31],
        [0.155, 1.37],
        [0.16, 1.43],
        [0.12, 1.46],
        [0.07, 1.45],
        [0.055, 1.4],
      ]),
      upperArm([
        [130, 1.31],
        [140, 1.2],
        [155, 1.12],
        [205, 1.12],
        [220, 1.2],
        [212, 1.31],
      ]),
      forearm([
        [-85, 0.845],
        [95, 0.845],
        [95, 0.885],
        [-85, 0.885],
      ]),
    ],
    'Pain at the back of the shoulder, spreading over the shoulder blade and down the back of the arm to the elbow; a band of pain and tenderness round the wrist, more on its back than its front, is characteristic. ' +
      CAVEAT,
    cites('Subscapularis', namtpt('Subscapularis')),
  ),

  // Arm ------------------------------------------------------------------------------------
  trp(
    'trp-biceps-brachii',
    'biceps-brachii',
    'Biceps brachii trigger-point referral',
    [
      upperArm([
        [-40, 1.33],
        [-35, 1.25],
        [-10, 1.22],
        [30, 1.23],
        [55, 1.3],
        [60, 1.4],
        [30, 1.46],
        [-10, 1.45],
        [-35, 1.4],
      ]),
      front(ANT_SHOULDER_TOP),
    ],
    [
      forearm([
        [-50, 1.13],
        [-45, 1.075],
        [0, 1.06],
        [45, 1.075],
        [50, 1.13],
        [0, 1.145],
      ]),
      back([
        [0.07, 1.43],
        [0.11, 1.42],
        [0.16, 1.43],
        [0.165, 1.465],
        [0.12, 1.49],
        [0.075, 1.475],
      ]),
    ],
    'Pain is referred upwards over the muscle to the front of the shoulder (superficial, not deep); central trigger points may add milder pain in the front of the elbow, and some charts add the suprascapular region. ' +
      CAVEAT,
    cites('Biceps brachii', namtpt('Biceps brachii')),
  ),
  trp(
    'trp-triceps-brachii',
    'triceps-brachii',
    'Triceps brachii (long head) trigger-point referral',
    [
      upperArm([
        [140, 1.3],
        [150, 1.2],
        [165, 1.16],
        [205, 1.16],
        [220, 1.22],
        [218, 1.36],
        [200, 1.43],
        [165, 1.44],
        [145, 1.38],
      ]),
      back(POST_SHOULDER_TOP),
    ],
    [
      back([
        [0.03, 1.46],
        [0.08, 1.455],
        [0.13, 1.47],
        [0.12, 1.5],
        [0.07, 1.52],
        [0.03, 1.5],
      ]),
      forearm([
        [150, 1.06],
        [145, 0.97],
        [160, 0.9],
        [200, 0.9],
        [215, 0.97],
        [210, 1.06],
      ]),
    ],
    'Long-head trigger points refer up the back of the arm to the back of the shoulder, at times to the base of the neck and, skipping the elbow, to the back of the forearm. ' +
      CAVEAT,
    cites('Triceps brachii', namtpt('Triceps brachii and anconeus')),
  ),
  trp(
    'trp-triceps-brachii-lateral-epicondyle',
    'triceps-brachii',
    'Triceps brachii (medial head, lateral border) trigger-point referral',
    [forearm(LATERAL_EPICONDYLE)],
    [
      forearm([
        [70, 1.08],
        [65, 1.0],
        [75, 0.94],
        [110, 0.94],
        [120, 1.0],
        [115, 1.08],
      ]),
    ],
    'Trigger points in the distal medial head refer to the lateral epicondyle (part of many "tennis elbows") and sometimes along the radial forearm. ' +
      CAVEAT,
    cites('Triceps brachii', namtpt('Triceps brachii and anconeus')),
  ),
  trp(
    'trp-triceps-brachii-medial-epicondyle',
    'triceps-brachii',
    'Triceps brachii (deep medial head) trigger-point referral',
    [forearm(MEDIAL_EPICONDYLE)],
    [
      palm([
        [0.19, 0.78],
        [0.23, 0.78],
        [0.234, 0.7],
        [0.212, 0.665],
        [0.19, 0.69],
      ]),
    ],
    'Deep medial-head trigger points refer to the medial epicondyle and may reach the palm side of the ring and little fingers. ' +
      CAVEAT,
    cites('Triceps brachii', namtpt('Triceps brachii and anconeus')),
  ),
  trp(
    'trp-brachioradialis',
    'brachioradialis',
    'Brachioradialis trigger-point referral',
    [
      forearm(LATERAL_EPICONDYLE),
      dorsum([
        [0.245, 0.83],
        [0.265, 0.835],
        [0.285, 0.8],
        [0.285, 0.77],
        [0.265, 0.755],
        [0.245, 0.78],
      ]),
    ],
    [
      forearm([
        [60, 1.08],
        [55, 0.98],
        [65, 0.835],
        [125, 0.835],
        [135, 0.98],
        [125, 1.08],
      ]),
    ],
    'Pain starts over the lateral epicondyle and runs down the radial side of the forearm to the wrist and the back of the web between thumb and index finger. ' +
      CAVEAT,
    cites(
      'Hand and finger extensors and brachioradialis',
      {
        ref: 'westsub-brachioradialis',
        locator: 'Outside of the forearm near the elbow, towards the base and web of the thumb',
      },
      namtpt('Extensor carpi ulnaris and radialis'),
    ),
  ),
  trp(
    'trp-wrist-extensors',
    'wrist-extensors',
    'Radial wrist extensors trigger-point referral',
    [
      forearm(LATERAL_EPICONDYLE),
      dorsum([
        [0.215, 0.845],
        [0.255, 0.85],
        [0.275, 0.82],
        [0.27, 0.77],
        [0.235, 0.76],
        [0.212, 0.79],
      ]),
    ],
    [
      forearm([
        [100, 1.08],
        [110, 0.98],
        [135, 0.86],
        [200, 0.86],
        [185, 0.98],
        [145, 1.08],
      ]),
    ],
    'The radial extensors refer over the lateral epicondyle and, lightly, down the back of the forearm, with the accent on the back of the hand. ' +
      CAVEAT,
    cites(
      'Hand and finger extensors and brachioradialis',
      namtpt('Extensor carpi ulnaris and radialis'),
      {
        ref: 'westsub-hand-extensors',
        locator:
          'Radialis longus and brevis resemble brachioradialis; outside of the forearm to the hand',
      },
    ),
  ),
  trp(
    'trp-wrist-extensors-ulnar',
    'wrist-extensors',
    'Extensor carpi ulnaris trigger-point referral',
    [
      forearm([
        [-175, 0.825],
        [-115, 0.825],
        [-105, 0.85],
        [-115, 0.875],
        [-175, 0.875],
      ]),
    ],
    [
      forearm([
        [-170, 0.875],
        [-115, 0.875],
        [-110, 0.93],
        [-165, 0.93],
      ]),
      dorsum([
        [0.19, 0.83],
        [0.215, 0.83],
        [0.22, 0.79],
        [0.19, 0.78],
      ]),
    ],
    'Extensor carpi ulnaris refers to the back of the wrist on its ulnar (little-finger) side. ' +
      CAVEAT,
    cites(
      'Hand and finger extensors and brachioradialis',
      namtpt('Extensor carpi ulnaris and radialis'),
      {
        ref: 'westsub-hand-extensors',
        locator: 'Extensor carpi ulnaris: top of the base of the hand on the little-finger side',
      },
    ),
  ),
  trp(
    'trp-wrist-flexors',
    'wrist-flexors',
    'Flexor carpi radialis trigger-point referral',
    [
      forearm([
        [-35, 0.83],
        [40, 0.83],
        [45, 0.855],
        [40, 0.88],
        [-35, 0.88],
        [-40, 0.855],
      ]),
    ],
    [
      forearm([
        [-35, 0.88],
        [40, 0.88],
        [35, 0.95],
        [-30, 0.95],
      ]),
      palm([
        [0.215, 0.83],
        [0.26, 0.83],
        [0.265, 0.78],
        [0.22, 0.77],
      ]),
    ],
    'Flexor carpi radialis refers to the front of the wrist, spreading a little into the forearm and the palm. ' +
      CAVEAT,
    cites('Hand and finger flexors in the forearm', {
      ref: 'robertson-flexor-carpi-radialis',
      locator: 'Volar wrist (most pain) and palm',
    }),
  ),
  trp(
    'trp-wrist-flexors-ulnar',
    'wrist-flexors',
    'Flexor carpi ulnaris trigger-point referral',
    [
      forearm([
        [-100, 0.83],
        [-40, 0.83],
        [-35, 0.855],
        [-40, 0.88],
        [-100, 0.88],
        [-105, 0.855],
      ]),
    ],
    [
      forearm([
        [-105, 0.88],
        [-40, 0.88],
        [-40, 0.95],
        [-100, 0.95],
      ]),
      palm([
        [0.19, 0.83],
        [0.215, 0.83],
        [0.22, 0.78],
        [0.19, 0.775],
      ]),
    ],
    'Flexor carpi ulnaris refers to the ulnar side of the front of the wrist, a little above and below it into the forearm and palm. ' +
      CAVEAT,
    cites('Hand and finger flexors in the forearm', {
      ref: 'aamm-muscle-guide',
      locator: 'Flexor carpi ulnaris page: anterior ulnar wrist, a little into forearm and palm',
    }),
  ),
];

// ---------------------------------------------------------------------------------------------
// Trigger points (the charts' X), on the skin over them

type PointPlace = Pick<PointInput, 'segment' | 'view' | 'at'>;
const onArm = (theta: number, y: number): PointPlace => ({
  segment: 'upper-arm',
  view: 'around',
  at: [theta, y],
});
const onForearm = (theta: number, y: number): PointPlace => ({
  segment: 'forearm',
  view: 'around',
  at: [theta, y],
});
const onFront = (x: number, y: number): PointPlace => ({
  segment: 'trunk',
  view: 'front',
  at: [x, y],
});
const onBack = (x: number, y: number): PointPlace => ({
  segment: 'trunk',
  view: 'back',
  at: [x, y],
});

const POINTS: [muscle: string, name: string, place: PointPlace, chapter: string][] = [
  ['pectoralis-major', 'clavicular section', onFront(0.1, 1.405), 'Pectoralis major'],
  ['pectoralis-major', 'sternal section', onFront(0.08, 1.34), 'Pectoralis major'],
  ['pectoralis-major', 'lateral free border', onFront(0.15, 1.315), 'Pectoralis major'],
  ['pectoralis-minor', 'near the coracoid', onFront(0.13, 1.38), 'Pectoralis minor'],
  ['pectoralis-minor', 'near the rib attachments', onFront(0.1, 1.31), 'Pectoralis minor'],
  ['rectus-abdominis', 'upper, below the costal margin', onFront(0.04, 1.2), 'Abdominal muscles'],
  ['rectus-abdominis', 'lower, above the pubis', onFront(0.035, 0.93), 'Abdominal muscles'],
  ['external-oblique', 'over the costal margin', onFront(0.1, 1.19), 'Abdominal muscles'],
  ['external-oblique', 'lower lateral wall', onFront(0.11, 0.97), 'Abdominal muscles'],
  [
    'internal-oblique',
    'lower, above the inguinal ligament',
    onFront(0.07, 0.93),
    'Abdominal muscles',
  ],
  ['transversus-abdominis', 'along the costal margin', onFront(0.09, 1.17), 'Abdominal muscles'],
  ['iliopsoas', 'psoas, beside the umbilicus', onFront(0.06, 1.03), 'Iliopsoas'],
  ['iliopsoas', 'iliacus, inside the iliac crest', onFront(0.1, 0.99), 'Iliopsoas'],
  ['iliopsoas', 'below the inguinal ligament', onFront(0.075, 0.84), 'Iliopsoas'],
  ['deltoid', 'anterior fibres', onArm(15, 1.37), 'Deltoid'],
  ['deltoid', 'middle fibres', onArm(90, 1.36), 'Deltoid'],
  ['deltoid', 'posterior fibres', onArm(155, 1.35), 'Deltoid'],
  ['supraspinatus', 'medial, in the supraspinous fossa', onBack(0.09, 1.445), 'Supraspinatus'],
  ['supraspinatus', 'lateral, in the supraspinous fossa', onBack(0.13, 1.45), 'Supraspinatus'],
  ['infraspinatus', 'below the spine of the scapula', onBack(0.1, 1.39), 'Infraspinatus'],
  ['infraspinatus', 'centre of the infraspinous fossa', onBack(0.115, 1.36), 'Infraspinatus'],
  ['teres-minor', 'lateral border of the scapula', onBack(0.135, 1.375), 'Teres minor'],
  ['teres-major', 'near the inferior angle', onBack(0.115, 1.315), 'Teres major'],
  ['teres-major', 'posterior axillary fold', onBack(0.145, 1.335), 'Teres major'],
  ['subscapularis', 'lateral border, from the axilla', onBack(0.145, 1.35), 'Subscapularis'],
  ['biceps-brachii', 'distal belly, lateral', onArm(10, 1.19), 'Biceps brachii'],
  ['biceps-brachii', 'distal belly, medial', onArm(-20, 1.19), 'Biceps brachii'],
  ['triceps-brachii', 'long head', onArm(-165, 1.3), 'Triceps brachii'],
  ['triceps-brachii', 'medial head, lateral border', onArm(130, 1.15), 'Triceps brachii'],
  ['triceps-brachii', 'deep medial head', onArm(-145, 1.15), 'Triceps brachii'],
  ['triceps-brachii', 'lateral head', onArm(150, 1.24), 'Triceps brachii'],
  [
    'brachioradialis',
    'belly below the elbow',
    onForearm(75, 1.06),
    'Hand and finger extensors and brachioradialis',
  ],
  [
    'wrist-extensors',
    'extensor carpi radialis longus',
    onForearm(110, 1.07),
    'Hand and finger extensors and brachioradialis',
  ],
  [
    'wrist-extensors',
    'extensor carpi radialis brevis',
    onForearm(145, 1.02),
    'Hand and finger extensors and brachioradialis',
  ],
  [
    'wrist-extensors',
    'extensor carpi ulnaris',
    onForearm(-145, 1.0),
    'Hand and finger extensors and brachioradialis',
  ],
  [
    'wrist-flexors',
    'flexor carpi radialis',
    onForearm(-15, 1.03),
    'Hand and finger flexors in the forearm',
  ],
  [
    'wrist-flexors',
    'flexor carpi ulnaris',
    onForearm(-80, 1.02),
    'Hand and finger flexors in the forearm',
  ],
];

const NAMES: Record<string, string> = {
  'pectoralis-major': 'Pectoralis major',
  'pectoralis-minor': 'Pectoralis minor',
  'rectus-abdominis': 'Rectus abdominis',
  'external-oblique': 'External oblique',
  'internal-oblique': 'Internal oblique',
  'transversus-abdominis': 'Transversus abdominis',
  iliopsoas: 'Iliopsoas',
  deltoid: 'Deltoid',
  supraspinatus: 'Supraspinatus',
  infraspinatus: 'Infraspinatus',
  'teres-minor': 'Teres minor',
  'teres-major': 'Teres major',
  subscapularis: 'Subscapularis',
  'biceps-brachii': 'Biceps brachii',
  'triceps-brachii': 'Triceps brachii',
  brachioradialis: 'Brachioradialis',
  'wrist-extensors': 'Wrist extensors',
  'wrist-flexors': 'Wrist flexors',
};

const counts = new Map<string, number>();
const points: PointInput[] = POINTS.map(([muscle, where, place, chapter]) => {
  const n = (counts.get(muscle) ?? 0) + 1;
  counts.set(muscle, n);
  return {
    id: `trp-point-${muscle}-${n}`,
    name: `${NAMES[muscle]} trigger point (${where})`,
    kind: 'trigger-point',
    source: { kind: 'muscle', id: muscle },
    ...place,
    citations: [ts(chapter)],
  };
});

export const triggerPointsFrontArm: MapInput = { zones, points };
