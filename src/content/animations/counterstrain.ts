/**
 * Counterstrain scripts: find and rate the tender point, fold the tissue to the position of ease,
 * hold 90 s real time (shown in 6 s, with the real-time clock), return passively, re-rate
 * (registered trial protocol NCT05559255). Every script holds 90 s: no readable source gave a
 * different time for any region, rib points included (docs/REFERENCES.md, fourth pass).
 */
import type { AnimationScriptInput } from '../animation-schema';
import { arrow, hand, LABEL, mergePoses, phase, segmentsBetween, spread } from './helpers';

const CS_CITES = [
  { ref: 'counterstrain-trial-nct05559255', locator: 'Intervention description, steps 1–6' },
];
const HOLD = { duration: 6, realDuration: 90 };
const RETURN_DURATION = 5;

export const lumbarCounterstrain: AnimationScriptInput = {
  patientPosition: 'prone',
  support: 'table',
  operatorSide: 'same',
  citations: CS_CITES,
  glow: [
    { id: 'erector-spinae', side: 'same' },
    { id: 'multifidus', side: 'same' },
    { id: 'lumbar-spine', side: 'midline' },
  ],
  phases: [
    phase(
      'find',
      'assess',
      'Press the tender point beside the spinous process of the involved lumbar vertebra; the patient calls it 10/10.',
      3,
      {
        step: 0,
        hands: { left: hand('paraL3', 'finger-pads') },
        arrows: [arrow('operator', 'paraL3', [0, 0, 1], 'firm enough to rate the point', 0.3)],
      },
    ),
    phase(
      'monitor',
      'position',
      'Keep one finger pad lightly on the point; the other hand grasps the thigh above the knee.',
      2,
      {
        step: 1,
        hands: { right: hand('thighFrontDistal', 'cupped') },
      },
    ),
    phase(
      'extend',
      'position',
      'Lift the thigh into hip extension, which extends the lumbar spine.',
      3,
      { step: 2 },
    ),
    phase(
      'fine-tune',
      'position',
      'Fine-tune with a little abduction until the point rates 3/10 or less.',
      2.5,
      {
        step: 3,
        arrows: [arrow('operator', 'paraL3', [0, 0, 1], LABEL.monitor, 0.15)],
      },
    ),
    phase(
      'hold',
      'hold',
      'Hold the position of ease for 90 s; the patient stays relaxed.',
      HOLD.duration,
      {
        step: 4,
        realDuration: HOLD.realDuration,
      },
    ),
    phase('return', 'return', 'Lower the leg passively to the table.', RETURN_DURATION, {
      step: 5,
      hands: { right: null },
    }),
    phase('retest', 'retest', 'Re-press the tender point and re-rate it.', 2.5, {
      step: 6,
      arrows: [arrow('operator', 'paraL3', [0, 0, 1], 'same pressure as before', 0.3)],
    }),
  ],
  keyframes: [
    {
      at: 'extend',
      pose: mergePoses(
        { 'hip.same': { flexion: -12 } },
        spread(segmentsBetween('L3', 'L5'), 'flexion', -6),
      ),
    },
    { at: 'fine-tune', pose: { 'hip.same': { abduction: 8 } } },
    {
      at: 'return',
      pose: mergePoses(
        { 'hip.same': { flexion: 0, abduction: 0 } },
        spread(segmentsBetween('L3', 'L5'), 'flexion', 0),
      ),
      ease: 'sine-in-out',
    },
  ],
};

export const piriformisCounterstrain: AnimationScriptInput = {
  patientPosition: 'prone',
  support: 'table',
  operatorSide: 'same',
  citations: [...CS_CITES, { ref: 'statpearls-piriformis-met-cs-2023' }],
  glow: [
    { id: 'piriformis', side: 'same' },
    { id: 'gluteus-medius', side: 'same' },
  ],
  phases: [
    phase(
      'find',
      'assess',
      'Find the tender point in the piriformis belly, midway between the lower lateral sacrum and the greater trochanter; rate it 10/10.',
      3,
      {
        step: 0,
        hands: { left: hand('piriformisPoint', 'finger-pads') },
        arrows: [
          arrow('operator', 'piriformisPoint', [0, 0, 1], 'firm enough to rate the point', 0.3),
        ],
      },
    ),
    phase(
      'off-table',
      'position',
      'Let the leg hang off the edge of the table, knee and shin supported on your thigh.',
      3,
      {
        step: 1,
        hands: { right: hand('shinFront', 'cupped') },
      },
    ),
    phase(
      'fold',
      'position',
      'Flex the hip, then abduct it and add external rotation while monitoring the point.',
      3.5,
      { step: 2 },
    ),
    phase(
      'fine-tune',
      'position',
      'Fine-tune until the tenderness has dropped by at least 70 %.',
      2.5,
      {
        step: 3,
        arrows: [arrow('operator', 'piriformisPoint', [0, 0, 1], LABEL.monitor, 0.15)],
      },
    ),
    phase('hold', 'hold', 'Hold for 90 s with the patient relaxed.', HOLD.duration, {
      step: 4,
      realDuration: HOLD.realDuration,
    }),
    phase('return', 'return', 'Return the leg passively to the table.', RETURN_DURATION, {
      step: 5,
      hands: { right: null },
    }),
    phase('retest', 'retest', 'Re-press and re-rate the tender point.', 2.5, {
      step: 6,
      arrows: [arrow('operator', 'piriformisPoint', [0, 0, 1], 'same pressure as before', 0.3)],
    }),
  ],
  keyframes: [
    {
      at: 'off-table',
      pose: { 'hip.same': { flexion: 45, abduction: 10 }, 'knee.same': { flexion: 80 } },
    },
    {
      at: 'fold',
      pose: {
        'hip.same': { flexion: 95, abduction: 30, internalRotation: -25 },
        'knee.same': { flexion: 90 },
      },
    },
    {
      at: 'fine-tune',
      pose: { 'hip.same': { flexion: 100, abduction: 32, internalRotation: -28 } },
    },
    {
      at: 'return',
      pose: {
        'hip.same': { flexion: 0, abduction: 0, internalRotation: 0 },
        'knee.same': { flexion: 0 },
      },
      ease: 'sine-in-out',
    },
  ],
};

const NECK = segmentsBetween('head', 'C7');

export const scaleneCounterstrain: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  operatorSide: 'head',
  citations: CS_CITES,
  glow: [
    { id: 'scalenes', side: 'same' },
    { id: 'cervical-spine', side: 'midline' },
  ],
  phases: [
    phase(
      'find',
      'assess',
      'Find the tender point on the anterior tip of a lower cervical transverse process (around C4–C6); rate it 10/10.',
      3,
      {
        step: 0,
        hands: { left: hand('anteriorC5', 'finger-pads') },
        arrows: [
          arrow(
            'operator',
            'anteriorC5',
            [-0.5, 0, -0.85],
            'gentle pressure to rate the point',
            0.25,
          ),
        ],
      },
    ),
    phase(
      'hold-head',
      'position',
      'One finger stays lightly on the point; the other hand holds the head.',
      2,
      {
        step: 1,
        hands: { right: hand('occiputCradle', 'cupped') },
      },
    ),
    phase(
      'fold',
      'position',
      'Flex the neck moderately and rotate it away from the tender point.',
      3.5,
      { step: 2 },
    ),
    phase(
      'fine-tune',
      'position',
      'Fine-tune with side-bending, usually away, until the tenderness drops by at least 70 %.',
      2.5,
      {
        step: 3,
        arrows: [arrow('operator', 'anteriorC5', [-0.5, 0, -0.85], LABEL.monitor, 0.12)],
      },
    ),
    phase('hold', 'hold', 'Hold for 90 s with the patient relaxed.', HOLD.duration, {
      step: 4,
      realDuration: HOLD.realDuration,
    }),
    phase('return', 'return', 'Return the head passively to neutral.', RETURN_DURATION, {
      step: 5,
    }),
    phase('retest', 'retest', 'Re-rate the tender point.', 2.5, {
      step: 5,
      hands: { right: null },
      arrows: [arrow('operator', 'anteriorC5', [-0.5, 0, -0.85], 'same pressure as before', 0.25)],
    }),
  ],
  keyframes: [
    { at: 'fold', pose: mergePoses(spread(NECK, 'flexion', 24), spread(NECK, 'rotation', -32)) },
    { at: 'fine-tune', pose: spread(NECK, 'sideBending', -10) },
    {
      at: 'return',
      pose: mergePoses(
        spread(NECK, 'flexion', 0),
        spread(NECK, 'rotation', 0),
        spread(NECK, 'sideBending', 0),
      ),
      ease: 'sine-in-out',
    },
  ],
};

export const iliopsoasCounterstrain: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  operatorSide: 'same',
  citations: [
    ...CS_CITES,
    { ref: 'yao-pelvis-lecture', locator: 'Iliacus point and position (transcript 00:01–01:56)' },
  ],
  glow: [{ id: 'iliopsoas', side: 'same' }],
  phases: [
    phase(
      'find',
      'assess',
      'Find the tender point a third of the way from the anterior superior iliac spine toward the navel, deep in the iliac fossa; rate it 10/10.',
      3,
      {
        step: 0,
        hands: { left: hand('iliacFossa', 'finger-pads') },
        arrows: [
          arrow('operator', 'iliacFossa', [0.3, 0, -1], 'gentle pressure to rate the point', 0.3),
        ],
      },
    ),
    phase('lift', 'position', 'Raise both legs and rest them on your thigh.', 3, {
      step: 1,
      hands: { right: hand('shinFront', 'cupped') },
    }),
    phase(
      'fold',
      'position',
      'Flex both hips well and rotate them outward; the knees fall apart with the ankles crossed.',
      3.5,
      { step: 2 },
    ),
    phase(
      'fine-tune',
      'position',
      'Fine-tune hip flexion and rotation until tenderness drops by at least 70 %.',
      2.5,
      {
        step: 3,
        arrows: [arrow('operator', 'iliacFossa', [0.3, 0, -1], LABEL.monitor, 0.12)],
      },
    ),
    phase('hold', 'hold', 'Hold for 90 s while the patient stays relaxed.', HOLD.duration, {
      step: 4,
      realDuration: HOLD.realDuration,
    }),
    phase('return', 'return', 'Lower the legs passively to the table.', RETURN_DURATION, {
      step: 5,
      hands: { right: null },
    }),
    phase('retest', 'retest', 'Re-rate the tender point.', 2.5, {
      step: 5,
      arrows: [arrow('operator', 'iliacFossa', [0.3, 0, -1], 'same pressure as before', 0.3)],
    }),
  ],
  keyframes: [
    {
      at: 'lift',
      pose: {
        'hip.same': { flexion: 60 },
        'hip.opposite': { flexion: 60 },
        'knee.same': { flexion: 70 },
        'knee.opposite': { flexion: 70 },
      },
    },
    {
      at: 'fold',
      pose: {
        'hip.same': { flexion: 100, abduction: 15, internalRotation: -30 },
        'hip.opposite': { flexion: 100, abduction: 15, internalRotation: -30 },
        'knee.same': { flexion: 95 },
        'knee.opposite': { flexion: 95 },
      },
    },
    { at: 'fine-tune', pose: { 'hip.same': { flexion: 105, internalRotation: -34 } } },
    {
      at: 'return',
      pose: {
        'hip.same': { flexion: 0, abduction: 0, internalRotation: 0 },
        'hip.opposite': { flexion: 0, abduction: 0, internalRotation: 0 },
        'knee.same': { flexion: 0 },
        'knee.opposite': { flexion: 0 },
      },
      ease: 'sine-in-out',
    },
  ],
};
