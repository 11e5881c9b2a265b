/**
 * Indirect and positional scripts: facilitated positional release, balanced ligamentous tension,
 * functional technique and the cranial CV4. Their end points are palpatory ("until the tissue
 * softens", "until the rhythm resumes"), so the holds carry no real-time clock.
 */
import type { AnimationScriptInput } from '../animation-schema';
import { arrow, hand, mergePoses, phase, segmentsBetween, spread } from './helpers';

const NECK = segmentsBetween('head', 'C7');
const MID_NECK = segmentsBetween('C2', 'C6');

export const cervicalFpr: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  operatorSide: 'head',
  citations: [
    {
      ref: 'statpearls-lumbar-cs-fpr-2023',
      locator: 'Introduction: FPR neutral position plus compressive or rotational activating force',
    },
  ],
  glow: [
    { id: 'splenius-capitis', side: 'same' },
    { id: 'trapezius', side: 'same' },
    { id: 'cervical-spine', side: 'midline' },
  ],
  phases: [
    phase('position', 'position', 'Patient supine, head on the table.', 2, { step: 0 }),
    phase(
      'monitor',
      'position',
      'Cup the neck; one finger pad on the tense paraspinal tissue as monitor and fulcrum.',
      2.5,
      {
        step: 1,
        hands: { left: hand('paraC4', 'finger-pads') },
      },
    ),
    phase(
      'flatten',
      'position',
      'Flatten the cervical lordosis slightly toward gentle flexion.',
      2.5,
      { step: 2 },
    ),
    phase(
      'compress',
      'engage-barrier',
      'The other hand on top of the head adds gentle compression toward the monitoring finger.',
      2.5,
      {
        step: 3,
        hands: { right: hand('vertex', 'flat-palm') },
        arrows: [arrow('operator', 'vertex', [0, -1, 0], 'gentle compression', 0.3)],
      },
    ),
    phase(
      'position-ease',
      'position',
      'Keeping the compression, extend slightly and side-bend and rotate toward the monitored side until the tissue softens.',
      3,
      {
        step: 4,
        arrows: [arrow('operator', 'vertex', [0, -1, 0], 'gentle compression', 0.3)],
      },
    ),
    phase('hold', 'hold', 'Hold only a few seconds.', 2, {
      step: 5,
      arrows: [arrow('operator', 'vertex', [0, -1, 0], 'gentle compression', 0.3)],
    }),
    phase('release', 'return', 'Release the compression and return the neck to neutral.', 3, {
      step: 5,
      hands: { right: null },
    }),
    phase('retest', 'retest', 'Reassess the tissue.', 2.5, { step: 5 }),
  ],
  keyframes: [
    { at: 'flatten', pose: spread(NECK, 'flexion', 10) },
    {
      at: 'position-ease',
      pose: mergePoses(
        spread(NECK, 'flexion', 4),
        spread(MID_NECK, 'sideBending', 10),
        spread(MID_NECK, 'rotation', 15),
      ),
    },
    {
      at: 'release',
      pose: mergePoses(
        spread(NECK, 'flexion', 0),
        spread(MID_NECK, 'sideBending', 0),
        spread(MID_NECK, 'rotation', 0),
      ),
    },
  ],
};

const BLT_CITES = [
  { ref: 'ecop-glossary-2017', locator: 'balanced ligamentous tension (definition only)' },
];

export const ankleBlt: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  operatorSide: 'foot',
  citations: BLT_CITES,
  glow: [{ id: 'ankle', side: 'same' }],
  phases: [
    phase('position', 'position', 'Patient supine with the leg straight and relaxed.', 2, {
      step: 0,
    }),
    phase(
      'hold-talus',
      'position',
      'Hold the talus between thumb and index finger from the front of the ankle; cup the heel with the other hand.',
      2.5,
      {
        step: 1,
        hands: { left: hand('ankleFront', 'thumb'), right: hand('heelBack', 'cupped') },
      },
    ),
    phase(
      'disengage',
      'take-up-slack',
      'Disengage with gentle traction of the heel away from the leg.',
      2.5,
      {
        step: 2,
        arrows: [arrow('operator', 'heelBack', [0, -1, 0], 'gentle traction', 0.25)],
      },
    ),
    phase(
      'exaggerate',
      'position',
      'Exaggerate: carry the foot toward its ease (here plantarflexion and inversion).',
      3,
      { step: 3 },
    ),
    phase(
      'balance',
      'hold',
      'Fine-tune until the ligament tension feels equal in all directions, and hold there until the release.',
      5,
      { step: 4 },
    ),
    phase('return', 'return', 'Bring the foot back slowly to neutral.', 3, {
      step: 5,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Reassess ankle motion.', 2.5, { step: 5 }),
  ],
  keyframes: [
    { at: 'exaggerate', pose: { 'ankle.same': { dorsiflexion: -15, inversion: 10 } } },
    { at: 'balance', pose: { 'ankle.same': { dorsiflexion: -13, inversion: 8 } } },
    { at: 'return', pose: { 'ankle.same': { dorsiflexion: 0, inversion: 0 } } },
  ],
};

export const kneeBlt: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  citations: BLT_CITES,
  glow: [{ id: 'knee', side: 'same' }],
  phases: [
    phase(
      'position',
      'position',
      'Patient supine with the hip and knee bent, foot flat on the table.',
      3,
      { step: 0 },
    ),
    phase('thumbs', 'position', 'Both thumbs along the joint line at the top of the tibia.', 2.5, {
      step: 1,
      hands: { left: hand('kneeMedial', 'thumb'), right: hand('kneeLateral', 'thumb') },
    }),
    phase(
      'disengage',
      'take-up-slack',
      'Disengage with slight compression through the tibia.',
      2.5,
      {
        step: 2,
        arrows: [arrow('operator', 'tibiaFront', [0, 1, 0], 'slight compression', 0.25)],
      },
    ),
    phase(
      'exaggerate',
      'position',
      'Exaggerate the tibia toward its ease: rotation, glide and side tilt.',
      3,
      { step: 3 },
    ),
    phase(
      'balance',
      'hold',
      'Fine-tune to the point of balanced ligamentous tension and hold until release is felt.',
      5,
      { step: 4 },
    ),
    phase('return', 'return', 'Return the tibia slowly to neutral.', 3, {
      step: 5,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Reassess knee motion and comfort.', 2.5, { step: 5 }),
  ],
  keyframes: [
    { at: 'position', pose: { 'hip.same': { flexion: 45 }, 'knee.same': { flexion: 90 } } },
    { at: 'exaggerate', pose: { 'knee.same': { internalRotation: 8 } } },
    { at: 'balance', pose: { 'knee.same': { internalRotation: 6 } } },
    { at: 'return', pose: { 'knee.same': { internalRotation: 0 } } },
    { at: 'retest', pose: { 'hip.same': { flexion: 0 }, 'knee.same': { flexion: 0 } } },
  ],
};

const hookLying = {
  'hip.same': { flexion: 45 },
  'hip.opposite': { flexion: 45 },
  'knee.same': { flexion: 90 },
  'knee.opposite': { flexion: 90 },
};

export const sacralBalancedLigamentous: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  simplification:
    'The rhythm drawn in the hands is a teaching picture of the palpated motion, not a measured rate; the cited sources hold until the tissues release.',
  citations: [
    ...BLT_CITES,
    { ref: 'yao-sacral-lecture', locator: 'Sacral BLT, supine, sacrum on the hand (partial)' },
  ],
  glow: [
    { id: 'sacrum', side: 'midline' },
    { id: 'piriformis', side: 'same' },
  ],
  phases: [
    phase('position', 'position', 'Patient supine with knees bent.', 3, { step: 0 }),
    phase(
      'hand',
      'position',
      'Slide the hand under the pelvis: the sacrum rests in the palm, fingertips at the base, heel of the hand near the apex.',
      2.5,
      {
        step: 0,
        hands: { left: hand('sacrum', 'flat-palm') },
      },
    ),
    phase(
      'sense',
      'assess',
      'Let the pelvis rest on the hand and sense the sacrum’s motion with breathing.',
      4,
      {
        step: 1,
        hands: {
          left: hand('sacrum', 'flat-palm', {
            oscillate: { rate: 0.25, amplitude: 0.003, axis: [0, 1, 0] },
          }),
        },
      },
    ),
    phase(
      'disengage',
      'take-up-slack',
      'Disengage with gentle traction of the sacrum toward the feet.',
      2.5,
      {
        step: 2,
        hands: { left: hand('sacrum', 'flat-palm') },
        arrows: [arrow('operator', 'sacrum', [0, -1, 0], 'gentle traction', 0.25)],
      },
    ),
    phase(
      'exaggerate',
      'position',
      'Exaggerate toward the sacrum’s ease and find the point of balanced tension.',
      3,
      { step: 3 },
    ),
    phase(
      'breath-hold',
      'hold',
      'The patient holds the breath in the phase that deepens the balance; hold until the sacrum releases.',
      5,
      { step: 4 },
    ),
    phase('return', 'return', 'Slowly return the sacrum to neutral.', 3, {
      step: 5,
      hands: { left: null },
    }),
    phase('retest', 'retest', 'Reassess sacral motion.', 2.5, { step: 5 }),
  ],
  keyframes: [
    { at: 'position', pose: hookLying },
    { at: 'exaggerate', pose: { pelvis: { anteriorTilt: 3 } } },
    { at: 'return', pose: { pelvis: { anteriorTilt: 0 } } },
  ],
};

export const lumbarFunctional: AnimationScriptInput = {
  patientPosition: 'seated',
  support: 'table',
  citations: [{ ref: 'ecop-glossary-2017', locator: 'functional technique (definition only)' }],
  glow: [
    { id: 'lumbar-spine', side: 'midline' },
    { id: 'multifidus', side: 'same' },
    { id: 'erector-spinae', side: 'same' },
  ],
  phases: [
    phase(
      'position',
      'position',
      'Patient seated on the edge of the table, feet supported; hips and knees bent.',
      3,
      { step: 0 },
    ),
    phase(
      'monitor',
      'position',
      'Finger pads of the monitoring hand over the paraspinal tissues and spinous processes of the segment; the guiding hand on the shoulders.',
      2.5,
      {
        step: 1,
        hands: { left: hand('spinousL3', 'finger-pads'), right: hand('shoulderTop', 'flat-palm') },
      },
    ),
    phase(
      'flex',
      'assess',
      'Introduce a very small amount of flexion and feel how the monitored tissues respond.',
      1.5,
      { step: 2 },
    ),
    phase('extend', 'assess', 'Then try a very small amount of extension.', 1.5, { step: 2 }),
    phase(
      'ease-sagittal',
      'position',
      'Settle where the monitored tissues feel most at ease.',
      1.5,
      { step: 2 },
    ),
    phase('sidebend', 'assess', 'Keeping that position, add side-bending to each side.', 2, {
      step: 3,
    }),
    phase('rotate', 'assess', 'Then add rotation, choosing the easiest point each time.', 2, {
      step: 3,
    }),
    phase('compress', 'engage-barrier', 'Add gentle compression through the shoulders.', 2, {
      step: 4,
      arrows: [arrow('operator', 'shoulderTop', [0, -1, 0], 'gentle compression', 0.25)],
    }),
    phase(
      'breath',
      'hold',
      'The patient holds the breath in the easiest phase; hold the balance point until the tissues soften.',
      4,
      {
        step: 5,
        arrows: [arrow('operator', 'shoulderTop', [0, -1, 0], 'gentle compression', 0.25)],
      },
    ),
    phase('return', 'return', 'Return slowly to neutral.', 3, { step: 6, hands: { right: null } }),
    phase('retest', 'retest', 'Retest the segment.', 2.5, { step: 6 }),
  ],
  keyframes: [
    {
      at: 'position',
      pose: {
        'hip.same': { flexion: 90 },
        'hip.opposite': { flexion: 90 },
        'knee.same': { flexion: 90 },
        'knee.opposite': { flexion: 90 },
      },
    },
    { at: 'flex', pose: spread(segmentsBetween('T10', 'L5'), 'flexion', 5) },
    { at: 'extend', pose: spread(segmentsBetween('T10', 'L5'), 'flexion', -4) },
    { at: 'ease-sagittal', pose: spread(segmentsBetween('T10', 'L5'), 'flexion', 2) },
    { at: 'sidebend', pose: spread(segmentsBetween('T10', 'L5'), 'sideBending', 4) },
    { at: 'rotate', pose: spread(segmentsBetween('T10', 'L5'), 'rotation', 3) },
    {
      at: 'return',
      pose: mergePoses(
        spread(segmentsBetween('T10', 'L5'), 'flexion', 0),
        spread(segmentsBetween('T10', 'L5'), 'sideBending', 0),
        spread(segmentsBetween('T10', 'L5'), 'rotation', 0),
      ),
    },
  ],
};

export const cv4: AnimationScriptInput = {
  patientPosition: 'supine',
  support: 'table',
  simplification:
    'The cranial rhythm drawn in the hands is a teaching picture of what practitioners describe palpating; its rate is not a measured value, and the hold is shown compressed.',
  operatorSide: 'head',
  citations: [
    { ref: 'zurowska-cv4-2017', locator: 'Introduction: CV4 procedure; Table 2: session lengths' },
  ],
  glow: [
    { id: 'occiput', side: 'midline' },
    { id: 'cranium', side: 'midline' },
  ],
  phases: [
    phase(
      'hands',
      'position',
      'Patient supine and relaxed; one hand in the other, palms up, thenar eminences side by side.',
      2.5,
      { step: 0 },
    ),
    phase(
      'contact',
      'position',
      'Thenar eminences on the occipital squama, medial to the occipitomastoid sutures, below the external occipital protuberance.',
      2.5,
      {
        step: 1,
        hands: {
          left: hand('occiputSquamaSame', 'thenar'),
          right: hand('occiputSquamaFar', 'thenar'),
        },
      },
    ),
    phase(
      'sense',
      'assess',
      'The head rests on the thenar eminences; sense the palpated rhythm of the occiput.',
      4,
      {
        step: 2,
        hands: {
          left: hand('occiputSquamaSame', 'thenar', {
            oscillate: { rate: 0.2, amplitude: 0.002, axis: [0, 1, 0] },
          }),
          right: hand('occiputSquamaFar', 'thenar', {
            oscillate: { rate: 0.2, amplitude: 0.002, axis: [0, 1, 0] },
          }),
        },
      },
    ),
    phase(
      'follow',
      'engage-barrier',
      'Follow the occiput into its extension phase and resist its return into flexion: the motion becomes smaller.',
      4,
      {
        step: 3,
        hands: {
          left: hand('occiputSquamaSame', 'thenar'),
          right: hand('occiputSquamaFar', 'thenar'),
        },
        arrows: [
          arrow(
            'operator',
            'occiputSquama',
            [0, 0.3, 1],
            'very light: resist the return into flexion',
            0.15,
          ),
        ],
      },
    ),
    phase(
      'still-point',
      'hold',
      'At the still point keep the contact light and wait; do not force.',
      5,
      { step: 4 },
    ),
    phase('resume', 'assess', 'When the rhythm resumes, allow gentle motion for a few cycles.', 4, {
      step: 5,
      hands: {
        left: hand('occiputSquamaSame', 'thenar', {
          oscillate: { rate: 0.2, amplitude: 0.002, axis: [0, 1, 0] },
        }),
        right: hand('occiputSquamaFar', 'thenar', {
          oscillate: { rate: 0.2, amplitude: 0.002, axis: [0, 1, 0] },
        }),
      },
    }),
    phase('withdraw', 'return', 'Withdraw the hands slowly.', 3, {
      step: 6,
      hands: { left: null, right: null },
    }),
    phase('retest', 'retest', 'Reassess the patient.', 2.5, { step: 6 }),
  ],
  keyframes: [
    { at: 'follow', pose: { head: { flexion: -2 } } },
    { at: 'withdraw', pose: { head: { flexion: 0 } } },
  ],
};
