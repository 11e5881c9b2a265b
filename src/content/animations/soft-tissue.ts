/**
 * Soft tissue scripts: slow rhythmic strokes across the fibres (apply, hold briefly, release),
 * inhibition held on a tight band, traction along the fibres (technique content).
 */
import type { AnimationScriptInput } from '../animation-schema';
import { arrow, hand, mergePoses, phase, segmentsBetween, spread } from './helpers';

const ST_CITES = [
  {
    ref: 'studentomt-prone-pressure',
    locator: 'Steps 5–6: force perpendicular to the paravertebral muscles, hold, slow release',
  },
];
const SUBOCCIPITAL_CITES = [
  {
    ref: 'msu-suboccipital-release',
    locator:
      'All steps: finger pads below the nuchal line to C2, head weight, traction, hold until release',
  },
];
const CERVICAL_CITES = [
  {
    ref: 'jaoa-omt-protocol-table',
    locator:
      'Supine cervical soft tissue: medial paraspinal contact, draw anteriorly, knead until relaxed',
  },
];
/** Gluteal clip: massage-tradition technique column plus a trial's ischaemic compression (fifth pass). */
const GLUTEAL_CITES = [
  ...ST_CITES,
  {
    ref: 'riggs-gluteals-2015',
    locator: 'Gluteal section: heel of the hand, slow strokes, wait at the end of give',
  },
  {
    ref: 'delgado-alvarez-gluteus-medius-2022',
    locator: 'Introduction: ischaemic compression held until the discomfort eases (90 s)',
  },
];
const KNEAD = { rate: 0.5, amplitude: 0.012 };

export const paraspinalSoftTissue: AnimationScriptInput = {
  patientPosition: 'prone',
  support: 'table',
  simplification:
    'The number of strokes and the hold times are shown as a few cycles; the cited sources say to repeat until the tissues soften, without a fixed count.',
  operatorSide: 'opposite',
  citations: ST_CITES,
  glow: [
    { id: 'erector-spinae', side: 'same' },
    { id: 'multifidus', side: 'same' },
  ],
  phases: [
    phase(
      'position',
      'position',
      'Patient prone with the head turned comfortably; you stand on the other side of the table.',
      2.5,
      { step: 0 },
    ),
    phase(
      'contact',
      'position',
      'Thumb and thenar eminence on the paraspinal muscles of the far side, just lateral to the spinous processes; the other hand reinforces.',
      2.5,
      {
        step: 1,
        hands: { left: hand('paraT6', 'thenar'), right: hand('paraT6', 'flat-palm') },
      },
    ),
    phase(
      'stroke',
      'stretch',
      'Push gently down and away, across the fibres, stretching the paraspinals laterally.',
      2,
      {
        step: 2,
        arrows: [arrow('operator', 'paraT6', [0.7, 0, 0.7], 'gentle, across the fibres', 0.4)],
      },
    ),
    phase('hold', 'hold', 'Hold for a few seconds.', 1.5, { step: 3 }),
    phase('release', 'relax', 'Release slowly.', 1.5, { step: 3 }),
    phase('next-level', 'position', 'Move to the next level of the spine and repeat.', 2, {
      step: 4,
      hands: { left: hand('paraT10', 'thenar'), right: hand('paraT10', 'flat-palm') },
    }),
    phase('stroke-2', 'stretch', 'Push down and away across the fibres.', 2, {
      step: 4,
      arrows: [arrow('operator', 'paraT10', [0.7, 0, 0.7], 'gentle, across the fibres', 0.4)],
    }),
    phase('release-2', 'relax', 'Release slowly.', 1.5, { step: 4 }),
    phase('lift-off', 'return', 'Lift the hands; the other side is treated the same way.', 2, {
      step: 4,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Reassess paraspinal tone and tenderness.', 2.5, {
      step: 5,
      hands: { right: hand('paraT6', 'finger-pads') },
    }),
  ],
  repeats: [
    { of: ['stroke', 'hold', 'release'], count: 3 },
    { of: ['stroke-2', 'release-2'], count: 2 },
  ],
  keyframes: [{ at: 'position', pose: spread(segmentsBetween('head', 'C7'), 'rotation', 30) }],
};

export const suboccipitalRelease: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  operatorSide: 'head',
  citations: SUBOCCIPITAL_CITES,
  glow: [
    { id: 'suboccipitals', side: 'same' },
    { id: 'suboccipitals', side: 'opposite' },
  ],
  phases: [
    phase('hands', 'position', 'Both hands slide under the head, palms up.', 2.5, { step: 0 }),
    phase(
      'contact',
      'position',
      'Finger pads on the suboccipital muscles of both sides, from just below the nuchal line down to about C2; the head rests on the fingertips.',
      2.5,
      {
        step: 1,
        hands: {
          left: hand('suboccipital', 'finger-pads'),
          right: hand('suboccipitalFar', 'finger-pads'),
        },
      },
    ),
    phase(
      'pressure',
      'hold',
      'The weight of the head gives a steady upward pressure into the suboccipital muscles; do not push.',
      4,
      {
        step: 2,
        arrows: [
          arrow('operator', 'suboccipital', [0, 0, 1], 'weight of the head only', 0.25),
          arrow('operator', 'suboccipitalFar', [0, 0, 1], 'weight of the head only', 0.25),
        ],
      },
    ),
    phase(
      'soften',
      'hold',
      'Hold until the tissues soften and the head sinks further onto the fingers (often 15 s to a minute).',
      5,
      { step: 3 },
    ),
    phase(
      'traction',
      'stretch',
      'Add gentle traction with the finger pads, upward, outward and headward, without visibly moving the head.',
      3,
      {
        step: 4,
        arrows: [
          arrow('operator', 'suboccipital', [0, 1, 0], 'gentle traction', 0.3),
          arrow('operator', 'suboccipitalFar', [0, 1, 0], 'gentle traction', 0.3),
        ],
      },
    ),
    phase('withdraw', 'return', 'Withdraw the hands slowly.', 3, {
      step: 5,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Reassess neck motion and tenderness.', 3, { step: 5 }),
  ],
  keyframes: [
    { at: 'soften', pose: spread(['head', 'C1'], 'flexion', -4) },
    { at: 'traction', pose: spread(['head', 'C1'], 'flexion', 4) },
    { at: 'withdraw', pose: spread(['head', 'C1'], 'flexion', 0) },
    { at: 'retest', pose: spread(segmentsBetween('head', 'C7'), 'rotation', 40) },
  ],
};

export const glutealSoftTissue: AnimationScriptInput = {
  patientPosition: 'prone',
  support: 'table',
  simplification:
    'The 90 s hold follows the ischaemic-compression study cited; the kneading rhythm drawn is illustrative, not a prescribed rate.',
  operatorSide: 'same',
  citations: GLUTEAL_CITES,
  glow: [
    { id: 'gluteus-maximus', side: 'same' },
    { id: 'gluteus-medius', side: 'same' },
    { id: 'piriformis', side: 'same' },
  ],
  phases: [
    phase(
      'position',
      'position',
      'Patient prone, a pillow under the abdomen if the lower back is uncomfortable.',
      2,
      { step: 0 },
    ),
    phase(
      'contact',
      'position',
      'The heel of the hand on the gluteal muscles just below the iliac crest, reinforced by the other hand.',
      2.5,
      {
        step: 1,
        hands: { left: hand('gluteUpper', 'thenar'), right: hand('gluteUpper', 'flat-palm') },
      },
    ),
    phase(
      'knead',
      'stretch',
      'Knead slowly across the fibres of gluteus maximus and medius, waiting where the tissue stops giving.',
      4,
      {
        step: 2,
        hands: {
          left: hand('gluteUpper', 'thenar', { oscillate: { ...KNEAD, axis: [1, -0.3, 0] } }),
          right: hand('gluteUpper', 'flat-palm', { oscillate: { ...KNEAD, axis: [1, -0.3, 0] } }),
        },
        arrows: [
          arrow('operator', 'gluteUpper', [0.3, 0, 1], 'slow kneading across the fibres', 0.35),
        ],
      },
    ),
    phase('toward-trochanter', 'stretch', 'Work from the crest toward the greater trochanter.', 3, {
      step: 2,
      hands: {
        left: hand('greaterTrochanter', 'thenar', { oscillate: { ...KNEAD, axis: [0, 1, 0] } }),
        right: null,
      },
    }),
    phase(
      'inhibit',
      'hold',
      'Over a tight band lateral to the sacrum (piriformis), thumb pressure from light to the first resistance, held until it eases (about 90 s).',
      6,
      {
        step: 3,
        realDuration: 90,
        hands: {
          left: hand('piriformisPoint', 'thumb'),
          right: hand('piriformisPoint', 'flat-palm'),
        },
        arrows: [
          arrow(
            'operator',
            'piriformisPoint',
            [0.35, 0, 1],
            'steady pressure, a little oblique (sciatic nerve)',
            0.4,
          ),
        ],
      },
    ),
    phase('release', 'return', 'Release slowly.', 2, {
      step: 3,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Reassess tissue tone and hip rotation.', 3, {
      step: 4,
      hands: { right: hand('calfBack', 'cupped') },
    }),
  ],
  keyframes: [
    { at: 'retest', pose: { 'knee.same': { flexion: 90 }, 'hip.same': { internalRotation: 30 } } },
  ],
};

const NECK = segmentsBetween('head', 'C7');

export const cervicalSoftTissue: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  simplification:
    'The number of strokes and the hold times are shown as a few cycles; the cited sources say to repeat until the tissues soften, without a fixed count.',
  operatorSide: 'head',
  citations: CERVICAL_CITES,
  glow: [
    { id: 'trapezius', side: 'opposite' },
    { id: 'splenius-capitis', side: 'opposite' },
    { id: 'levator-scapulae', side: 'opposite' },
  ],
  phases: [
    phase(
      'contact',
      'position',
      'Reach under the neck; finger pads on the medial edge of the paraspinal muscles of the far side, just beside the spinous processes.',
      3,
      {
        step: 0,
        hands: {
          left: hand('paraC4Far', 'finger-pads'),
          right: hand('occiputCradle', 'cupped'),
        },
      },
    ),
    phase(
      'pull',
      'stretch',
      'Draw the muscles gently toward the ceiling, across their fibres; the neck extends slightly.',
      2,
      {
        step: 1,
        arrows: [arrow('operator', 'paraC4Far', [0.6, 0, 0.8], 'gentle, across the fibres', 0.35)],
      },
    ),
    phase('hold', 'hold', 'Hold briefly.', 1.5, { step: 2 }),
    phase(
      'release',
      'relax',
      'Release slowly; repeat in a kneading rhythm until the tissues relax.',
      1.5,
      {
        step: 2,
      },
    ),
    phase('other-side', 'position', 'Treat the other side in the same way.', 2.5, {
      step: 3,
      hands: { left: hand('paraC4', 'finger-pads') },
    }),
    phase('pull-2', 'stretch', 'Pull across the fibres.', 2, {
      step: 3,
      arrows: [arrow('operator', 'paraC4', [-0.6, 0, 0.8], 'gentle, across the fibres', 0.35)],
    }),
    phase('release-2', 'relax', 'Release slowly.', 1.5, { step: 3 }),
    phase(
      'traction',
      'stretch',
      'Optionally, cup the occiput and lean back for gentle longitudinal traction.',
      3.5,
      {
        step: 4,
        hands: {
          left: hand('occiputSquamaSame', 'cupped'),
          right: hand('occiputSquamaFar', 'cupped'),
        },
        arrows: [arrow('operator', 'occiputCradle', [0, 1, 0], 'gentle traction', 0.35)],
      },
    ),
    phase('retest', 'retest', 'Reassess neck motion and tenderness.', 3, {
      step: 5,
      hands: { left: null, right: null },
    }),
  ],
  repeats: [
    { of: ['pull', 'hold', 'release'], count: 3 },
    { of: ['pull-2', 'release-2'], count: 2 },
  ],
  keyframes: [
    { at: 'pull', pose: spread(segmentsBetween('C2', 'C6'), 'flexion', -5) },
    { at: 'release', pose: spread(segmentsBetween('C2', 'C6'), 'flexion', 0) },
    { at: 'pull-2', pose: spread(segmentsBetween('C2', 'C6'), 'flexion', -5) },
    { at: 'release-2', pose: spread(segmentsBetween('C2', 'C6'), 'flexion', 0) },
    { at: 'traction', pose: spread(NECK, 'flexion', 5) },
    { at: 'retest', pose: mergePoses(spread(NECK, 'flexion', 0), spread(NECK, 'rotation', 0)) },
  ],
};
