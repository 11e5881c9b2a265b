import type { TechniqueInput } from './types';

const nkt = { ref: 'weinstock-nkt-2010' };

export const neuromuscularTesting: TechniqueInput = {
  id: 'neuromuscular-testing',
  family: 'neuromuscular-testing',
  name: 'Neuromuscular (NeuroKinetic-style) manual muscle testing',
  approach: 'direct',
  activity: 'active',
  principle:
    'Manual muscle tests are used to look for pairs of muscles in which one tests weak (inhibited) and another, working in its place, is overactive (facilitated). In NeuroKinetic Therapy, developed by David Weinstock, the practitioner releases the overactive muscle and then activates the weak one, following a test–release–retest sequence, on the theory that motor control learns a new pattern after a failed test. The theory is the developer’s own and has not been tested in controlled trials.',
  generalSteps: [
    'Test the suspected inhibited muscle with a standard manual muscle test.',
    'If it gives way, test candidate compensating muscles, or touch them and retest, to find the one that makes the weak muscle test strong.',
    'Release the overactive muscle (soft tissue release or stretch).',
    'Retest the weak muscle; if it now holds, activate it with a few resisted contractions.',
    'Give a home exercise to reinforce the new pattern and reassess at the next visit.',
  ],
  parameters: [
    {
      name: 'Protocol',
      value: 'Test, release the facilitated muscle, retest the inhibited muscle, then activate it',
      citations: [nkt],
    },
    {
      name: 'Interpretation limit',
      value:
        'Muscle testing can grade strength; it is not validated for diagnosing organic disease, and its use to infer hidden dysfunction is unproven',
      citations: [{ ref: 'haas-mmt-ak-2007' }, { ref: 'cuthbert-mmt-2007' }],
    },
  ],
  indications: [
    'Movement compensation patterns after injury (exploratory use)',
    'Choosing which muscle to release or strengthen in a rehabilitation plan',
  ],
  contraindications: {
    absolute: [
      'Acute fracture, tendon rupture or acute muscle tear in the tested region',
      'Unexplained true weakness that needs neurological assessment rather than a muscle-testing protocol',
    ],
    relative: [
      'Pain that prevents a fair test effort',
      'Recent surgery in the tested region',
      'Severe osteoporosis under strong resisted tests',
    ],
  },
  evidence: 'expert-opinion',
  evidenceSummary:
    'Manual muscle testing as a strength grade has some reliability data, summarised in a review by proponents of applied kinesiology; a critique of that review concluded that evidence does not support muscle testing for diagnosing organic disease or hidden conditions. No controlled trials of NeuroKinetic Therapy itself were found; it is presented here as expert opinion from its developer.',
  citations: [nkt, { ref: 'cuthbert-mmt-2007' }, { ref: 'haas-mmt-ak-2007' }],
  variants: [
    {
      id: 'neuromuscular-muscle-testing',
      name: 'Test–release–retest sequence: inhibited gluteus maximus',
      region: { region: 'buttock', side: 'same' },
      patientPosition: 'prone',
      operatorPosition: 'Standing at the side of the table on the tested side.',
      steps: [
        'Patient prone; bend the knee on the tested side to 90° to reduce hamstring help.',
        'Ask the patient to lift the thigh slightly off the table (hip extension) and hold while you press down gradually on the back of the thigh above the knee for a few seconds.',
        'If the muscle gives way, test likely compensating muscles (hamstrings, lumbar erectors) and note which one, when touched or released, makes gluteus maximus test strong.',
        'Release that overactive muscle with soft tissue work or a stretch.',
        'Retest gluteus maximus; if it now holds, activate it with a few resisted hip extensions.',
        'Give a home exercise such as a bridge or prone hip extension and reassess next visit.',
      ],
      targets: ['gluteus-maximus', 'biceps-femoris', 'erector-spinae'],
      citations: [nkt, { ref: 'cuthbert-mmt-2007' }],
    },
  ],
};
