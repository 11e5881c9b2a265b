import type { TechniqueInput } from './types';

/**
 * Glossary definition of BLT. No readable source gives the ankle and knee step sequences; the sacral
 * variant has a partial one (a lecture transcript, cited on the variant).
 */
const bltChapter = {
  ref: 'ecop-glossary-2017',
  locator: 'balanced ligamentous tension; principle only; steps are standard teaching in our words',
};

export const balancedLigamentousTension: TechniqueInput = {
  id: 'balanced-ligamentous-tension',
  family: 'balanced-ligamentous-tension',
  name: 'Balanced ligamentous tension (BLT) / ligamentous articular strain (LAS)',
  approach: 'direct-or-indirect',
  activity: 'passive',
  principle:
    'Based on W. G. Sutherland’s idea that in a healthy joint the ligaments share tension evenly through its motion. The joint is disengaged (gentle traction or compression), exaggerated toward the position of the dysfunction, and then balanced at the point where ligamentous tension feels equal in every direction. The operator holds that balance until a release is felt; the balancing phase can carry the joint back toward normal. The two names come from two schools of the same method.',
  generalSteps: [
    'Diagnose the joint’s position and its directions of ease.',
    'Disengage the joint surfaces with gentle traction or compression.',
    'Exaggerate the joint toward the position of the dysfunction (indirect component).',
    'Fine-tune in all planes to the point of balanced ligamentous tension and hold; patient breathing or small movements may assist.',
    'Wait for the release (softening, warmth, a sense of the joint settling), then return slowly and reassess.',
  ],
  parameters: [
    {
      name: 'Sequence',
      value: 'Disengagement, exaggeration, balance',
      citations: [bltChapter],
    },
    {
      name: 'Hold',
      value:
        'Held at the balance point until a palpable release occurs, often helped by respiratory cooperation',
      citations: [
        bltChapter,
        { ref: 'ecop-glossary-2017', locator: 'balanced ligamentous tension' },
      ],
    },
  ],
  indications: [
    'Joint somatic dysfunction of the extremities, sacrum and spine',
    'Acute sprains once fracture and instability are excluded',
    'Patients who need a gentle technique',
  ],
  contraindications: {
    absolute: [
      'Lack of consent',
      'Fracture, dislocation or ligament rupture with instability at the joint',
    ],
    relative: [
      'Severe osteoporosis when compression is used',
      'Acute inflammation or infection in the joint',
      'Recent surgery at the joint',
    ],
  },
  evidence: 'expert-opinion',
  evidenceSummary:
    'BLT/LAS is taught from the writings of Sutherland and his followers and described in technique atlases; no controlled clinical trials of the method alone were found, so it is presented as expert opinion.',
  citations: [
    bltChapter,
    { ref: 'ecop-glossary-2017', locator: 'balanced ligamentous tension' },
    {
      ref: 'chila-foundations-2010',
      locator: 'Standard text, additional citation (chapter not read)',
    },
  ],
  variants: [
    {
      id: 'ankle-blt',
      name: 'Balanced ligamentous tension for the ankle (talocrural joint)',
      region: { region: 'ankle', side: 'same' },
      patientPosition: 'supine',
      operatorPosition: 'Sitting at the foot of the table.',
      steps: [
        'Patient supine with the leg straight and relaxed.',
        'Hold the talus between thumb and index finger from the front of the ankle with one hand; cup the heel with the other.',
        'Disengage with gentle traction of the heel away from the leg (or light compression if that feels freer).',
        'Exaggerate: carry the foot toward its direction of ease in plantar- or dorsiflexion, inversion or eversion and rotation.',
        'Fine-tune until tension in the ankle ligaments feels equal in all directions, and hold there.',
        'Wait for the release, then bring the foot back slowly to neutral and reassess ankle motion.',
      ],
      targets: ['ankle'],
      citations: [bltChapter],
    },
    {
      id: 'knee-blt',
      name: 'Balanced ligamentous tension for the knee (tibiofemoral joint)',
      region: { region: 'knee', side: 'same' },
      patientPosition: 'supine',
      operatorPosition: 'Sitting beside the table at knee level.',
      steps: [
        'Patient supine with the hip and knee flexed and the foot flat on the table.',
        'Hold the top of the tibia with both thumbs along the joint line, or one hand on the tibia and the other above the knee.',
        'Disengage with slight compression (or traction) through the tibia.',
        'Exaggerate the tibia toward its ease: internal or external rotation, forward or backward glide, and side tilt.',
        'Fine-tune to the point of balanced ligamentous tension and hold until release is felt.',
        'Return slowly and reassess knee motion and comfort.',
      ],
      targets: ['knee'],
      citations: [bltChapter],
    },
    {
      id: 'sacral-balanced-ligamentous',
      name: 'Balanced ligamentous tension for the sacrum',
      region: { region: 'sacrum', side: 'midline' },
      patientPosition: 'supine',
      operatorPosition: 'Sitting beside the table at pelvic level.',
      steps: [
        'Patient supine with knees bent; slide your hand under the pelvis so the sacrum rests in the palm, fingertips at the base and heel of the hand near the apex.',
        'Let the weight of the pelvis rest on your hand and sense the sacrum’s motion with breathing.',
        'Disengage with gentle traction of the sacrum toward the feet.',
        'Exaggerate toward the sacrum’s ease (nodding forward or back, torsion) and find the point of balanced tension.',
        'Ask the patient to hold a breath in the phase that deepens the balance; hold until the sacrum releases.',
        'Slowly return and reassess sacral motion.',
      ],
      targets: ['sacrum', 'piriformis'],
      citations: [
        {
          ref: 'yao-sacral-lecture',
          locator:
            'Transcript 01:39–01:49 (partial): supine, sacrum on the hand, toward freedom or barrier; rest is our wording',
        },
        { ref: 'ecop-glossary-2017', locator: 'balanced ligamentous tension' },
      ],
    },
  ],
};
