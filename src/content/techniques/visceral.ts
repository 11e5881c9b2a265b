import type { TechniqueInput } from './types';

/**
 * The review supports the family only; each variant cites what was found for its own steps (partial
 * for the liver and colon, a massage-tradition description for the mesenteric release).
 */
const visceralChapter = {
  ref: 'roberts-omm-review-2022',
  locator:
    'Overview of OMT modalities (abstract read); principle only; steps are standard teaching in our words',
};

export const visceral: TechniqueInput = {
  id: 'visceral',
  family: 'visceral',
  name: 'Visceral technique (visceral manipulation)',
  approach: 'direct-or-indirect',
  activity: 'passive',
  principle:
    'Gentle manual work on the abdominal and thoracic organs, their ligaments and mesenteries, and their fascial attachments. Practitioners palpate in layers, assess an organ’s mobility (movement with breathing and posture) and hold it toward ease or toward the barrier until a change is felt, sometimes with rhythmic pumping. The idea that such restrictions can be reliably felt and corrected is traditional and has not been supported by research.',
  generalSteps: [
    'Rule out an acute abdomen and other contraindications; take a medical history first.',
    'Palpate layer by layer (skin, fat, muscle, then the organ region) and assess motion with breathing.',
    'Choose direct (toward restriction) or indirect (toward ease) and apply light, sustained pressure, or rhythmic pumping where described.',
    'Hold until a change in tissue tension is felt, then release slowly.',
    'Reassess tenderness and comfort.',
  ],
  parameters: [
    {
      name: 'Force',
      value:
        'Light, slow pressure through the abdominal wall, within comfort; never into a tender, guarded abdomen',
      citations: [visceralChapter],
    },
    {
      name: 'End point',
      value: 'Hold until the palpated tissue tension changes, then release slowly and reassess',
      citations: [visceralChapter],
    },
  ],
  indications: [
    'Traditionally used for functional gut complaints such as constipation and irritable bowel (trials negative or weak)',
    'Traditionally used alongside musculoskeletal treatment for low back pain (trials negative or weak)',
  ],
  contraindications: {
    absolute: [
      'Acute abdominal pain not yet diagnosed',
      'Suspected perforation, acute appendicitis or acute cholecystitis',
      'Abdominal aortic aneurysm',
      'Abdominal malignancy or active bleeding',
      'Recent abdominal surgery at the site',
    ],
    relative: [
      'Anticoagulation or bleeding disorder',
      'Inflammatory bowel disease in a flare',
      'Pregnancy (deep abdominal pressure)',
      'Hepatomegaly, splenomegaly or ascites',
    ],
  },
  evidence: 'traditional',
  evidenceSummary:
    'A systematic review found the diagnostic tests of visceral osteopathy unreliable, and in the least biased efficacy trial no difference for the main outcome. A later meta-analysis concluded that visceral osteopathy showed no benefit for musculoskeletal or non-musculoskeletal conditions, with low to very low certainty evidence. Visceral techniques are therefore presented here as a traditional practice, not an evidence-based treatment.',
  citations: [
    { ref: 'guillaud-visceral-2018' },
    { ref: 'ceballos-laita-visceral-2024' },
    visceralChapter,
    { ref: 'who-osteopathy-benchmarks-2010', locator: 'Safety: contraindications' },
  ],
  variants: [
    {
      id: 'liver-visceral',
      name: 'Liver mobilisation (liver pump)',
      region: { region: 'liver', side: 'midline' },
      patientPosition: 'supine',
      operatorPosition: 'Standing at the patient’s right side.',
      steps: [
        'Patient supine with knees bent to relax the abdomen.',
        'Place one hand under the lower right ribs at the back and the other flat over the lower right rib cage in front.',
        'Palpate in layers toward the liver region and note its movement with breathing.',
        'As the patient breathes out, compress the lower right rib cage gently between your hands; release as the patient breathes in.',
        'Repeat rhythmically for several breaths, or hold the rib cage toward its ease until the tissues soften.',
        'Release slowly and reassess comfort and rib cage motion.',
      ],
      targets: ['liver', 'diaphragm'],
      citations: [
        {
          ref: 'yao-visceral-lecture',
          locator:
            'Transcript 00:00: liver by layer palpation, front–back contact, hold to a change; the pump is our wording',
        },
        visceralChapter,
      ],
    },
    {
      id: 'colon-visceral',
      name: 'Colonic mobilisation',
      region: { region: 'colon', side: 'midline' },
      patientPosition: 'supine',
      operatorPosition: 'Standing at the side of the table.',
      steps: [
        'Patient supine with knees bent.',
        'With the flat finger pads, sink gently through the abdominal wall over the sigmoid colon in the left lower abdomen.',
        'Apply slow kneading or gentle lifting of the bowel segment toward the midline, holding where the tissue feels tense until it softens.',
        'Work back along the course of the colon, over the descending colon, across the transverse colon and down the ascending colon.',
        'Stop at any sharp or guarded pain; reassess tenderness.',
      ],
      targets: ['colon'],
      citations: [
        {
          ref: 'heineman-crout-gi-omt-2014',
          locator:
            'Mesenteric release slide: knees bent, finger pads scoop cecum to sigmoid colon at right angles, breath',
        },
        visceralChapter,
      ],
    },
    {
      id: 'mesenteric-release',
      name: 'Mesenteric release (small-bowel lift)',
      region: { region: 'small-intestine', side: 'midline' },
      patientPosition: 'supine',
      operatorPosition: 'Standing at the side of the table.',
      steps: [
        'Patient supine with knees bent.',
        'Place the finger pads of both hands over the lower abdomen, under the mass of small intestine.',
        'Gently support the bowel mass headward and toward the midline, in the direction of the root of the mesentery (which runs obliquely from the upper left of the lumbar spine to the right sacroiliac region), so that the mesentery is slackened rather than stretched (an indirect approach).',
        'Hold this support without pressing deeply for several breaths, until the tissues soften or the breathing quietens; back off if the patient tenses or holds the breath.',
        'Release slowly and reassess abdominal tenderness.',
      ],
      targets: ['small-intestine', 'colon'],
      citations: [
        {
          ref: 'luchau-mesentery-2015',
          locator:
            'Easing the mesenteric net: support viscera toward the root, slacken, wait, release slowly (side-lying there)',
        },
        {
          ref: 'heineman-crout-gi-omt-2014',
          locator:
            'Mesenteric release slide: supine, knees bent (colon); our supine set-up follows it',
        },
        {
          ref: 'roberts-omm-review-2022',
          locator: 'Overview of OMT modalities (abstract read); family only',
        },
      ],
    },
  ],
};
