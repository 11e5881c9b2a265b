/**
 * A small, self-consistent content set for the domain tests. It is written here (not taken from
 * the bundled content) so the queries are tested on known data while the real content grows.
 * The medical wording is placeholder text: these tests exercise logic, not anatomy.
 */
import {
  contentSetSchema,
  type ContentSet,
  type ContentSetInput,
} from '../../../src/content/schema';

const cite = [{ ref: 'ref-a' }];

const region = (
  id: string,
  name: string,
  paired: boolean,
  group: 'head-neck' | 'trunk' | 'upper-limb' | 'lower-limb' | 'viscera',
  aliases: string[] = [],
) => ({
  id,
  name,
  kind: group === 'viscera' ? ('visceral' as const) : ('surface' as const),
  paired,
  group,
  aliases,
  description: `Fixture region ${name}.`,
});

const muscle = (
  id: string,
  name: string,
  paired: boolean,
  regions: string[],
  aliases: string[] = [],
) => ({
  id,
  name,
  paired,
  regions,
  origin: 'Fixture origin.',
  insertion: 'Fixture insertion.',
  innervation: { nerve: 'Fixture nerve', roots: ['L5'] },
  actions: ['Fixture action'],
  aliases,
  citations: cite,
});

const link = (
  from: [string, 'same' | 'opposite' | 'midline' | 'left' | 'right'],
  to: [string, 'same' | 'opposite' | 'midline' | 'left' | 'right'],
  via: [string, 'same' | 'opposite' | 'midline' | 'left' | 'right'][] = [],
  techniques: string[] = [],
) => ({
  from: { region: from[0], side: from[1] },
  to: { region: to[0], side: to[1] },
  mechanism: 'kinetic-chain' as const,
  via: via.map(([structure, side]) => ({ structure, side })),
  explanation: 'Fixture explanation.',
  evidence: 'limited' as const,
  citations: cite,
  techniques,
});

const variant = (
  id: string,
  name: string,
  regionId: string,
  side: 'same' | 'opposite' | 'midline' | 'left' | 'right',
) => ({
  id,
  name,
  region: { region: regionId, side },
  patientPosition: 'supine' as const,
  operatorPosition: 'Fixture operator position.',
  steps: ['Step one.', 'Step two.'],
  targets: [],
  citations: cite,
});

const technique = (
  id: string,
  family: 'soft-tissue' | 'muscle-energy' | 'counterstrain',
  name: string,
  variants: ReturnType<typeof variant>[],
) => ({
  id,
  family,
  name,
  approach: 'direct' as const,
  activity: 'passive' as const,
  principle: `Fixture principle of ${name}.`,
  generalSteps: ['General one.', 'General two.'],
  parameters: [{ name: 'Hold', value: '90 s', citations: cite }],
  indications: ['Fixture indication'],
  contraindications: { absolute: ['Fracture'], relative: [] },
  evidence: 'limited' as const,
  evidenceSummary: 'Fixture evidence summary.',
  citations: cite,
  variants,
});

const condition = (
  id: string,
  name: string,
  group: string,
  regions: string[],
  aliases: string[] = [],
  chains: string[] = [],
  techniques: string[] = [],
) => ({
  id,
  name,
  aliases,
  group,
  regions,
  chains,
  techniques,
  evidenceSummary: `Fixture evidence for ${name}.`,
  evidence: 'moderate' as const,
  redFlags: [],
  citations: cite,
});

export function fixtureInput(): ContentSetInput {
  return {
    format: 'omt-atlas-content',
    version: 1,
    regions: [
      region('ankle', 'Ankle', true, 'lower-limb'),
      region('knee', 'Knee', true, 'lower-limb'),
      region('hip', 'Hip', true, 'lower-limb'),
      region('thigh', 'Thigh', true, 'lower-limb'),
      region('shoulder', 'Shoulder', true, 'upper-limb'),
      region('elbow', 'Elbow', true, 'upper-limb', ['tennis elbow area', 'golfer elbow area']),
      region('scapula', 'Scapula', true, 'trunk'),
      region('lumbar-spine', 'Lumbar spine', false, 'trunk', ['low back', 'lumbar region']),
      region('cervical-spine', 'Cervical spine', false, 'head-neck', ['neck']),
      region('temple', 'Temple', true, 'head-neck'),
      region('tmj', 'TMJ', true, 'head-neck', ['temporomandibular joint', 'jaw joint']),
      region('gallbladder', 'Gallbladder', false, 'viscera'),
      region('diaphragm', 'Diaphragm', false, 'viscera'),
    ],
    muscles: [
      muscle('gluteus-maximus', 'Gluteus maximus', true, ['hip']),
      muscle('latissimus-dorsi', 'Latissimus dorsi', true, ['scapula', 'lumbar-spine']),
      muscle('thoracolumbar-fascia', 'Thoracolumbar fascia', false, ['lumbar-spine']),
      muscle('fibularis', 'Fibularis longus and brevis', true, ['ankle'], ['peroneals']),
      {
        ...muscle('sternocleidomastoid', 'Sternocleidomastoid', true, ['cervical-spine'], ['SCM']),
        referral: { targets: [{ region: 'temple', side: 'same' as const }], citations: cite },
      },
    ],
    chains: [
      {
        id: 'ankle-knee',
        title: 'Ankle instability to knee',
        summary: 'Fixture: an unstable ankle loads the knee above it.',
        links: [link(['ankle', 'same'], ['knee', 'same'], [['fibularis', 'same']], ['st-ankle'])],
        conditions: [],
        redFlags: [],
      },
      {
        id: 'hip-opposite-shoulder',
        title: 'Hip to opposite shoulder (posterior oblique sling)',
        summary: 'Fixture: gluteus maximus, thoracolumbar fascia and the opposite latissimus.',
        links: [
          link(
            ['hip', 'same'],
            ['lumbar-spine', 'midline'],
            [
              ['gluteus-maximus', 'same'],
              ['thoracolumbar-fascia', 'midline'],
            ],
            ['st-lumbar'],
          ),
          link(
            ['lumbar-spine', 'midline'],
            ['shoulder', 'opposite'],
            [['latissimus-dorsi', 'opposite']],
            ['st-lumbar', 'st-shoulder'],
          ),
        ],
        conditions: ['low-back-pain'],
        redFlags: [],
        tags: ['sling'],
      },
      {
        id: 'gallbladder-shoulder',
        title: 'Gallbladder to right shoulder',
        summary: 'Fixture: gallbladder irritation felt at the right shoulder and scapula.',
        links: [
          link(['gallbladder', 'midline'], ['shoulder', 'right']),
          link(['shoulder', 'right'], ['scapula', 'right']),
        ],
        conditions: [],
        redFlags: ['Fever with jaundice'],
      },
      {
        id: 'diaphragm-shoulder',
        title: 'Diaphragm to shoulder tip',
        summary: 'Fixture: diaphragmatic irritation felt at the shoulder of the same side.',
        links: [link(['diaphragm', 'midline'], ['shoulder', 'same'])],
        conditions: [],
        redFlags: [],
      },
      {
        id: 'lumbar-thigh',
        title: 'Lumbar radicular pain to thigh',
        summary: 'Fixture: a lumbar root refers pain down the thigh.',
        links: [link(['lumbar-spine', 'midline'], ['thigh', 'same'], [], ['me-lumbar'])],
        conditions: ['sciatica'],
        redFlags: ['Saddle anaesthesia'],
      },
      {
        id: 'lumbar-neck',
        title: 'Low back to neck',
        summary: 'Fixture: midline regions joined by sided muscles.',
        links: [
          link(
            ['lumbar-spine', 'midline'],
            ['cervical-spine', 'midline'],
            [['latissimus-dorsi', 'same']],
          ),
        ],
        conditions: [],
        redFlags: [],
      },
    ],
    techniques: [
      technique('soft-tissue', 'soft-tissue', 'Soft tissue', [
        variant('st-lumbar', 'Paraspinal soft tissue, prone', 'lumbar-spine', 'midline'),
        variant('st-shoulder', 'Shoulder soft tissue', 'shoulder', 'same'),
        variant('st-ankle', 'Ankle soft tissue', 'ankle', 'same'),
      ]),
      technique('muscle-energy', 'muscle-energy', 'Muscle energy', [
        variant('me-lumbar', 'Lumbar muscle energy', 'lumbar-spine', 'midline'),
        variant('me-cervical', 'Cervical muscle energy', 'cervical-spine', 'midline'),
      ]),
      technique('counterstrain', 'counterstrain', 'Counterstrain', [
        variant('cs-ankle-left', 'Left ankle counterstrain', 'ankle', 'left'),
      ]),
    ],
    conditions: [
      condition(
        'low-back-pain',
        'Low back pain',
        'Spine',
        ['lumbar-spine'],
        ['LBP', 'lumbago'],
        ['hip-opposite-shoulder'],
      ),
      condition(
        'sciatica',
        'Sciatica',
        'Spine',
        ['lumbar-spine', 'thigh'],
        ['lumbar radicular pain'],
        ['lumbar-thigh'],
        ['st-lumbar'],
      ),
      condition('migraine', 'Migraine', 'Headache', ['temple'], ['sick headache']),
      condition(
        'lateral-epicondylalgia',
        'Lateral epicondylalgia',
        'Upper limb',
        ['elbow'],
        ['tennis elbow'],
      ),
      condition(
        'adhesive-capsulitis',
        'Adhesive capsulitis',
        'Upper limb',
        ['shoulder'],
        ['frozen shoulder'],
        [],
        ['soft-tissue'],
      ),
      condition('tmd', 'Temporomandibular dysfunction', 'Head', ['tmj'], ['TMD', 'jaw pain']),
    ],
    references: [
      {
        id: 'ref-a',
        kind: 'book',
        authors: 'Fixture A',
        title: 'Fixture book',
        year: 2020,
        source: 'Fixture press',
      },
      {
        id: 'ref-b',
        kind: 'article',
        authors: 'Fixture B',
        title: 'Fixture paper',
        year: 2019,
        source: 'Fixture journal',
      },
    ],
  };
}

/** The fixture as the app sees content: parsed, defaults filled. */
export function fixture(): ContentSet {
  return contentSetSchema.parse(fixtureInput());
}
