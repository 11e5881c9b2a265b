import type { TechniqueInput } from './types';

export const facilitatedPositionalRelease: TechniqueInput = {
  id: 'facilitated-positional-release',
  family: 'facilitated-positional-release',
  name: 'Facilitated positional release (FPR)',
  approach: 'indirect',
  activity: 'passive',
  principle:
    'A variant of indirect myofascial release described by Stanley Schiowitz, DO (1990). The region is first placed in neutral (for the spine, the sagittal curve is flattened) so that tissue and joint tension is low in all planes; then a small activating force, usually compression or torsion, is added while the part is moved toward its ease. Compared with counterstrain the position is held only briefly.',
  generalSteps: [
    'Monitor the hypertonic muscle or the dysfunctional segment with one finger.',
    'Place the region in neutral, flattening its sagittal curve.',
    'Add the activating force (gentle compression, sometimes torsion or traction).',
    'While keeping the force, move the part into its ease until the monitored tissue softens.',
    'Hold briefly, release the activating force, return to neutral and reassess.',
  ],
  parameters: [
    {
      name: 'Starting position',
      value:
        'Region placed in neutral, with the sagittal curve flattened, to reduce tension in all planes',
      citations: [
        { ref: 'ecop-glossary-2017', locator: 'facilitated positional release' },
        { ref: 'schiowitz-fpr-1990' },
      ],
    },
    {
      name: 'Activating force',
      value: 'Compression or torsion (occasionally traction) added to the positioned tissue',
      citations: [
        { ref: 'ecop-glossary-2017', locator: 'facilitated positional release' },
        { ref: 'schiowitz-fpr-1990' },
      ],
    },
    {
      name: 'Hold',
      value:
        'Brief: the activating force is held for seconds, much shorter than a counterstrain hold',
      citations: [{ ref: 'fritz-counterstrain-fpr-2022', locator: 'Introduction' }],
    },
  ],
  indications: [
    'Acute or chronic somatic dysfunction, alone or with other approaches',
    'Superficial or deep paraspinal muscle hypertonicity',
    'Patients who need a gentle, quick technique',
  ],
  contraindications: {
    absolute: [
      'Lack of consent or cooperation',
      'Fracture or unstable joint in the region compressed',
    ],
    relative: [
      'Severe osteoporosis (compression through the spine)',
      'Patient who cannot relax or tolerate the position',
      'Radicular pain provoked by the compression',
      'Severe illness',
    ],
  },
  evidence: 'expert-opinion',
  evidenceSummary:
    'FPR rests on the original technical description and on textbook teaching; there is little direct clinical research on FPR alone. Reviews of counterstrain and FPR note that the physiological basis is studied mainly in animal and cell models and that clinical trials are scarce.',
  citations: [
    { ref: 'schiowitz-fpr-1990' },
    { ref: 'fritz-counterstrain-fpr-2022' },
    { ref: 'statpearls-lumbar-cs-fpr-2023' },
    { ref: 'who-osteopathy-benchmarks-2010', locator: 'Safety: contraindications' },
  ],
  variants: [
    {
      id: 'cervical-fpr',
      name: 'Facilitated positional release for cervical paraspinal hypertonicity',
      region: { region: 'cervical-spine', side: 'midline' },
      patientPosition: 'supine',
      operatorPosition: 'Sitting at the head of the table.',
      steps: [
        'Patient supine with the head on the table or on a pillow in your lap.',
        'Cup the neck and put the pad of one finger on the tense paraspinal tissue, where it serves as monitor and fulcrum.',
        'Flatten the cervical lordosis slightly by bringing the neck toward gentle flexion (neutral sagittal position).',
        'With the other hand on the top of the head, add gentle compression down toward the monitoring finger.',
        'Keeping the compression, extend slightly and side-bend and rotate toward the monitored side until the tissue softens under the finger.',
        'Hold only a few seconds, release the compression, return the neck to neutral and reassess the tissue.',
      ],
      targets: ['splenius-capitis', 'trapezius', 'cervical-spine'],
      citations: [
        { ref: 'schiowitz-fpr-1990' },
        {
          ref: 'statpearls-lumbar-cs-fpr-2023',
          locator:
            'Introduction: FPR neutral position plus compressive or rotational activating force',
        },
      ],
    },
  ],
};
