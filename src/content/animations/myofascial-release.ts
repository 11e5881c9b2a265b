/**
 * Myofascial release scripts: low load held over time until the tissue gives, then the next
 * barrier (technique content). Holds last "until release", which has no fixed time, so they are
 * not given a real-time clock.
 */
import type { AnimationScriptInput } from '../animation-schema';
import { arrow, hand, LABEL, mergePoses, phase, segmentsBetween, spread } from './helpers';

const MFR_CITES = [
  {
    ref: 'tozzi-fascial-osteopathy-2012',
    locator: 'Abstract: fascial techniques aim to release tension',
  },
  { ref: 'ecop-glossary-2017', locator: 'myofascial technique (definition)' },
];

export const thoracolumbarMyofascialRelease: AnimationScriptInput = {
  patientPosition: 'prone',
  support: 'table',
  simplification:
    'The number of glides or breaths and their length are illustrative; the cited sources hold or glide until the tissue releases, without a fixed count or time.',
  citations: MFR_CITES,
  glow: [
    { id: 'thoracolumbar-fascia', side: 'midline' },
    { id: 'erector-spinae', side: 'same' },
    { id: 'latissimus-dorsi', side: 'same' },
  ],
  phases: [
    phase(
      'position',
      'position',
      'Patient prone, lumbar spine neutral (a pillow under the abdomen if needed).',
      2,
      { step: 0 },
    ),
    phase(
      'hands',
      'position',
      'One palm flat over the lower thoracic paraspinal region, the other over the lumbosacral region, forearms crossed.',
      2.5,
      {
        step: 1,
        hands: {
          left: hand('lumbosacral', 'flat-palm'),
          right: hand('paraT10', 'flat-palm'),
        },
      },
    ),
    phase(
      'test',
      'assess',
      'Sink to the fascia and test ease and bind: up and down, side to side, turning each way.',
      4,
      {
        step: 2,
        hands: {
          left: hand('lumbosacral', 'flat-palm', {
            oscillate: { rate: 0.5, amplitude: 0.008, axis: [1, 1, 0] },
          }),
          right: hand('paraT10', 'flat-palm', {
            oscillate: { rate: 0.5, amplitude: 0.008, axis: [1, -1, 0] },
          }),
        },
      },
    ),
    phase(
      'engage',
      'engage-barrier',
      'Direct release: spread the hands apart into the bind with a light, steady load.',
      3,
      {
        step: 3,
        hands: { left: hand('lumbosacral', 'flat-palm'), right: hand('paraT10', 'flat-palm') },
        arrows: [
          arrow('operator', 'paraT10', [0, 1, 0.3], LABEL.sustainedLoad, 0.3),
          arrow('operator', 'lumbosacral', [0, -1, 0.3], LABEL.sustainedLoad, 0.3),
        ],
      },
    ),
    phase(
      'hold',
      'hold',
      'Hold without sliding on the skin until the tissue softens and gives.',
      6,
      {
        step: 4,
        arrows: [
          arrow('operator', 'paraT10', [0, 1, 0.3], LABEL.sustainedLoad, 0.3),
          arrow('operator', 'lumbosacral', [0, -1, 0.3], LABEL.sustainedLoad, 0.3),
        ],
      },
    ),
    phase('follow', 'take-up-slack', 'Follow the give to the next barrier and hold again.', 5, {
      step: 5,
      arrows: [
        arrow('operator', 'paraT10', [0, 1, 0.3], LABEL.sustainedLoad, 0.35),
        arrow('operator', 'lumbosacral', [0, -1, 0.3], LABEL.sustainedLoad, 0.35),
      ],
    }),
    phase('release', 'return', 'When nothing changes any more, release slowly.', 3, {
      step: 5,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Reassess tissue texture and trunk motion.', 3, { step: 6 }),
  ],
  keyframes: [
    { at: 'follow', pose: spread(segmentsBetween('T10', 'L5'), 'flexion', -3) },
    { at: 'release', pose: spread(segmentsBetween('T10', 'L5'), 'flexion', 0) },
  ],
};

export const plantarFasciaMyofascialRelease: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  simplification:
    'The number of glides or breaths and their length are illustrative; the cited sources hold or glide until the tissue releases, without a fixed count or time.',
  operatorSide: 'foot',
  citations: [...MFR_CITES],
  glow: [
    { id: 'plantar-fascia', side: 'same' },
    { id: 'gastrocnemius', side: 'same' },
    { id: 'soleus', side: 'same' },
  ],
  phases: [
    phase(
      'position',
      'position',
      'Patient supine with the foot just beyond the end of the table.',
      2,
      { step: 0 },
    ),
    phase(
      'tension',
      'engage-barrier',
      'One hand brings the ankle and toes gently into dorsiflexion: the plantar fascia is under light tension.',
      3,
      {
        step: 1,
        hands: { left: hand('soleForefoot', 'flat-palm') },
        arrows: [arrow('operator', 'soleForefoot', [0, 0.5, -0.3], 'gentle dorsiflexion', 0.3)],
      },
    ),
    phase(
      'sink',
      'position',
      'The thumb of the other hand sinks into the fascia near its origin on the heel.',
      2,
      {
        step: 2,
        hands: { right: hand('soleHeel', 'thumb') },
        arrows: [arrow('operator', 'soleHeel', [0, 1, 0], 'firm, sustained pressure', 0.4)],
      },
    ),
    phase(
      'glide',
      'stretch',
      'Glide slowly toward the bases of the toes with firm, sustained pressure.',
      4,
      {
        step: 3,
        hands: { right: hand('soleMid', 'thumb') },
        arrows: [arrow('operator', 'soleMid', [0, 0.6, 0.8], 'firm, sustained glide', 0.4)],
      },
    ),
    phase('hold', 'hold', 'Where the tissue resists, stop and hold until it softens.', 3, {
      step: 3,
      arrows: [arrow('operator', 'soleMid', [0, 1, 0], 'hold until it softens', 0.35)],
    }),
    phase(
      'back-to-heel',
      'position',
      'Start the next pass over the medial, central or lateral part of the fascia.',
      1.5,
      {
        step: 4,
        hands: { right: hand('soleHeel', 'thumb') },
      },
    ),
    phase('release', 'return', 'Release the foot.', 2.5, {
      step: 4,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Reassess tenderness at the heel.', 2.5, {
      step: 5,
      hands: { right: hand('soleHeel', 'thumb') },
    }),
  ],
  repeats: [{ of: ['glide', 'hold', 'back-to-heel'], count: 3 }],
  keyframes: [
    { at: 'tension', pose: { 'ankle.same': { dorsiflexion: 10 }, 'toes.same': { extension: 30 } } },
    { at: 'release', pose: { 'ankle.same': { dorsiflexion: 0 }, 'toes.same': { extension: 0 } } },
  ],
};

const INLET = segmentsBetween('C7', 'T3');

export const thoracicInletMyofascialRelease: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  operatorSide: 'head',
  citations: [
    ...MFR_CITES,
    {
      ref: 'jaoa-omt-protocol-table',
      locator: 'Thoracic inlet MFR: contacts, 3 planes, direct or indirect, hold 20–60 s',
    },
  ],
  glow: [
    { id: 'scalenes', side: 'same' },
    { id: 'scalenes', side: 'opposite' },
    { id: 'trapezius', side: 'same' },
    { id: 'trapezius', side: 'opposite' },
  ],
  phases: [
    phase(
      'hands',
      'position',
      'Hands under the upper shoulders: thumbs behind over T1–T2, fingers in front across the sternoclavicular joints and the first two ribs.',
      3,
      {
        step: 0,
        hands: {
          left: hand('t1Back', 'thumb'),
          right: hand('t1Back', 'thumb', { side: 'opposite' }),
        },
      },
    ),
    phase('rotate-test', 'assess', 'Assess the inlet as a unit: rotation to each side.', 3, {
      step: 1,
    }),
    phase('sidebend-test', 'assess', 'Then side-bending, and flexion–extension.', 3, { step: 1 }),
    phase(
      'engage',
      'engage-barrier',
      'Direct approach: take the restricted planes to the barrier together.',
      3,
      {
        step: 2,
        arrows: [arrow('operator', 't1Back', [0, 0.3, 1], LABEL.sustainedLoad, 0.25)],
      },
    ),
    phase('hold', 'hold', 'Hold (about 20–60 s) until the tissues creep and release.', 5, {
      step: 3,
    }),
    phase('re-engage', 'take-up-slack', 'Re-engage the new barrier and hold again.', 4, {
      step: 3,
      arrows: [arrow('operator', 't1Back', [0, 0.3, 1], LABEL.sustainedLoad, 0.3)],
    }),
    phase('release', 'return', 'When motion is symmetrical, release slowly.', 3, {
      step: 4,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Reassess inlet motion.', 2.5, { step: 4 }),
    phase(
      'next',
      'assess',
      'In a lymphatic sequence this release usually comes first, so that lymph can drain into the veins.',
      2,
      { step: 5 },
    ),
  ],
  keyframes: [
    { at: 'rotate-test', pose: spread(INLET, 'rotation', 6) },
    {
      at: 'sidebend-test',
      pose: mergePoses(spread(INLET, 'rotation', 0), spread(INLET, 'sideBending', -6)),
    },
    {
      at: 'engage',
      pose: mergePoses(spread(INLET, 'rotation', 5), spread(INLET, 'sideBending', 5)),
    },
    {
      at: 're-engage',
      pose: mergePoses(spread(INLET, 'rotation', 8), spread(INLET, 'sideBending', 8)),
    },
    {
      at: 'release',
      pose: mergePoses(spread(INLET, 'rotation', 0), spread(INLET, 'sideBending', 0)),
    },
  ],
};

const hookLying = {
  'hip.same': { flexion: 45 },
  'hip.opposite': { flexion: 45 },
  'knee.same': { flexion: 90 },
  'knee.opposite': { flexion: 90 },
};
const legsDown = {
  'hip.same': { flexion: 0 },
  'hip.opposite': { flexion: 0 },
  'knee.same': { flexion: 0 },
  'knee.opposite': { flexion: 0 },
};

export const diaphragmRelease: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  simplification:
    'The number of glides or breaths and their length are illustrative; the cited sources hold or glide until the tissue releases, without a fixed count or time.',
  citations: MFR_CITES,
  glow: [{ id: 'diaphragm', side: 'midline' }],
  phases: [
    phase(
      'position',
      'position',
      'Patient supine with the knees bent to relax the abdominal wall.',
      3,
      { step: 0 },
    ),
    phase(
      'thumbs',
      'position',
      'Thumbs just below the lower costal margins on both sides of the xiphoid, hands spread over the lower ribs.',
      2.5,
      {
        step: 1,
        hands: {
          left: hand('costalMargin', 'thumb'),
          right: hand('costalMarginFar', 'thumb'),
        },
      },
    ),
    phase(
      'exhale',
      'take-up-slack',
      'As the patient breathes out, follow the ribs down and let the thumbs sink under the costal margin toward the back and head.',
      3,
      {
        step: 2,
        arrows: [
          arrow('operator', 'costalMargin', [0, 0.6, -0.8], LABEL.lightPressure, 0.3),
          arrow('operator', 'costalMarginFar', [0, 0.6, -0.8], LABEL.lightPressure, 0.3),
        ],
      },
    ),
    phase(
      'inhale',
      'hold',
      'As the patient breathes in, hold your ground against the thumbs being pushed out.',
      3,
      { step: 3 },
    ),
    phase(
      'exhale-again',
      'take-up-slack',
      'Over several breaths, take up the slack on each exhalation.',
      3,
      {
        step: 4,
        arrows: [
          arrow('operator', 'costalMargin', [0, 0.6, -0.8], LABEL.lightPressure, 0.3),
          arrow('operator', 'costalMarginFar', [0, 0.6, -0.8], LABEL.lightPressure, 0.3),
        ],
      },
    ),
    phase('inhale-again', 'hold', 'Hold your ground as the patient breathes in.', 3, { step: 3 }),
    phase('release', 'return', 'Release slowly during an inhalation.', 3, {
      step: 5,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Reassess rib excursion and breathing.', 2.5, { step: 5 }),
  ],
  repeats: [{ of: ['exhale-again', 'inhale-again'], count: 3 }],
  keyframes: [
    { at: 'position', pose: hookLying },
    { at: 'retest', pose: legsDown },
  ],
};
