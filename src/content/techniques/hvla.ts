import type { TechniqueInput } from './types';

export const hvla: TechniqueInput = {
  id: 'hvla',
  family: 'hvla',
  name: 'High-velocity, low-amplitude thrust (HVLA)',
  approach: 'direct',
  activity: 'passive',
  principle:
    'The operator locks the spine or joint around the restricted segment, takes up all the slack until the restrictive barrier is reached, and then delivers one very quick thrust over a very short distance through that barrier, staying inside the anatomical range of the joint. The aim is to restore motion at the segment; current explanations favour a reflex, nervous-system effect on the surrounding muscles over the older idea of putting a bone back in place.',
  generalSteps: [
    'Make a specific diagnosis of the restricted segment and screen for contraindications and red flags before touching the patient; obtain informed consent.',
    'Position the patient so that the segments above and below are locked and the forces meet at the target segment.',
    'Take up the slack in every plane until the restrictive barrier is engaged; the patient should stay relaxed.',
    'Ask the patient to breathe out; at the end of exhalation give one short, fast thrust toward the barrier.',
    'Return the patient to neutral and retest the segment; do not repeat the thrust if the first attempt fails and the patient guards.',
  ],
  parameters: [
    {
      name: 'Thrust',
      value:
        'One rapid force of brief duration that travels a short distance, applied at the restrictive barrier and within the anatomical range of motion',
      citations: [
        { ref: 'elder-cervical-hvla-2022', locator: 'Introduction' },
        { ref: 'ecop-glossary-2017', locator: 'thrust technique' },
      ],
    },
    {
      name: 'Set-up before the thrust',
      value:
        'The dysfunctional segment is positioned at its restrictive barrier in one or more planes of motion before the thrust, so that the force is localised there',
      citations: [
        {
          ref: 'hammell-thoracic-hvla-2022',
          locator: 'Introduction: barrier engaged in one or more planes of motion',
        },
      ],
    },
    {
      name: 'Proposed mechanism',
      value:
        'Evidence points to a neuromuscular, partly central effect (reflex change in muscle tone and pain processing) rather than a purely articular one',
      citations: [{ ref: 'hennenhoefer-hvla-mechanism-2019' }],
    },
  ],
  indications: [
    'Restricted spinal segment (somatic dysfunction) confirmed on examination',
    'Acute or chronic non-specific low back pain',
    'Mechanical neck pain with segmental restriction',
    'Thoracic pain with segmental restriction',
  ],
  contraindications: {
    absolute: [
      'No diagnosis of the segment, or no informed consent',
      'Acute fracture or any bone weakened at the site (metastasis, osteomyelitis, bone tuberculosis)',
      'Severe osteoporosis',
      'Suspected cervical artery dissection or vertebrobasilar insufficiency',
      'Atlantoaxial or other joint instability (e.g. rheumatoid arthritis, Down syndrome, known congenital malformation)',
      'Acute cauda equina syndrome, myelopathy or progressive neurological deficit',
      'Bleeding disorder or anticoagulation without a recent check of its level',
      'Aortic aneurysm',
      'Malignancy at the treated site',
    ],
    relative: [
      'Osteopenia or long-term corticosteroid use',
      'Disc herniation with radicular signs but no progression',
      'Inflammatory arthritis outside an acute flare',
      'Spondylolisthesis or ligamentous laxity / hypermobility',
      'Previous adverse reaction to manipulation',
      'Pregnancy (use positions that avoid the abdomen)',
      'Patient unable to relax into the set-up',
    ],
  },
  evidence: 'moderate',
  evidenceSummary:
    'For chronic low back pain, a meta-analysis of 47 randomised trials found moderate-quality evidence that spinal manipulation has effects similar to other recommended therapies; serious adverse events were rare. Osteopathic manipulative treatment as a whole (usually including thrust) reduced pain and improved function in acute and chronic non-specific low back pain in a meta-analysis rated moderate quality, and the AOA guideline recommends it when somatic dysfunction is present. Minor reactions (local soreness, stiffness, headache) are common and generally benign. Serious events after neck manipulation are rare; a population study found that the association between manipulation visits and vertebrobasilar stroke was matched by visits to primary care physicians, suggesting patients with an early dissection seek care for neck pain. Case reviews suggest many reported serious events followed manipulation despite warning signs, so screening matters.',
  citations: [
    { ref: 'rubinstein-smt-clbp-2019' },
    { ref: 'franke-omt-lbp-2014' },
    { ref: 'aoa-lbp-guideline-2016' },
    { ref: 'licciardone-osteopathic-trial-2013' },
    { ref: 'swait-spinal-risk-2017' },
    { ref: 'cassidy-vba-stroke-2008' },
    { ref: 'puentedura-csm-safety-2012' },
    { ref: 'who-osteopathy-benchmarks-2010', locator: 'Contraindications to direct techniques' },
    { ref: 'elder-cervical-hvla-2022' },
  ],
  variants: [
    {
      id: 'lumbar-roll-hvla',
      name: 'Lumbar roll (side-lying lumbar HVLA)',
      region: { region: 'lumbar-spine', side: 'midline' },
      patientPosition: 'side-lying-left',
      operatorPosition:
        'Standing in front of the patient at waist level, facing the patient (shown with the patient on the left side; mirror for the other side).',
      steps: [
        'Patient lies on the side with the lower leg straight; flex the upper hip and knee and hook the upper foot behind the knee of the lower leg.',
        'With the finger pads between the spinous processes, flex or extend the lower spine until movement is first felt at the target segment.',
        'Draw the patient’s lower arm gently forward so that the upper trunk rotates back down to the segment above the target, locking the spine from above.',
        'Place the cephalad forearm on the front of the patient’s shoulder and the caudad forearm over the buttock just behind the greater trochanter.',
        'Roll the pelvis toward you and the shoulder away until the rotational slack is gone and tension gathers at the segment (the barrier).',
        'Ask the patient to breathe out; at end-exhalation give one quick, short thrust with the caudad forearm, rotating the pelvis forward and slightly down toward the floor.',
        'Return the patient to neutral on the back and retest segmental motion.',
      ],
      targets: ['lumbar-spine', 'multifidus', 'erector-spinae'],
      citations: [
        {
          ref: 'statpearls-hvla-lumbar-2023',
          locator: 'Introduction and technique overview (set-up and thrust)',
        },
        {
          ref: 'chila-foundations-2010',
          locator: 'Standard text, additional citation (chapter not read)',
        },
      ],
    },
    {
      id: 'supine-thoracic-hvla',
      name: 'Supine thoracic HVLA (“Kirksville crunch”)',
      region: { region: 'thoracic-spine', side: 'midline' },
      patientPosition: 'supine',
      operatorPosition: 'Standing at the side of the table, level with the patient’s chest.',
      steps: [
        'Patient lies supine and crosses the arms over the chest, holding the opposite shoulders so that the elbows stack into a V.',
        'Roll the patient toward you and place your thrusting hand under the back, the thenar eminence and flexed fingers forming a fulcrum under the transverse processes of the lower vertebra of the restricted segment.',
        'Roll the patient back onto the hand and place your chest or upper abdomen over the patient’s crossed elbows.',
        'With the free hand under the head and neck, flex the upper trunk down to the segment until tension gathers over your fulcrum; add side-bending or rotation if the diagnosis needs it.',
        'Ask the patient to breathe in and then out fully; at end-exhalation give a short, quick thrust down through the elbows toward the fulcrum.',
        'Lower the patient back to neutral and retest the segment.',
      ],
      targets: ['thoracic-spine', 'erector-spinae', 'rhomboids'],
      citations: [
        {
          ref: 'hammell-thoracic-hvla-2022',
          locator: 'Introduction: “Kirksville crunch” is the most commonly taught thoracic HVLA',
        },
        {
          ref: 'chila-foundations-2010',
          locator: 'Standard text, additional citation (chapter not read)',
        },
      ],
    },
    {
      id: 'cervical-hvla',
      name: 'Cervical rotational HVLA (typical cervical segment)',
      region: { region: 'cervical-spine', side: 'midline' },
      patientPosition: 'supine',
      operatorPosition: 'Standing or sitting at the head of the table.',
      steps: [
        'Screen for cervical arterial and upper cervical instability warning signs (dizziness, diplopia, drop attacks, new severe headache) before starting.',
        'Patient supine with the head near the end of the table; cradle the head with one hand.',
        'Place the metacarpophalangeal joint of the index finger of the thrusting hand against the posterolateral articular pillar of the restricted segment.',
        'Localise to the segment with slight flexion or extension, side-bend toward the contact to lock the segments above, then rotate the head away until the rotational barrier is felt; keep rotation moderate.',
        'Hold the pre-thrust position for a moment and watch for nystagmus, nausea or dizziness; stop if any appear.',
        'At the end of exhalation give one quick, short-arc rotational thrust through the contact toward the barrier.',
        'Return the head to neutral and retest motion.',
      ],
      targets: ['cervical-spine', 'splenius-capitis'],
      citations: [
        { ref: 'elder-cervical-hvla-2022', locator: 'Technique or treatment' },
        { ref: 'puentedura-csm-safety-2012' },
      ],
    },
  ],
};
