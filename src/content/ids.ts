/**
 * The id vocabulary shared by content, the body generator (mesh / vertex-group names) and URLs.
 * Declared `as const` so every id used in content is checked by the compiler.
 *
 * Paired ids are base ids; the concrete id carries a side suffix: `ankle` → `ankle.left`.
 */

export const SIDES = ['left', 'right'] as const;
export type Side = (typeof SIDES)[number];

/** Regions painted on the skin (every skin vertex belongs to exactly one). */
export const SURFACE_REGIONS = {
  // head and neck
  cranium: 'midline',
  forehead: 'midline',
  face: 'midline',
  occiput: 'midline',
  temple: 'paired',
  orbit: 'paired',
  tmj: 'paired',
  'cervical-spine': 'midline',
  'anterior-neck': 'midline',
  // trunk, posterior
  'thoracic-spine': 'midline',
  scapula: 'paired',
  'lumbar-spine': 'midline',
  sacrum: 'midline',
  buttock: 'paired',
  // trunk, anterior and lateral
  chest: 'paired',
  sternum: 'midline',
  hypochondrium: 'paired',
  epigastrium: 'midline',
  umbilical: 'midline',
  flank: 'paired',
  'iliac-fossa': 'paired',
  hypogastrium: 'midline',
  groin: 'paired',
  // upper limb
  shoulder: 'paired',
  'upper-arm': 'paired',
  elbow: 'paired',
  forearm: 'paired',
  wrist: 'paired',
  hand: 'paired',
  // lower limb
  hip: 'paired',
  thigh: 'paired',
  'posterior-thigh': 'paired',
  knee: 'paired',
  shin: 'paired',
  calf: 'paired',
  ankle: 'paired',
  foot: 'paired',
  sole: 'paired',
} as const;

/** Internal regions (organs); the body draws them as organ meshes named by these ids. */
export const VISCERAL_REGIONS = {
  'paranasal-sinuses': 'midline',
  heart: 'midline',
  lungs: 'midline',
  diaphragm: 'midline',
  liver: 'midline',
  gallbladder: 'midline',
  stomach: 'midline',
  spleen: 'midline',
  pancreas: 'midline',
  kidney: 'paired',
  ureter: 'paired',
  'small-intestine': 'midline',
  appendix: 'midline',
  colon: 'midline',
  bladder: 'midline',
  uterus: 'midline',
} as const;

export const REGION_PAIRING = { ...SURFACE_REGIONS, ...VISCERAL_REGIONS } as const;
export type RegionBaseId = keyof typeof REGION_PAIRING;
export const REGION_BASE_IDS = Object.keys(REGION_PAIRING) as RegionBaseId[];

/** Muscles and fasciae the body models and the chains draw. */
export const MUSCLE_PAIRING = {
  // head and neck
  temporalis: 'paired',
  masseter: 'paired',
  'lateral-pterygoid': 'paired',
  sternocleidomastoid: 'paired',
  scalenes: 'paired',
  suboccipitals: 'paired',
  'splenius-capitis': 'paired',
  'levator-scapulae': 'paired',
  trapezius: 'paired',
  // back
  rhomboids: 'paired',
  'latissimus-dorsi': 'paired',
  'erector-spinae': 'paired',
  multifidus: 'paired',
  'quadratus-lumborum': 'paired',
  'thoracolumbar-fascia': 'midline',
  'serratus-anterior': 'paired',
  // trunk, anterior
  diaphragm: 'midline',
  'pectoralis-major': 'paired',
  'pectoralis-minor': 'paired',
  'rectus-abdominis': 'paired',
  'external-oblique': 'paired',
  'internal-oblique': 'paired',
  'transversus-abdominis': 'paired',
  iliopsoas: 'paired',
  // shoulder and arm
  deltoid: 'paired',
  supraspinatus: 'paired',
  infraspinatus: 'paired',
  'teres-minor': 'paired',
  'teres-major': 'paired',
  subscapularis: 'paired',
  'biceps-brachii': 'paired',
  'triceps-brachii': 'paired',
  brachioradialis: 'paired',
  'wrist-flexors': 'paired',
  'wrist-extensors': 'paired',
  // hip and thigh
  'gluteus-maximus': 'paired',
  'gluteus-medius': 'paired',
  'gluteus-minimus': 'paired',
  piriformis: 'paired',
  'tensor-fasciae-latae': 'paired',
  'iliotibial-band': 'paired',
  adductors: 'paired',
  sartorius: 'paired',
  'rectus-femoris': 'paired',
  'vastus-lateralis': 'paired',
  'vastus-medialis': 'paired',
  'vastus-intermedius': 'paired',
  'biceps-femoris': 'paired',
  semitendinosus: 'paired',
  semimembranosus: 'paired',
  // leg and foot
  gastrocnemius: 'paired',
  soleus: 'paired',
  'tibialis-anterior': 'paired',
  'tibialis-posterior': 'paired',
  fibularis: 'paired',
  'plantar-fascia': 'paired',
} as const;
export type MuscleBaseId = keyof typeof MUSCLE_PAIRING;
export const MUSCLE_BASE_IDS = Object.keys(MUSCLE_PAIRING) as MuscleBaseId[];

/** The 13 technique families. */
export const TECHNIQUE_FAMILY_IDS = [
  'soft-tissue',
  'hvla',
  'muscle-energy',
  'counterstrain',
  'myofascial-release',
  'functional',
  'articulatory',
  'facilitated-positional-release',
  'balanced-ligamentous-tension',
  'cranial',
  'visceral',
  'lymphatic',
  'neuromuscular-testing',
] as const;
export type TechniqueFamilyId = (typeof TECHNIQUE_FAMILY_IDS)[number];

/**
 * From best supported to least; `against` ("Not supported") is last: trials or reviews find no
 * benefit, or the sources say OMT has no role. A chain is shown at its weakest link's level.
 */
export const EVIDENCE_LEVELS = [
  'strong',
  'moderate',
  'limited',
  'expert-opinion',
  'traditional',
  'against',
] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const MECHANISM_TYPES = [
  'myofascial-trigger-point',
  'viscerosomatic',
  'radicular',
  'peripheral-nerve-entrapment',
  'kinetic-chain',
  'myofascial-continuity',
  'somatic-dysfunction',
  'somatovisceral',
  'convergence-referral',
  /** Pain from a joint felt elsewhere in the area its nerves share (facet, sacroiliac, hip). */
  'somatic-referral',
  /**
   * An inflamed organ irritates the somatically innervated lining next to it (parietal
   * peritoneum, diaphragm, posterior abdominal wall): the pain turns sharp and is felt there.
   */
  'parietal-irritation',
] as const;
export type MechanismType = (typeof MECHANISM_TYPES)[number];

/** How a link names the side of its end, relative to the side the user picked (or absolute). */
export const LINK_SIDES = ['same', 'opposite', 'midline', 'left', 'right'] as const;
export type LinkSide = (typeof LINK_SIDES)[number];

export const PATIENT_POSITIONS = [
  'supine',
  'prone',
  'side-lying-left',
  'side-lying-right',
  'seated',
  'standing',
] as const;
export type PatientPosition = (typeof PATIENT_POSITIONS)[number];

/**
 * Surface coordinates (docs/SURFACE.md). Every skin vertex belongs to one segment; zones and points
 * are outlines and places in a segment's views. Segments of one limb, and head with trunk, share
 * their skin: a shape named on one reaches across the joint to the next where its outline does.
 */
export const SURFACE_SEGMENTS = [
  'head',
  'trunk',
  'upper-arm',
  'forearm',
  'hand',
  'thigh',
  'leg',
  'foot',
] as const;
export type SurfaceSegment = (typeof SURFACE_SEGMENTS)[number];

/**
 * How a shape's outline is read, always on the figure's left side (a right-side zone is mirrored):
 * `front` / `back` (x lateral from the midline, y up) on skin facing forwards / backwards; `side` /
 * `medial` (z forwards, y up) on skin facing away from / towards the midline; `top` / `bottom`
 * (x, z) on skin facing up / down; `around` (θ degrees round the segment axis: 0 front, 90
 * lateral, ±180 back, −90 medial; y up) on all of it.
 */
export const SURFACE_VIEWS = [
  'front',
  'back',
  'side',
  'medial',
  'top',
  'bottom',
  'around',
] as const;
export type SurfaceView = (typeof SURFACE_VIEWS)[number];

/** What kind of map a zone belongs to. */
export const ZONE_KINDS = [
  'dermatome',
  'trigger-point',
  'visceral',
  'viscerosomatic',
  'joint-referral',
] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

/** Spinal nerve roots with a dermatome, craniocaudal. */
export const ROOT_IDS = [
  ...['C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'],
  ...['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'],
  ...['L1', 'L2', 'L3', 'L4', 'L5'],
  ...['S1', 'S2', 'S3', 'S4', 'S5'],
] as const;
export type RootId = (typeof ROOT_IDS)[number];

/** Joints whose pain refers through shared innervation (not radicular), with their own maps. */
export const REFERRAL_JOINTS = {
  'facet-c2-c3': 'C2–C3 facet joint',
  'facet-c3-c4': 'C3–C4 facet joint',
  'facet-c4-c5': 'C4–C5 facet joint',
  'facet-c5-c6': 'C5–C6 facet joint',
  'facet-c6-c7': 'C6–C7 facet joint',
  'facet-l1-l2': 'L1–L2 facet joint',
  'facet-l2-l3': 'L2–L3 facet joint',
  'facet-l3-l4': 'L3–L4 facet joint',
  'facet-l4-l5': 'L4–L5 facet joint',
  'facet-l5-s1': 'L5–S1 facet joint',
  sacroiliac: 'Sacroiliac joint',
  hip: 'Hip joint',
} as const;
export type ReferralJointId = keyof typeof REFERRAL_JOINTS;
export const REFERRAL_JOINT_IDS = Object.keys(REFERRAL_JOINTS) as ReferralJointId[];

/** What a zone is the map of: a root, a muscle, an organ or a joint (all paired except midline organs). */
export const ZONE_SOURCE_KINDS = ['root', 'muscle', 'organ', 'joint'] as const;
export type ZoneSourceKind = (typeof ZONE_SOURCE_KINDS)[number];

/** Which side a shape is drawn on: relative to its source's side, or fixed for a midline source. */
export const SHAPE_SIDES = ['same', 'opposite', 'left', 'right'] as const;
export type ShapeSide = (typeof SHAPE_SIDES)[number];

/** Located markers on the skin. */
export const POINT_KINDS = ['key-sensory-point', 'trigger-point', 'landmark'] as const;
export type PointKind = (typeof POINT_KINDS)[number];
