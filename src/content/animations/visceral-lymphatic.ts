/**
 * Visceral and lymphatic scripts. Visceral work is light, slow pressure within comfort (technique
 * content); the pedal pump phase stands for the 5 minutes used in a volunteer study (Adams et al.,
 * via the lymphatic technique content), shown compressed with the real-time clock.
 */
import type { AnimationScriptInput } from '../animation-schema';
import { arrow, hand, LABEL, phase } from './helpers';

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
const VISC_CITES = [
  { ref: 'roberts-omm-review-2022' },
  { ref: 'yao-visceral-lecture', locator: 'Transcript 00:00: liver' },
];
/** The small-bowel lift follows a massage-tradition description (fifth reference pass). */
const MESENTERY_CITES = [
  { ref: 'roberts-omm-review-2022' },
  {
    ref: 'luchau-mesentery-2015',
    locator: 'Easing the mesenteric net: viscera supported toward the root, held, released slowly',
  },
];

/** Authored with the liver on the `same` (+X) side and pinned to the right. */
export const liverVisceral: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  simplification:
    'The number of breaths and the rhythm of the hands are illustrative; the cited sources hold or move with the breathing until the tissues change, without a fixed count.',
  operatorSide: 'same',
  fixedSide: 'right',
  citations: VISC_CITES,
  glow: [
    { id: 'liver', side: 'midline' },
    { id: 'diaphragm', side: 'midline' },
  ],
  phases: [
    phase('position', 'position', 'Patient supine with knees bent to relax the abdomen.', 3, {
      step: 0,
    }),
    phase(
      'hands',
      'position',
      'One hand under the lower right ribs at the back, the other flat over the lower right rib cage in front.',
      2.5,
      {
        step: 1,
        hands: {
          left: hand('lowerRibsBack', 'flat-palm'),
          right: hand('lowerRibsFront', 'flat-palm'),
        },
      },
    ),
    phase(
      'palpate',
      'assess',
      'Palpate in layers toward the liver and note its movement with breathing.',
      3,
      {
        step: 2,
        hands: {
          right: hand('lowerRibsFront', 'flat-palm', {
            oscillate: { rate: 0.25, amplitude: 0.004, axis: [0, -1, 0.3] },
          }),
        },
      },
    ),
    phase(
      'exhale',
      'pump',
      'As the patient breathes out, compress the lower rib cage gently between your hands.',
      2.5,
      {
        step: 3,
        hands: { right: hand('lowerRibsFront', 'flat-palm') },
        arrows: [
          arrow('operator', 'lowerRibsFront', [-0.4, 0, -1], LABEL.lightPressure, 0.3),
          arrow('operator', 'lowerRibsBack', [-0.2, 0, 1], LABEL.lightPressure, 0.2),
        ],
      },
    ),
    phase('inhale', 'relax', 'Release the compression as the patient breathes in.', 2.5, {
      step: 3,
    }),
    phase(
      'hold-ease',
      'hold',
      'Alternatively, hold the rib cage toward its ease until the tissues soften.',
      4,
      {
        step: 4,
        arrows: [arrow('operator', 'lowerRibsFront', [-0.4, 0, -1], LABEL.lightPressure, 0.2)],
      },
    ),
    phase('release', 'return', 'Release slowly.', 2.5, {
      step: 5,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Reassess comfort and rib cage motion.', 2.5, { step: 5 }),
  ],
  repeats: [{ of: ['exhale', 'inhale'], count: 4 }],
  keyframes: [
    { at: 'position', pose: hookLying },
    { at: 'retest', pose: legsDown },
  ],
};

/** The colon is not mirrored: authored and pinned with the sigmoid on the patient's left. */
export const colonVisceral: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  simplification:
    'The number of breaths and the rhythm of the hands are illustrative; the cited sources hold or move with the breathing until the tissues change, without a fixed count.',
  fixedSide: 'left',
  citations: VISC_CITES,
  glow: [{ id: 'colon', side: 'midline' }],
  phases: [
    phase('position', 'position', 'Patient supine with knees bent.', 3, { step: 0 }),
    phase(
      'sigmoid',
      'engage-barrier',
      'Flat finger pads sink gently through the abdominal wall over the sigmoid colon, low on the left.',
      3,
      {
        step: 1,
        hands: { right: hand('abdomenSigmoid', 'finger-pads') },
        arrows: [arrow('operator', 'abdomenSigmoid', [0, 0, -1], LABEL.lightPressure, 0.25)],
      },
    ),
    phase(
      'lift',
      'stretch',
      'Knead slowly or lift the bowel segment gently toward the midline; hold where it feels tense until it softens.',
      3.5,
      {
        step: 2,
        hands: {
          right: hand('abdomenSigmoid', 'finger-pads', {
            oscillate: { rate: 0.4, amplitude: 0.008, axis: [-1, 0.3, 0] },
          }),
        },
        arrows: [
          arrow(
            'operator',
            'abdomenSigmoid',
            [-1, 0.2, 0.3],
            'gentle lift toward the midline',
            0.25,
          ),
        ],
      },
    ),
    phase(
      'descending',
      'stretch',
      'Work back along the colon, starting with the descending colon.',
      3,
      {
        step: 3,
        hands: { right: hand('abdomenDescending', 'finger-pads') },
        arrows: [arrow('operator', 'abdomenDescending', [-1, 0, 0.3], LABEL.lightPressure, 0.25)],
      },
    ),
    phase('transverse', 'stretch', 'Continue across the transverse colon.', 3, {
      step: 3,
      hands: { right: hand('abdomenTransverse', 'finger-pads') },
      arrows: [arrow('operator', 'abdomenTransverse', [0, -1, 0.3], LABEL.lightPressure, 0.25)],
    }),
    phase('ascending', 'stretch', 'Finish by working down the ascending colon.', 3, {
      step: 3,
      hands: { right: hand('abdomenAscending', 'finger-pads') },
      arrows: [arrow('operator', 'abdomenAscending', [1, 0, 0.3], LABEL.lightPressure, 0.25)],
    }),
    phase('release', 'return', 'Release slowly; stop at any sharp or guarded pain.', 2.5, {
      step: 4,
      hands: { right: null },
    }),
    phase('retest', 'retest', 'Reassess tenderness.', 2.5, { step: 4 }),
  ],
  keyframes: [
    { at: 'position', pose: hookLying },
    { at: 'retest', pose: legsDown },
  ],
};

/** Pinned to the left: the root of the mesentery runs from upper left to lower right. */
export const mesentericRelease: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  fixedSide: 'left',
  citations: MESENTERY_CITES,
  glow: [
    { id: 'small-intestine', side: 'midline' },
    { id: 'colon', side: 'midline' },
  ],
  phases: [
    phase('position', 'position', 'Patient supine with knees bent.', 3, { step: 0 }),
    phase(
      'hands',
      'position',
      'Finger pads of both hands over the lower abdomen, under the mass of small intestine.',
      2.5,
      {
        step: 1,
        hands: {
          left: hand('abdomenLower', 'finger-pads'),
          right: hand('abdomenLowerFar', 'finger-pads'),
        },
      },
    ),
    phase(
      'lift',
      'engage-barrier',
      'Support the bowel mass gently headward and toward the midline, toward the root of the mesentery, so that it slackens.',
      3,
      {
        step: 2,
        arrows: [
          arrow(
            'operator',
            'abdomenLower',
            [0.3, 0.8, 0.3],
            'gentle support toward the root, no deep pressure',
            0.3,
          ),
          arrow(
            'operator',
            'abdomenLowerFar',
            [0.3, 0.8, 0.3],
            'gentle support toward the root, no deep pressure',
            0.3,
          ),
        ],
      },
    ),
    phase(
      'hold',
      'hold',
      'Hold the support without pressing deeply for several breaths, until the tissues soften.',
      5,
      {
        step: 3,
        arrows: [
          arrow(
            'operator',
            'abdomenLower',
            [0.3, 0.8, 0.3],
            'gentle support toward the root, no deep pressure',
            0.25,
          ),
          arrow(
            'operator',
            'abdomenLowerFar',
            [0.3, 0.8, 0.3],
            'gentle support toward the root, no deep pressure',
            0.25,
          ),
        ],
      },
    ),
    phase('release', 'return', 'Release slowly.', 3, {
      step: 4,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Reassess abdominal tenderness.', 2.5, { step: 4 }),
  ],
  keyframes: [
    { at: 'position', pose: hookLying },
    { at: 'retest', pose: legsDown },
  ],
};

const LYMPH_CITES = [
  { ref: 'yao-lymphatic-lecture', locator: 'Pedal pump; thoracic pump' },
  { ref: 'adams-pedal-pump-2023', locator: 'Methods' },
];

export const thoracicLymphaticPump: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  simplification:
    "Three breaths stand for a treatment of a few minutes; the rate of the pumping shown is illustrative, since the cited sources match it to the patient's breathing and comfort.",
  operatorSide: 'head',
  citations: LYMPH_CITES,
  glow: [
    { id: 'chest', side: 'same' },
    { id: 'chest', side: 'opposite' },
    { id: 'lungs', side: 'midline' },
  ],
  phases: [
    phase(
      'position',
      'position',
      'Patient supine; the thoracic inlet and diaphragm have been released first.',
      2.5,
      { step: 0 },
    ),
    phase(
      'hands',
      'position',
      'Both hands on the upper front of the chest below the clavicles, thenar eminences over the upper ribs, fingers spread.',
      2.5,
      {
        step: 1,
        hands: { left: hand('upperChest', 'flat-palm'), right: hand('upperChestFar', 'flat-palm') },
      },
    ),
    phase(
      'press',
      'engage-barrier',
      'As the patient breathes out, press the chest gently down and toward the feet.',
      2.5,
      {
        step: 2,
        arrows: [
          arrow('operator', 'upperChest', [0, -0.5, -1], LABEL.lightPressure, 0.3),
          arrow('operator', 'upperChestFar', [0, -0.5, -1], LABEL.lightPressure, 0.3),
        ],
      },
    ),
    phase(
      'exhale',
      'pump',
      'Add quick, gentle rhythmic compressions so the chest wall oscillates, keeping the pressure through the exhalation.',
      3,
      {
        step: 3,
        hands: {
          left: hand('upperChest', 'flat-palm', {
            oscillate: { rate: 2, amplitude: 0.006, axis: [0, -0.5, -1] },
          }),
          right: hand('upperChestFar', 'flat-palm', {
            oscillate: { rate: 2, amplitude: 0.006, axis: [0, -0.5, -1] },
          }),
        },
        arrows: [
          arrow('operator', 'upperChest', [0, -0.5, -1], 'gentle rhythmic compressions', 0.35),
          arrow('operator', 'upperChestFar', [0, -0.5, -1], 'gentle rhythmic compressions', 0.35),
        ],
      },
    ),
    phase('inhale', 'hold', 'During inhalation keep resisting the rise of the rib cage.', 2, {
      step: 4,
      hands: { left: hand('upperChest', 'flat-palm'), right: hand('upperChestFar', 'flat-palm') },
      arrows: [
        arrow('operator', 'upperChest', [0, 0, -1], 'resist the rise', 0.25),
        arrow('operator', 'upperChestFar', [0, 0, -1], 'resist the rise', 0.25),
      ],
    }),
    phase(
      'release',
      'return',
      'At the start of a deep inhalation lift the hands off suddenly (release variant).',
      1,
      {
        step: 4,
        hands: { left: null, right: null },
      },
    ),
    phase('retest', 'retest', 'Reassess breathing.', 2.5, { step: 5 }),
  ],
  repeats: [{ of: ['exhale', 'inhale'], count: 3 }],
  keyframes: [{ at: 'start', pose: {} }],
};

export const pedalLymphaticPump: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  simplification:
    'The 5 minutes follow the volunteer study (Adams 2023). The rate shown, about one push a second with four drawn before the compressed stretch, is a teaching simplification: the lecture source matches the rate to the tissue response, and no cited source gives pushes per minute.',
  operatorSide: 'foot',
  citations: LYMPH_CITES,
  glow: [
    { id: 'foot', side: 'same' },
    { id: 'calf', side: 'same' },
    { id: 'ankle', side: 'same' },
  ],
  phases: [
    phase(
      'position',
      'position',
      'Patient supine, legs straight, thoracic inlet already released.',
      2,
      { step: 0 },
    ),
    phase('hands', 'position', 'Palms against the soles of both feet.', 2, {
      step: 1,
      hands: {
        left: hand('soleForefoot', 'flat-palm'),
        right: hand('soleForefoot', 'flat-palm', { side: 'opposite' }),
      },
    }),
    phase('barrier', 'engage-barrier', 'Dorsiflex the feet to their barrier.', 2, {
      step: 2,
      arrows: [
        arrow('operator', 'soleForefoot', [0, 0.3, -1], 'dorsiflex to the barrier', 0.3),
        arrow(
          'operator',
          'soleForefoot',
          [0, 0.3, -1],
          'dorsiflex to the barrier',
          0.3,
          'opposite',
        ),
      ],
    }),
    phase(
      'push',
      'pump',
      'Push rhythmically toward the head so that a gentle wave travels up the body.',
      0.6,
      {
        step: 3,
        arrows: [
          arrow('operator', 'soleForefoot', [0, 1, 0], 'rhythmic push toward the head', 0.4),
          arrow(
            'operator',
            'soleForefoot',
            [0, 1, 0],
            'rhythmic push toward the head',
            0.4,
            'opposite',
          ),
        ],
      },
    ),
    phase('ease-off', 'relax', 'Ease off between pushes.', 0.6, { step: 3 }),
    phase(
      'continue',
      'pump',
      'Continue the rhythm, matched to the tissue response and kept comfortable, for a few minutes.',
      6,
      {
        step: 4,
        realDuration: 300,
        hands: {
          left: hand('soleForefoot', 'flat-palm', {
            oscillate: { rate: 1.5, amplitude: 0.008, axis: [0, 1, 0] },
          }),
          right: hand('soleForefoot', 'flat-palm', {
            side: 'opposite',
            oscillate: { rate: 1.5, amplitude: 0.008, axis: [0, 1, 0] },
          }),
        },
        arrows: [
          arrow('operator', 'soleForefoot', [0, 1, 0], 'rhythmic push toward the head', 0.4),
          arrow(
            'operator',
            'soleForefoot',
            [0, 1, 0],
            'rhythmic push toward the head',
            0.4,
            'opposite',
          ),
        ],
      },
    ),
    phase('release', 'return', 'Release the feet.', 2, {
      step: 5,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Reassess swelling of the legs.', 2.5, { step: 5 }),
  ],
  repeats: [{ of: ['push', 'ease-off'], count: 4 }],
  keyframes: [
    {
      at: 'barrier',
      pose: { 'ankle.same': { dorsiflexion: 12 }, 'ankle.opposite': { dorsiflexion: 12 } },
    },
    {
      at: 'push',
      pose: { 'ankle.same': { dorsiflexion: 17 }, 'ankle.opposite': { dorsiflexion: 17 } },
      ease: 'sine-in-out',
    },
    {
      at: 'ease-off',
      pose: { 'ankle.same': { dorsiflexion: 12 }, 'ankle.opposite': { dorsiflexion: 12 } },
      ease: 'sine-in-out',
    },
    {
      at: 'release',
      pose: { 'ankle.same': { dorsiflexion: 0 }, 'ankle.opposite': { dorsiflexion: 0 } },
    },
  ],
};

export const neuromuscularMuscleTesting: AnimationScriptInput = {
  patientPosition: 'prone',
  support: 'table',
  simplification:
    'The number of test and activation cycles is illustrative; the cited source repeats the test until the pattern changes, without a fixed count.',
  operatorSide: 'same',
  citations: [{ ref: 'weinstock-nkt-2010' }],
  glow: [
    { id: 'gluteus-maximus', side: 'same' },
    { id: 'biceps-femoris', side: 'same' },
    { id: 'erector-spinae', side: 'same' },
  ],
  phases: [
    phase(
      'position',
      'position',
      'Patient prone; bend the knee on the tested side to 90° to reduce hamstring help.',
      2.5,
      { step: 0 },
    ),
    phase(
      'test',
      'patient-contracts',
      'The patient lifts the thigh slightly (hip extension) and holds while you press down gradually on the back of the thigh for a few seconds.',
      3,
      {
        step: 1,
        hands: { right: hand('thighBackDistal', 'flat-palm') },
        arrows: [
          arrow('patient', 'thighBackDistal', [0, 0, -1], 'hold the thigh up', 0.4),
          arrow('operator', 'thighBackDistal', [0, 0, 1], 'gradual downward pressure', 0.4),
        ],
      },
    ),
    phase('gives-way', 'assess', 'If the muscle gives way, note it.', 2, { step: 2 }),
    phase(
      'localise',
      'assess',
      'Touch likely compensating muscles (hamstrings, lumbar erectors) and find the one that makes gluteus maximus test strong.',
      3,
      {
        step: 2,
        hands: { left: hand('thighBackMid', 'finger-pads'), right: hand('paraL3', 'finger-pads') },
      },
    ),
    phase(
      'release',
      'stretch',
      'Release the overactive muscle with soft tissue work or a stretch.',
      3.5,
      {
        step: 3,
        hands: {
          left: hand('thighBackMid', 'thenar', {
            oscillate: { rate: 0.5, amplitude: 0.01, axis: [1, 0, 0] },
          }),
          right: null,
        },
      },
    ),
    phase('retest', 'retest', 'Retest gluteus maximus.', 3, {
      step: 4,
      hands: { left: null, right: hand('thighBackDistal', 'flat-palm') },
      arrows: [
        arrow('patient', 'thighBackDistal', [0, 0, -1], 'hold the thigh up', 0.4),
        arrow('operator', 'thighBackDistal', [0, 0, 1], 'gradual downward pressure', 0.4),
      ],
    }),
    phase(
      'activate',
      'patient-contracts',
      'If it now holds, activate it with a few resisted hip extensions.',
      1.8,
      {
        step: 4,
        arrows: [
          arrow('patient', 'thighBackDistal', [0, 0, -1], 'resisted hip extension', 0.4),
          arrow('operator', 'thighBackDistal', [0, 0, 1], 'light resistance', 0.3),
        ],
      },
    ),
    phase('lower', 'relax', 'The patient lowers the thigh between repetitions.', 1.2, { step: 4 }),
    phase(
      'finish',
      'return',
      'Rest; a bridge or prone hip extension is given as home exercise.',
      2.5,
      {
        step: 5,
        hands: { right: null },
      },
    ),
  ],
  repeats: [{ of: ['activate', 'lower'], count: 3 }],
  keyframes: [
    { at: 'position', pose: { 'knee.same': { flexion: 90 } } },
    { at: 'test', pose: { 'hip.same': { flexion: -10 } } },
    { at: 'gives-way', pose: { 'hip.same': { flexion: 0 } } },
    { at: 'retest', pose: { 'hip.same': { flexion: -10 } } },
    { at: 'activate', pose: { 'hip.same': { flexion: -12 } } },
    { at: 'lower', pose: { 'hip.same': { flexion: -4 } } },
    { at: 'finish', pose: { 'hip.same': { flexion: 0 }, 'knee.same': { flexion: 0 } } },
  ],
};
