import type { TechniqueInput } from './types';

export const functional: TechniqueInput = {
  id: 'functional',
  family: 'functional',
  name: 'Functional (indirect) technique',
  approach: 'indirect',
  activity: 'passive',
  principle:
    'The operator keeps a listening hand on the dysfunctional area and guides the part through tiny test motions, seeking in every plane the direction in which the tissues feel least resistant. The combined point of dynamic balance is then held, sometimes with compression or respiratory help, so that the tissues can readjust by themselves. Continuous palpatory feedback, rather than a fixed position, guides the procedure.',
  generalSteps: [
    'Place a monitoring (listening) hand over the dysfunctional segment or tissue.',
    'With the other hand or the patient’s posture, introduce small motions in one plane at a time and note where tension eases.',
    'Stack the easiest position of each plane: flexion–extension, side-bending, rotation, translations, compression or distraction, and breathing phase.',
    'Hold this dynamic balance point while the tissue releases (compliance increases).',
    'Return slowly to neutral and retest.',
  ],
  parameters: [
    {
      name: 'Guidance',
      value:
        'Continuous palpatory feedback; the part is moved toward decreasing tissue resistance (increasing compliance)',
      citations: [{ ref: 'ecop-glossary-2017', locator: 'functional technique' }],
    },
    {
      name: 'Balance point',
      value:
        'Ease is stacked in all planes and may be held with compression or a held breath phase',
      citations: [{ ref: 'ecop-glossary-2017', locator: 'functional technique' }],
    },
  ],
  indications: [
    'Acute, painful somatic dysfunction where direct techniques are not tolerated',
    'Patients who are frail, post-operative or anxious about forceful techniques',
    'Spinal and rib restrictions',
  ],
  contraindications: {
    absolute: [
      'Lack of consent or cooperation',
      'Fracture or unstable joint in the treated region',
    ],
    relative: [
      'Severe illness or inability to tolerate positioning',
      'Severe osteoporosis when compression is added',
      'Symptoms of radiculopathy provoked by positioning',
    ],
  },
  evidence: 'expert-opinion',
  evidenceSummary:
    'Functional technique is described in osteopathic textbooks and the official glossary; no controlled clinical trials of functional technique alone were found, so its use rests on expert opinion and clinical tradition.',
  citations: [
    { ref: 'ecop-glossary-2017', locator: 'functional technique' },
    {
      ref: 'chila-foundations-2010',
      locator: 'Standard text, additional citation (chapter not read)',
    },
  ],
  variants: [
    {
      id: 'lumbar-functional',
      name: 'Functional technique for a lumbar segment (seated)',
      region: { region: 'lumbar-spine', side: 'midline' },
      patientPosition: 'seated',
      operatorPosition:
        'Standing or sitting behind and to the side of the patient, one hand over the lumbar segment and the other on the patient’s upper trunk or shoulders.',
      steps: [
        'Patient seated on the table edge with the feet supported.',
        'Place the monitoring hand’s finger pads over the paraspinal tissues and spinous processes of the dysfunctional segment.',
        'With the guiding hand on the shoulders, introduce very small flexion and extension and find where the monitored tissues feel most at ease.',
        'Keeping that, add side-bending, then rotation, then small forward–back and side-to-side translations, each time choosing the easiest point.',
        'Add gentle compression or distraction, and ask the patient to hold the breath in the phase that feels easiest under your hand.',
        'Hold this balance point until the tissues soften under the monitoring hand.',
        'Return slowly to neutral and retest the segment.',
      ],
      targets: ['lumbar-spine', 'multifidus', 'erector-spinae'],
      citations: [
        {
          ref: 'ecop-glossary-2017',
          locator: 'functional technique; principle only; steps are standard teaching in our words',
        },
      ],
    },
  ],
};
