import type { TechniqueInput } from './types';

/** Open-access review whose introduction describes the CV4 hold (contact, extension, still point). */
const ocfChapter = { ref: 'zurowska-cv4-2017', locator: 'Introduction: CV4 procedure' };

export const cranial: TechniqueInput = {
  id: 'cranial',
  family: 'cranial',
  name: 'Osteopathy in the cranial field (cranial / craniosacral technique)',
  approach: 'indirect',
  activity: 'passive',
  principle:
    'Built on W. G. Sutherland’s model of a “primary respiratory mechanism”: an inherent rhythmic motion said to involve the brain and spinal cord, cerebrospinal fluid, the dural membranes, the cranial bones and the sacrum. With a very light touch the practitioner follows this palpated rhythm and uses positions such as the compression of the fourth ventricle (CV4) to reach a pause, the “still point”. The model itself, including measurable movement of the cranial bones, is contested, and the palpatory findings have poor reliability.',
  generalSteps: [
    'Screen for head injury, intracranial pathology and other contraindications.',
    'Rest the hands lightly on the cranium or occiput and palpate the rhythm said to be present.',
    'Follow the motion and, in CV4, favour the extension phase while resisting flexion.',
    'Wait for the still point and hold lightly until the rhythm returns.',
    'Remove the hands slowly and reassess.',
  ],
  parameters: [
    {
      name: 'CV4 end point',
      value:
        'Occiput held toward extension until a still point (a pause of the palpated rhythm); the hold ends when the rhythm resumes',
      citations: [ocfChapter],
    },
    {
      name: 'CV4 contact',
      value: 'Thenar eminences under the occipital squama, medial to the occipitomastoid sutures',
      citations: [ocfChapter],
    },
    {
      name: 'Session length in trials',
      value: 'About 10 min per CV4 session in several of the controlled studies reviewed',
      citations: [{ ref: 'zurowska-cv4-2017', locator: 'Table 2' }],
    },
  ],
  indications: [
    'Tension-type headache (studied with CV4)',
    'Used traditionally for stress, sleep and autonomic complaints (weak evidence)',
  ],
  contraindications: {
    absolute: [
      'Acute intracranial haemorrhage or suspected bleed',
      'Raised intracranial pressure or acute hydrocephalus',
      'Acute skull fracture or acute/subacute closed head injury',
      'Known cerebral aneurysm or arteriovenous malformation',
    ],
    relative: [
      'Seizure disorder',
      'Recent concussion or head trauma now stable',
      'Uncontrolled glaucoma or recent eye surgery (lens implant)',
      'Delaying medical assessment of new neurological symptoms',
    ],
  },
  evidence: 'limited',
  evidenceSummary:
    'A systematic review found that diagnosis in cranial osteopathy is unreliable and that efficacy studies are few, weak and inconsistent. A review of CV4 found only six studies, five of them in healthy adults, with small physiological changes (for example in sleep latency or EEG) and one trial in tension-type headache; clinical benefit remains unproven.',
  citations: [
    { ref: 'guillaud-cranial-2016' },
    { ref: 'zurowska-cv4-2017' },
    ocfChapter,
    { ref: 'who-osteopathy-benchmarks-2010', locator: 'Safety: contraindications' },
  ],
  variants: [
    {
      id: 'cv4',
      name: 'Compression of the fourth ventricle (CV4)',
      region: { region: 'occiput', side: 'midline' },
      patientPosition: 'supine',
      operatorPosition: 'Sitting at the head of the table with the forearms resting on the table.',
      steps: [
        'Patient supine and relaxed; place one hand in the other, palms up, with the thenar eminences side by side.',
        'Slide the hands under the head so the thenar eminences rest on the occipital squama, medial to the occipitomastoid sutures, below the external occipital protuberance.',
        'Let the weight of the head rest on the thenar eminences; sense the palpated rhythm of the occiput.',
        'Follow the occiput gently into its extension phase and resist its return into flexion, so the palpated motion becomes smaller with each cycle.',
        'When a still point is reached, keep the contact light and wait; do not force.',
        'When the rhythm resumes (often with softening and warmth of the tissues), allow gentle motion for a few cycles.',
        'Withdraw the hands slowly and reassess the patient.',
      ],
      targets: ['occiput', 'cranium'],
      citations: [ocfChapter, { ref: 'zurowska-cv4-2017', locator: 'Table 2: session lengths' }],
    },
  ],
};
