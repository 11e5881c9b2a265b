/**
 * Trigger-point referral zones and trigger points of the head, neck and back muscles, written in
 * docs/SURFACE.md coordinates (figure's left side; see maps/index.ts).
 *
 * The outlines follow the Trigger Point Manual's charts as the open sources cited below describe
 * them (the Manual itself was not read): `essential` is the chart's solid area, `spillover` its
 * stippled area. Referral maps are clinical observation; the 2018 Delphi consensus accepts referred
 * pain as a trigger-point feature but not a fixed area, so every zone is `expert-opinion`.
 */
import type { z } from 'zod';
import type { citationSchema } from '../schema';
import type { MapInput, PointInput, ZoneInput } from './types';

type CitationInput = z.input<typeof citationSchema>;
type Pair = [number, number];
type Shape = ZoneInput['essential'][number];

const r3 = (v: number) => Math.round(v * 1000) / 1000;

/** A smooth closed outline: an ellipse of `n` points round (cx, cy) with radii rx, ry. */
function blob(cx: number, cy: number, rx: number, ry: number, n = 12): Pair[] {
  return Array.from({ length: n }, (_, i) => {
    const t = (2 * Math.PI * i) / n;
    return [r3(cx + rx * Math.cos(t)), r3(cy + ry * Math.sin(t))] as Pair;
  });
}

const head = (view: 'front' | 'back' | 'side', outline: Pair[]): Shape => ({
  segment: 'head',
  view,
  outline,
});
const trunk = (view: 'front' | 'back' | 'side', outline: Pair[]): Shape => ({
  segment: 'trunk',
  view,
  outline,
});
const arm = (segment: 'upper-arm' | 'forearm', outline: Pair[]): Shape => ({
  segment,
  view: 'around',
  outline,
});
/** The hand: `front` is the palm, `back` the dorsum (anatomical position). */
const hand = (view: 'front' | 'back', outline: Pair[]): Shape => ({
  segment: 'hand',
  view,
  outline,
});

// ---------------------------------------------------------------------------------------------
// Citations

const ts = (chapter: string): CitationInput => ({
  ref: 'travell-simons-2019',
  locator: `Standard text (not read): ${chapter} chapter`,
});
const CONSENSUS: CitationInput = {
  ref: 'fernandez-de-las-penas-2018-trp-consensus',
  locator: 'Referred pain as a diagnostic criterion; its area varies between people',
};
const namtpt = (page: string, muscle: string): CitationInput => ({
  ref: 'namtpt-symptom-checker',
  locator: `${page}: ${muscle}, referred pain description`,
});
const medlink = (figure: string, caption: string): CitationInput => ({
  ref: 'medlink-myofascial-pain-figures',
  locator: `medlink.com/media/${figure}: ${caption}`,
});
const aamm = (muscle: string): CitationInput => ({
  ref: 'aamm-muscle-guide',
  locator: `${muscle} page: Travell and Simons trigger point pain referral`,
});
const FPN: CitationInput = {
  ref: 'fpnotebook-trigger-point-locations',
  locator: 'Exam sections: head and neck; shoulder, thorax and arm trigger points',
};
const cites = (chapter: string, ...more: CitationInput[]): CitationInput[] => [
  ts(chapter),
  CONSENSUS,
  ...more,
];

// ---------------------------------------------------------------------------------------------
// Helpers for zones and points

const zone = (
  id: string,
  name: string,
  muscle: string,
  essential: Shape[],
  spillover: Shape[],
  note: string,
  citations: CitationInput[],
): ZoneInput => ({
  id,
  name,
  kind: 'trigger-point',
  source: { kind: 'muscle', id: muscle },
  essential,
  spillover,
  note,
  evidence: 'expert-opinion',
  citations,
});

const point = (
  muscle: string,
  n: number,
  name: string,
  segment: PointInput['segment'],
  view: PointInput['view'],
  at: Pair,
  citations: CitationInput[],
): PointInput => ({
  id: `trp-point-${muscle}-${n}`,
  name,
  kind: 'trigger-point',
  source: { kind: 'muscle', id: muscle },
  segment,
  view,
  at,
  citations,
});

// ---------------------------------------------------------------------------------------------
// Head and jaw

const TEMPORALIS = cites('Temporalis', namtpt('symptom_head_temporalis.html', 'Temporalis'));
const MASSETER = cites(
  'Masseter',
  namtpt('symptom_head_masseter.html', 'Masseter'),
  medlink('mpssi1', 'masseter, essential and spillover, panels A-D'),
);
const LATERAL_PTERYGOID = cites('Lateral pterygoid', {
  ref: 'triggerpoint-ca-2019-lateral-pterygoid',
  locator: 'Quoted passage: referral deep into the jaw joint and to the maxillary sinus region',
});
const SCM = cites(
  'Sternocleidomastoid',
  namtpt('symptom_upper_sternocleidomastoid.html', 'Sternocleidomastoid'),
  medlink('Mpssi9', 'sternocleidomastoid, sternal (A) and clavicular (B) divisions'),
);
const SUBOCCIPITALS = cites(
  'Suboccipital muscles',
  {
    ref: 'fernandez-de-las-penas-2006-suboccipital-etth',
    locator: 'Abstract: referral to the side of the head over the occipital and temporal bones',
  },
  {
    ref: 'fernandez-de-las-penas-2011-children-ctth',
    locator: 'Abstract: the suboccipital referral area was the largest of the muscles tested',
  },
);
const SPLENIUS = cites('Splenius capitis and cervicis', FPN);

// ---------------------------------------------------------------------------------------------
// Neck, shoulder girdle and back

const SCALENES = cites(
  'Scalene muscles',
  namtpt('symptom_upper_scalene.html', 'Scalenes'),
  medlink('mpssi11a', 'scalene muscles (1)'),
);
const LEVATOR = cites(
  'Levator scapulae',
  namtpt('symptom_upper_scapulae.html', 'Levator scapulae'),
  medlink('mpssi10', 'levator scapulae'),
);
const TRAPEZIUS = (part: string, ...more: CitationInput[]) =>
  cites('Trapezius', namtpt('symptom_upper_trapezius.html', `Trapezius (${part})`), ...more);
const RHOMBOIDS = cites('Rhomboid', aamm('Rhomboid major (aaofmm.com)'));
const LATISSIMUS = cites(
  'Latissimus dorsi',
  namtpt('symptom_upper_latissimus.html', 'Latissimus dorsi'),
  aamm('Latissimus dorsi (webmanmed.com)'),
);
const PARASPINALS = (part: string) =>
  cites(
    'Thoracolumbar paraspinal muscles',
    namtpt('symptom_upper_longissimus.html', `Paraspinal muscles (${part})`),
  );
const MULTIFIDUS_NECK = cites('Posterior cervical muscles', FPN);
const MULTIFIDUS = (part: string) =>
  cites(
    'Thoracolumbar paraspinal muscles',
    namtpt('symptom_upper_longissimus.html', `Paraspinal muscles (multifidus, ${part})`),
  );
const QL = cites('Quadratus lumborum', namtpt('symptom_leg_quadratus.html', 'Quadratus lumborum'));
const SERRATUS = cites(
  'Serratus anterior',
  namtpt('symptom_upper_serratus.html', 'Serratus anterior'),
  FPN,
);

// ---------------------------------------------------------------------------------------------
// Zones

const zones: ZoneInput[] = [
  zone(
    'trp-temporalis',
    'Temporalis trigger-point referral',
    'temporalis',
    [
      // Fingers of pain fanning up over the temple from the trigger points above the arch.
      head('side', [
        [0.066, 1.645],
        [0.066, 1.666],
        [0.05, 1.69],
        [0.03, 1.71],
        [0.0, 1.722],
        [-0.035, 1.712],
        [-0.06, 1.692],
        [-0.056, 1.674],
        [-0.03, 1.676],
        [-0.005, 1.668],
        [0.02, 1.655],
        [0.045, 1.643],
      ]),
      // Along the eyebrow (anterior fibres).
      head('front', [
        [0.012, 1.647],
        [0.03, 1.644],
        [0.05, 1.646],
        [0.066, 1.652],
        [0.068, 1.666],
        [0.05, 1.672],
        [0.03, 1.671],
        [0.012, 1.666],
      ]),
      // Over the upper teeth.
      head('front', [
        [-0.002, 1.577],
        [0.02, 1.577],
        [0.036, 1.582],
        [0.042, 1.596],
        [0.022, 1.6],
        [-0.002, 1.598],
      ]),
    ],
    [
      head('side', [
        [0.07, 1.63],
        [0.07, 1.675],
        [0.052, 1.71],
        [0.03, 1.735],
        [-0.01, 1.742],
        [-0.05, 1.728],
        [-0.08, 1.698],
        [-0.076, 1.666],
        [-0.05, 1.658],
        [-0.022, 1.645],
        [-0.012, 1.615],
        [0.0, 1.592],
        [0.02, 1.59],
        [0.05, 1.605],
        [0.065, 1.605],
      ]),
      // The maxilla below the eye, down to the upper teeth.
      head('front', [
        [0.02, 1.572],
        [0.045, 1.578],
        [0.058, 1.6],
        [0.062, 1.63],
        [0.045, 1.636],
        [0.028, 1.628],
        [0.02, 1.6],
      ]),
    ],
    'Pain over the temple in bands, along the eyebrow and into the upper teeth of the same side; the maxilla and the jaw joint are sometimes involved. A map from clinical observation: referral areas vary.',
    TEMPORALIS,
  ),
  zone(
    'trp-masseter',
    'Masseter trigger-point referral',
    'masseter',
    [
      // Upper molars and maxilla (superficial layer, upper part).
      head('front', [
        [0.035, 1.585],
        [0.058, 1.585],
        [0.068, 1.6],
        [0.066, 1.622],
        [0.05, 1.628],
        [0.035, 1.612],
      ]),
      head('side', [
        [0.06, 1.592],
        [0.06, 1.62],
        [0.04, 1.626],
        [0.025, 1.613],
        [0.03, 1.595],
      ]),
      // Lower molars and the body of the mandible (superficial layer, lower part).
      head('front', [
        [0.03, 1.532],
        [0.055, 1.538],
        [0.063, 1.555],
        [0.06, 1.57],
        [0.035, 1.57],
      ]),
      head('side', [
        [0.06, 1.545],
        [0.058, 1.568],
        [0.03, 1.57],
        [0.01, 1.566],
        [-0.002, 1.555],
        [0.005, 1.542],
        [0.035, 1.535],
      ]),
      // In front of and into the ear (deep layer).
      head('side', [
        [0.022, 1.59],
        [0.02, 1.625],
        [0.005, 1.645],
        [-0.02, 1.648],
        [-0.028, 1.62],
        [-0.01, 1.592],
      ]),
    ],
    [
      // An arc above the eyebrow.
      head('front', [
        [0.015, 1.655],
        [0.04, 1.66],
        [0.065, 1.665],
        [0.07, 1.682],
        [0.05, 1.685],
        [0.02, 1.676],
      ]),
      head('front', [
        [0.025, 1.525],
        [0.06, 1.528],
        [0.07, 1.6],
        [0.07, 1.635],
        [0.04, 1.636],
        [0.025, 1.6],
      ]),
      head('side', [
        [0.064, 1.53],
        [0.066, 1.6],
        [0.062, 1.642],
        [0.03, 1.642],
        [0.012, 1.656],
        [-0.02, 1.666],
        [-0.046, 1.66],
        [-0.052, 1.62],
        [-0.022, 1.6],
        [-0.016, 1.556],
        [-0.006, 1.534],
        [0.03, 1.522],
      ]),
    ],
    'Pain in the cheek over the upper and lower molars, along the jaw and in front of and into the ear; an arc above the eyebrow when more severe. Clinical-observation map; areas vary.',
    MASSETER,
  ),
  zone(
    'trp-lateral-pterygoid',
    'Lateral pterygoid trigger-point referral',
    'lateral-pterygoid',
    [
      head('side', blob(0.008, 1.612, 0.012, 0.019, 10)), // jaw joint
      head('front', blob(0.042, 1.61, 0.016, 0.013, 10)), // over the maxillary sinus
    ],
    [
      head('side', [
        [0.062, 1.598],
        [0.064, 1.632],
        [0.03, 1.642],
        [0.0, 1.645],
        [-0.012, 1.63],
        [-0.01, 1.595],
        [0.01, 1.585],
        [0.03, 1.592],
      ]),
      head('front', blob(0.045, 1.612, 0.026, 0.022, 12)),
    ],
    'Deep pain in the jaw joint and over the maxillary sinus (the cheek below the eye); the chief muscular source of pain felt at the jaw joint in the Manual. Clinical-observation map.',
    LATERAL_PTERYGOID,
  ),
  zone(
    'trp-sternocleidomastoid-sternal',
    'Sternocleidomastoid (sternal division) trigger-point referral',
    'sternocleidomastoid',
    [
      head('side', blob(-0.006, 1.748, 0.024, 0.009, 10)), // vertex
      head('side', blob(-0.085, 1.615, 0.018, 0.014, 10)), // occipital ridge behind the ear
      head('front', [
        // over the eye
        [0.012, 1.64],
        [0.035, 1.633],
        [0.055, 1.638],
        [0.06, 1.655],
        [0.045, 1.668],
        [0.02, 1.667],
        [0.01, 1.655],
      ]),
      head('front', [
        // across the cheek towards the maxilla
        [0.032, 1.585],
        [0.048, 1.58],
        [0.06, 1.59],
        [0.064, 1.612],
        [0.056, 1.626],
        [0.042, 1.622],
        [0.033, 1.605],
      ]),
      trunk('front', [
        // top of the sternum
        [-0.015, 1.395],
        [0.02, 1.395],
        [0.03, 1.415],
        [0.025, 1.44],
        [0.0, 1.445],
        [-0.015, 1.435],
      ]),
    ],
    [
      head('side', blob(-0.006, 1.74, 0.045, 0.019, 12)),
      head('side', blob(-0.08, 1.615, 0.034, 0.03, 12)),
      head('front', [
        [0.005, 1.575],
        [0.04, 1.57],
        [0.062, 1.585],
        [0.066, 1.64],
        [0.058, 1.675],
        [0.03, 1.68],
        [0.005, 1.67],
      ]),
      head('front', [
        // chin and throat
        [0.0, 1.45],
        [0.03, 1.45],
        [0.036, 1.49],
        [0.03, 1.535],
        [0.0, 1.54],
      ]),
    ],
    'Sternal division: the vertex, the occipital ridge behind the ear, over the eye, the cheek and the top of the sternum, with the throat and chin in the spillover. Clinical-observation map; areas vary.',
    SCM,
  ),
  zone(
    'trp-sternocleidomastoid-clavicular',
    'Sternocleidomastoid (clavicular division) trigger-point referral',
    'sternocleidomastoid',
    [
      head('front', [
        // forehead of the same side
        [0.0, 1.675],
        [0.03, 1.672],
        [0.055, 1.678],
        [0.06, 1.7],
        [0.045, 1.72],
        [0.02, 1.725],
        [0.0, 1.722],
      ]),
      head('side', [
        // deep in and behind the ear
        [-0.02, 1.615],
        [-0.02, 1.655],
        [-0.035, 1.668],
        [-0.06, 1.66],
        [-0.072, 1.635],
        [-0.065, 1.605],
        [-0.045, 1.6],
      ]),
    ],
    [
      head('front', [
        // across the whole forehead when severe
        [-0.06, 1.67],
        [0.0, 1.668],
        [0.062, 1.67],
        [0.066, 1.705],
        [0.045, 1.73],
        [0.0, 1.736],
        [-0.045, 1.73],
        [-0.066, 1.705],
      ]),
      head('side', [
        [0.012, 1.59],
        [0.014, 1.625],
        [0.006, 1.65],
        [-0.02, 1.676],
        [-0.06, 1.676],
        [-0.082, 1.645],
        [-0.076, 1.6],
        [-0.045, 1.585],
        [-0.01, 1.585],
      ]),
    ],
    'Clavicular division: the forehead (across to the other side when severe) and deep in and behind the ear of the same side. Clinical-observation map; areas vary.',
    SCM,
  ),
  zone(
    'trp-scalenes',
    'Scalene trigger-point referral',
    'scalenes',
    [
      // Two finger-like bands down the upper chest.
      trunk('front', [
        [0.044, 1.4],
        [0.063, 1.4],
        [0.066, 1.33],
        [0.062, 1.272],
        [0.052, 1.266],
        [0.045, 1.3],
      ]),
      trunk('front', [
        [0.085, 1.395],
        [0.105, 1.39],
        [0.111, 1.33],
        [0.105, 1.285],
        [0.095, 1.28],
        [0.087, 1.32],
      ]),
      // Upper medial border of the scapula.
      trunk('back', [
        [0.045, 1.44],
        [0.075, 1.445],
        [0.086, 1.4],
        [0.081, 1.34],
        [0.07, 1.32],
        [0.055, 1.33],
        [0.045, 1.38],
      ]),
      // Front and back of the arm.
      arm('upper-arm', [
        [-20, 1.35],
        [40, 1.35],
        [45, 1.25],
        [35, 1.15],
        [0, 1.14],
        [-20, 1.2],
      ]),
      arm('upper-arm', [
        [150, 1.36],
        [210, 1.36],
        [215, 1.25],
        [200, 1.15],
        [160, 1.15],
        [145, 1.25],
      ]),
      // Back of the thumb and index finger.
      hand('back', [
        [0.248, 0.84],
        [0.275, 0.84],
        [0.3, 0.79],
        [0.302, 0.73],
        [0.282, 0.728],
        [0.276, 0.665],
        [0.25, 0.665],
        [0.247, 0.75],
      ]),
    ],
    [
      trunk('front', [
        [0.035, 1.41],
        [0.13, 1.4],
        [0.13, 1.3],
        [0.115, 1.255],
        [0.04, 1.255],
      ]),
      trunk('back', [
        [0.02, 1.45],
        [0.09, 1.45],
        [0.096, 1.36],
        [0.086, 1.3],
        [0.03, 1.3],
      ]),
      arm('upper-arm', [
        [-25, 1.38],
        [225, 1.38],
        [225, 1.1],
        [-25, 1.1],
      ]),
      // Radial (lateral) forearm.
      arm('forearm', [
        [40, 1.1],
        [140, 1.1],
        [140, 0.86],
        [40, 0.86],
      ]),
      hand('front', [
        [0.248, 0.84],
        [0.275, 0.84],
        [0.3, 0.79],
        [0.302, 0.73],
        [0.282, 0.728],
        [0.276, 0.665],
        [0.25, 0.665],
        [0.247, 0.75],
      ]),
    ],
    'Pain to the upper chest in two bands, down the front and back of the arm, the radial forearm to the thumb and index finger, and along the upper medial border of the scapula. Clinical-observation map; areas vary, and arm symptoms also need a root or outlet cause ruled out.',
    SCALENES,
  ),
  zone(
    'trp-suboccipitals',
    'Suboccipital trigger-point referral',
    'suboccipitals',
    [
      head('back', [
        [0.0, 1.585],
        [0.04, 1.58],
        [0.07, 1.6],
        [0.078, 1.63],
        [0.06, 1.642],
        [0.03, 1.636],
        [0.0, 1.632],
      ]),
      // A band from the occiput above the ear towards the eye.
      head('side', [
        [-0.105, 1.62],
        [-0.09, 1.666],
        [-0.05, 1.686],
        [0.0, 1.692],
        [0.05, 1.682],
        [0.08, 1.662],
        [0.085, 1.64],
        [0.065, 1.64],
        [0.02, 1.666],
        [-0.03, 1.671],
        [-0.07, 1.656],
        [-0.09, 1.616],
      ]),
      head('front', [
        [0.02, 1.63],
        [0.05, 1.625],
        [0.065, 1.64],
        [0.06, 1.66],
        [0.035, 1.665],
        [0.02, 1.655],
      ]),
    ],
    [
      head('back', [
        [0.0, 1.575],
        [0.05, 1.57],
        [0.085, 1.6],
        [0.085, 1.66],
        [0.04, 1.672],
        [0.0, 1.668],
      ]),
      head('side', [
        [-0.11, 1.6],
        [-0.1, 1.68],
        [-0.05, 1.71],
        [0.02, 1.71],
        [0.07, 1.7],
        [0.09, 1.66],
        [0.09, 1.625],
        [0.06, 1.625],
        [0.01, 1.645],
        [-0.04, 1.65],
        [-0.075, 1.64],
        [-0.09, 1.6],
      ]),
      head('front', [
        [0.01, 1.62],
        [0.055, 1.615],
        [0.062, 1.64],
        [0.06, 1.69],
        [0.03, 1.695],
        [0.01, 1.68],
      ]),
    ],
    'A deep, hard-to-localise band from the occiput over the side of the head above the ear to the eye; headache patients often feel it on both sides. Clinical-observation map; in children with tension-type headache it was the largest referral area measured.',
    SUBOCCIPITALS,
  ),
  zone(
    'trp-splenius-capitis',
    'Splenius capitis trigger-point referral',
    'splenius-capitis',
    [head('side', blob(-0.008, 1.748, 0.022, 0.009, 10))],
    [head('side', blob(-0.008, 1.74, 0.042, 0.02, 12))],
    'Pain at the vertex (crown) of the same side. Clinical-observation map; areas vary.',
    SPLENIUS,
  ),
  zone(
    'trp-levator-scapulae',
    'Levator scapulae trigger-point referral',
    'levator-scapulae',
    [
      trunk('back', [
        [0.03, 1.47],
        [0.045, 1.51],
        [0.06, 1.525],
        [0.075, 1.5],
        [0.1, 1.47],
        [0.115, 1.455],
        [0.1, 1.435],
        [0.07, 1.435],
        [0.045, 1.445],
      ]),
    ],
    [
      trunk('back', [
        [0.02, 1.47],
        [0.04, 1.53],
        [0.07, 1.54],
        [0.09, 1.5],
        [0.125, 1.465],
        [0.12, 1.43],
        [0.1, 1.39],
        [0.107, 1.31],
        [0.095, 1.283],
        [0.078, 1.29],
        [0.068, 1.35],
        [0.055, 1.42],
        [0.03, 1.44],
      ]),
      // Back of the shoulder.
      arm('upper-arm', [
        [150, 1.4],
        [205, 1.4],
        [205, 1.33],
        [150, 1.33],
      ]),
    ],
    'Pain at the angle of the neck, where neck meets shoulder; spillover along the medial border of the scapula and to the back of the shoulder. Clinical-observation map; areas vary.',
    LEVATOR,
  ),
  zone(
    'trp-trapezius-upper',
    'Upper trapezius trigger-point referral',
    'trapezius',
    [
      trunk('back', [
        [0.032, 1.47],
        [0.06, 1.47],
        [0.066, 1.5],
        [0.062, 1.55],
        [0.058, 1.585],
        [0.042, 1.59],
        [0.036, 1.55],
        [0.032, 1.51],
      ]),
      // Up the posterolateral neck, behind the ear and over it to the temple.
      head('side', [
        [-0.056, 1.53],
        [-0.06, 1.58],
        [-0.066, 1.625],
        [-0.062, 1.66],
        [-0.04, 1.685],
        [0.0, 1.695],
        [0.04, 1.695],
        [0.07, 1.688],
        [0.078, 1.665],
        [0.068, 1.648],
        [0.045, 1.645],
        [0.02, 1.663],
        [-0.02, 1.667],
        [-0.045, 1.655],
        [-0.055, 1.63],
        [-0.05, 1.6],
        [-0.035, 1.565],
        [-0.025, 1.53],
      ]),
    ],
    [
      head('side', blob(0.0, 1.56, 0.022, 0.016, 10)), // angle of the jaw
      head('side', blob(0.078, 1.645, 0.012, 0.016, 10)), // behind the orbit
      head('back', [
        [0.0, 1.58],
        [0.05, 1.585],
        [0.076, 1.62],
        [0.06, 1.648],
        [0.02, 1.642],
        [0.0, 1.632],
      ]),
    ],
    'Pain up the back and side of the neck, behind the ear and over it to the temple (a tension-type headache pattern); spillover to the angle of the jaw, behind the eye and the occiput. Clinical-observation map; in volunteers the temple was reached mostly by headache patients.',
    TRAPEZIUS(
      'upper fibres',
      medlink('Mpssi5', 'upper trapezius (TP-1)'),
      medlink('Mpssi6', 'upper and lower trapezius (TP-2, TP-3)'),
      {
        ref: 'fernandez-de-las-penas-2007-trapezius-ctth',
        locator: 'Abstract: posterolateral neck in all; the temple in most headache patients',
      },
      {
        ref: 'fernandez-de-las-penas-2011-children-ctth',
        locator: 'Referred pain areas drawn on body maps (upper trapezius)',
      },
    ),
  ),
  zone(
    'trp-trapezius-middle',
    'Middle trapezius trigger-point referral',
    'trapezius',
    [
      trunk('back', [
        [0.0, 1.4],
        [0.06, 1.395],
        [0.07, 1.42],
        [0.06, 1.47],
        [0.03, 1.485],
        [0.0, 1.485],
      ]),
      // Top of the shoulder (acromion).
      trunk('back', [
        [0.16, 1.44],
        [0.2, 1.435],
        [0.21, 1.41],
        [0.19, 1.395],
        [0.16, 1.4],
      ]),
    ],
    [
      trunk('back', [
        [-0.01, 1.38],
        [0.08, 1.375],
        [0.09, 1.43],
        [0.07, 1.49],
        [0.0, 1.5],
      ]),
      arm('upper-arm', [
        [60, 1.42],
        [200, 1.42],
        [200, 1.37],
        [60, 1.37],
      ]),
    ],
    'A superficial burning pain between the trigger point and the spinous processes of C7 to T3, and pain on top of the shoulder at the acromion. Clinical-observation map; areas vary.',
    TRAPEZIUS('middle fibres'),
  ),
  zone(
    'trp-trapezius-lower',
    'Lower trapezius trigger-point referral',
    'trapezius',
    [
      // High on the back of the neck and the mastoid area.
      trunk('back', [
        [0.015, 1.52],
        [0.045, 1.52],
        [0.06, 1.57],
        [0.07, 1.6],
        [0.05, 1.61],
        [0.025, 1.6],
        [0.015, 1.56],
      ]),
      // Deep ache over the suprascapular region.
      trunk('back', [
        [0.07, 1.42],
        [0.12, 1.415],
        [0.17, 1.42],
        [0.175, 1.445],
        [0.13, 1.46],
        [0.085, 1.46],
        [0.07, 1.445],
      ]),
    ],
    [
      trunk('back', [
        [0.165, 1.405],
        [0.21, 1.405],
        [0.215, 1.44],
        [0.18, 1.45],
      ]),
      // Burning pain along and just inside the medial border of the scapula.
      trunk('back', [
        [0.035, 1.42],
        [0.07, 1.42],
        [0.085, 1.35],
        [0.09, 1.29],
        [0.07, 1.29],
        [0.045, 1.35],
      ]),
    ],
    'Pain high in the back of the neck and the mastoid area and a deep ache over the suprascapular region; sometimes the acromion and a burning pain along the medial border of the scapula. Clinical-observation map; areas vary.',
    TRAPEZIUS('lower fibres', medlink('Mpssi6', 'upper and lower trapezius (TP-2, TP-3)')),
  ),
  zone(
    'trp-rhomboids',
    'Rhomboid trigger-point referral',
    'rhomboids',
    [
      trunk('back', [
        [0.04, 1.44],
        [0.07, 1.445],
        [0.085, 1.4],
        [0.088, 1.35],
        [0.08, 1.32],
        [0.06, 1.32],
        [0.045, 1.36],
      ]),
    ],
    [
      trunk('back', [
        [0.03, 1.43],
        [0.06, 1.47],
        [0.12, 1.455],
        [0.15, 1.43],
        [0.12, 1.405],
        [0.095, 1.38],
        [0.095, 1.32],
        [0.07, 1.305],
        [0.04, 1.33],
      ]),
    ],
    'Pain along the medial (vertebral) border of the scapula, between scapula and spine; spillover up over the supraspinous area. Clinical-observation map; areas vary.',
    RHOMBOIDS,
  ),
  zone(
    'trp-latissimus-dorsi',
    'Latissimus dorsi trigger-point referral',
    'latissimus-dorsi',
    [trunk('back', blob(0.09, 1.275, 0.045, 0.04, 14))],
    [
      trunk('back', blob(0.09, 1.275, 0.068, 0.062, 14)),
      arm('upper-arm', [
        // back of the shoulder
        [150, 1.4],
        [215, 1.4],
        [215, 1.32],
        [150, 1.32],
      ]),
      arm('upper-arm', [
        // front of the shoulder (lower fibres)
        [-30, 1.4],
        [40, 1.4],
        [40, 1.33],
        [-30, 1.33],
      ]),
      arm('upper-arm', [
        // medial arm
        [-150, 1.33],
        [-40, 1.33],
        [-45, 1.1],
        [-140, 1.1],
      ]),
      arm('forearm', [
        [-140, 1.11],
        [-50, 1.11],
        [-60, 0.86],
        [-130, 0.86],
      ]),
      // Ring and little fingers, palm and back.
      hand('front', [
        [0.186, 0.845],
        [0.228, 0.845],
        [0.232, 0.75],
        [0.23, 0.665],
        [0.19, 0.665],
        [0.183, 0.75],
      ]),
      hand('back', [
        [0.186, 0.845],
        [0.228, 0.845],
        [0.232, 0.75],
        [0.23, 0.665],
        [0.19, 0.665],
        [0.183, 0.75],
      ]),
      trunk('side', [
        // flank above the iliac crest (lower fibres)
        [-0.05, 1.15],
        [0.05, 1.15],
        [0.06, 1.08],
        [-0.04, 1.07],
      ]),
    ],
    'A constant ache round the inferior angle of the scapula and the mid-thoracic region; spillover to the back of the shoulder and down the medial arm and forearm to the ring and little fingers, and from the lower fibres to the front of the shoulder and the flank. Clinical-observation map; areas vary.',
    LATISSIMUS,
  ),
  zone(
    'trp-erector-spinae-iliocostalis-thoracis',
    'Iliocostalis thoracis trigger-point referral',
    'erector-spinae',
    [
      trunk('back', [
        [0.035, 1.41],
        [0.08, 1.4],
        [0.1, 1.33],
        [0.09, 1.25],
        [0.08, 1.15],
        [0.05, 1.13],
        [0.035, 1.2],
        [0.03, 1.3],
      ]),
    ],
    [
      trunk('back', [
        [0.02, 1.43],
        [0.1, 1.43],
        [0.125, 1.33],
        [0.11, 1.2],
        [0.1, 1.08],
        [0.04, 1.08],
        [0.02, 1.2],
      ]),
      trunk('front', [
        // round to the front of the lower chest and abdomen
        [0.07, 1.25],
        [0.13, 1.24],
        [0.14, 1.15],
        [0.11, 1.1],
        [0.07, 1.12],
      ]),
    ],
    'Mid and lower thoracic iliocostalis: pain along the paraspinal column up towards the scapula and down towards the lumbar region; spillover round to the front of the chest and abdomen. Clinical-observation map; areas vary.',
    PARASPINALS('iliocostalis thoracis'),
  ),
  zone(
    'trp-erector-spinae-iliocostalis-lumborum',
    'Iliocostalis lumborum trigger-point referral',
    'erector-spinae',
    [trunk('back', blob(0.095, 0.92, 0.04, 0.035, 12))],
    [
      trunk('back', [
        [0.045, 1.19],
        [0.1, 1.19],
        [0.115, 1.05],
        [0.14, 0.95],
        [0.12, 0.88],
        [0.06, 0.88],
        [0.05, 0.96],
        [0.045, 1.05],
      ]),
    ],
    'Iliocostalis lumborum at about L1: pain projected down to the middle of the buttock. Clinical-observation map; areas vary.',
    PARASPINALS('iliocostalis lumborum'),
  ),
  zone(
    'trp-erector-spinae-longissimus',
    'Longissimus thoracis trigger-point referral',
    'erector-spinae',
    [trunk('back', blob(0.06, 0.93, 0.035, 0.04, 12))],
    [
      trunk('back', [
        [0.015, 1.25],
        [0.06, 1.25],
        [0.07, 1.05],
        [0.1, 0.93],
        [0.09, 0.87],
        [0.03, 0.87],
        [0.02, 1.0],
      ]),
    ],
    'Longissimus thoracis low in the thorax: pain projected well below it, to the sacroiliac region of the buttock. Clinical-observation map; areas vary.',
    PARASPINALS('longissimus thoracis'),
  ),
  zone(
    'trp-multifidus-cervical',
    'Cervical multifidus trigger-point referral',
    'multifidus',
    [
      trunk('back', [
        [0.0, 1.5],
        [0.03, 1.5],
        [0.035, 1.55],
        [0.06, 1.57],
        [0.065, 1.605],
        [0.04, 1.62],
        [0.0, 1.615],
      ]),
    ],
    [
      trunk('back', [
        [-0.005, 1.44],
        [0.08, 1.44],
        [0.09, 1.39],
        [0.075, 1.37],
        [0.055, 1.4],
        [0.04, 1.5],
        [0.05, 1.55],
        [0.075, 1.58],
        [0.075, 1.625],
        [0.045, 1.635],
        [-0.005, 1.63],
      ]),
    ],
    'Posterior cervical (multifidus) trigger points at about C4–C5: pain to the suboccipital region and up the back of the neck; spillover down the neck to the upper medial border of the scapula. Clinical-observation map; areas vary.',
    MULTIFIDUS_NECK,
  ),
  zone(
    'trp-multifidus-thoracic',
    'Thoracic multifidus trigger-point referral',
    'multifidus',
    [
      trunk('back', [
        [-0.008, 1.315],
        [0.025, 1.315],
        [0.035, 1.335],
        [0.03, 1.36],
        [-0.008, 1.36],
      ]),
    ],
    [
      trunk('back', [
        [-0.015, 1.28],
        [0.04, 1.28],
        [0.055, 1.33],
        [0.045, 1.375],
        [-0.015, 1.375],
      ]),
    ],
    'Thoracic multifidus: pain centred on the spinous processes at the level of the trigger point. Clinical-observation map; areas vary.',
    MULTIFIDUS('thoracic'),
  ),
  zone(
    'trp-multifidus-lumbar',
    'Lumbosacral multifidus trigger-point referral',
    'multifidus',
    [
      trunk('back', [
        [-0.008, 1.03],
        [0.025, 1.03],
        [0.03, 1.07],
        [0.025, 1.105],
        [-0.008, 1.105],
      ]),
      trunk('back', [
        [-0.008, 0.87],
        [0.02, 0.87],
        [0.03, 0.93],
        [0.025, 0.97],
        [-0.008, 0.97],
      ]),
    ],
    [
      trunk('back', [
        [-0.015, 1.02],
        [0.05, 1.02],
        [0.06, 1.1],
        [0.05, 1.14],
        [-0.015, 1.14],
      ]),
      trunk('back', [
        [-0.015, 0.85],
        [0.035, 0.86],
        [0.045, 0.95],
        [0.04, 1.0],
        [-0.015, 1.0],
      ]),
    ],
    'Lumbar multifidus: pain over the spinous processes a few segments below the trigger point; from the lowest levels to the sacrum and coccyx. Clinical-observation map; areas vary.',
    MULTIFIDUS('lumbar'),
  ),
  zone(
    'trp-quadratus-lumborum',
    'Quadratus lumborum trigger-point referral',
    'quadratus-lumborum',
    [
      trunk('back', blob(0.045, 0.99, 0.025, 0.03, 10)), // sacroiliac joint (deep, upper)
      trunk('back', blob(0.08, 0.865, 0.045, 0.025, 12)), // lower buttock (deep, lower)
      trunk('back', [
        // along the iliac crest (superficial, upper)
        [0.06, 1.062],
        [0.12, 1.068],
        [0.155, 1.062],
        [0.155, 1.04],
        [0.12, 1.046],
        [0.06, 1.04],
      ]),
      trunk('side', blob(-0.01, 0.93, 0.03, 0.03, 12)), // greater trochanter (superficial, lower)
    ],
    [
      trunk('back', [
        [0.02, 1.04],
        [0.06, 1.07],
        [0.15, 1.08],
        [0.16, 1.02],
        [0.13, 0.88],
        [0.12, 0.84],
        [0.04, 0.84],
        [0.015, 0.92],
      ]),
      // Along the side of the iliac crest and round the greater trochanter to the upper thigh.
      trunk('side', [
        [-0.075, 1.075],
        [0.0, 1.085],
        [0.06, 1.075],
        [0.065, 1.04],
        [0.03, 1.0],
        [0.035, 0.95],
        [0.03, 0.82],
        [-0.03, 0.82],
        [-0.045, 0.9],
        [-0.05, 1.0],
        [-0.078, 1.04],
      ]),
      trunk('front', [
        // lower abdominal quadrant and groin
        [0.125, 1.045],
        [0.14, 0.995],
        [0.115, 0.945],
        [0.075, 0.895],
        [0.045, 0.875],
        [0.04, 0.9],
        [0.075, 0.935],
        [0.1, 0.975],
        [0.11, 1.035],
      ]),
    ],
    'Deep trigger points: the sacroiliac joint and the lower buttock. Superficial ones: along the iliac crest (sometimes round to the lower abdomen and groin) and the greater trochanter. Clinical-observation map; areas vary.',
    QL,
  ),
  zone(
    'trp-serratus-anterior',
    'Serratus anterior trigger-point referral',
    'serratus-anterior',
    [
      trunk('side', blob(0.02, 1.27, 0.045, 0.045, 12)),
      trunk('back', blob(0.06, 1.3, 0.02, 0.025, 10)),
    ],
    [
      trunk('side', blob(0.02, 1.27, 0.07, 0.07, 14)),
      arm('upper-arm', [
        [-130, 1.33],
        [-50, 1.33],
        [-55, 1.11],
        [-125, 1.11],
      ]),
      arm('forearm', [
        [-120, 1.11],
        [-60, 1.11],
        [-65, 0.86],
        [-115, 0.86],
      ]),
      // Ulnar palm, ring and little fingers.
      hand('front', [
        [0.186, 0.845],
        [0.226, 0.845],
        [0.232, 0.75],
        [0.23, 0.665],
        [0.19, 0.665],
        [0.183, 0.75],
      ]),
    ],
    'Pain on the side of the chest at mid-chest level and just medial to the inferior angle of the scapula; spillover down the medial arm and forearm to the ulnar palm and the ring and little fingers. Clinical-observation map; areas vary.',
    SERRATUS,
  ),
];

// ---------------------------------------------------------------------------------------------
// Trigger points (the X of the charts)

const points: PointInput[] = [
  point(
    'temporalis',
    1,
    'Temporalis trigger point (anterior fibres)',
    'head',
    'side',
    [0.06, 1.655],
    TEMPORALIS,
  ),
  point(
    'temporalis',
    2,
    'Temporalis trigger point (middle fibres)',
    'head',
    'side',
    [0.03, 1.662],
    TEMPORALIS,
  ),
  point(
    'temporalis',
    3,
    'Temporalis trigger point (middle fibres, posterior)',
    'head',
    'side',
    [0.0, 1.668],
    TEMPORALIS,
  ),
  point(
    'temporalis',
    4,
    'Temporalis trigger point (posterior fibres)',
    'head',
    'side',
    [-0.03, 1.68],
    TEMPORALIS,
  ),
  point(
    'masseter',
    1,
    'Masseter trigger point (superficial layer, upper)',
    'head',
    'side',
    [0.04, 1.61],
    MASSETER,
  ),
  point(
    'masseter',
    2,
    'Masseter trigger point (superficial layer, mid-belly)',
    'head',
    'side',
    [0.03, 1.585],
    MASSETER,
  ),
  point(
    'masseter',
    3,
    'Masseter trigger point (superficial layer, near the angle)',
    'head',
    'side',
    [0.015, 1.565],
    MASSETER,
  ),
  point(
    'masseter',
    4,
    'Masseter trigger point (deep layer)',
    'head',
    'side',
    [0.008, 1.625],
    MASSETER,
  ),
  point(
    'lateral-pterygoid',
    1,
    'Lateral pterygoid trigger point (under the zygomatic arch, in front of the jaw joint)',
    'head',
    'side',
    [0.02, 1.62],
    LATERAL_PTERYGOID,
  ),
  point(
    'sternocleidomastoid',
    1,
    'Sternocleidomastoid trigger point (sternal division, low)',
    'trunk',
    'front',
    [0.022, 1.455],
    SCM,
  ),
  point(
    'sternocleidomastoid',
    2,
    'Sternocleidomastoid trigger point (sternal division, middle)',
    'trunk',
    'front',
    [0.04, 1.5],
    SCM,
  ),
  point(
    'sternocleidomastoid',
    3,
    'Sternocleidomastoid trigger point (sternal division, high)',
    'head',
    'side',
    [-0.035, 1.565],
    SCM,
  ),
  point(
    'sternocleidomastoid',
    4,
    'Sternocleidomastoid trigger point (clavicular division, low)',
    'trunk',
    'front',
    [0.055, 1.465],
    SCM,
  ),
  point(
    'sternocleidomastoid',
    5,
    'Sternocleidomastoid trigger point (clavicular division, middle)',
    'trunk',
    'side',
    [0.01, 1.51],
    SCM,
  ),
  point(
    'scalenes',
    1,
    'Scalene trigger point (anterior scalene)',
    'trunk',
    'front',
    [0.04, 1.475],
    SCALENES,
  ),
  point(
    'scalenes',
    2,
    'Scalene trigger point (middle scalene)',
    'trunk',
    'front',
    [0.052, 1.49],
    SCALENES,
  ),
  point(
    'scalenes',
    3,
    'Scalene trigger point (posterior scalene)',
    'trunk',
    'side',
    [-0.012, 1.51],
    SCALENES,
  ),
  point(
    'suboccipitals',
    1,
    'Suboccipital trigger point',
    'head',
    'back',
    [0.025, 1.585],
    SUBOCCIPITALS,
  ),
  point(
    'splenius-capitis',
    1,
    'Splenius capitis trigger point',
    'trunk',
    'back',
    [0.045, 1.555],
    SPLENIUS,
  ),
  point(
    'levator-scapulae',
    1,
    'Levator scapulae trigger point (angle of the neck)',
    'trunk',
    'back',
    [0.07, 1.48],
    LEVATOR,
  ),
  point(
    'levator-scapulae',
    2,
    'Levator scapulae trigger point (above the superior angle of the scapula)',
    'trunk',
    'back',
    [0.08, 1.445],
    LEVATOR,
  ),
  point(
    'trapezius',
    1,
    'Trapezius trigger point 1 (upper fibres, free border)',
    'trunk',
    'back',
    [0.105, 1.458],
    TRAPEZIUS('upper fibres'),
  ),
  point(
    'trapezius',
    2,
    'Trapezius trigger point 2 (upper fibres)',
    'trunk',
    'back',
    [0.125, 1.445],
    TRAPEZIUS('upper fibres'),
  ),
  point(
    'trapezius',
    3,
    'Trapezius trigger point 3 (lower fibres, at the medial border of the scapula)',
    'trunk',
    'back',
    [0.08, 1.31],
    TRAPEZIUS('lower fibres'),
  ),
  point(
    'trapezius',
    4,
    'Trapezius trigger point 4 (lower fibres, below the spine of the scapula)',
    'trunk',
    'back',
    [0.075, 1.39],
    TRAPEZIUS('lower fibres'),
  ),
  point(
    'trapezius',
    5,
    'Trapezius trigger point 5 (middle fibres)',
    'trunk',
    'back',
    [0.065, 1.405],
    TRAPEZIUS('middle fibres'),
  ),
  point(
    'trapezius',
    6,
    'Trapezius trigger point 6 (middle fibres, near the acromion)',
    'trunk',
    'back',
    [0.165, 1.43],
    TRAPEZIUS('middle fibres'),
  ),
  point('rhomboids', 1, 'Rhomboid trigger point (upper)', 'trunk', 'back', [0.06, 1.41], RHOMBOIDS),
  point(
    'rhomboids',
    2,
    'Rhomboid trigger point (lower)',
    'trunk',
    'back',
    [0.065, 1.36],
    RHOMBOIDS,
  ),
  point(
    'latissimus-dorsi',
    1,
    'Latissimus dorsi trigger point (posterior axillary fold)',
    'trunk',
    'back',
    [0.145, 1.32],
    LATISSIMUS,
  ),
  point(
    'latissimus-dorsi',
    2,
    'Latissimus dorsi trigger point (lower lateral fibres)',
    'trunk',
    'side',
    [-0.03, 1.2],
    LATISSIMUS,
  ),
  point(
    'erector-spinae',
    1,
    'Iliocostalis thoracis trigger point (mid-thoracic)',
    'trunk',
    'back',
    [0.06, 1.35],
    PARASPINALS('iliocostalis thoracis'),
  ),
  point(
    'erector-spinae',
    2,
    'Iliocostalis thoracis trigger point (lower thoracic)',
    'trunk',
    'back',
    [0.065, 1.225],
    PARASPINALS('iliocostalis thoracis'),
  ),
  point(
    'erector-spinae',
    3,
    'Iliocostalis lumborum trigger point (about L1)',
    'trunk',
    'back',
    [0.07, 1.17],
    PARASPINALS('iliocostalis lumborum'),
  ),
  point(
    'erector-spinae',
    4,
    'Longissimus thoracis trigger point (low thoracic)',
    'trunk',
    'back',
    [0.035, 1.235],
    PARASPINALS('longissimus thoracis'),
  ),
  point(
    'multifidus',
    1,
    'Multifidus trigger point (neck, about C4–C5)',
    'trunk',
    'back',
    [0.02, 1.53],
    MULTIFIDUS_NECK,
  ),
  point(
    'multifidus',
    2,
    'Multifidus trigger point (thoracic)',
    'trunk',
    'back',
    [0.02, 1.345],
    MULTIFIDUS('thoracic'),
  ),
  point(
    'multifidus',
    3,
    'Multifidus trigger point (lumbar, about L2)',
    'trunk',
    'back',
    [0.02, 1.125],
    MULTIFIDUS('lumbar'),
  ),
  point(
    'multifidus',
    4,
    'Multifidus trigger point (about S1)',
    'trunk',
    'back',
    [0.02, 1.015],
    MULTIFIDUS('lumbar'),
  ),
  point(
    'quadratus-lumborum',
    1,
    'Quadratus lumborum trigger point (superficial, below the 12th rib)',
    'trunk',
    'back',
    [0.1, 1.17],
    QL,
  ),
  point(
    'quadratus-lumborum',
    2,
    'Quadratus lumborum trigger point (superficial, above the iliac crest)',
    'trunk',
    'back',
    [0.11, 1.09],
    QL,
  ),
  point(
    'quadratus-lumborum',
    3,
    'Quadratus lumborum trigger point (deep, upper)',
    'trunk',
    'back',
    [0.055, 1.105],
    QL,
  ),
  point(
    'quadratus-lumborum',
    4,
    'Quadratus lumborum trigger point (deep, lower)',
    'trunk',
    'back',
    [0.06, 1.05],
    QL,
  ),
  point(
    'serratus-anterior',
    1,
    'Serratus anterior trigger point (mid-axillary line, about the 5th–6th rib)',
    'trunk',
    'side',
    [0.02, 1.265],
    SERRATUS,
  ),
];

export const triggerPointsHeadBack: MapInput = { zones, points };
