import type { TechniqueInput } from './types';

export const myofascialRelease: TechniqueInput = {
  id: 'myofascial-release',
  family: 'myofascial-release',
  name: 'Myofascial release (MFR)',
  approach: 'direct-or-indirect',
  activity: 'passive',
  principle:
    'The operator contacts the skin, sinks to the fascial layer and tests which directions the tissue moves easily (ease) or resists (bind). In the direct form the tissue is loaded toward the bind with a low, steady force held over time; in the indirect form it is taken toward ease. The operator waits for the tissue to give (creep, softening, warmth) and follows it to the next barrier or balance point. The rationale rests on the viscoelastic and plastic behaviour of connective tissue.',
  generalSteps: [
    'Palpate the region in layers and compare ease and bind in every direction (up–down, side to side, twisting).',
    'Choose direct (into the bind) or indirect (toward ease) and apply a low, sustained load.',
    'Hold without forcing and wait for the tissue to release.',
    'Follow the release to the next barrier (direct) or balance point (indirect) and hold again.',
    'Stop when no further change occurs; release slowly and reassess.',
  ],
  parameters: [
    {
      name: 'Load',
      value: 'Low load applied over a long duration to the myofascial complex',
      citations: [{ ref: 'ajimsha-mfr-review-2015', locator: 'Introduction' }],
    },
    {
      name: 'Direction',
      value:
        'Direct (toward the restrictive barrier) or indirect (toward ease); both are recognised forms',
      citations: [
        { ref: 'ecop-glossary-2017', locator: 'myofascial technique' },
        {
          ref: 'tozzi-fascial-osteopathy-2012',
          locator: 'Abstract: fascial techniques aim to release tension',
        },
      ],
    },
    {
      name: 'End point',
      value:
        'Hold until palpable release (softening, creep); repeat at the new barrier until no further change',
      citations: [
        {
          ref: 'tozzi-fascial-osteopathy-2012',
          locator: 'Abstract: fascial techniques aim to release tension',
        },
      ],
    },
    {
      name: 'Dose in a trial',
      value: 'Plantar heel pain trial: 12 sessions over 4 weeks',
      citations: [{ ref: 'ajimsha-mfr-heel-2014' }],
    },
  ],
  indications: [
    'Fascial restriction with pain or limited motion',
    'Plantar heel pain',
    'Thoracolumbar and neck myofascial pain',
    'Preparing the thoracic inlet and diaphragm before lymphatic techniques',
  ],
  contraindications: {
    absolute: [
      'Open wound, burn or skin infection at the contact area',
      'Acute fracture or unhealed surgical site in the region',
      'Deep vein thrombosis in the treated limb',
      'Malignancy in the treated region',
    ],
    relative: [
      'Anticoagulation or bleeding disorder (bruising)',
      'Fragile skin, advanced osteoporosis under firm pressure',
      'Acute inflammation or cellulitis nearby',
      'Aortic aneurysm (for deep abdominal or diaphragm work)',
    ],
  },
  evidence: 'limited',
  evidenceSummary:
    'A systematic review of randomised trials found the literature mixed in quality and results but mostly encouraging, especially in more recent trials; conditions and protocols vary widely. One randomised trial in plantar heel pain compared 12 sessions of MFR with sham ultrasound. Overall, effects are plausible but not firmly established.',
  citations: [
    { ref: 'ajimsha-mfr-review-2015' },
    { ref: 'ajimsha-mfr-heel-2014' },
    {
      ref: 'tozzi-fascial-osteopathy-2012',
      locator: 'Abstract: fascial techniques aim to release tension',
    },
    { ref: 'who-osteopathy-benchmarks-2010', locator: 'Contraindications to direct techniques' },
  ],
  variants: [
    {
      id: 'thoracolumbar-myofascial-release',
      name: 'Thoracolumbar myofascial release (prone)',
      region: { region: 'lumbar-spine', side: 'midline' },
      patientPosition: 'prone',
      operatorPosition: 'Standing at the side of the table at the level of the lower back.',
      steps: [
        'Patient prone with a pillow under the abdomen if needed to keep the lumbar spine neutral.',
        'Place one palm flat over the lower thoracic paraspinal region and the other over the lumbosacral region, forearms crossed.',
        'Sink through the skin to the thoracolumbar fascia and test ease and bind (up–down, side to side, clockwise–anticlockwise).',
        'For a direct release, spread the hands apart into the bind with a light, steady load; for an indirect release, take the tissue toward its ease.',
        'Hold without sliding on the skin and wait until the tissue softens and gives.',
        'Follow the give to the next barrier and hold again; stop when no further change occurs, then release slowly.',
        'Reassess tissue texture and trunk motion.',
      ],
      targets: ['thoracolumbar-fascia', 'erector-spinae', 'latissimus-dorsi'],
      citations: [
        {
          ref: 'brandl-tlf-mfr-2021',
          locator: 'Abstract: MFR applied to the thoracolumbar fascia in acute low back pain',
        },
        { ref: 'tozzi-fascial-osteopathy-2012', locator: 'Abstract' },
        { ref: 'ajimsha-mfr-review-2015' },
      ],
    },
    {
      id: 'plantar-fascia-myofascial-release',
      name: 'Plantar fascia myofascial release',
      region: { region: 'sole', side: 'same' },
      patientPosition: 'supine',
      operatorPosition: 'Sitting at the foot of the table facing the sole.',
      steps: [
        'Patient supine with the foot just beyond the end of the table.',
        'With one hand, bring the ankle and toes gently into dorsiflexion to put the plantar fascia under light tension.',
        'With the thumb or flat knuckles of the other hand, sink into the fascia near its origin on the heel.',
        'Glide slowly toward the bases of the toes with firm, sustained pressure; where the tissue resists, stop and hold until it softens.',
        'Repeat passes over the medial, central and lateral parts of the fascia.',
        'Reassess tenderness at the heel and the ease of the first steps.',
      ],
      targets: ['plantar-fascia', 'gastrocnemius', 'soleus'],
      citations: [{ ref: 'ajimsha-mfr-heel-2014' }],
    },
    {
      id: 'thoracic-inlet-myofascial-release',
      name: 'Thoracic inlet myofascial release',
      region: { region: 'anterior-neck', side: 'midline' },
      patientPosition: 'supine',
      operatorPosition: 'Sitting at the head of the table.',
      steps: [
        'Patient supine; slide the hands under the upper shoulders so that the thumbs rest behind, over T1–T2 and the first costovertebral junctions, and the fingers lie in front across the sternoclavicular joints and the first and second ribs.',
        'Assess the inlet as a unit: rotation, side-bending and flexion–extension.',
        'Direct: take all three planes toward the barrier; indirect: take them toward ease, to a point of balance.',
        'Hold (about 20–60 s) until the tissues creep and release, then re-engage the new barrier (or balance point) and hold again.',
        'When motion is symmetrical, release slowly and reassess.',
        'Often done first in a lymphatic sequence so that lymph can drain into the venous system.',
      ],
      targets: ['scalenes', 'trapezius'],
      citations: [
        {
          ref: 'jaoa-omt-protocol-table',
          locator:
            'Thoracic inlet MFR: SC joints/ribs 1–2 and T1–2 contacts, 3 planes, direct/indirect, hold 20–60 s; re-engaging is ours',
        },
        {
          ref: 'franzini-lymphatic-pump-2018',
          locator: 'Open the thoracic inlet before pumping (the sequence in step 6)',
        },
        { ref: 'adams-pedal-pump-2023', locator: 'Thoracic inlet release before pedal pump' },
      ],
    },
    {
      id: 'diaphragm-release',
      name: 'Thoracoabdominal diaphragm release (doming)',
      region: { region: 'diaphragm', side: 'midline' },
      patientPosition: 'supine',
      operatorPosition: 'Standing at the side of the table, facing the patient’s head.',
      steps: [
        'Patient supine with knees bent to relax the abdominal wall.',
        'Place the thumbs just below the lower costal margins on both sides of the xiphoid, the hands spread over the lower ribs.',
        'As the patient breathes out, follow the ribs down and let the thumbs sink gently under the costal margin toward the back and head.',
        'As the patient breathes in, hold your ground and resist the thumbs being pushed out.',
        'Repeat over several breaths, taking up the slack on each exhalation.',
        'Release slowly during an inhalation and reassess rib excursion and breathing.',
      ],
      targets: ['diaphragm'],
      citations: [
        {
          ref: 'osmosis-visceral-techniques',
          locator:
            'Diaphragm release row: fingers under costal margins, indirect, breathing (seated; our supine set-up differs)',
        },
        {
          ref: 'tozzi-fascial-osteopathy-2012',
          locator: 'Abstract; principle only; steps are standard teaching in our words',
        },
        {
          ref: 'chila-foundations-2010',
          locator: 'Standard text, additional citation (chapter not read)',
        },
      ],
    },
  ],
};
