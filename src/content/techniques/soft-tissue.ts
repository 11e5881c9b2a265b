import type { TechniqueInput } from './types';

export const softTissue: TechniqueInput = {
  id: 'soft-tissue',
  family: 'soft-tissue',
  name: 'Soft tissue technique',
  approach: 'direct',
  activity: 'passive',
  principle:
    'Rhythmic, direct work on muscles and fascia: kneading or bowstring-like pressure across the muscle fibres, stretching along them, traction, and steady inhibitory pressure held on a tight band. It is meant to relax hypertonic muscle, improve tissue texture and local circulation, and is often used to prepare an area before other techniques.',
  generalSteps: [
    'Palpate for tissue texture change, tension and tenderness.',
    'Choose the method: perpendicular kneading, parallel (lengthwise) stretch, traction or sustained inhibitory pressure.',
    'Apply slow, rhythmic force within comfort, letting the tissue respond between strokes.',
    'Move systematically along the muscle or region.',
    'Reassess tone, tenderness and motion.',
  ],
  parameters: [
    {
      name: 'Force direction',
      value:
        'Kneading and bowstring strokes across the fibres (perpendicular); stretching and traction along the fibres (parallel)',
      citations: [
        {
          ref: 'studentomt-prone-pressure',
          locator:
            'Steps 5–6: force perpendicular to the paravertebral muscles, hold, slow release, rhythmic repetition',
        },
      ],
    },
    {
      name: 'Inhibition',
      value: 'Steady pressure held on a hypertonic band until it relaxes',
      citations: [
        {
          ref: 'studentomt-prone-pressure',
          locator:
            'Steps 5–6: force perpendicular to the paravertebral muscles, hold, slow release, rhythmic repetition',
        },
      ],
    },
    {
      name: 'Rhythm',
      value: 'Slow, rhythmic, repeated strokes: apply, hold briefly, release gradually',
      citations: [
        {
          ref: 'studentomt-prone-pressure',
          locator:
            'Steps 5–6: force perpendicular to the paravertebral muscles, hold, slow release, rhythmic repetition',
        },
      ],
    },
  ],
  indications: [
    'Hypertonic or tender paraspinal, neck or gluteal muscles',
    'Preparation of tissues before joint techniques',
    'Tension-type neck pain and suboccipital tension',
  ],
  contraindications: {
    absolute: [
      'Open wound, burn or skin infection at the contact area',
      'Acute fracture or unstable joint under the pressure',
      'Deep vein thrombosis in the treated limb',
      'Malignancy at the treated site',
    ],
    relative: [
      'Anticoagulation or bleeding disorder (risk of bruising)',
      'Osteoporosis under firm prone pressure',
      'Acute strain or whiplash injury in the region',
      'Suspected cervical arterial problem (avoid strong neck extension)',
    ],
  },
  evidence: 'limited',
  evidenceSummary:
    'Soft tissue work is a common part of osteopathic treatment packages studied in trials of low back pain and in the hospital pneumonia protocol, but there is little research on soft tissue technique by itself; claims about its specific effects rest mainly on textbooks and clinical experience.',
  citations: [
    {
      ref: 'studentomt-prone-pressure',
      locator:
        'Steps 5–6: force perpendicular to the paravertebral muscles, hold, slow release, rhythmic repetition',
    },
    {
      ref: 'chila-foundations-2010',
      locator: 'Standard text, additional citation (chapter not read)',
    },
    { ref: 'franke-omt-lbp-2014' },
    { ref: 'roberts-omm-review-2022' },
    { ref: 'who-osteopathy-benchmarks-2010', locator: 'Contraindications to direct techniques' },
  ],
  variants: [
    {
      id: 'paraspinal-soft-tissue',
      name: 'Paraspinal soft tissue: prone pressure (thoracic and lumbar)',
      region: { region: 'thoracic-spine', side: 'midline' },
      patientPosition: 'prone',
      operatorPosition:
        'Standing at the side of the table opposite the side to be treated, facing the patient.',
      steps: [
        'Patient prone with the head turned comfortably or in a face rest.',
        'Place the thumb and thenar eminence of one hand on the paraspinal muscles of the far side, just lateral to the spinous processes; reinforce with the other hand.',
        'Push gently down and away from you, across the muscle fibres, stretching the paraspinals laterally.',
        'Hold for a few seconds, then release slowly; repeat rhythmically.',
        'Move up and down the spine level by level, then treat the other side.',
        'Reassess paraspinal tone and tenderness.',
      ],
      targets: ['erector-spinae', 'multifidus'],
      citations: [{ ref: 'studentomt-prone-pressure', locator: 'Steps 1–7' }],
    },
    {
      id: 'suboccipital-release',
      name: 'Suboccipital release (inhibition)',
      region: { region: 'occiput', side: 'midline' },
      patientPosition: 'supine',
      operatorPosition: 'Sitting at the head of the table, forearms resting on the table.',
      steps: [
        'Patient supine; slide both hands under the head, palms up.',
        'Place the finger pads on the suboccipital muscles on both sides, just below the superior nuchal line and down to about C2, so the head rests on the fingertips.',
        'Let the weight of the head give a steady upward pressure into the suboccipital muscles; do not push actively.',
        'Hold until the tissues soften and the head sinks further onto the fingers (often 15 s to a minute).',
        'Add gentle traction with the finger pads toward the ceiling, outward and toward you (headward) without visibly moving the head.',
        'Withdraw the hands slowly and reassess neck motion and tenderness.',
      ],
      targets: ['suboccipitals'],
      citations: [
        {
          ref: 'msu-suboccipital-release',
          locator:
            'All steps: pads below nuchal line to C2, head weight, traction up/out/headward, hold 15 s–1 min (MSU: traction first)',
        },
        {
          ref: 'studentomt-suboccipital-release',
          locator: 'Steps 1–3 (student-written page; agrees with the MSU steps)',
        },
        {
          ref: 'chila-foundations-2010',
          locator: 'Standard text, additional citation (chapter not read)',
        },
      ],
    },
    {
      id: 'gluteal-soft-tissue',
      name: 'Gluteal soft tissue (kneading and inhibition)',
      region: { region: 'buttock', side: 'same' },
      patientPosition: 'prone',
      operatorPosition: 'Standing at the side of the table on the side to be treated.',
      steps: [
        'Patient prone, with a pillow under the abdomen if the lower back is uncomfortable.',
        'Place the heel of the hand on the gluteal muscles just below the iliac crest, the palm and relaxed fingers resting on the skin (reinforce with the other hand if needed); push with the heel of the hand rather than pinching with the fingers.',
        'Knead slowly across the fibres of gluteus maximus and medius, working from the crest toward the greater trochanter; do not bounce, and where the tissue stops giving, wait there for it to soften before moving on.',
        'Over a tight, tender band (in gluteus medius below the crest, or lateral to the sacrum over piriformis) press with the thumb: start lightly, stop at the first tissue resistance or discomfort, hold until that eases (about 90 s in a published protocol), then follow the tissue a little deeper as tolerated. Near the sciatic notch press obliquely, not straight down.',
        'Reassess tissue tone and hip rotation.',
      ],
      targets: ['gluteus-maximus', 'gluteus-medius', 'piriformis'],
      citations: [
        {
          ref: 'riggs-gluteals-2015',
          locator:
            'Gluteal section (massage tradition): heel of hand, slow, wait at the end of give; not too vertical near sciatic nerve',
        },
        {
          ref: 'delgado-alvarez-gluteus-medius-2022',
          locator:
            'Introduction: ischaemic compression, thumb on the point, light to barrier, held until it eases (90 s)',
        },
        {
          ref: 'studentomt-prone-pressure',
          locator: 'Perpendicular pressure, hold, slow release (student-written page)',
        },
      ],
    },
    {
      id: 'cervical-soft-tissue',
      name: 'Cervical soft tissue (supine paraspinal kneading and traction)',
      region: { region: 'cervical-spine', side: 'midline' },
      patientPosition: 'supine',
      operatorPosition: 'Sitting or standing at the head of the table.',
      steps: [
        'Patient supine; reach under the neck and place the finger pads on the medial edge of the paraspinal muscles of the far side, just beside the spinous processes.',
        'Draw the muscles gently toward the ceiling (anteriorly), across their fibres, letting the neck extend slightly.',
        'Release slowly and repeat in a kneading rhythm, working from the upper to the lower neck, until the tissues relax.',
        'Treat the other side in the same way.',
        'Optionally finish with gentle longitudinal traction by cupping the occiput and leaning back.',
        'Reassess neck motion and tenderness.',
      ],
      targets: ['trapezius', 'splenius-capitis', 'levator-scapulae'],
      citations: [
        {
          ref: 'jaoa-omt-protocol-table',
          locator:
            'Supine cervical soft tissue: medial paraspinal contact, draw anteriorly, knead until relaxed; traction is ours',
        },
        {
          ref: 'studentomt-prone-pressure',
          locator: 'Perpendicular pressure, hold, slow release (general soft tissue principle)',
        },
      ],
    },
  ],
};
