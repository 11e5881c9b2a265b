/**
 * Muscle energy scripts: each is a repeat block of contraction (3–5 s; shown at 4 s real time, 3 s
 * for the jaw), relaxation (a few seconds; 5 s real time) and a new barrier further than the last (`perRepeat`),
 * repeated 3–5 times, then a retest (Greenman via the technique content; Waxenbaum et al. 2022).
 */
import type { AnimationScriptInput } from '../animation-schema';
import { arrow, hand, LABEL, mergePoses, phase, segmentsBetween, spread } from './helpers';

const ME_CITES = [
  {
    ref: 'msu-anterior-innominate-met',
    locator: 'Steps 3–4: 3–5 s effort, new barrier, 3–5 repetitions',
  },
  { ref: 'waxenbaum-met-physiology-2022', locator: 'Introduction: post-isometric relaxation' },
];
const CONTRACT = { duration: 3, realDuration: 4 };
const RELAX = { duration: 2, realDuration: 5 };

export const innominateMuscleEnergy: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  simplification:
    'The 3–5 s efforts and 3–5 repetitions follow the cited protocol; the pause of a few seconds between efforts is a teaching simplification (the sources say only to relax and take up the new barrier).',
  operatorSide: 'same',
  citations: ME_CITES,
  glow: [
    { id: 'hip', side: 'same' },
    { id: 'gluteus-maximus', side: 'same' },
    { id: 'biceps-femoris', side: 'same' },
    { id: 'semitendinosus', side: 'same' },
  ],
  phases: [
    phase(
      'position',
      'position',
      'Patient supine near the edge of the table; bend the hip and knee on the affected side.',
      3,
      { step: 0 },
    ),
    phase(
      'monitor',
      'position',
      'Fingers of the cephalad hand under the pelvis on the posterior superior iliac spine; the other hand on the knee.',
      2.5,
      {
        step: 1,
        hands: {
          left: hand('psis', 'finger-pads'),
          right: hand('kneeFront', 'flat-palm'),
        },
      },
    ),
    phase(
      'barrier',
      'engage-barrier',
      'Flex the hip until motion is first felt at the sacroiliac joint: the barrier for posterior rotation of the innominate.',
      3,
      { step: 2 },
    ),
    phase(
      'contract',
      'patient-contracts',
      'The patient pushes the knee gently toward the foot of the table (hip extension) against your equal resistance.',
      CONTRACT.duration,
      {
        step: 3,
        realDuration: CONTRACT.realDuration,
        arrows: [
          arrow('patient', 'thighFrontDistal', [0, 0, -1], LABEL.meEffort, 0.4),
          arrow('operator', 'kneeFront', [0, 0, -1], LABEL.meCounter, 0.4),
        ],
      },
    ),
    phase('relax', 'relax', 'The patient relaxes fully; wait a few seconds.', RELAX.duration, {
      step: 4,
      realDuration: RELAX.realDuration,
    }),
    phase('new-barrier', 'take-up-slack', 'Flex the hip further to the new barrier.', 2, {
      step: 4,
    }),
    phase('return', 'return', 'Return the leg to the table.', 3, {
      step: 5,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Recheck the levels of the anterior superior iliac spines.', 2.5, {
      step: 5,
      hands: {
        left: hand('iliacFossa', 'thumb', { side: 'opposite' }),
        right: hand('iliacFossa', 'thumb'),
      },
    }),
  ],
  repeats: [{ of: ['contract', 'relax', 'new-barrier'], count: 3 }],
  keyframes: [
    { at: 'position', pose: { 'hip.same': { flexion: 60 }, 'knee.same': { flexion: 90 } } },
    { at: 'barrier', pose: { 'hip.same': { flexion: 80 }, 'knee.same': { flexion: 100 } } },
    {
      at: 'new-barrier',
      pose: { 'hip.same': { flexion: 85 }, 'knee.same': { flexion: 105 } },
      perRepeat: { 'hip.same': { flexion: 5 }, 'knee.same': { flexion: 3 } },
    },
    { at: 'return', pose: { 'hip.same': { flexion: 0 }, 'knee.same': { flexion: 0 } } },
  ],
};

const NECK = segmentsBetween('head', 'C7');
const SEGMENT = segmentsBetween('C2', 'C5');

export const cervicalMuscleEnergy: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  simplification:
    'The 3–5 s efforts and 3–5 repetitions follow the cited protocol; the pause of a few seconds between efforts is a teaching simplification (the sources say only to relax and take up the new barrier).',
  operatorSide: 'head',
  citations: [...ME_CITES, { ref: 'stenersen-cervical-met-2020' }],
  glow: [
    { id: 'cervical-spine', side: 'midline' },
    { id: 'splenius-capitis', side: 'same' },
    { id: 'levator-scapulae', side: 'same' },
  ],
  phases: [
    phase(
      'contacts',
      'position',
      'Finger pads of both hands on the articular pillars of the dysfunctional segment.',
      2.5,
      {
        step: 0,
        hands: {
          left: hand('pillarC4', 'finger-pads'),
          right: hand('pillarC4Far', 'finger-pads'),
        },
      },
    ),
    phase(
      'localise',
      'assess',
      'Flex or extend the neck until motion reaches the monitored level.',
      3,
      { step: 1 },
    ),
    phase(
      'barrier',
      'engage-barrier',
      'Add side-bending and rotation toward the restricted side until the barrier is met at the segment.',
      3,
      { step: 2 },
    ),
    phase(
      'contract',
      'patient-contracts',
      'The patient gently side-bends the head back toward neutral against your hand, without moving.',
      CONTRACT.duration,
      {
        step: 3,
        realDuration: CONTRACT.realDuration,
        arrows: [
          arrow('patient', 'pillarC4Far', [-1, 0, 0], LABEL.meEffort, 0.3),
          arrow('operator', 'pillarC4Far', [1, 0, 0], LABEL.meCounter, 0.3),
        ],
      },
    ),
    phase('relax', 'relax', 'The patient relaxes; pause.', RELAX.duration, {
      step: 4,
      realDuration: RELAX.realDuration,
    }),
    phase(
      'new-barrier',
      'take-up-slack',
      'Take up the slack to the new barrier in all planes.',
      2,
      { step: 4 },
    ),
    phase('return', 'return', 'Bring the neck back to neutral.', 3, { step: 5 }),
    phase('retest', 'retest', 'Retest segmental motion.', 2.5, { step: 5 }),
  ],
  repeats: [{ of: ['contract', 'relax', 'new-barrier'], count: 3 }],
  keyframes: [
    { at: 'localise', pose: spread(NECK, 'flexion', 10) },
    {
      at: 'barrier',
      pose: mergePoses(spread(SEGMENT, 'sideBending', 12), spread(SEGMENT, 'rotation', 16)),
    },
    {
      at: 'new-barrier',
      pose: mergePoses(spread(SEGMENT, 'sideBending', 15), spread(SEGMENT, 'rotation', 20)),
      perRepeat: mergePoses(spread(SEGMENT, 'sideBending', 3), spread(SEGMENT, 'rotation', 4)),
    },
    {
      at: 'return',
      pose: mergePoses(
        spread(NECK, 'flexion', 0),
        spread(SEGMENT, 'sideBending', 0),
        spread(SEGMENT, 'rotation', 0),
      ),
    },
  ],
};

export const tmjMuscleEnergy: AnimationScriptInput = {
  patientPosition: 'seated',
  support: 'stool',
  simplification:
    'The 3–5 s efforts and 3–5 repetitions follow the cited protocol; the pause of a few seconds between efforts is a teaching simplification (the sources say only to relax and take up the new barrier).',
  citations: [
    ...ME_CITES,
    {
      ref: 'mandibular-met-trial-nct05594511',
      locator: 'Arm description: 3 s closing efforts, opening gained passively',
    },
  ],
  glow: [
    { id: 'tmj', side: 'same' },
    { id: 'masseter', side: 'same' },
    { id: 'temporalis', side: 'same' },
  ],
  phases: [
    phase(
      'stabilise',
      'position',
      'Stabilise the patient’s head with one hand on the forehead.',
      2.5,
      {
        step: 0,
        hands: { left: hand('forehead', 'flat-palm') },
      },
    ),
    phase(
      'open',
      'engage-barrier',
      'Fingers under the chin; the patient opens the mouth until the first restriction is felt.',
      3,
      {
        step: 1,
        hands: { right: hand('chin', 'finger-pads') },
      },
    ),
    phase(
      'contract',
      'patient-contracts',
      'The patient tries to close the mouth gently against your fingers for about 3 s: the jaw-closing muscles work without motion.',
      CONTRACT.duration,
      {
        step: 2,
        // 3 s efforts, as in the registered jaw protocol (NCT05594511); the other scripts show 4 s
        realDuration: 3,
        arrows: [
          arrow('patient', 'chin', [0, 0.6, -0.8], LABEL.meEffort, 0.3),
          arrow('operator', 'chin', [0, -0.6, 0.8], LABEL.meCounter, 0.3),
        ],
      },
    ),
    phase('relax', 'relax', 'The patient relaxes.', RELAX.duration, {
      step: 3,
      realDuration: RELAX.realDuration,
    }),
    phase('new-barrier', 'take-up-slack', 'Open the jaw passively to the new opening barrier.', 2, {
      step: 3,
    }),
    phase('close', 'return', 'Let the mouth close.', 2.5, {
      step: 4,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Reassess mouth opening and any sideways deviation.', 3, { step: 4 }),
  ],
  repeats: [{ of: ['contract', 'relax', 'new-barrier'], count: 3 }],
  keyframes: [
    { at: 'open', pose: { jaw: { opening: 15 } } },
    { at: 'new-barrier', pose: { jaw: { opening: 18 } }, perRepeat: { jaw: { opening: 3 } } },
    { at: 'close', pose: { jaw: { opening: 0 } } },
    { at: 'retest', pose: { jaw: { opening: 25 } } },
  ],
};

export const hamstringMuscleEnergy: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  simplification:
    'The 3–5 s efforts and 3–5 repetitions follow the cited protocol; the pause of a few seconds between efforts is a teaching simplification (the sources say only to relax and take up the new barrier).',
  citations: ME_CITES,
  glow: [
    { id: 'biceps-femoris', side: 'same' },
    { id: 'semitendinosus', side: 'same' },
    { id: 'semimembranosus', side: 'same' },
  ],
  phases: [
    phase(
      'position',
      'position',
      'Patient supine; the other thigh stays on the table, held there if needed.',
      2.5,
      {
        step: 0,
        hands: { right: hand('thighFrontDistal', 'flat-palm', { side: 'opposite' }) },
      },
    ),
    phase(
      'barrier',
      'engage-barrier',
      'Raise the straight leg until the first resistance in the hamstrings; the heel rests on your shoulder.',
      3,
      {
        step: 1,
        hands: { left: hand('thighFrontDistal', 'flat-palm') },
      },
    ),
    phase(
      'contract',
      'patient-contracts',
      'The patient presses the heel down toward the table against your equal resistance.',
      CONTRACT.duration,
      {
        step: 2,
        realDuration: CONTRACT.realDuration,
        arrows: [
          arrow('patient', 'heelBack', [0, 0, -1], LABEL.meEffort, 0.4),
          arrow('operator', 'heelBack', [0, 0, 1], LABEL.meCounter, 0.4),
        ],
      },
    ),
    phase('relax', 'relax', 'The patient relaxes; pause.', RELAX.duration, {
      step: 3,
      realDuration: RELAX.realDuration,
    }),
    phase('new-barrier', 'take-up-slack', 'Raise the leg further to the new barrier.', 2, {
      step: 3,
    }),
    phase('return', 'return', 'Lower the leg to the table.', 3, {
      step: 4,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Reassess the straight-leg raise.', 3, { step: 4 }),
  ],
  repeats: [{ of: ['contract', 'relax', 'new-barrier'], count: 4 }],
  keyframes: [
    { at: 'barrier', pose: { 'hip.same': { flexion: 50 } } },
    {
      at: 'new-barrier',
      pose: { 'hip.same': { flexion: 55 } },
      perRepeat: { 'hip.same': { flexion: 5 } },
    },
    { at: 'return', pose: { 'hip.same': { flexion: 0 } } },
    { at: 'retest', pose: { 'hip.same': { flexion: 70 } } },
  ],
};
