/**
 * HVLA scripts. One thrust each: the thrust phase stands for about 0.1 s of real time (the
 * time to peak force of manual spinal thrusts is in the order of 60–125 ms: Nougarou et al. 2016)
 * and is drawn slowed down; its amplitude is a few degrees. Set-up, barrier and timing at the end
 * of exhalation follow the technique content (Nicholas & Nicholas, HVLA chapter).
 */
import type { AnimationScriptInput } from '../animation-schema';
import { arrow, hand, LABEL, mergePoses, phase, segmentsBetween, spread } from './helpers';

const LUMBAR = segmentsBetween('L1', 'L5');
const THORACIC = segmentsBetween('T1', 'T12');
const UPPER_NECK = segmentsBetween('head', 'C4');
const NECK = segmentsBetween('head', 'C7');
const THRUST_CITES = [
  { ref: 'nougarou-2016-smt-rate', locator: 'Methods: time to peak force 57–125 ms' },
  {
    ref: 'hammell-thoracic-hvla-2022',
    locator: 'Introduction: barrier engaged in one or more planes of motion',
  },
  { ref: 'ecop-glossary-2017', locator: 'thrust technique (definition)' },
];

export const lumbarRollHvla: AnimationScriptInput = {
  patientPosition: 'side-lying-left',
  support: 'table',
  simplification:
    'The thrust is drawn reaching its peak in about 0.1 s to show what high velocity and low amplitude mean; no cited source prescribes that time.',
  citations: THRUST_CITES,
  glow: [
    { id: 'lumbar-spine', side: 'midline' },
    { id: 'multifidus', side: 'same' },
    { id: 'erector-spinae', side: 'same' },
  ],
  phases: [
    phase(
      'position',
      'position',
      'Patient on the side, lower leg straight; the upper hip and knee are bent and the upper foot hooks behind the lower knee.',
      3,
      { step: 0 },
    ),
    phase(
      'localise',
      'assess',
      'Finger pads between the spinous processes: flex the lower spine until motion reaches the target segment.',
      3,
      {
        step: 1,
        hands: { right: hand('spinousL3', 'finger-pads') },
      },
    ),
    phase(
      'lock-above',
      'take-up-slack',
      'Draw the lower arm forward so the upper trunk turns back down to the segment above: the spine is locked from above.',
      3,
      { step: 2 },
    ),
    phase(
      'contacts',
      'position',
      'Forearms on the front of the upper shoulder and over the buttock behind the greater trochanter.',
      2.5,
      {
        step: 3,
        hands: {
          left: hand('shoulderFront', 'flat-palm', { side: 'opposite' }),
          right: hand('gluteUpper', 'flat-palm', { side: 'opposite' }),
        },
      },
    ),
    phase(
      'barrier',
      'engage-barrier',
      'Roll the pelvis toward you and the shoulder away until tension gathers at the segment: the barrier.',
      3,
      {
        step: 4,
        arrows: [
          arrow(
            'operator',
            'shoulderFront',
            [0, 0, -1],
            'steady: shoulder held back',
            0.4,
            'opposite',
          ),
          arrow('operator', 'gluteUpper', [0, 0, 1], 'roll the pelvis forward', 0.5, 'opposite'),
        ],
      },
    ),
    phase(
      'exhale',
      'hold',
      'The patient breathes out; wait for the end of exhalation with all slack taken up.',
      2.5,
      { step: 5 },
    ),
    phase(
      'thrust',
      'thrust',
      'One quick, short thrust through the buttock contact: the pelvis turns forward and slightly toward the floor.',
      0.6,
      {
        step: 5,
        realDuration: 0.12,
        arrows: [arrow('operator', 'gluteUpper', [0, -0.3, 1], LABEL.hvlaThrust, 1, 'opposite')],
      },
    ),
    phase('return', 'return', 'Release and bring the patient back to neutral.', 3, {
      step: 6,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Retest motion at the segment.', 2.5, {
      step: 6,
      hands: { right: hand('spinousL3', 'finger-pads') },
    }),
  ],
  keyframes: [
    {
      at: 'position',
      pose: {
        'hip.opposite': { flexion: 70, abduction: -15 },
        'knee.opposite': { flexion: 90 },
        'hip.same': { flexion: 10 },
        'knee.same': { flexion: 10 },
      },
    },
    { at: 'localise', pose: spread(LUMBAR, 'flexion', 10) },
    {
      at: 'lock-above',
      pose: mergePoses({ 'shoulder.same': { flexion: 60 } }, spread(THORACIC, 'rotation', -25)),
    },
    {
      at: 'barrier',
      pose: mergePoses({ pelvis: { rotation: 15 } }, spread(LUMBAR, 'rotation', -15)),
    },
    {
      at: 'thrust',
      pose: mergePoses({ pelvis: { rotation: 18 } }, spread(LUMBAR, 'rotation', -18)),
      ease: 'quick-out',
    },
    {
      at: 'return',
      pose: mergePoses(
        { pelvis: { rotation: 0 }, 'shoulder.same': { flexion: 0 } },
        spread(LUMBAR, 'rotation', 0),
        spread(LUMBAR, 'flexion', 0),
        spread(THORACIC, 'rotation', 0),
        {
          'hip.opposite': { flexion: 0, abduction: 0 },
          'knee.opposite': { flexion: 0 },
          'hip.same': { flexion: 0 },
          'knee.same': { flexion: 0 },
        },
      ),
    },
  ],
};

const crossedArms = {
  'shoulder.same': { flexion: 90, abduction: -35 },
  'shoulder.opposite': { flexion: 90, abduction: -35 },
  'elbow.same': { flexion: 110 },
  'elbow.opposite': { flexion: 110 },
};

export const supineThoracicHvla: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  simplification:
    'The thrust is drawn reaching its peak in about 0.1 s to show what high velocity and low amplitude mean; no cited source prescribes that time.',
  citations: THRUST_CITES,
  glow: [
    { id: 'thoracic-spine', side: 'midline' },
    { id: 'erector-spinae', side: 'same' },
    { id: 'rhomboids', side: 'same' },
  ],
  phases: [
    phase(
      'arms',
      'position',
      'Patient supine, arms crossed over the chest holding the opposite shoulders, elbows stacked in a V.',
      3,
      { step: 0 },
    ),
    phase(
      'fulcrum',
      'position',
      'Roll the patient toward you and place the thrusting hand under the back: thenar eminence and flexed fingers under the transverse processes of the lower vertebra.',
      3,
      {
        step: 1,
        hands: { right: hand('paraT6', 'thenar') },
      },
    ),
    phase(
      'roll-back',
      'position',
      'Roll the patient back onto the hand; your chest rests over the crossed elbows.',
      2.5,
      { step: 2 },
    ),
    phase(
      'flex-down',
      'take-up-slack',
      'The free hand under the head and neck flexes the upper trunk down to the segment until tension gathers over the fulcrum.',
      3,
      {
        step: 3,
        hands: { left: hand('occiputCradle', 'cupped') },
      },
    ),
    phase(
      'exhale',
      'hold',
      'The patient breathes in, then out fully; hold the barrier at the end of exhalation.',
      2.5,
      { step: 4 },
    ),
    phase(
      'thrust',
      'thrust',
      'One short, quick thrust down through the elbows toward the fulcrum.',
      0.6,
      {
        step: 4,
        realDuration: 0.12,
        arrows: [arrow('operator', 'sternumMid', [0, 0, -1], LABEL.hvlaThrust, 1)],
      },
    ),
    phase('return', 'return', 'Lower the patient back to neutral.', 3, {
      step: 5,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Retest motion at the segment.', 2.5, {
      step: 5,
      hands: { right: hand('spinousT6', 'finger-pads') },
    }),
  ],
  keyframes: [
    { at: 'arms', pose: crossedArms },
    {
      at: 'flex-down',
      pose: mergePoses(
        spread(NECK, 'flexion', 20),
        spread(segmentsBetween('T1', 'T5'), 'flexion', 10),
      ),
    },
    {
      at: 'thrust',
      pose: spread(segmentsBetween('T4', 'T6'), 'flexion', 3.3),
      ease: 'quick-out',
    },
    {
      at: 'return',
      pose: mergePoses(
        spread(NECK, 'flexion', 0),
        spread(segmentsBetween('T1', 'T6'), 'flexion', 0),
        {
          'shoulder.same': { flexion: 0, abduction: 0 },
          'shoulder.opposite': { flexion: 0, abduction: 0 },
          'elbow.same': { flexion: 0 },
          'elbow.opposite': { flexion: 0 },
        },
      ),
    },
  ],
};

export const cervicalHvla: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  simplification:
    'The thrust is drawn reaching its peak in about 0.1 s to show what high velocity and low amplitude mean; no cited source prescribes that time.',
  operatorSide: 'head',
  citations: [...THRUST_CITES, { ref: 'elder-cervical-hvla-2022' }],
  glow: [
    { id: 'cervical-spine', side: 'midline' },
    { id: 'splenius-capitis', side: 'same' },
  ],
  phases: [
    phase(
      'screen',
      'assess',
      'Screen for warning signs of cervical artery or upper cervical instability before starting.',
      3,
      { step: 0 },
    ),
    phase(
      'cradle',
      'position',
      'Patient supine, head near the end of the table, cradled in one hand.',
      2.5,
      {
        step: 1,
        hands: { left: hand('occiputCradle', 'cupped') },
      },
    ),
    phase(
      'contact',
      'position',
      'The index metacarpophalangeal joint of the thrusting hand rests on the posterolateral articular pillar of the segment.',
      2.5,
      {
        step: 2,
        hands: { right: hand('pillarC4', 'finger-pads') },
      },
    ),
    phase(
      'localise',
      'take-up-slack',
      'Slight flexion to the segment, side-bending toward the contact to lock above, then moderate rotation away to the barrier.',
      3.5,
      { step: 3 },
    ),
    phase(
      'check',
      'hold',
      'Hold the pre-thrust position and watch for nystagmus, nausea or dizziness; stop if any appear.',
      2.5,
      { step: 4 },
    ),
    phase(
      'thrust',
      'thrust',
      'At the end of exhalation: one quick, short-arc rotational thrust through the contact toward the barrier.',
      0.6,
      {
        step: 5,
        realDuration: 0.1,
        arrows: [arrow('operator', 'pillarC4', [-0.6, 0, 0.8], LABEL.hvlaThrust, 1)],
      },
    ),
    phase('return', 'return', 'Return the head to neutral.', 3, {
      step: 6,
      hands: { right: null },
    }),
    phase('retest', 'retest', 'Retest cervical motion.', 2.5, { step: 6 }),
  ],
  keyframes: [
    {
      at: 'localise',
      pose: mergePoses(
        spread(NECK, 'flexion', 8),
        spread(segmentsBetween('C2', 'C5'), 'sideBending', 12),
        spread(UPPER_NECK, 'rotation', -30),
      ),
    },
    {
      at: 'thrust',
      pose: spread(UPPER_NECK, 'rotation', -34),
      ease: 'quick-out',
    },
    {
      at: 'return',
      pose: mergePoses(
        spread(NECK, 'flexion', 0),
        spread(segmentsBetween('C2', 'C5'), 'sideBending', 0),
        spread(UPPER_NECK, 'rotation', 0),
      ),
    },
  ],
};
