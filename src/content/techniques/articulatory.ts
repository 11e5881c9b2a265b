import type { TechniqueInput } from './types';

export const articulatory: TechniqueInput = {
  id: 'articulatory',
  family: 'articulatory',
  name: 'Articulatory technique (joint mobilisation)',
  approach: 'direct',
  activity: 'passive',
  principle:
    'A low-velocity, moderate- to high-amplitude technique: the joint is carried repeatedly through its range and into the restrictive barrier, rhythmically, to increase freedom and range of movement. It can be combined with traction, compression or brief muscle-energy contractions at the barrier. The Spencer sequence applies it to the shoulder in fixed stages.',
  generalSteps: [
    'Assess the joint’s range and identify the restricted directions.',
    'Stabilise the proximal part so that motion happens only at the target joint.',
    'Move the joint slowly and rhythmically into the barrier and back, gradually increasing amplitude.',
    'Add traction, compression or a short isometric contraction at the barrier if helpful.',
    'Reassess range and pain.',
  ],
  parameters: [
    {
      name: 'Velocity and amplitude',
      value: 'Low velocity, moderate to high amplitude, repeated into the restrictive barrier',
      citations: [{ ref: 'ecop-glossary-2017', locator: 'articulatory technique' }],
    },
    {
      name: 'Spencer sequence',
      value:
        'Seven stages for the shoulder: extension, flexion, circumduction with compression, circumduction with traction, abduction, adduction with external rotation, internal rotation',
      citations: [
        { ref: 'knebl-spencer-2002' },
        {
          ref: 'patriquin-spencer-1992',
          locator: 'Abstract: a standardised series of shoulder procedures',
        },
      ],
    },
    {
      name: 'Scapular fixation',
      value:
        'During the Spencer stages one hand holds the scapula and clavicle so motion is at the glenohumeral joint',
      citations: [
        {
          ref: 'patriquin-spencer-1992',
          locator: 'Abstract: a standardised series of shoulder procedures',
        },
      ],
    },
  ],
  indications: [
    'Restricted joint motion (shoulder, hip, ankle, ribs)',
    'Older or frail patients for whom thrust is unsuitable',
    'Reduced rib cage motion in respiratory illness (rib raising)',
  ],
  contraindications: {
    absolute: [
      'Acute fracture or dislocation of the joint',
      'Septic arthritis or osteomyelitis at the joint',
      'Malignancy of the joint or adjacent bone',
      'Joint instability after ligament rupture',
    ],
    relative: [
      'Acute inflammatory arthritis flare',
      'Osteoporosis',
      'Recent joint replacement or internal fixation in the region',
      'Hypermobility',
      'Acute bursitis or tendon tear (avoid the painful arc)',
    ],
  },
  evidence: 'limited',
  evidenceSummary:
    'A small randomised trial in 29 older adults with chronic shoulder problems found that both Spencer treatment and a placebo position protocol improved range of motion and pain over 14 weeks, with continued gains in range only in the treated group afterward. Rib raising has been used within multi-technique protocols (for example in hospital pneumonia trials), so its individual effect is unknown.',
  citations: [
    { ref: 'knebl-spencer-2002' },
    { ref: 'noll-mopse-2010' },
    { ref: 'ecop-glossary-2017', locator: 'articulatory technique' },
    { ref: 'who-osteopathy-benchmarks-2010', locator: 'Contraindications to direct techniques' },
  ],
  variants: [
    {
      id: 'spencer-shoulder',
      name: 'Spencer technique (seven-stage shoulder sequence)',
      region: { region: 'shoulder', side: 'same' },
      patientPosition: 'side-lying-left',
      operatorPosition:
        'Standing in front of the patient at chest level; the patient lies on the untreated side (shown for the right shoulder, patient on the left side; mirror for the left shoulder).',
      steps: [
        'Patient side-lying with the treated shoulder up, knees bent; your cephalad hand holds the clavicle and scapula down to stop them moving.',
        'Stage 1, extension: with the elbow bent, move the arm back into extension to the barrier and return, rhythmically, several times.',
        'Stage 2, flexion: with the elbow straight, raise the arm forward and overhead to the barrier and return, several times.',
        'Stage 3, circumduction with compression: with the elbow bent and arm abducted, press the humerus gently into the socket and draw small, then larger circles both ways.',
        'Stage 4, circumduction with traction: with the elbow straight, pull gently along the arm and repeat the circles both ways.',
        'Stage 5, abduction: with the patient’s hand on your forearm, abduct the arm to the barrier and back, several times.',
        'Stage 6, adduction with external rotation: bring the bent elbow across the body while rotating the arm outward, to the barrier and back.',
        'Stage 7, internal rotation: place the back of the patient’s hand behind the lower back and draw the elbow gently forward to the barrier and back; finish with a gentle traction pump of the arm.',
        'At any barrier a short isometric contraction (muscle energy) may be added; reassess range of motion.',
      ],
      targets: ['deltoid', 'supraspinatus', 'infraspinatus', 'subscapularis', 'shoulder'],
      citations: [
        { ref: 'knebl-spencer-2002' },
        {
          ref: 'patriquin-spencer-1992',
          locator: 'Abstract: a standardised series of shoulder procedures',
        },
      ],
    },
    {
      id: 'ankle-articulatory',
      name: 'Ankle articulatory mobilisation',
      region: { region: 'ankle', side: 'same' },
      patientPosition: 'supine',
      operatorPosition: 'Sitting or standing at the foot of the table.',
      steps: [
        'Patient supine with the leg straight; cup the heel with one hand and hold the front of the ankle and midfoot with the other.',
        'Apply gentle traction along the line of the leg.',
        'Move the ankle slowly into dorsiflexion and plantarflexion to each barrier and back, rhythmically, increasing amplitude as it eases.',
        'Add inversion and eversion at the heel.',
        'Where the talus is stiff (for example limited dorsiflexion after a sprain), steady the lower leg with one hand and, with the other on the front of the talus, glide it backward in small rhythmic oscillations at the end of its range, in bouts of about a minute with a rest between; use no force that increases pain.',
        'Reassess ankle range and weight-bearing comfort.',
      ],
      targets: ['ankle', 'tibialis-anterior', 'fibularis'],
      citations: [
        {
          ref: 'ecop-glossary-2017',
          locator:
            'articulatory technique (definition); the rhythmic arcs of steps 3–4 are our wording',
        },
        {
          ref: 'ankle-mobilization-trial-nct01438905',
          locator:
            'Arm descriptions (physiotherapy): tibia steadied, talus pushed back, 3 × 60 s grade IV, 1 min rest; seated there',
        },
        {
          ref: 'green-talar-glide-2001',
          locator:
            'Abstract (physiotherapy RCT): anteroposterior talar glide with a force that adds no pain',
        },
        {
          ref: 'medbridge-ankle-distraction',
          locator:
            'Supine long-axis distraction, rearfoot set where resistance is least (hold differs from ours)',
        },
      ],
    },
    {
      id: 'hip-articulatory',
      name: 'Hip articulatory mobilisation',
      region: { region: 'hip', side: 'same' },
      patientPosition: 'supine',
      operatorPosition: 'Standing at the side of the table on the treated side.',
      steps: [
        'Patient supine; flex the hip and knee to about 90°, one hand on the knee and the other holding the ankle or lower leg.',
        'Circumduct the hip slowly in small, then larger circles, in both directions, within comfort.',
        'Move the hip repeatedly into its restricted directions (internal or external rotation, adduction, flexion) to the barrier and back.',
        'Add gentle long-axis traction of the thigh between cycles.',
        'Lower the leg and reassess hip range.',
      ],
      targets: ['hip', 'piriformis', 'iliopsoas', 'adductors'],
      citations: [
        {
          ref: 'ecop-glossary-2017',
          locator:
            'articulatory technique; principle only; steps are standard teaching in our words',
        },
        {
          ref: 'osmosis-lower-limb-techniques',
          locator:
            'Spencer hip (8 stages, supine): ours is a shorter cycle of circumduction, rotations, traction',
        },
      ],
    },
    {
      id: 'rib-raising',
      name: 'Rib raising (supine)',
      region: { region: 'thoracic-spine', side: 'midline' },
      patientPosition: 'supine',
      operatorPosition: 'Sitting beside the table at chest level on the side being treated.',
      steps: [
        'Patient supine; slide both hands under the thorax, palms up, with the finger pads on the rib angles just lateral to the transverse processes.',
        'Keep the fingers firm and use the forearms on the table as a lever: lower the forearms so the fingertips lift the rib angles up and out.',
        'Either hold the lift until the soft tissues release (about 15 s to 2 min), or lift and relax in a slow kneading rhythm.',
        'Move the hands to the next rib levels and cover the upper to lower thoracic rib angles.',
        'Repeat on the other side and reassess rib motion and breathing.',
      ],
      targets: ['thoracic-spine', 'erector-spinae'],
      citations: [
        {
          ref: 'msu-rib-raising',
          locator:
            'All steps: finger pads at rib angles, wrists on table as fulcrum, lift and slight lateral traction, hold to release',
        },
        {
          ref: 'osmosis-rib-raising',
          locator:
            'Steps 1–5: kneading or sustained inhibition (review notes by a student author, DO-edited)',
        },
        { ref: 'roberts-omm-review-2022' },
      ],
    },
  ],
};
