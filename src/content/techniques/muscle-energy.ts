import type { TechniqueInput } from './types';

export const muscleEnergy: TechniqueInput = {
  id: 'muscle-energy',
  family: 'muscle-energy',
  name: 'Muscle energy technique (MET)',
  approach: 'direct',
  activity: 'active',
  principle:
    'The operator brings the joint or muscle to its restrictive barrier; the patient then pushes gently in a precise direction, usually away from the barrier, against an equal counterforce so that nothing moves (an isometric contraction). After the patient lets go, the tissue yields a little and the operator takes up the slack to a new barrier. Post-isometric relaxation is the most used of its physiological principles; reciprocal inhibition (contracting the opposite muscle) is another. It was developed by Fred Mitchell Sr, DO.',
  generalSteps: [
    'Diagnose the restriction and position the joint or muscle at the first sense of the restrictive barrier (the “feather edge”).',
    'Ask the patient to contract gently in the specified direction against your unyielding counterforce, so the contraction is isometric.',
    'Hold the contraction for a few seconds, then ask the patient to relax completely.',
    'Wait for full relaxation, then take up the slack to the new barrier.',
    'Repeat the cycle several times, finish with a gentle passive stretch and retest.',
  ],
  parameters: [
    {
      name: 'Isometric contraction',
      value: '3–5 s of gentle patient effort against an equal operator counterforce',
      citations: [
        {
          ref: 'msu-anterior-innominate-met',
          locator: 'Steps 3–4: 3–5 s effort, new barrier, 3–5 repetitions',
        },
        {
          ref: 'fryer-met-duration-2004',
          locator: '5-s contractions increased atlanto-axial rotation; 20-s did not beat sham',
        },
      ],
    },
    {
      name: 'Repetitions',
      value: '3–5 contraction–relaxation cycles',
      citations: [
        {
          ref: 'msu-anterior-innominate-met',
          locator: 'Steps 3–4: 3–5 s effort, new barrier, 3–5 repetitions',
        },
      ],
    },
    {
      name: 'Relaxation pause',
      value:
        'Full relaxation after each contraction before the operator takes up the slack to the new barrier',
      citations: [
        {
          ref: 'msu-anterior-innominate-met',
          locator: 'Step 4: new barrier engaged between efforts',
        },
      ],
    },
    {
      name: 'New barrier',
      value:
        'After each relaxation the operator passively moves the part to the new restrictive barrier; a final passive stretch and retest close the procedure',
      citations: [{ ref: 'waxenbaum-met-physiology-2022', locator: 'Isometric MET steps' }],
    },
    {
      name: 'Patient force',
      value:
        'Conventionally the most effort that both patient and operator find comfortable; the contraction must stay isometric',
      citations: [{ ref: 'waxenbaum-met-physiology-2022', locator: 'Isometric MET steps' }],
    },
  ],
  indications: [
    'Restricted joint motion from somatic dysfunction (spine, pelvis, ribs, limbs)',
    'Shortened or hypertonic muscle limiting range of motion',
    'Patients for whom a thrust is unsuitable or unwanted',
  ],
  contraindications: {
    absolute: [
      'Lack of consent or inability to cooperate with instructions',
      'Fracture or dislocation at the treated site',
      'Recent surgery at the treated site',
    ],
    relative: [
      'Very low energy or severe illness (patient cannot contract safely)',
      'Severe osteoporosis',
      'Significant joint disease or joint instability',
      'Acute ligament sprain or whiplash injury in the treated region',
    ],
  },
  evidence: 'limited',
  evidenceSummary:
    'Small trials show short-term gains in range of motion: in asymptomatic adults 5-second contractions increased atlanto-axial rotation more than sham, while 20-second contractions did not. Clinical evidence for pain and function comes mostly from small trials and from multi-technique osteopathic treatment packages, so effects of MET alone are uncertain; an evidence-informed review argues for keeping the practical method but revising older explanations of how it works.',
  citations: [
    { ref: 'waxenbaum-met-physiology-2022' },
    { ref: 'fryer-met-evidence-2011' },
    { ref: 'fryer-met-duration-2004' },
    { ref: 'franke-omt-lbp-2014' },
    { ref: 'who-osteopathy-benchmarks-2010', locator: 'Contraindications to direct techniques' },
  ],
  variants: [
    {
      id: 'innominate-muscle-energy',
      name: 'Muscle energy for an anterior innominate rotation',
      region: { region: 'hip', side: 'same' },
      patientPosition: 'supine',
      operatorPosition: 'Standing on the side of the dysfunction, facing the patient’s head.',
      steps: [
        'Patient supine near the edge of the table; flex the hip and knee on the affected side.',
        'Monitor the sacroiliac region (posterior superior iliac spine) with the fingers of your cephalad hand under the pelvis.',
        'Flex the hip with your caudad hand on the knee until motion is first felt at the sacroiliac joint: this is the barrier for posterior rotation of the innominate.',
        'Ask the patient to push the knee gently toward the foot of the table (hip extension) for 3–5 s against your equal resistance.',
        'Ask the patient to relax fully; wait a few seconds, then flex the hip further to the new barrier.',
        'Repeat 3–5 times, then return the leg to the table and recheck the anterior superior iliac spine levels.',
      ],
      targets: ['gluteus-maximus', 'biceps-femoris', 'semitendinosus', 'hip'],
      citations: [
        {
          ref: 'msu-anterior-innominate-met',
          locator:
            'Prone version: 3–5 s efforts, new barrier between, 3–5 repetitions (our set-up is supine)',
        },
        {
          ref: 'waxenbaum-met-physiology-2022',
          locator: 'Introduction: post-isometric relaxation',
        },
      ],
    },
    {
      id: 'cervical-muscle-energy',
      name: 'Muscle energy for a typical cervical segment (C2–C7)',
      region: { region: 'cervical-spine', side: 'midline' },
      patientPosition: 'supine',
      operatorPosition: 'Sitting at the head of the table.',
      steps: [
        'Patient supine; place the finger pads of both hands on the articular pillars of the dysfunctional segment.',
        'Localise to the segment by flexing or extending the neck until motion reaches the monitored level.',
        'Add side-bending and rotation toward the restricted side until the barrier is met at the segment.',
        'Ask the patient to side-bend (or turn) the head gently back toward neutral against your hand for 3–5 s, without moving.',
        'Ask the patient to relax; after a pause, take up the slack to the new barrier in all planes.',
        'Repeat 3–5 times and retest segmental motion.',
      ],
      targets: ['cervical-spine', 'splenius-capitis', 'levator-scapulae'],
      citations: [{ ref: 'stenersen-cervical-met-2020', locator: 'Technique or treatment' }],
    },
    {
      id: 'tmj-muscle-energy',
      name: 'Muscle energy for restricted jaw opening (temporomandibular joint)',
      region: { region: 'tmj', side: 'same' },
      patientPosition: 'seated',
      operatorPosition:
        'Standing beside the seated patient, stabilising the head against the body.',
      steps: [
        'Stabilise the patient’s head with one hand on the forehead or against your trunk.',
        'Place the fingers or thumb of the other hand under the chin; ask the patient to open the mouth until the first restriction is felt.',
        'Ask the patient to try to close the mouth gently against your fingers for about 3 s, so the jaw-closing muscles contract without motion.',
        'Ask the patient to relax, then open the jaw passively to the new opening barrier.',
        'Repeat about three times (one registered protocol uses three sets of three 3 s efforts and gains opening after each set); let the jaw close gently, then reassess mouth opening and any sideways deviation.',
      ],
      targets: ['masseter', 'temporalis', 'tmj'],
      citations: [
        {
          ref: 'mandibular-met-trial-nct05594511',
          locator:
            'Arm description: 3 s closing efforts, 3 sets of 3, opening gained passively; trial is supine, ours seated',
        },
        {
          ref: 'waxenbaum-met-physiology-2022',
          locator: 'Introduction: post-isometric relaxation',
        },
        {
          ref: 'msu-anterior-innominate-met',
          locator: 'Steps 3–4: 3–5 s effort, new barrier, 3–5 repetitions',
        },
        {
          ref: 'easterbrook-tmd-omt-minute-2019',
          locator:
            'Text: jaw muscles and which way the jaw deviates; the TMJ muscle energy itself is shown only in the video',
        },
      ],
    },
    {
      id: 'hamstring-muscle-energy',
      name: 'Muscle energy for short hamstrings',
      region: { region: 'posterior-thigh', side: 'same' },
      patientPosition: 'supine',
      operatorPosition:
        'Standing at the side of the table, the patient’s straight leg resting on the operator’s shoulder.',
      steps: [
        'Patient supine; keep the other thigh on the table (stabilise it if needed).',
        'Raise the straight leg (knee extended) until the first resistance in the hamstrings is felt and rest the heel on your shoulder.',
        'Ask the patient to press the heel down toward the table for 3–5 s against your equal resistance.',
        'Ask the patient to relax; after a pause raise the leg further to the new barrier.',
        'Repeat 3–5 times, then reassess straight-leg-raise range.',
      ],
      targets: ['biceps-femoris', 'semitendinosus', 'semimembranosus'],
      citations: [{ ref: 'waxenbaum-met-physiology-2022', locator: 'Isometric MET steps' }],
    },
  ],
};
