/**
 * Articulatory scripts: low velocity, moderate to high amplitude, repeated to the barrier and back
 * (technique content). The Spencer sequence shows its seven stages with the scapula held.
 */
import type { AnimationScriptInput } from '../animation-schema';
import { arrow, hand, phase } from './helpers';

const ART_CITES = [{ ref: 'ecop-glossary-2017', locator: 'articulatory technique (definition)' }];
/** The talar glide follows physiotherapy trial descriptions of the same movement (fifth pass). */
const ANKLE_CITES = [
  ...ART_CITES,
  {
    ref: 'ankle-mobilization-trial-nct01438905',
    locator: 'Arm descriptions: tibia steadied, talus glided back, 60 s bouts, 1 min rest',
  },
  {
    ref: 'green-talar-glide-2001',
    locator: 'Abstract: anteroposterior talar glide without added pain',
  },
];

const sh = (flexion: number, abduction: number, internalRotation = 0, elbow = 90) => ({
  'shoulder.same': { flexion, abduction, internalRotation },
  'elbow.same': { flexion: elbow },
});

export const spencerShoulder: AnimationScriptInput = {
  patientPosition: 'side-lying-right',
  support: 'table',
  simplification:
    'The number of cycles of each motion is illustrative; the cited sources repeat each motion a few times within comfort, without a fixed count.',
  citations: [...ART_CITES, { ref: 'knebl-spencer-2002' }],
  glow: [
    { id: 'shoulder', side: 'same' },
    { id: 'deltoid', side: 'same' },
    { id: 'supraspinatus', side: 'same' },
    { id: 'infraspinatus', side: 'same' },
    { id: 'subscapularis', side: 'same' },
  ],
  phases: [
    phase(
      'fix-scapula',
      'position',
      'Patient on the untreated side, treated shoulder up; your cephalad hand holds the clavicle and scapula down.',
      3,
      {
        step: 0,
        // The girdle hand is anchored to the scapula, so it stays on the shoulder while the arm moves.
        hands: {
          left: hand('shoulderGirdleTop', 'flat-palm'),
          right: hand('elbowBack', 'cupped'),
        },
        arrows: [
          arrow(
            'operator',
            'shoulderGirdleTop',
            [-0.6, -0.8, 0],
            'scapula and clavicle held still',
            0.3,
          ),
        ],
      },
    ),
    phase(
      'ext-out',
      'engage-barrier',
      'Stage 1, extension: with the elbow bent, move the arm back into extension to the barrier.',
      2,
      { step: 1 },
    ),
    phase(
      'ext-back',
      'return',
      'Stage 1: bring the arm back to the start; repeat rhythmically.',
      1.5,
      { step: 1 },
    ),
    phase(
      'flex-out',
      'engage-barrier',
      'Stage 2, flexion: with the elbow straight, raise the arm forward and overhead to the barrier.',
      2.5,
      {
        step: 2,
        hands: { right: hand('wristFront', 'cupped') },
      },
    ),
    phase('flex-back', 'return', 'Stage 2: lower the arm back to the start.', 2, { step: 2 }),
    phase(
      'circ-compression-a',
      'engage-barrier',
      'Stage 3, circumduction with compression: with the arm abducted and the elbow bent, press the humerus gently into the socket.',
      1.5,
      {
        step: 3,
        hands: { right: hand('elbowBack', 'cupped') },
        arrows: [
          arrow(
            'operator',
            'upperArmLateral',
            [0, 1, 0],
            'gentle compression into the socket',
            0.3,
          ),
        ],
      },
    ),
    phase(
      'circ-compression-b',
      'engage-barrier',
      'Stage 3: keeping the compression, draw small circles, then larger ones.',
      1.5,
      {
        step: 3,
        arrows: [
          arrow(
            'operator',
            'upperArmLateral',
            [0, 1, 0],
            'gentle compression into the socket',
            0.3,
          ),
        ],
      },
    ),
    phase(
      'circ-traction-a',
      'engage-barrier',
      'Stage 4, circumduction with traction: with the elbow straight, pull gently along the arm.',
      1.5,
      {
        step: 4,
        hands: { right: hand('wristFront', 'cupped') },
        arrows: [
          arrow('operator', 'upperArmLateral', [0, -1, 0], 'gentle traction along the arm', 0.3),
        ],
      },
    ),
    phase(
      'circ-traction-b',
      'engage-barrier',
      'Stage 4: keeping the traction, draw the circles again.',
      1.5,
      {
        step: 4,
        arrows: [
          arrow('operator', 'upperArmLateral', [0, -1, 0], 'gentle traction along the arm', 0.3),
        ],
      },
    ),
    phase(
      'abd-out',
      'engage-barrier',
      'Stage 5, abduction: with the patient’s hand on your forearm, abduct the arm to the barrier.',
      2,
      {
        step: 5,
        hands: { right: hand('elbowBack', 'cupped') },
      },
    ),
    phase('abd-back', 'return', 'Stage 5: bring the arm back down to the side.', 1.5, { step: 5 }),
    phase(
      'add-out',
      'engage-barrier',
      'Stage 6, adduction with external rotation: bring the bent elbow across the body to the barrier, turning the arm outward.',
      2.5,
      { step: 6 },
    ),
    phase('add-back', 'return', 'Stage 6: bring the elbow back to the start.', 2, { step: 6 }),
    phase(
      'ir-position',
      'position',
      'Stage 7, internal rotation: the back of the patient’s hand rests behind the lower back.',
      2.5,
      { step: 7 },
    ),
    phase(
      'ir-out',
      'engage-barrier',
      'Stage 7: draw the elbow gently forward to the barrier.',
      1.5,
      {
        step: 7,
      },
    ),
    phase('ir-back', 'return', 'Stage 7: let the elbow come back.', 1.5, { step: 7 }),
    phase('pump', 'pump', 'Finish with a gentle traction pump of the arm.', 3, {
      step: 7,
      hands: {
        right: hand('wristFront', 'cupped', {
          oscillate: { rate: 1, amplitude: 0.01, axis: [0, -1, 0] },
        }),
      },
      arrows: [arrow('operator', 'upperArmLateral', [0, -1, 0], 'gentle rhythmic traction', 0.3)],
    }),
    phase('reassess', 'retest', 'Reassess range of motion.', 2.5, {
      step: 8,
      hands: { left: null, right: null },
    }),
  ],
  repeats: [
    { of: ['ext-out', 'ext-back'], count: 3 },
    { of: ['flex-out', 'flex-back'], count: 3 },
    { of: ['circ-compression-a', 'circ-compression-b'], count: 3 },
    { of: ['circ-traction-a', 'circ-traction-b'], count: 3 },
    { of: ['abd-out', 'abd-back'], count: 3 },
    { of: ['add-out', 'add-back'], count: 2 },
    { of: ['ir-out', 'ir-back'], count: 3 },
  ],
  keyframes: [
    { at: 'fix-scapula', pose: sh(10, 10) },
    { at: 'ext-out', pose: sh(-45, 10) },
    { at: 'ext-back', pose: sh(0, 10) },
    { at: 'flex-out', pose: sh(160, 10, 0, 0) },
    { at: 'flex-back', pose: sh(20, 10, 0, 0) },
    { at: 'circ-compression-a', pose: sh(25, 80) },
    { at: 'circ-compression-b', pose: sh(-15, 80) },
    { at: 'circ-traction-a', pose: sh(25, 80, 0, 0) },
    { at: 'circ-traction-b', pose: sh(-15, 80, 0, 0) },
    { at: 'abd-out', pose: sh(0, 150) },
    { at: 'abd-back', pose: sh(0, 20) },
    { at: 'add-out', pose: sh(80, -30, -40) },
    { at: 'add-back', pose: sh(40, 0, 0) },
    { at: 'ir-position', pose: sh(-30, 10, 60) },
    { at: 'ir-out', pose: sh(-15, 10, 65) },
    { at: 'ir-back', pose: sh(-30, 10, 60) },
    { at: 'pump', pose: sh(20, 20, 0, 0) },
    { at: 'reassess', pose: sh(0, 0, 0, 0) },
  ],
};

export const ankleArticulatory: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  simplification:
    'The 60 s of talar glide follows the cited trial protocol; the number of dorsiflexion and inversion cycles is illustrative.',
  operatorSide: 'foot',
  citations: ANKLE_CITES,
  glow: [
    { id: 'ankle', side: 'same' },
    { id: 'tibialis-anterior', side: 'same' },
    { id: 'fibularis', side: 'same' },
  ],
  phases: [
    phase(
      'grip',
      'position',
      'Patient supine, leg straight; one hand cups the heel, the other holds the front of the ankle and midfoot.',
      2.5,
      {
        step: 0,
        hands: { left: hand('heelBack', 'cupped'), right: hand('footDorsum', 'cupped') },
      },
    ),
    phase('traction', 'take-up-slack', 'Gentle traction along the line of the leg.', 2, {
      step: 1,
      arrows: [arrow('operator', 'heelBack', [0, -1, 0], 'gentle traction', 0.3)],
    }),
    phase(
      'dorsiflex',
      'engage-barrier',
      'Move the ankle slowly into dorsiflexion to the barrier.',
      1.8,
      {
        step: 2,
      },
    ),
    phase(
      'plantarflex',
      'engage-barrier',
      'Then move it into plantarflexion, rhythmically, a little further each time as it eases.',
      1.8,
      { step: 2 },
    ),
    phase('invert', 'engage-barrier', 'Turn the heel into inversion.', 1.5, { step: 3 }),
    phase('evert', 'engage-barrier', 'Then turn it into eversion.', 1.5, { step: 3 }),
    phase(
      'glide',
      'engage-barrier',
      'One hand steadies the lower leg; the other glides the talus backward in small oscillations at the end of its range (a bout of about a minute, pain-free).',
      3,
      {
        step: 4,
        realDuration: 60,
        hands: { left: hand('distalShinBack', 'cupped'), right: hand('ankleFront', 'thenar') },
        arrows: [arrow('operator', 'ankleFront', [0, 0, -1], 'small posterior glide', 0.3)],
      },
    ),
    phase('neutral', 'return', 'Bring the foot back to neutral.', 2, {
      step: 4,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Reassess ankle range.', 2.5, { step: 5 }),
  ],
  repeats: [
    { of: ['dorsiflex', 'plantarflex'], count: 3 },
    { of: ['invert', 'evert'], count: 2 },
  ],
  keyframes: [
    {
      at: 'dorsiflex',
      pose: { 'ankle.same': { dorsiflexion: 15 } },
      perRepeat: { 'ankle.same': { dorsiflexion: 1.5 } },
    },
    {
      at: 'plantarflex',
      pose: { 'ankle.same': { dorsiflexion: -35 } },
      perRepeat: { 'ankle.same': { dorsiflexion: -3 } },
    },
    { at: 'invert', pose: { 'ankle.same': { dorsiflexion: 0, inversion: 25 } } },
    { at: 'evert', pose: { 'ankle.same': { inversion: -15 } } },
    { at: 'glide', pose: { 'ankle.same': { inversion: 0 } } },
    { at: 'neutral', pose: { 'ankle.same': { dorsiflexion: 0, inversion: 0 } } },
  ],
};

export const hipArticulatory: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  simplification:
    'The number of cycles of each motion is illustrative; the cited sources repeat each motion a few times within comfort, without a fixed count.',
  operatorSide: 'same',
  citations: ART_CITES,
  glow: [
    { id: 'hip', side: 'same' },
    { id: 'piriformis', side: 'same' },
    { id: 'iliopsoas', side: 'same' },
    { id: 'adductors', side: 'same' },
  ],
  phases: [
    phase(
      'flex',
      'position',
      'Patient supine; flex the hip and knee to about 90°, one hand on the knee, the other holding the lower leg.',
      3,
      {
        step: 0,
        hands: { left: hand('kneeFront', 'flat-palm'), right: hand('distalShinBack', 'cupped') },
      },
    ),
    phase(
      'circle-a',
      'engage-barrier',
      'Circumduct the hip slowly, in small circles at first.',
      1.2,
      { step: 1 },
    ),
    phase('circle-b', 'engage-barrier', 'Widen the circles, staying within comfort.', 1.2, {
      step: 1,
    }),
    phase('circle-c', 'engage-barrier', 'Circle in the other direction as well.', 1.2, { step: 1 }),
    phase('circle-d', 'engage-barrier', 'Bring the hip back to the start.', 1.2, { step: 1 }),
    phase(
      'rotate-in',
      'engage-barrier',
      'Move the hip repeatedly into its restricted directions: internal rotation to the barrier.',
      1.8,
      { step: 2 },
    ),
    phase('rotate-out', 'engage-barrier', 'Then external rotation to the barrier.', 1.8, {
      step: 2,
    }),
    phase('traction', 'stretch', 'Gentle long-axis traction of the thigh between cycles.', 2.5, {
      step: 3,
      arrows: [
        arrow('operator', 'thighFrontDistal', [0, -1, 0], 'gentle long-axis traction', 0.35),
      ],
    }),
    phase('lower', 'return', 'Lower the leg.', 3, { step: 4, hands: { left: null, right: null } }),
    phase('retest', 'retest', 'Reassess hip range.', 2.5, { step: 4 }),
  ],
  repeats: [
    { of: ['circle-a', 'circle-b', 'circle-c', 'circle-d'], count: 2 },
    { of: ['rotate-in', 'rotate-out'], count: 3 },
  ],
  keyframes: [
    {
      at: 'flex',
      pose: {
        'hip.same': { flexion: 90, abduction: 0, internalRotation: 0 },
        'knee.same': { flexion: 90 },
      },
    },
    { at: 'circle-a', pose: { 'hip.same': { flexion: 100, abduction: 10 } }, ease: 'sine-in-out' },
    { at: 'circle-b', pose: { 'hip.same': { flexion: 90, abduction: 20 } }, ease: 'sine-in-out' },
    { at: 'circle-c', pose: { 'hip.same': { flexion: 80, abduction: 10 } }, ease: 'sine-in-out' },
    { at: 'circle-d', pose: { 'hip.same': { flexion: 90, abduction: 0 } }, ease: 'sine-in-out' },
    { at: 'rotate-in', pose: { 'hip.same': { internalRotation: 30 } } },
    { at: 'rotate-out', pose: { 'hip.same': { internalRotation: -35 } } },
    { at: 'traction', pose: { 'hip.same': { internalRotation: 0 } } },
    { at: 'lower', pose: { 'hip.same': { flexion: 0 }, 'knee.same': { flexion: 0 } } },
  ],
};

export const ribRaising: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  simplification:
    'The number of lifts is illustrative; the cited source holds each lift until the soft tissues release (15 s to 1–2 min) and moves along 5–6 ribs at a time.',
  operatorSide: 'same',
  citations: [
    ...ART_CITES,
    {
      ref: 'msu-rib-raising',
      locator: 'Finger pads at rib angles, forearm lever, hold until release',
    },
  ],
  glow: [
    { id: 'thoracic-spine', side: 'midline' },
    { id: 'erector-spinae', side: 'same' },
  ],
  phases: [
    phase(
      'hands',
      'position',
      'Both hands under the thorax, palms up, finger pads on the rib angles just lateral to the transverse processes.',
      3,
      {
        step: 0,
        hands: {
          left: hand('ribAngleT4', 'finger-pads'),
          right: hand('ribAngleT7', 'finger-pads'),
        },
      },
    ),
    phase(
      'lift',
      'engage-barrier',
      'Lower the forearms onto the table as a lever: the fingertips lift the rib angles up and out.',
      1.5,
      {
        step: 1,
        arrows: [
          arrow('operator', 'ribAngleT4', [0.4, 0, 1], 'lift up and out', 0.35),
          arrow('operator', 'ribAngleT7', [0.4, 0, 1], 'lift up and out', 0.35),
        ],
      },
    ),
    phase(
      'hold',
      'hold',
      'Hold the lift until the tissues release, or only briefly when kneading.',
      1,
      {
        step: 2,
      },
    ),
    phase('relax', 'relax', 'Relax the lift, then repeat it.', 1, { step: 2 }),
    phase(
      'next-ribs',
      'position',
      'Move the hands to the next rib levels, down to the lower ribs.',
      2,
      {
        step: 3,
        hands: {
          left: hand('ribAngleT7', 'finger-pads'),
          right: hand('lowerRibsBack', 'finger-pads'),
        },
      },
    ),
    phase('lift-2', 'engage-barrier', 'Lift the rib angles up and out.', 1.5, {
      step: 3,
      arrows: [
        arrow('operator', 'ribAngleT7', [0.4, 0, 1], 'lift up and out', 0.35),
        arrow('operator', 'lowerRibsBack', [0.4, 0, 1], 'lift up and out', 0.35),
      ],
    }),
    phase('relax-2', 'relax', 'Relax the lift.', 1, { step: 3 }),
    phase('withdraw', 'return', 'Withdraw the hands; the other side is treated the same way.', 2, {
      step: 4,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Reassess rib motion and breathing.', 2.5, { step: 4 }),
  ],
  repeats: [
    { of: ['lift', 'hold', 'relax'], count: 4 },
    { of: ['lift-2', 'relax-2'], count: 3 },
  ],
  keyframes: [{ at: 'start', pose: {} }],
};
