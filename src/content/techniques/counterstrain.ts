import type { TechniqueInput } from './types';

/** The registered trial protocol states the six steps, the 70 % target and the 90 s hold. */
const counterstrainCore = [
  { ref: 'counterstrain-trial-nct05559255', locator: 'Intervention description, steps 1–6' },
];

export const counterstrain: TechniqueInput = {
  id: 'counterstrain',
  family: 'counterstrain',
  name: 'Counterstrain (strain–counterstrain)',
  approach: 'indirect',
  activity: 'passive',
  principle:
    'A small, tense, tender spot (a tender point) is used both to diagnose and to monitor. The patient is passively folded into the position that shortens the involved tissue and makes the point least tender, away from the restrictive barrier, and is held there while fully relaxed. The idea, from Lawrence Jones, DO (1955), is that shortening calms an inappropriate protective reflex that keeps the muscle tight; the physiology is still only partly understood.',
  generalSteps: [
    'Find the significant tender point and ask the patient to rate its tenderness as 10 out of 10.',
    'Keep a light monitoring finger on the point and move the patient passively toward the position of ease, first roughly, then with small fine-tuning arcs.',
    'Stop where tenderness has fallen by at least 70 % (aim for none).',
    'Hold the position while the patient stays completely relaxed.',
    'Return the patient passively to neutral, without help from the patient, then re-press the point and re-rate it.',
  ],
  parameters: [
    {
      name: 'Hold at the position of ease',
      value: '90 s',
      citations: counterstrainCore,
    },
    {
      name: 'Target tenderness reduction',
      value: 'At least 70 % less tenderness at the monitored point, ideally 100 %',
      citations: counterstrainCore,
    },
    {
      name: 'Return to neutral',
      value:
        'Passive: the operator returns the relaxed patient to a neutral position, then re-tests',
      citations: counterstrainCore,
    },
  ],
  indications: [
    'Tender points with acute or chronic somatic dysfunction',
    'Acute, painful or guarded tissues where direct techniques are poorly tolerated',
    'Frail, post-operative or hospitalised patients',
  ],
  contraindications: {
    absolute: [
      'Lack of consent, or a patient who cannot relax into the position',
      'Serious trauma or an unstable region (e.g. unhealed fracture) where the position would stress it',
      'Severe illness in which positioning is unsafe',
    ],
    relative: [
      'Severe degenerative spine disease limiting the needed position',
      'Connective tissue disease',
      'Positions that provoke pain, dizziness or radiating symptoms',
      'Acute injury, infection or inflammation in the area held',
    ],
  },
  evidence: 'limited',
  evidenceSummary:
    'A meta-analysis of controlled studies found that counterstrain reduces tender-point palpation pain compared with control conditions, but trials were small and mostly short-term. Reviews describe promising but limited clinical evidence, largely case series such as four low back pain patients who improved after counterstrain alone, and note that the physiology has been studied mostly in animal and cell models.',
  citations: [
    { ref: 'wong-counterstrain-2012' },
    { ref: 'wong-counterstrain-meta-2014' },
    { ref: 'lewis-flynn-scs-lbp-2001' },
    { ref: 'fritz-counterstrain-fpr-2022' },
    { ref: 'who-osteopathy-benchmarks-2010', locator: 'Safety: contraindications' },
  ],
  variants: [
    {
      id: 'lumbar-counterstrain',
      name: 'Counterstrain for a posterior lumbar tender point (PL1–PL5)',
      region: { region: 'lumbar-spine', side: 'midline' },
      patientPosition: 'prone',
      operatorPosition: 'Standing at the side of the table on the side of the tender point.',
      steps: [
        'Tender point: on or just beside the spinous process (or on the transverse process) of the involved lumbar vertebra; press it and ask the patient to call this 10/10.',
        'Keep one finger pad lightly on the point throughout.',
        'With the other hand grasp the thigh on the same side just above the knee and lift it into hip extension, which extends the lumbar spine.',
        'Fine-tune with small amounts of hip abduction or adduction (side-bending) until the patient rates the point 3/10 or less.',
        'Hold the position for 90 s while the patient stays relaxed.',
        'Lower the leg passively back to the table (you carry its weight).',
        'Re-press the tender point and re-rate it.',
      ],
      targets: ['erector-spinae', 'multifidus', 'lumbar-spine'],
      citations: [
        { ref: 'statpearls-lumbar-cs-fpr-2023', locator: 'Technique or treatment' },
        { ref: 'counterstrain-trial-nct05559255' },
      ],
    },
    {
      id: 'piriformis-counterstrain',
      name: 'Counterstrain for the piriformis tender point',
      region: { region: 'buttock', side: 'same' },
      patientPosition: 'prone',
      operatorPosition: 'Sitting or standing beside the table on the side of the tender point.',
      steps: [
        'Tender point: in the belly of piriformis, about midway between the lower lateral edge of the sacrum (near its inferior lateral angle) and the greater trochanter; rate it 10/10.',
        'Let the leg on that side hang off the edge of the table and support the knee and shin on your thigh.',
        'Flex the hip, then abduct it, and add external rotation (some patients need internal rotation) while monitoring the point.',
        'Fine-tune until tenderness is reduced by at least 70 %.',
        'Hold for 90 s with the patient relaxed.',
        'Return the leg passively to the table (you carry its weight).',
        'Re-press and re-rate the tender point.',
      ],
      targets: ['piriformis', 'gluteus-medius'],
      citations: [{ ref: 'statpearls-piriformis-met-cs-2023', locator: 'Counterstrain technique' }],
    },
    {
      id: 'scalene-counterstrain',
      name: 'Counterstrain for an anterior cervical (scalene) tender point',
      region: { region: 'anterior-neck', side: 'midline' },
      patientPosition: 'supine',
      operatorPosition:
        'Sitting at the head of the table, the patient’s head supported in the hands.',
      steps: [
        'Tender point: on the anterior surface of the tip of a lower cervical transverse process (anterior cervical points around C4–C6, where scalene slips attach); rate it 10/10 on the treated side.',
        'Keep one finger lightly on the point and hold the head with the other hand.',
        'Flex the neck moderately and rotate it away from the tender point.',
        'Fine-tune with side-bending (usually away; at some levels toward) until tenderness drops by at least 70 %.',
        'Hold for 90 s with the patient relaxed.',
        'Return the head passively to neutral and re-rate the point.',
      ],
      targets: ['scalenes', 'cervical-spine'],
      citations: [
        {
          ref: 'osmosis-cervical-counterstrain-qotd',
          locator:
            'Answer explanations: AC2–AC8 points need flexion as well as rotation away; AC8 example also side-bends away',
        },
        {
          ref: 'bazzi-cervical-counterstrain-2022',
          locator:
            'Introduction (technique section not seen); tender point site on the transverse process is our wording',
        },
        {
          ref: 'matz-scalene-counterstrain-2023',
          locator:
            'Abstract only: describes a scalene tender point at the muscle insertion, not the point used here',
        },
        {
          ref: 'amboss-counterstrain-2021',
          locator: 'Tender points and position of greatest comfort (general principle)',
        },
      ],
    },
    {
      id: 'iliopsoas-counterstrain',
      name: 'Counterstrain for the iliacus / iliopsoas tender point',
      region: { region: 'iliac-fossa', side: 'same' },
      patientPosition: 'supine',
      operatorPosition:
        'Standing on the side of the tender point with one foot on the table, the patient’s legs resting on the operator’s thigh.',
      steps: [
        'Tender point: about a third of the way from the anterior superior iliac spine toward the navel, pressed deep into the iliac fossa; rate it 10/10.',
        'Raise both legs and rest them on your thigh.',
        'Flex both hips well and rotate them externally, letting the knees fall apart with the ankles crossed.',
        'Fine-tune hip flexion and rotation until tenderness drops by at least 70 %.',
        'Hold for 90 s while the patient stays relaxed.',
        'Lower the legs passively to the table and re-rate the point.',
      ],
      targets: ['iliopsoas'],
      citations: [
        {
          ref: 'yao-pelvis-lecture',
          locator:
            'Transcript 00:01–01:56: iliacus point ⅓ from ASIS to midline; hip flexion, external rotation; 90 s; passive return',
        },
        {
          ref: 'harden-psoas-handout-2015',
          locator:
            'Iliacus: supine, thighs flexed, ankles crossed, hips externally rotated, ≥90 s; legs on your thigh are ours',
        },
        {
          ref: 'statpearls-psoas-met-cs-2023',
          locator:
            'Introduction: MET and counterstrain for the iliopsoas (technique section not seen)',
        },
        {
          ref: 'amboss-counterstrain-2021',
          locator: 'Tender points and position of greatest comfort',
        },
      ],
    },
  ],
};
