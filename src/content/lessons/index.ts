/**
 * Example lessons shipped with the app, built only from ids of the bundled content. Every user
 * sees them; they cannot be deleted, only duplicated and then edited. The notes are prompts for
 * the lecturer; the evidence and references for each claim are in the chain panels the steps open.
 */
import type { Lesson } from '../../domain/lesson';

export const EXAMPLE_LESSONS: readonly Lesson[] = [
  {
    id: 'example-low-back-pain',
    title: 'Low back pain beyond the lumbar spine',
    description:
      'Four places outside the lumbar spine that are discussed as contributors to low back and leg pain, from the strongest evidence to the weakest.',
    version: 1,
    steps: [
      {
        id: 'condition',
        title: 'Low back pain: where to look',
        notes:
          'Start from the condition page. Ask the class which structures outside the lumbar spine they would examine. Remind them to screen for red flags first.',
        route: { page: { kind: 'condition', condition: 'low-back-pain' }, view: {} },
      },
      {
        id: 'l5-root',
        title: 'L5 nerve root: pain felt in the leg',
        notes:
          'A radicular pattern: the pain is felt along the dermatome, far from where the root is irritated. Point out the evidence badge for each link.',
        route: {
          page: { kind: 'chain', chain: 'l5-radicular', side: 'left', link: 0 },
          view: {},
        },
      },
      {
        id: 'piriformis',
        title: 'Piriformis and the sciatic nerve',
        notes:
          'A proposed entrapment. Stress that no test confirms the syndrome and that a disc is the more common cause of sciatica.',
        route: {
          page: { kind: 'chain', chain: 'piriformis-sciatic-entrapment', side: 'left', link: 0 },
          view: {},
        },
      },
      {
        id: 'hamstrings',
        title: 'Short hamstrings and forward bending',
        notes:
          'A kinetic-chain idea with limited evidence: less pelvic motion, more lumbar motion. Have a volunteer bend forward.',
        route: {
          page: { kind: 'chain', chain: 'tight-hamstrings-to-low-back', side: 'left', link: 0 },
          view: { layers: ['skin', 'muscles'] },
        },
      },
      {
        id: 'colon',
        title: 'Viscera can refer to the back too',
        notes:
          'A viscerosomatic example. Ask what history would make the class think of an organ rather than the spine.',
        route: {
          page: { kind: 'chain', chain: 'colon-to-low-back', side: 'left', link: 0 },
          view: {},
        },
      },
    ],
  },
  {
    id: 'example-headache-from-the-neck',
    title: 'Headache from the neck',
    description:
      'Cervicogenic and myofascial headache: how structures in the upper neck refer pain into the head.',
    version: 1,
    steps: [
      {
        id: 'cervicogenic',
        title: 'Upper cervical joints refer to the head',
        notes:
          'Explain the convergence of the upper cervical nerves with the trigeminal system. Check the evidence badge before discussing treatment.',
        route: {
          page: { kind: 'chain', chain: 'cervicogenic-headache', side: 'left', link: 0 },
          view: {},
        },
      },
      {
        id: 'suboccipital',
        title: 'Suboccipital muscles: back of the head to the temple',
        notes:
          'Trace the band from the back of the head to the temple, then step to the next link (→) to follow it behind the eye.',
        route: {
          page: { kind: 'chain', chain: 'suboccipital-headache', side: 'right', link: 0 },
          view: { layers: ['skin', 'muscles'] },
        },
      },
      {
        id: 'suboccipital-eye',
        title: 'Suboccipital muscles: on to the eye',
        notes: 'Why this pattern is easily mistaken for migraine or eye strain.',
        route: {
          page: { kind: 'chain', chain: 'suboccipital-headache', side: 'right', link: 1 },
          view: { layers: ['skin', 'muscles'] },
        },
      },
      {
        id: 'trapezius',
        title: 'Upper trapezius: the question-mark pattern',
        notes: 'Ask students to palpate each other’s upper trapezius and describe what they feel.',
        route: {
          page: { kind: 'chain', chain: 'upper-trapezius-headache', side: 'right', link: 0 },
          view: {},
        },
      },
      {
        id: 'technique',
        title: 'Technique: suboccipital release',
        notes: 'Show the contraindications first. Then play the technique and pause at each phase.',
        route: {
          page: { kind: 'technique', variant: 'suboccipital-release', side: 'left', t: 0 },
          view: {},
        },
      },
    ],
  },
];
