import type { TechniqueInput } from './types';

/** Lecture demonstrating both pumps; the StatPearls chapter covers lymphatic OMT in general. */
const lymphChapter = {
  ref: 'yao-lymphatic-lecture',
  locator:
    'Pedal pump (hands, dorsiflexion oscillation, rate matched to the tissues); thoracic pump',
};

export const lymphatic: TechniqueInput = {
  id: 'lymphatic',
  family: 'lymphatic',
  name: 'Lymphatic techniques (lymphatic pumps)',
  approach: 'direct',
  activity: 'passive',
  principle:
    'Gentle, rhythmic, passive techniques meant to aid the return of lymph toward the venous system. Lymph flow depends on pressure differences created by breathing, the diaphragm and muscle action; the pumps add rhythmic pressure changes through the chest (thoracic pump) or through the whole body from the feet (pedal pump). Drainage routes are usually opened first (thoracic inlet, diaphragm) before pumping.',
  generalSteps: [
    'Screen for contraindications (fracture, deep vein thrombosis, infection with abscess, malignancy, severe heart failure).',
    'Release the thoracic inlet and the diaphragm first.',
    'Apply the pump rhythmically and gently, matching the rhythm to the tissue response.',
    'Continue for a few minutes, watching the patient’s comfort and breathing.',
    'Reassess swelling, breathing and general comfort.',
  ],
  parameters: [
    {
      name: 'Sequence',
      value: 'Open the thoracic inlet (and diaphragm) before pumping',
      citations: [{ ref: 'adams-pedal-pump-2023', locator: 'Methods' }, lymphChapter],
    },
    {
      name: 'Pedal pump duration',
      value:
        'A 5-minute pedal pump protocol was used after thoracic inlet release in a study of healthy volunteers',
      citations: [{ ref: 'adams-pedal-pump-2023', locator: 'Methods' }],
    },
    {
      name: 'Thoracic pump in animal study',
      value:
        'Two 30-s sessions of thoracic pump raised thoracic duct lymph flow in dogs from about 1.2 to 3.5 mL/min',
      citations: [{ ref: 'knott-thoracic-duct-2005' }],
    },
    {
      name: 'Dose in a pneumonia trial',
      value:
        'Standardised OMT protocol including lymphatic techniques, 15 min twice daily, adjunctive to usual care',
      citations: [
        { ref: 'noll-mopse-2010' },
        {
          ref: 'noll-mopse-protocol-2008',
          locator:
            'Abstract: design of the OMT and light-touch protocols (technique list not read)',
        },
      ],
    },
    {
      name: 'Pump rhythm',
      value: 'Rhythmic, gentle pressure matched to the tissue response; no single validated rate',
      citations: [lymphChapter, { ref: 'franzini-lymphatic-pump-2018' }],
    },
  ],
  indications: [
    'Peripheral oedema of lymphatic or venous origin, once cardiac and thrombotic causes are managed',
    'Adjunct in respiratory infection such as pneumonia (research setting)',
    'Post-operative or bed-bound patients with reduced chest wall motion',
  ],
  contraindications: {
    absolute: [
      'Fracture or dislocation in the ribs, spine or legs being moved by the pump',
      'Suspected deep vein thrombosis (pedal pump)',
      'Untreated infection with abscess in the pumped region',
    ],
    relative: [
      'Bacterial infection with high fever',
      'Malignancy, especially with lymphatic spread',
      'Congestive heart failure, severe COPD or acute asthma',
      'Osteoporosis of the ribs (thoracic pump)',
      'Recent chest or abdominal surgery',
    ],
  },
  evidence: 'limited',
  evidenceSummary:
    'In dogs, thoracic and abdominal pumps increased thoracic duct lymph flow. In a multicentre trial of older adults hospitalised with pneumonia, an adjunctive OMT protocol showed no difference in the intention-to-treat analysis; per-protocol analysis found a shorter stay than conventional care alone but not than a light-touch control. A systematic review of pump techniques found heterogeneous trials that do not allow firm conclusions. Immune effects described in reviews come mainly from animal studies.',
  citations: [
    { ref: 'knott-thoracic-duct-2005' },
    { ref: 'noll-mopse-2010' },
    { ref: 'vanti-pump-review-2021' },
    { ref: 'hodge-lpt-review-2012' },
    { ref: 'franzini-lymphatic-pump-2018' },
    { ref: 'adams-pedal-pump-2023' },
    { ref: 'statpearls-lymphatic-2024', locator: 'Continuing Education Activity; Introduction' },
  ],
  variants: [
    {
      id: 'thoracic-lymphatic-pump',
      name: 'Thoracic lymphatic pump',
      region: { region: 'sternum', side: 'midline' },
      patientPosition: 'supine',
      operatorPosition: 'Standing at the head of the table, leaning over the patient.',
      steps: [
        'Patient supine with the thoracic inlet and diaphragm already released.',
        'Place both hands on the upper front of the chest just below the clavicles, thenar eminences over the upper ribs and fingers spread.',
        'As the patient breathes out, press the chest gently down and toward the feet.',
        'Add quick, gentle rhythmic compressions so the chest wall oscillates, keeping pressure through the exhalation.',
        'During inhalation keep resisting the rise of the rib cage for several breaths; then, at the start of a deep inhalation, lift the hands off suddenly (release variant).',
        'Continue for a few minutes within comfort, then reassess breathing.',
      ],
      targets: ['chest', 'lungs'],
      citations: [lymphChapter, { ref: 'franzini-lymphatic-pump-2018' }],
    },
    {
      id: 'pedal-lymphatic-pump',
      name: 'Pedal lymphatic pump',
      region: { region: 'foot', side: 'same' },
      patientPosition: 'supine',
      operatorPosition: 'Standing at the foot of the table.',
      steps: [
        'Patient supine, legs straight, with the thoracic inlet already released.',
        'Place the palms against the soles of both feet (or grasp the tops of the feet for the plantarflexion version).',
        'Dorsiflex the feet to their barrier.',
        'Push rhythmically toward the head so a gentle wave of motion travels up the body (the head should rock slightly).',
        'Match the rhythm to the tissue response and keep it comfortable.',
        'Continue for a few minutes, then reassess swelling of the legs.',
      ],
      targets: ['foot', 'calf', 'ankle'],
      citations: [
        lymphChapter,
        { ref: 'adams-pedal-pump-2023' },
        { ref: 'franzini-lymphatic-pump-2018' },
      ],
    },
  ],
};
