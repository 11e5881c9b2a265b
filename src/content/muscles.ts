/**
 * Muscles and fasciae the body model draws (one entry per base id of `MUSCLE_PAIRING`): where they
 * lie, what they attach to, their nerve supply, what they do and, where the trigger-point
 * literature describes one, the regions their trigger points refer pain to.
 *
 * Referral targets name sides relative to the muscle (`same`, `opposite`) or `midline` for midline
 * regions. Referral maps come from clinical observation collected in the Trigger Point Manual; the
 * international consensus accepts referred pain as a trigger-point feature but notes that the area
 * varies from person to person, so these maps describe typical patterns, not rules.
 */
import type { z } from 'zod';
import type { citationSchema, muscleSchema } from './schema';

type MuscleInput = z.input<typeof muscleSchema>;
type CitationInput = z.input<typeof citationSchema>;

/** Spinal nerve roots in craniocaudal order, so a range can be written as its two ends. */
const ROOTS = [
  ...['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'],
  ...['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'],
  ...['L1', 'L2', 'L3', 'L4', 'L5'],
  ...['S1', 'S2', 'S3', 'S4', 'S5'],
] as const;
type Root = (typeof ROOTS)[number];

/** Every root from `from` to `to`, both included: `span('C5', 'T1')` → C5, C6, C7, C8, T1. */
function span(from: Root, to: Root): string[] {
  return ROOTS.slice(ROOTS.indexOf(from), ROOTS.indexOf(to) + 1);
}

/**
 * Muscles supplied only by a cranial nerve have no spinal root; they list the cranial nerve here.
 * (The schema's root pattern accepts spinal roots only — see the report on the content issue.)
 */
const TRIGEMINAL = 'CN V';

/** Standard texts, cited by chapter; neither book was read for this project (docs/REFERENCES.md). */
const gray = (locator: string): CitationInput => ({
  ref: 'standring-grays-2020',
  locator: `Standard text (not read): ${locator}`,
});
const ts = (chapter: string): CitationInput => ({
  ref: 'travell-simons-2019',
  locator: `Standard text (not read): ${chapter} chapter`,
});
const CONSENSUS: CitationInput = {
  ref: 'fernandez-de-las-penas-2018-trp-consensus',
  locator: 'Referred pain as a diagnostic criterion; its area varies between people',
};
/**
 * How well a referral pattern is supported: expert opinion. The maps come from clinical
 * observation in the Trigger Point Manual, and the 2018 Delphi consensus accepts referred pain as
 * a diagnostic criterion while expecting its area to vary between people, so a pattern is an
 * experts' summary, not a measured territory.
 */
const REFERRAL_EVIDENCE = 'expert-opinion' as const;
/** Citations of a referral pattern: the Trigger Point Manual chapter plus the consensus caveat. */
const referralCites = (chapter: string, ...more: CitationInput[]): CitationInput[] => [
  ts(chapter),
  CONSENSUS,
  ...more,
];

const HEAD_NECK = 'Head and neck section';
const BACK = 'Back section';
const UPPER_LIMB = 'Pectoral girdle and upper limb section';
const THORAX = 'Thorax section';
const ABDOMEN = 'Abdomen and pelvis section';
const LOWER_LIMB = 'Pelvic girdle and lower limb section';

export const muscles: MuscleInput[] = [
  // ------------------------------------------------------------------------------------------
  // Head and neck
  {
    id: 'temporalis',
    name: 'Temporalis',
    paired: true,
    regions: ['temple'],
    origin: 'Floor of the temporal fossa and the deep surface of the temporal fascia.',
    insertion: 'Coronoid process and front edge of the ramus of the mandible.',
    innervation: {
      nerve: 'Deep temporal nerves of the mandibular division of the trigeminal nerve (CN V3)',
      roots: [TRIGEMINAL],
    },
    actions: ['Elevates the mandible (closes the jaw)', 'Posterior fibres retract the mandible'],
    aliases: ['temporal muscle', 'jaw muscles', 'muscles of mastication'],
    referral: {
      targets: [
        { region: 'temple', side: 'same' },
        { region: 'orbit', side: 'same' },
        { region: 'face', side: 'midline' },
        { region: 'tmj', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Temporalis'),
    },
    citations: [gray(HEAD_NECK)],
  },
  {
    id: 'masseter',
    name: 'Masseter',
    paired: true,
    regions: ['face', 'tmj'],
    origin:
      'Lower border and inner surface of the zygomatic arch, with the zygomatic process of the maxilla.',
    insertion: 'Outer surface of the ramus and angle of the mandible.',
    innervation: {
      nerve: 'Masseteric nerve of the mandibular division of the trigeminal nerve (CN V3)',
      roots: [TRIGEMINAL],
    },
    actions: [
      'Elevates the mandible (closes the jaw)',
      'Superficial fibres help protrude the mandible',
    ],
    aliases: ['jaw muscles', 'muscles of mastication'],
    referral: {
      targets: [
        { region: 'face', side: 'midline' },
        { region: 'orbit', side: 'same' },
        { region: 'tmj', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Masseter'),
    },
    citations: [gray(HEAD_NECK)],
  },
  {
    id: 'lateral-pterygoid',
    name: 'Lateral pterygoid',
    paired: true,
    regions: ['tmj', 'face'],
    origin:
      'Upper head: infratemporal surface of the greater wing of the sphenoid; lower head: outer face of the lateral pterygoid plate.',
    insertion:
      'Pterygoid fovea on the neck of the mandible, and the disc and capsule of the jaw joint.',
    innervation: {
      nerve:
        'Nerve to lateral pterygoid, from the mandibular division of the trigeminal nerve (CN V3)',
      roots: [TRIGEMINAL],
    },
    actions: [
      'Protrudes the mandible and opens the jaw (both sides)',
      'Swings the jaw to the opposite side (one side)',
    ],
    aliases: ['external pterygoid', 'jaw muscles', 'muscles of mastication'],
    referral: {
      targets: [
        { region: 'tmj', side: 'same' },
        { region: 'face', side: 'midline' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Lateral pterygoid'),
    },
    citations: [gray(HEAD_NECK)],
  },
  {
    id: 'sternocleidomastoid',
    name: 'Sternocleidomastoid',
    paired: true,
    regions: ['anterior-neck'],
    origin:
      'Sternal head: front of the manubrium; clavicular head: upper surface of the inner third of the clavicle.',
    insertion:
      'Outer surface of the mastoid process and the lateral half of the superior nuchal line.',
    innervation: {
      nerve: 'Spinal accessory nerve (CN XI), motor; ventral rami of C2–C3 carry proprioception',
      roots: ['C2', 'C3'],
    },
    actions: [
      'Tilts the head to the same side and turns the face to the opposite side (one side)',
      'Flexes the neck and helps lift the sternum in forced breathing (both sides)',
    ],
    aliases: ['SCM', 'sternomastoid', 'neck muscles'],
    referral: {
      // Sternal division: vertex, occiput, cheek, over the eye, throat, sternum. Clavicular
      // division: forehead (both sides when severe) and the ear area, drawn here as the
      // preauricular (tmj) region because the body has no separate ear region.
      targets: [
        { region: 'cranium', side: 'midline' },
        { region: 'occiput', side: 'midline' },
        { region: 'face', side: 'midline' },
        { region: 'orbit', side: 'same' },
        { region: 'anterior-neck', side: 'midline' },
        { region: 'sternum', side: 'midline' },
        { region: 'forehead', side: 'midline' },
        { region: 'tmj', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Sternocleidomastoid'),
    },
    citations: [gray(HEAD_NECK)],
  },
  {
    id: 'scalenes',
    name: 'Scalene muscles',
    paired: true,
    regions: ['anterior-neck'],
    origin: 'Transverse processes of the cervical vertebrae, from C2 down to C7.',
    insertion:
      'Anterior and middle scalenes: upper surface of the first rib; posterior scalene: outer surface of the second rib.',
    innervation: {
      nerve:
        'Ventral rami of the cervical spinal nerves (anterior C4–C6, middle C3–C8, posterior C6–C8)',
      roots: span('C3', 'C8'),
    },
    actions: [
      'Raise the first and second ribs in deep or laboured breathing',
      'Bend the neck to the same side (one side)',
    ],
    aliases: ['scalenes', 'scaleni', 'anterior scalene', 'middle scalene', 'posterior scalene'],
    referral: {
      targets: [
        { region: 'chest', side: 'same' },
        { region: 'scapula', side: 'same' },
        { region: 'upper-arm', side: 'same' },
        { region: 'forearm', side: 'same' },
        { region: 'hand', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Scalene muscles'),
    },
    citations: [gray(HEAD_NECK)],
  },
  {
    id: 'suboccipitals',
    name: 'Suboccipital muscles',
    paired: true,
    regions: ['occiput', 'cervical-spine'],
    origin:
      'Spinous process of the axis (C2) and the posterior arch and transverse process of the atlas (C1).',
    insertion:
      'Occipital bone at and below the inferior nuchal line, and the transverse process of the atlas.',
    innervation: { nerve: 'Suboccipital nerve (dorsal ramus of C1)', roots: ['C1'] },
    actions: [
      'Extend the head on the upper neck',
      'Turn and tilt the head to the same side',
      'Fine postural control of the head',
    ],
    aliases: [
      'suboccipital triangle',
      'rectus capitis posterior major',
      'rectus capitis posterior minor',
      'obliquus capitis superior',
      'obliquus capitis inferior',
    ],
    referral: {
      targets: [
        { region: 'occiput', side: 'midline' },
        { region: 'temple', side: 'same' },
        { region: 'orbit', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Suboccipital muscles'),
    },
    citations: [gray(BACK)],
  },
  {
    id: 'splenius-capitis',
    name: 'Splenius capitis',
    paired: true,
    regions: ['cervical-spine'],
    origin: 'Lower half of the nuchal ligament and the spinous processes of C7 to T3.',
    insertion: 'Mastoid process and the lateral third of the superior nuchal line.',
    innervation: {
      nerve: 'Lateral branches of the dorsal rami of the middle cervical spinal nerves',
      roots: ['C3', 'C4'],
    },
    actions: [
      'Extends the head and neck (both sides)',
      'Turns the head to the same side (one side)',
    ],
    aliases: ['splenius'],
    referral: {
      targets: [{ region: 'cranium', side: 'midline' }],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Splenius capitis and cervicis'),
    },
    citations: [gray(BACK)],
  },
  {
    id: 'levator-scapulae',
    name: 'Levator scapulae',
    paired: true,
    regions: ['cervical-spine', 'scapula'],
    origin: 'Transverse processes of C1–C2 and posterior tubercles of C3–C4.',
    insertion: 'Medial border of the scapula, from the superior angle to the root of the spine.',
    innervation: {
      nerve: 'Ventral rami of C3–C4 (cervical plexus) and the dorsal scapular nerve (C5)',
      roots: ['C3', 'C4', 'C5'],
    },
    actions: [
      'Elevates the scapula and rotates it so the glenoid turns downwards',
      'Bends and turns the neck to the same side when the scapula is fixed',
    ],
    aliases: ['levator', 'shoulder shrug muscle'],
    referral: {
      targets: [
        { region: 'cervical-spine', side: 'midline' },
        { region: 'scapula', side: 'same' },
        { region: 'shoulder', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Levator scapulae'),
    },
    citations: [gray(BACK)],
  },
  {
    id: 'trapezius',
    name: 'Trapezius',
    paired: true,
    regions: ['occiput', 'cervical-spine', 'thoracic-spine', 'scapula', 'shoulder'],
    origin:
      'External occipital protuberance, medial superior nuchal line, nuchal ligament and spinous processes of C7 to T12.',
    insertion: 'Outer third of the clavicle, the acromion and the spine of the scapula.',
    innervation: {
      nerve:
        'Spinal accessory nerve (CN XI), motor; C3–C4 ventral rami via the cervical plexus, mainly sensory and proprioceptive',
      roots: ['C3', 'C4'],
    },
    actions: [
      'Upper fibres elevate the scapula and, with the lower fibres, rotate it upwards',
      'Middle fibres retract the scapula',
      'Lower fibres depress the scapula',
      'Extends and side-bends the head and neck',
    ],
    aliases: ['traps', 'upper trapezius', 'middle trapezius', 'lower trapezius', 'upper traps'],
    referral: {
      targets: [
        { region: 'temple', side: 'same' },
        { region: 'occiput', side: 'midline' },
        { region: 'cervical-spine', side: 'midline' },
        { region: 'orbit', side: 'same' },
        { region: 'face', side: 'midline' },
        { region: 'scapula', side: 'same' },
        { region: 'shoulder', side: 'same' },
        { region: 'thoracic-spine', side: 'midline' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Trapezius'),
    },
    citations: [gray(BACK), { ref: 'pu-2008-trapezius-innervation' }],
  },
  // ------------------------------------------------------------------------------------------
  // Back
  {
    id: 'rhomboids',
    name: 'Rhomboid major and minor',
    paired: true,
    regions: ['thoracic-spine', 'scapula'],
    origin: 'Lower nuchal ligament and the spinous processes of C7 to T5.',
    insertion:
      'Medial border of the scapula, from the root of the spine down to the inferior angle.',
    innervation: { nerve: 'Dorsal scapular nerve', roots: ['C4', 'C5'] },
    actions: ['Retract the scapula', 'Rotate the scapula so the glenoid turns downwards'],
    aliases: ['rhomboids', 'rhomboid major', 'rhomboid minor'],
    referral: {
      targets: [{ region: 'scapula', side: 'same' }],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Rhomboid'),
    },
    citations: [gray(BACK)],
  },
  {
    id: 'latissimus-dorsi',
    name: 'Latissimus dorsi',
    paired: true,
    regions: ['thoracic-spine', 'lumbar-spine', 'flank'],
    origin:
      'Spinous processes of T7 to T12, the thoracolumbar fascia, the posterior iliac crest and the lowest three or four ribs.',
    insertion: 'Floor of the intertubercular (bicipital) groove of the humerus.',
    innervation: { nerve: 'Thoracodorsal nerve', roots: ['C6', 'C7', 'C8'] },
    actions: [
      'Extends, adducts and medially rotates the arm',
      'Pulls the trunk up towards the fixed arm (climbing)',
    ],
    aliases: ['lats', 'lat'],
    referral: {
      targets: [
        { region: 'scapula', side: 'same' },
        { region: 'shoulder', side: 'same' },
        { region: 'upper-arm', side: 'same' },
        { region: 'forearm', side: 'same' },
        { region: 'hand', side: 'same' },
        { region: 'flank', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Latissimus dorsi'),
    },
    citations: [gray(BACK)],
  },
  {
    id: 'erector-spinae',
    name: 'Erector spinae',
    paired: true,
    regions: ['thoracic-spine', 'lumbar-spine', 'sacrum'],
    origin:
      'A broad tendon from the back of the sacrum, the posterior iliac crest and the lumbar and lower thoracic spinous processes.',
    insertion:
      'Angles of the ribs (iliocostalis), thoracic and cervical transverse processes and the mastoid (longissimus), spinous processes (spinalis).',
    innervation: {
      nerve: 'Lateral and intermediate branches of the dorsal rami, level by level along the spine',
      roots: span('C1', 'L5'),
    },
    actions: [
      'Extends the spine and holds it upright (both sides)',
      'Bends the trunk to the same side (one side)',
      'Controls forward bending eccentrically',
    ],
    aliases: [
      'paraspinals',
      'paraspinal muscles',
      'sacrospinalis',
      'iliocostalis',
      'longissimus',
      'spinalis',
      'back extensors',
    ],
    referral: {
      targets: [
        { region: 'scapula', side: 'same' },
        { region: 'thoracic-spine', side: 'midline' },
        { region: 'lumbar-spine', side: 'midline' },
        { region: 'buttock', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Thoracolumbar paraspinal muscles'),
    },
    citations: [gray(BACK), { ref: 'bogduk-1982-lumbar-dorsal-rami' }],
  },
  {
    id: 'multifidus',
    name: 'Multifidus',
    paired: true,
    regions: ['cervical-spine', 'thoracic-spine', 'lumbar-spine', 'sacrum'],
    origin:
      'Back of the sacrum and the posterior superior iliac spine, lumbar mamillary processes, thoracic transverse processes and articular processes of C4–C7.',
    insertion: 'Spinous processes two to four levels higher, from L5 up to the axis (C2).',
    innervation: {
      nerve:
        'Medial branches of the dorsal rami; each lumbar fascicle is supplied by the nerve of its own segment',
      roots: span('C3', 'S3'),
    },
    actions: [
      'Stabilises and extends the spine segment by segment',
      'Helps rotate the spine to the opposite side',
    ],
    aliases: ['multifidi', 'transversospinalis', 'deep back muscles', 'core muscles'],
    referral: {
      targets: [
        { region: 'lumbar-spine', side: 'midline' },
        { region: 'sacrum', side: 'midline' },
        { region: 'thoracic-spine', side: 'midline' },
        { region: 'cervical-spine', side: 'midline' },
        { region: 'occiput', side: 'midline' },
        { region: 'scapula', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Thoracolumbar paraspinal and posterior cervical muscles'),
    },
    citations: [gray(BACK), { ref: 'bogduk-1982-lumbar-dorsal-rami' }],
  },
  {
    id: 'quadratus-lumborum',
    name: 'Quadratus lumborum',
    paired: true,
    regions: ['lumbar-spine', 'flank'],
    origin: 'Iliolumbar ligament and the adjoining posterior part of the iliac crest.',
    insertion:
      'Inner half of the lower border of the 12th rib and the transverse processes of L1–L4.',
    innervation: { nerve: 'Ventral rami of T12 and L1–L4', roots: span('T12', 'L4') },
    actions: [
      'Bends the lumbar spine to the same side and hitches the hip (one side)',
      'Extends and stabilises the lumbar spine (both sides)',
      'Fixes the 12th rib during forced breathing',
    ],
    aliases: ['QL', 'quadratus'],
    referral: {
      targets: [
        { region: 'sacrum', side: 'midline' },
        { region: 'buttock', side: 'same' },
        { region: 'hip', side: 'same' },
        { region: 'iliac-fossa', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Quadratus lumborum'),
    },
    citations: [gray(BACK)],
  },
  {
    id: 'thoracolumbar-fascia',
    name: 'Thoracolumbar fascia',
    paired: false,
    regions: ['thoracic-spine', 'lumbar-spine', 'sacrum'],
    origin:
      'Medially: thoracic, lumbar and sacral spinous processes and supraspinous ligaments (posterior layer) and lumbar transverse processes (middle and anterior layers).',
    insertion:
      'Laterally: the aponeuroses of transversus abdominis and internal oblique at the lateral raphe; below: posterior iliac crest and sacrum.',
    innervation: {
      nerve:
        'No nerve of its own; the region is supplied by the dorsal rami of the lumbar (and lower thoracic) spinal nerves, whose branches pierce it and end in it as free nerve endings',
      roots: span('L1', 'L5'),
    },
    actions: [
      'Transmits tension between latissimus dorsi, gluteus maximus and the deep abdominal wall',
      'Encloses the back muscles and helps stabilise the lumbar spine and sacroiliac joints',
    ],
    aliases: ['lumbodorsal fascia', 'TLF', 'thoracodorsal fascia', 'lumbar fascia'],
    citations: [
      gray(BACK),
      { ref: 'wilke-2017-lumbodorsal-fascia' },
      { ref: 'mense-2019-tlf-innervation' },
    ],
  },
  {
    id: 'serratus-anterior',
    name: 'Serratus anterior',
    paired: true,
    regions: ['chest', 'scapula'],
    origin: 'Outer surfaces of the upper eight or nine ribs.',
    insertion:
      'Costal (front) surface of the medial border of the scapula, most fibres at the inferior angle.',
    innervation: { nerve: 'Long thoracic nerve', roots: ['C5', 'C6', 'C7'] },
    actions: [
      'Protracts the scapula and holds it against the chest wall',
      'Rotates the scapula upwards when the arm is raised overhead',
    ],
    aliases: ["boxer's muscle", 'serratus'],
    referral: {
      targets: [
        { region: 'chest', side: 'same' },
        { region: 'scapula', side: 'same' },
        { region: 'upper-arm', side: 'same' },
        { region: 'forearm', side: 'same' },
        { region: 'hand', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Serratus anterior'),
    },
    citations: [gray(UPPER_LIMB)],
  },
  // ------------------------------------------------------------------------------------------
  // Trunk, anterior
  {
    id: 'diaphragm',
    name: 'Diaphragm',
    paired: false,
    regions: ['diaphragm'],
    origin:
      'Back of the xiphoid process, inner surfaces of the lower six costal cartilages and ribs, the arcuate ligaments and, by its crura, the upper lumbar vertebral bodies.',
    insertion: 'Central tendon.',
    innervation: {
      nerve:
        'Phrenic nerves (motor and central sensation); lower intercostal nerves carry sensation from the rim',
      roots: ['C3', 'C4', 'C5'],
    },
    actions: [
      'Main muscle of inspiration: descends and enlarges the thorax',
      'Raises abdominal pressure',
    ],
    aliases: ['thoracic diaphragm', 'breathing muscle'],
    citations: [gray(THORAX)],
  },
  {
    id: 'pectoralis-major',
    name: 'Pectoralis major',
    paired: true,
    regions: ['chest', 'sternum', 'shoulder'],
    origin:
      'Inner half of the clavicle, front of the sternum, the upper six costal cartilages and the external oblique aponeurosis.',
    insertion: 'Lateral lip of the intertubercular groove of the humerus.',
    innervation: { nerve: 'Lateral and medial pectoral nerves', roots: span('C5', 'T1') },
    actions: [
      'Adducts and medially rotates the arm',
      'Clavicular head flexes the arm; sternocostal head extends it from flexion',
    ],
    aliases: ['pecs', 'pec major', 'chest muscle'],
    referral: {
      targets: [
        { region: 'chest', side: 'same' },
        { region: 'sternum', side: 'midline' },
        { region: 'shoulder', side: 'same' },
        { region: 'upper-arm', side: 'same' },
        { region: 'elbow', side: 'same' },
        { region: 'forearm', side: 'same' },
        { region: 'hand', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Pectoralis major'),
    },
    citations: [gray(UPPER_LIMB)],
  },
  {
    id: 'pectoralis-minor',
    name: 'Pectoralis minor',
    paired: true,
    regions: ['chest'],
    origin: 'Outer surfaces of the third to fifth ribs near their costal cartilages.',
    insertion: 'Medial border and upper surface of the coracoid process.',
    innervation: {
      nerve: 'Medial pectoral nerve, often joined by a branch of the lateral pectoral nerve',
      roots: ['C8', 'T1'],
    },
    actions: [
      'Draws the scapula forwards and downwards',
      'Helps raise the ribs in forced inspiration when the scapula is fixed',
    ],
    aliases: ['pec minor'],
    referral: {
      targets: [
        { region: 'shoulder', side: 'same' },
        { region: 'chest', side: 'same' },
        { region: 'upper-arm', side: 'same' },
        { region: 'elbow', side: 'same' },
        { region: 'forearm', side: 'same' },
        { region: 'hand', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Pectoralis minor'),
    },
    citations: [gray(UPPER_LIMB)],
  },
  {
    id: 'rectus-abdominis',
    name: 'Rectus abdominis',
    paired: true,
    regions: ['epigastrium', 'umbilical', 'hypogastrium'],
    origin: 'Pubic crest and pubic symphysis.',
    insertion: 'Xiphoid process and the fifth to seventh costal cartilages.',
    innervation: {
      nerve: 'Thoracoabdominal (lower intercostal) nerves and the subcostal nerve',
      roots: span('T7', 'T12'),
    },
    actions: ['Flexes the trunk', 'Raises abdominal pressure', 'Tilts the pelvis backwards'],
    aliases: ['abs', 'six-pack', 'abdominals'],
    referral: {
      targets: [
        { region: 'thoracic-spine', side: 'midline' },
        { region: 'epigastrium', side: 'midline' },
        { region: 'lumbar-spine', side: 'midline' },
        { region: 'sacrum', side: 'midline' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Abdominal muscles'),
    },
    citations: [gray(ABDOMEN)],
  },
  {
    id: 'external-oblique',
    name: 'External oblique',
    paired: true,
    regions: ['flank', 'hypochondrium', 'iliac-fossa'],
    origin: 'Outer surfaces of the lower eight ribs (5th to 12th).',
    insertion:
      'Linea alba through its aponeurosis, the pubic tubercle and the front half of the iliac crest.',
    innervation: {
      nerve: 'Thoracoabdominal (lower intercostal) nerves and the subcostal nerve',
      roots: span('T7', 'T12'),
    },
    actions: [
      'Flexes the trunk and turns it to the opposite side',
      'Bends the trunk to the same side',
      'Compresses the abdomen',
    ],
    aliases: ['obliques', 'external abdominal oblique'],
    referral: {
      targets: [
        { region: 'epigastrium', side: 'midline' },
        { region: 'groin', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Abdominal muscles'),
    },
    citations: [gray(ABDOMEN)],
  },
  {
    id: 'internal-oblique',
    name: 'Internal oblique',
    paired: true,
    regions: ['flank', 'iliac-fossa'],
    origin:
      'Thoracolumbar fascia, the front two-thirds of the iliac crest and the outer part of the inguinal ligament.',
    insertion:
      'Lower borders of the 10th to 12th ribs, the linea alba, and the pubic crest through the conjoint tendon.',
    innervation: {
      nerve: 'Thoracoabdominal nerves, subcostal nerve, iliohypogastric and ilioinguinal nerves',
      roots: span('T7', 'L1'),
    },
    actions: [
      'Flexes the trunk and turns it to the same side',
      'Compresses the abdomen',
      'Helps stabilise the lumbar spine through the thoracolumbar fascia',
    ],
    aliases: ['obliques', 'internal abdominal oblique', 'core muscles'],
    referral: {
      targets: [{ region: 'groin', side: 'same' }],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Abdominal muscles'),
    },
    citations: [gray(ABDOMEN)],
  },
  {
    id: 'transversus-abdominis',
    name: 'Transversus abdominis',
    paired: true,
    regions: ['flank', 'umbilical', 'iliac-fossa'],
    origin:
      'Inner surfaces of the lower six costal cartilages, the thoracolumbar fascia, the iliac crest and the outer part of the inguinal ligament.',
    insertion: 'Linea alba, and the pubic crest and pectineal line through the conjoint tendon.',
    innervation: {
      nerve: 'Thoracoabdominal nerves, subcostal nerve, iliohypogastric and ilioinguinal nerves',
      roots: span('T7', 'L1'),
    },
    actions: [
      'Compresses the abdomen and raises intra-abdominal pressure',
      'Tensions the thoracolumbar fascia to stabilise the lumbar spine',
    ],
    aliases: ['TrA', 'transverse abdominis', 'transverse abdominal', 'core muscles'],
    referral: {
      targets: [
        { region: 'epigastrium', side: 'midline' },
        { region: 'hypochondrium', side: 'same' },
        { region: 'hypochondrium', side: 'opposite' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Abdominal muscles'),
    },
    citations: [gray(ABDOMEN)],
  },
  {
    id: 'iliopsoas',
    name: 'Iliopsoas',
    paired: true,
    regions: ['lumbar-spine', 'iliac-fossa', 'groin'],
    origin:
      'Psoas major: bodies, discs and transverse processes of T12 to L5; iliacus: iliac fossa, inner iliac crest and the ala of the sacrum.',
    insertion: 'Lesser trochanter of the femur.',
    innervation: {
      nerve: 'Ventral rami of L1–L3 (psoas major) and the femoral nerve (iliacus)',
      roots: ['L1', 'L2', 'L3'],
    },
    actions: [
      'Flexes the hip',
      'Flexes the trunk on the thigh (sitting up from lying)',
      'Psoas helps stabilise and side-bend the lumbar spine',
    ],
    aliases: ['hip flexors', 'psoas', 'psoas major', 'iliacus'],
    referral: {
      targets: [
        { region: 'lumbar-spine', side: 'midline' },
        { region: 'sacrum', side: 'midline' },
        { region: 'buttock', side: 'same' },
        { region: 'groin', side: 'same' },
        { region: 'thigh', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Iliopsoas'),
    },
    citations: [gray(LOWER_LIMB)],
  },
  // ------------------------------------------------------------------------------------------
  // Shoulder and arm
  {
    id: 'deltoid',
    name: 'Deltoid',
    paired: true,
    regions: ['shoulder'],
    origin: 'Outer third of the clavicle, the acromion and the spine of the scapula.',
    insertion: 'Deltoid tuberosity on the lateral shaft of the humerus.',
    innervation: { nerve: 'Axillary nerve', roots: ['C5', 'C6'] },
    actions: [
      'Abducts the arm (middle fibres)',
      'Flexes and medially rotates the arm (front fibres)',
      'Extends and laterally rotates the arm (back fibres)',
    ],
    aliases: ['delts', 'deltoids', 'shoulder muscle'],
    referral: {
      targets: [
        { region: 'shoulder', side: 'same' },
        { region: 'upper-arm', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Deltoid'),
    },
    citations: [gray(UPPER_LIMB)],
  },
  {
    id: 'supraspinatus',
    name: 'Supraspinatus',
    paired: true,
    regions: ['scapula', 'shoulder'],
    origin: 'Supraspinous fossa of the scapula.',
    insertion: 'Upper facet of the greater tubercle of the humerus.',
    innervation: { nerve: 'Suprascapular nerve', roots: ['C5', 'C6'] },
    actions: ['Starts abduction of the arm', 'Holds the humeral head in the glenoid'],
    aliases: ['rotator cuff', 'supra'],
    referral: {
      targets: [
        { region: 'shoulder', side: 'same' },
        { region: 'upper-arm', side: 'same' },
        { region: 'elbow', side: 'same' },
        { region: 'forearm', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Supraspinatus'),
    },
    citations: [gray(UPPER_LIMB)],
  },
  {
    id: 'infraspinatus',
    name: 'Infraspinatus',
    paired: true,
    regions: ['scapula'],
    origin: 'Infraspinous fossa of the scapula.',
    insertion: 'Middle facet of the greater tubercle of the humerus.',
    innervation: { nerve: 'Suprascapular nerve', roots: ['C5', 'C6'] },
    actions: ['Laterally rotates the arm', 'Holds the humeral head in the glenoid'],
    aliases: ['rotator cuff', 'infra'],
    referral: {
      targets: [
        { region: 'shoulder', side: 'same' },
        { region: 'upper-arm', side: 'same' },
        { region: 'forearm', side: 'same' },
        { region: 'hand', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Infraspinatus'),
    },
    citations: [gray(UPPER_LIMB)],
  },
  {
    id: 'teres-minor',
    name: 'Teres minor',
    paired: true,
    regions: ['scapula'],
    origin: 'Upper two-thirds of the dorsal surface of the lateral border of the scapula.',
    insertion: 'Lower facet of the greater tubercle of the humerus.',
    innervation: { nerve: 'Axillary nerve', roots: ['C5', 'C6'] },
    actions: ['Laterally rotates the arm', 'Holds the humeral head in the glenoid'],
    aliases: ['rotator cuff'],
    referral: {
      targets: [
        { region: 'shoulder', side: 'same' },
        { region: 'upper-arm', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Teres minor'),
    },
    citations: [gray(UPPER_LIMB)],
  },
  {
    id: 'teres-major',
    name: 'Teres major',
    paired: true,
    regions: ['scapula'],
    origin: 'Dorsal surface of the scapula near the inferior angle.',
    insertion: 'Medial lip of the intertubercular groove of the humerus.',
    innervation: { nerve: 'Lower subscapular nerve', roots: ['C5', 'C6'] },
    actions: ['Extends, adducts and medially rotates the arm'],
    aliases: [],
    referral: {
      targets: [
        { region: 'shoulder', side: 'same' },
        { region: 'upper-arm', side: 'same' },
        { region: 'forearm', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Teres major'),
    },
    citations: [gray(UPPER_LIMB)],
  },
  {
    id: 'subscapularis',
    name: 'Subscapularis',
    paired: true,
    regions: ['scapula'],
    origin: 'Subscapular fossa on the front (costal) surface of the scapula.',
    insertion: 'Lesser tubercle of the humerus and the front of the shoulder joint capsule.',
    innervation: { nerve: 'Upper and lower subscapular nerves', roots: ['C5', 'C6'] },
    actions: ['Medially rotates the arm', 'Holds the humeral head in the glenoid'],
    aliases: ['rotator cuff', 'subscap'],
    referral: {
      targets: [
        { region: 'shoulder', side: 'same' },
        { region: 'scapula', side: 'same' },
        { region: 'upper-arm', side: 'same' },
        { region: 'wrist', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Subscapularis'),
    },
    citations: [gray(UPPER_LIMB)],
  },
  {
    id: 'biceps-brachii',
    name: 'Biceps brachii',
    paired: true,
    regions: ['upper-arm'],
    origin:
      'Short head: tip of the coracoid process; long head: supraglenoid tubercle of the scapula.',
    insertion: 'Radial tuberosity, and the forearm fascia through the bicipital aponeurosis.',
    innervation: { nerve: 'Musculocutaneous nerve', roots: ['C5', 'C6'] },
    actions: ['Supinates the forearm', 'Flexes the elbow', 'Helps flex the shoulder'],
    aliases: ['biceps'],
    referral: {
      targets: [
        { region: 'shoulder', side: 'same' },
        { region: 'upper-arm', side: 'same' },
        { region: 'elbow', side: 'same' },
        { region: 'scapula', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Biceps brachii'),
    },
    citations: [gray(UPPER_LIMB)],
  },
  {
    id: 'triceps-brachii',
    name: 'Triceps brachii',
    paired: true,
    regions: ['upper-arm'],
    origin:
      'Long head: infraglenoid tubercle; lateral and medial heads: back of the humerus above and below the radial groove.',
    insertion: 'Olecranon of the ulna.',
    innervation: { nerve: 'Radial nerve', roots: ['C6', 'C7', 'C8'] },
    actions: ['Extends the elbow', 'Long head helps extend and adduct the arm'],
    aliases: ['triceps'],
    referral: {
      targets: [
        { region: 'shoulder', side: 'same' },
        { region: 'upper-arm', side: 'same' },
        { region: 'elbow', side: 'same' },
        { region: 'forearm', side: 'same' },
        { region: 'hand', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Triceps brachii'),
    },
    citations: [gray(UPPER_LIMB)],
  },
  {
    id: 'brachioradialis',
    name: 'Brachioradialis',
    paired: true,
    regions: ['forearm', 'elbow'],
    origin: 'Upper two-thirds of the lateral supracondylar ridge of the humerus.',
    insertion: 'Lateral surface of the distal radius just above the styloid process.',
    innervation: { nerve: 'Radial nerve', roots: ['C5', 'C6'] },
    actions: [
      'Flexes the elbow, most strongly with the forearm midway between pronation and supination',
    ],
    aliases: [],
    referral: {
      targets: [
        { region: 'elbow', side: 'same' },
        { region: 'forearm', side: 'same' },
        { region: 'wrist', side: 'same' },
        { region: 'hand', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Hand and finger extensors and brachioradialis'),
    },
    citations: [gray(UPPER_LIMB)],
  },
  {
    id: 'wrist-flexors',
    name: 'Wrist flexors',
    paired: true,
    regions: ['forearm'],
    origin:
      'Medial epicondyle of the humerus through the common flexor tendon (flexor carpi ulnaris also from the olecranon and back of the ulna).',
    insertion:
      'Bases of the 2nd–3rd metacarpals (flexor carpi radialis), pisiform, hamate and 5th metacarpal (flexor carpi ulnaris), palmar aponeurosis (palmaris longus).',
    innervation: {
      nerve:
        'Median nerve (flexor carpi radialis, palmaris longus) and ulnar nerve (flexor carpi ulnaris)',
      roots: span('C6', 'T1'),
    },
    actions: ['Flex the wrist', 'Radial and ulnar deviation of the wrist'],
    aliases: [
      'forearm flexors',
      'flexor carpi radialis',
      'flexor carpi ulnaris',
      'palmaris longus',
      'common flexor origin',
    ],
    referral: {
      targets: [
        { region: 'forearm', side: 'same' },
        { region: 'wrist', side: 'same' },
        { region: 'hand', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Hand and finger flexors in the forearm'),
    },
    citations: [gray(UPPER_LIMB)],
  },
  {
    id: 'wrist-extensors',
    name: 'Wrist extensors',
    paired: true,
    regions: ['forearm'],
    origin:
      'Lateral supracondylar ridge (extensor carpi radialis longus) and lateral epicondyle through the common extensor tendon (brevis and ulnaris).',
    insertion:
      'Dorsal bases of the 2nd (radialis longus), 3rd (radialis brevis) and 5th (ulnaris) metacarpals.',
    innervation: {
      nerve: 'Radial nerve and its deep branch (posterior interosseous nerve)',
      roots: ['C6', 'C7', 'C8'],
    },
    actions: [
      'Extend the wrist',
      'Radial and ulnar deviation of the wrist',
      'Stabilise the wrist during gripping',
    ],
    aliases: [
      'forearm extensors',
      'extensor carpi radialis longus',
      'extensor carpi radialis brevis',
      'extensor carpi ulnaris',
      'common extensor origin',
    ],
    referral: {
      targets: [
        { region: 'elbow', side: 'same' },
        { region: 'forearm', side: 'same' },
        { region: 'wrist', side: 'same' },
        { region: 'hand', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Hand and finger extensors and brachioradialis'),
    },
    citations: [gray(UPPER_LIMB)],
  },
  // ------------------------------------------------------------------------------------------
  // Hip and thigh
  {
    id: 'gluteus-maximus',
    name: 'Gluteus maximus',
    paired: true,
    regions: ['buttock'],
    origin:
      'Ilium behind the posterior gluteal line, the back of the sacrum and coccyx, the sacrotuberous ligament and the thoracolumbar fascia.',
    insertion: 'Iliotibial tract (most fibres) and the gluteal tuberosity of the femur.',
    innervation: { nerve: 'Inferior gluteal nerve', roots: ['L5', 'S1', 'S2'] },
    actions: [
      'Extends the hip, powerfully when rising from sitting or climbing',
      'Laterally rotates the hip',
      'Steadies the knee through the iliotibial tract',
    ],
    aliases: ['glutes', 'glute max', 'buttock muscle'],
    referral: {
      targets: [
        { region: 'buttock', side: 'same' },
        { region: 'sacrum', side: 'midline' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Gluteus maximus'),
    },
    citations: [gray(LOWER_LIMB)],
  },
  {
    id: 'gluteus-medius',
    name: 'Gluteus medius',
    paired: true,
    regions: ['buttock', 'hip'],
    origin: 'Outer surface of the ilium between the anterior and posterior gluteal lines.',
    insertion: 'Lateral facet of the greater trochanter.',
    innervation: { nerve: 'Superior gluteal nerve', roots: ['L4', 'L5', 'S1'] },
    actions: [
      'Abducts the hip',
      'Keeps the pelvis level when standing on one leg',
      'Front fibres rotate the hip medially',
    ],
    aliases: ['glutes', 'glute med', 'hip abductors'],
    referral: {
      targets: [
        { region: 'lumbar-spine', side: 'midline' },
        { region: 'sacrum', side: 'midline' },
        { region: 'buttock', side: 'same' },
        { region: 'hip', side: 'same' },
        { region: 'thigh', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Gluteus medius'),
    },
    citations: [gray(LOWER_LIMB)],
  },
  {
    id: 'gluteus-minimus',
    name: 'Gluteus minimus',
    paired: true,
    regions: ['buttock', 'hip'],
    origin: 'Outer surface of the ilium between the anterior and inferior gluteal lines.',
    insertion: 'Anterior facet of the greater trochanter.',
    innervation: { nerve: 'Superior gluteal nerve', roots: ['L4', 'L5', 'S1'] },
    actions: [
      'Abducts and medially rotates the hip',
      'Keeps the pelvis level when standing on one leg',
    ],
    aliases: ['glutes', 'glute min', 'hip abductors'],
    referral: {
      // Anterior fibres: lateral buttock, thigh and knee, down the lateral leg to the ankle.
      // Posterior fibres: buttock, back of the thigh and calf.
      targets: [
        { region: 'buttock', side: 'same' },
        { region: 'thigh', side: 'same' },
        { region: 'posterior-thigh', side: 'same' },
        { region: 'knee', side: 'same' },
        { region: 'calf', side: 'same' },
        { region: 'ankle', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Gluteus minimus'),
    },
    citations: [gray(LOWER_LIMB)],
  },
  {
    id: 'piriformis',
    name: 'Piriformis',
    paired: true,
    regions: ['buttock'],
    origin:
      'Pelvic surface of the sacrum around the 2nd to 4th anterior sacral foramina, and the edge of the greater sciatic notch.',
    insertion: 'Upper border of the greater trochanter.',
    innervation: { nerve: 'Nerve to piriformis (sacral plexus)', roots: ['S1', 'S2'] },
    actions: [
      'Laterally rotates the extended hip',
      'Abducts the flexed hip',
      'Steadies the femoral head in the acetabulum',
    ],
    aliases: ['deep hip rotators', 'deep six'],
    referral: {
      targets: [
        { region: 'sacrum', side: 'midline' },
        { region: 'buttock', side: 'same' },
        { region: 'hip', side: 'same' },
        { region: 'posterior-thigh', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Piriformis'),
    },
    citations: [gray(LOWER_LIMB)],
  },
  {
    id: 'tensor-fasciae-latae',
    name: 'Tensor fasciae latae',
    paired: true,
    regions: ['hip', 'thigh'],
    origin: 'Anterior superior iliac spine and the front of the outer lip of the iliac crest.',
    insertion: 'Iliotibial tract, in the upper third of the thigh.',
    innervation: { nerve: 'Superior gluteal nerve', roots: ['L4', 'L5', 'S1'] },
    actions: ['Flexes, abducts and medially rotates the hip', 'Tensions the iliotibial tract'],
    aliases: ['TFL', 'tensor fascia lata', 'tensor fasciae lata'],
    referral: {
      targets: [
        { region: 'hip', side: 'same' },
        { region: 'thigh', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Tensor fasciae latae'),
    },
    citations: [gray(LOWER_LIMB)],
  },
  {
    id: 'iliotibial-band',
    name: 'Iliotibial band',
    paired: true,
    regions: ['hip', 'thigh', 'knee'],
    origin:
      'Tubercle of the iliac crest, receiving the tendons of tensor fasciae latae and gluteus maximus.',
    insertion:
      'Anterolateral tibial (Gerdy’s) tubercle, with fibres to the lateral femoral condyle and patella.',
    innervation: {
      nerve:
        'No nerve of its own; the skin and fascia of the lateral thigh over it are supplied by the lateral femoral cutaneous nerve',
      roots: ['L2', 'L3'],
    },
    actions: [
      'Transmits the pull of gluteus maximus and tensor fasciae latae to the lateral knee',
      'Steadies the hip and knee laterally in standing and gait',
    ],
    aliases: ['IT band', 'ITB', 'iliotibial tract', 'fascia lata'],
    citations: [gray(LOWER_LIMB)],
  },
  {
    id: 'adductors',
    name: 'Hip adductors',
    paired: true,
    regions: ['thigh', 'groin'],
    origin:
      'Body and inferior ramus of the pubis, the ischial ramus and the ischial tuberosity (adductor magnus).',
    insertion:
      'Linea aspera along the back of the femur, and the adductor tubercle (adductor magnus).',
    innervation: {
      nerve:
        'Obturator nerve; the hamstring part of adductor magnus by the tibial part of the sciatic nerve',
      roots: ['L2', 'L3', 'L4'],
    },
    actions: [
      'Adduct the thigh',
      'Help flex or extend the hip depending on its position',
      'Stabilise the pelvis in gait',
    ],
    aliases: [
      'adductor longus',
      'adductor brevis',
      'adductor magnus',
      'groin muscles',
      'inner thigh',
    ],
    referral: {
      targets: [
        { region: 'groin', side: 'same' },
        { region: 'thigh', side: 'same' },
        { region: 'knee', side: 'same' },
        { region: 'shin', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Adductor longus, brevis and magnus'),
    },
    citations: [gray(LOWER_LIMB)],
  },
  {
    id: 'sartorius',
    name: 'Sartorius',
    paired: true,
    regions: ['thigh'],
    origin: 'Anterior superior iliac spine.',
    insertion: 'Upper medial surface of the tibia (pes anserinus).',
    innervation: { nerve: 'Femoral nerve', roots: ['L2', 'L3'] },
    actions: ['Flexes, abducts and laterally rotates the hip', 'Flexes the knee'],
    aliases: ["tailor's muscle", 'pes anserinus'],
    referral: {
      targets: [
        { region: 'thigh', side: 'same' },
        { region: 'knee', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Sartorius'),
    },
    citations: [gray(LOWER_LIMB)],
  },
  {
    id: 'rectus-femoris',
    name: 'Rectus femoris',
    paired: true,
    regions: ['thigh'],
    origin: 'Anterior inferior iliac spine and the ilium just above the acetabulum.',
    insertion: 'Base of the patella through the quadriceps tendon, then the tibial tuberosity.',
    innervation: { nerve: 'Femoral nerve', roots: ['L2', 'L3', 'L4'] },
    actions: ['Extends the knee', 'Flexes the hip'],
    aliases: ['quadriceps', 'quads'],
    referral: {
      targets: [
        { region: 'knee', side: 'same' },
        { region: 'thigh', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Quadriceps femoris'),
    },
    citations: [gray(LOWER_LIMB)],
  },
  {
    id: 'vastus-lateralis',
    name: 'Vastus lateralis',
    paired: true,
    regions: ['thigh'],
    origin:
      'Greater trochanter, upper intertrochanteric line, gluteal tuberosity and lateral lip of the linea aspera.',
    insertion:
      'Lateral border of the patella and the quadriceps tendon, then the tibial tuberosity.',
    innervation: { nerve: 'Femoral nerve', roots: ['L2', 'L3', 'L4'] },
    actions: ['Extends the knee'],
    aliases: ['quadriceps', 'quads', 'VL'],
    referral: {
      targets: [
        { region: 'thigh', side: 'same' },
        { region: 'knee', side: 'same' },
        { region: 'hip', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Quadriceps femoris'),
    },
    citations: [gray(LOWER_LIMB)],
  },
  {
    id: 'vastus-medialis',
    name: 'Vastus medialis',
    paired: true,
    regions: ['thigh', 'knee'],
    origin:
      'Lower intertrochanteric line, spiral line, medial lip of the linea aspera and medial supracondylar line.',
    insertion:
      'Medial border of the patella and the quadriceps tendon, then the tibial tuberosity.',
    innervation: { nerve: 'Femoral nerve', roots: ['L2', 'L3', 'L4'] },
    actions: ['Extends the knee', 'Lowest (oblique) fibres steady the patella medially'],
    aliases: ['quadriceps', 'quads', 'VMO', 'vastus medialis oblique'],
    referral: {
      targets: [
        { region: 'knee', side: 'same' },
        { region: 'thigh', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Quadriceps femoris'),
    },
    citations: [gray(LOWER_LIMB)],
  },
  {
    id: 'vastus-intermedius',
    name: 'Vastus intermedius',
    paired: true,
    regions: ['thigh'],
    origin: 'Front and lateral surfaces of the upper two-thirds of the femoral shaft.',
    insertion:
      'Deep surface of the quadriceps tendon and base of the patella, then the tibial tuberosity.',
    innervation: { nerve: 'Femoral nerve', roots: ['L2', 'L3', 'L4'] },
    actions: ['Extends the knee'],
    aliases: ['quadriceps', 'quads'],
    referral: {
      targets: [{ region: 'thigh', side: 'same' }],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Quadriceps femoris'),
    },
    citations: [gray(LOWER_LIMB)],
  },
  {
    id: 'biceps-femoris',
    name: 'Biceps femoris',
    paired: true,
    regions: ['posterior-thigh'],
    origin:
      'Long head: ischial tuberosity; short head: lateral lip of the linea aspera and lateral supracondylar line.',
    insertion: 'Head of the fibula.',
    innervation: {
      nerve: 'Sciatic nerve: tibial part (long head) and common fibular part (short head)',
      roots: ['L5', 'S1', 'S2'],
    },
    actions: ['Flexes the knee and rotates the flexed knee laterally', 'Long head extends the hip'],
    aliases: ['hamstrings', 'lateral hamstring'],
    referral: {
      targets: [
        { region: 'knee', side: 'same' },
        { region: 'posterior-thigh', side: 'same' },
        { region: 'calf', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Hamstring muscles'),
    },
    citations: [gray(LOWER_LIMB)],
  },
  {
    id: 'semitendinosus',
    name: 'Semitendinosus',
    paired: true,
    regions: ['posterior-thigh'],
    origin: 'Ischial tuberosity, sharing a tendon with the long head of biceps femoris.',
    insertion: 'Upper medial surface of the tibia (pes anserinus).',
    innervation: { nerve: 'Tibial part of the sciatic nerve', roots: ['L5', 'S1', 'S2'] },
    actions: ['Flexes the knee and rotates the flexed knee medially', 'Extends the hip'],
    aliases: ['hamstrings', 'medial hamstrings'],
    referral: {
      targets: [
        { region: 'buttock', side: 'same' },
        { region: 'posterior-thigh', side: 'same' },
        { region: 'knee', side: 'same' },
        { region: 'calf', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Hamstring muscles'),
    },
    citations: [gray(LOWER_LIMB)],
  },
  {
    id: 'semimembranosus',
    name: 'Semimembranosus',
    paired: true,
    regions: ['posterior-thigh'],
    origin: 'Upper outer impression on the ischial tuberosity.',
    insertion: 'Posterior surface of the medial tibial condyle.',
    innervation: { nerve: 'Tibial part of the sciatic nerve', roots: ['L5', 'S1', 'S2'] },
    actions: ['Flexes the knee and rotates the flexed knee medially', 'Extends the hip'],
    aliases: ['hamstrings', 'medial hamstrings'],
    referral: {
      targets: [
        { region: 'buttock', side: 'same' },
        { region: 'posterior-thigh', side: 'same' },
        { region: 'knee', side: 'same' },
        { region: 'calf', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Hamstring muscles'),
    },
    citations: [gray(LOWER_LIMB)],
  },
  // ------------------------------------------------------------------------------------------
  // Leg and foot
  {
    id: 'gastrocnemius',
    name: 'Gastrocnemius',
    paired: true,
    regions: ['calf', 'knee'],
    origin:
      'Medial head: femur above the medial condyle; lateral head: outer surface of the lateral femoral condyle.',
    insertion: 'Back of the calcaneus through the calcaneal (Achilles) tendon.',
    innervation: { nerve: 'Tibial nerve', roots: ['S1', 'S2'] },
    actions: ['Plantarflexes the ankle', 'Flexes the knee'],
    aliases: ['calf', 'calf muscle', 'gastroc', 'triceps surae'],
    referral: {
      targets: [
        { region: 'sole', side: 'same' },
        { region: 'calf', side: 'same' },
        { region: 'knee', side: 'same' },
        { region: 'ankle', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Gastrocnemius'),
    },
    citations: [gray(LOWER_LIMB)],
  },
  {
    id: 'soleus',
    name: 'Soleus',
    paired: true,
    regions: ['calf'],
    origin:
      'Back of the fibular head and upper fibula, the soleal line of the tibia and a tendinous arch between them.',
    insertion: 'Back of the calcaneus through the calcaneal (Achilles) tendon.',
    innervation: { nerve: 'Tibial nerve', roots: ['S1', 'S2'] },
    actions: [
      'Plantarflexes the ankle',
      'Keeps the body from falling forwards in standing',
      'Pumps venous blood from the leg',
    ],
    aliases: ['calf', 'triceps surae', 'deep calf'],
    referral: {
      targets: [
        { region: 'sole', side: 'same' },
        { region: 'ankle', side: 'same' },
        { region: 'calf', side: 'same' },
        { region: 'sacrum', side: 'midline' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Soleus and plantaris', {
        ref: 'mense-2008-muscle-pain',
        locator: 'Figure 3: soleus trigger point referring to the sacroiliac joint',
      }),
    },
    citations: [gray(LOWER_LIMB)],
  },
  {
    id: 'tibialis-anterior',
    name: 'Tibialis anterior',
    paired: true,
    regions: ['shin'],
    origin:
      'Lateral condyle and upper lateral surface of the tibia, and the interosseous membrane.',
    insertion:
      'Medial and plantar surfaces of the medial cuneiform and the base of the first metatarsal.',
    innervation: { nerve: 'Deep fibular (peroneal) nerve', roots: ['L4', 'L5'] },
    actions: ['Dorsiflexes the ankle', 'Inverts the foot', 'Supports the medial arch'],
    aliases: ['tib ant', 'shin muscle', 'anterior tibialis'],
    referral: {
      targets: [
        { region: 'ankle', side: 'same' },
        { region: 'foot', side: 'same' },
        { region: 'shin', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Tibialis anterior'),
    },
    citations: [gray(LOWER_LIMB)],
  },
  {
    id: 'tibialis-posterior',
    name: 'Tibialis posterior',
    paired: true,
    regions: ['calf'],
    origin: 'Back of the interosseous membrane and the adjoining surfaces of the tibia and fibula.',
    insertion:
      'Tuberosity of the navicular, with slips to the cuneiforms, cuboid and bases of the 2nd–4th metatarsals.',
    innervation: { nerve: 'Tibial nerve', roots: ['L4', 'L5'] },
    actions: [
      'Inverts the foot',
      'Plantarflexes the ankle',
      'Supports the medial longitudinal arch',
    ],
    aliases: ['tib post', 'posterior tibialis'],
    referral: {
      targets: [
        { region: 'calf', side: 'same' },
        { region: 'ankle', side: 'same' },
        { region: 'sole', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Tibialis posterior'),
    },
    citations: [gray(LOWER_LIMB)],
  },
  {
    id: 'fibularis',
    name: 'Fibularis longus and brevis',
    paired: true,
    regions: ['shin', 'ankle'],
    origin:
      'Longus: head and upper two-thirds of the lateral fibula; brevis: lower two-thirds of the lateral fibula.',
    insertion:
      'Longus: base of the first metatarsal and medial cuneiform (under the foot); brevis: tuberosity of the 5th metatarsal.',
    innervation: { nerve: 'Superficial fibular (peroneal) nerve', roots: ['L5', 'S1'] },
    actions: [
      'Evert the foot',
      'Help plantarflex the ankle',
      'Longus supports the arches of the foot',
    ],
    aliases: [
      'peroneals',
      'peroneus longus',
      'peroneus brevis',
      'fibularis longus',
      'fibularis brevis',
    ],
    referral: {
      targets: [
        { region: 'ankle', side: 'same' },
        { region: 'foot', side: 'same' },
      ],
      evidence: REFERRAL_EVIDENCE,
      citations: referralCites('Fibularis (peroneal) muscles'),
    },
    citations: [gray(LOWER_LIMB)],
  },
  {
    id: 'plantar-fascia',
    name: 'Plantar fascia',
    paired: true,
    regions: ['sole'],
    origin: 'Medial process of the calcaneal tuberosity.',
    insertion:
      'Five slips to the plantar plates, flexor tendon sheaths and bases of the proximal phalanges.',
    innervation: {
      nerve:
        'No nerve of its own; the sole over it is supplied by branches of the tibial nerve (medial calcaneal, medial and lateral plantar nerves)',
      roots: span('L4', 'S3'),
    },
    actions: [
      'Ties the heel to the forefoot and supports the longitudinal arch',
      'Tightens as the toes extend in push-off (windlass mechanism)',
    ],
    aliases: ['plantar aponeurosis', 'arch'],
    citations: [gray(LOWER_LIMB)],
  },
];
