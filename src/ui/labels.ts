import type {
  EvidenceLevel,
  MechanismType,
  PatientPosition,
  TechniqueFamilyId,
} from '../content/ids';

export const MECHANISM_LABELS: Record<MechanismType, string> = {
  'myofascial-trigger-point': 'Myofascial trigger point',
  viscerosomatic: 'Viscerosomatic referral',
  radicular: 'Radicular (nerve root)',
  'peripheral-nerve-entrapment': 'Peripheral nerve entrapment',
  'kinetic-chain': 'Kinetic chain / regional interdependence',
  'myofascial-continuity': 'Myofascial continuity line',
  'somatic-dysfunction': 'Somatic dysfunction',
  somatovisceral: 'Somatovisceral relation',
  'convergence-referral': 'Convergence referral',
  'somatic-referral': 'Somatic referral (shared innervation)',
  'parietal-irritation': 'Parietal irritation (organ against the body wall)',
};

/** Evidence is shown as text plus a filled-dots scale, so colour never carries it alone. */
export const EVIDENCE_LABELS: Record<EvidenceLevel, { text: string; dots: number; hint: string }> =
  {
    strong: {
      text: 'Strong evidence',
      dots: 4,
      hint: 'Consistent findings from good-quality trials or reviews.',
    },
    moderate: {
      text: 'Moderate evidence',
      dots: 3,
      hint: 'Some good-quality studies; further research may change the picture.',
    },
    limited: {
      text: 'Limited evidence',
      dots: 2,
      hint: 'Few or small studies, or conflicting results.',
    },
    'expert-opinion': {
      text: 'Expert opinion',
      dots: 1,
      hint: 'Clinical experience and textbooks rather than controlled studies.',
    },
    traditional: {
      text: 'Traditional concept',
      dots: 0,
      hint: 'A model taught in osteopathic tradition; not established by research.',
    },
    against: {
      text: 'Not supported',
      dots: 0,
      hint: 'Trials or reviews find no benefit, or the sources say OMT has no role here.',
    },
  };

export const FAMILY_LABELS: Record<TechniqueFamilyId, string> = {
  'soft-tissue': 'Soft tissue',
  hvla: 'HVLA',
  'muscle-energy': 'Muscle energy',
  counterstrain: 'Counterstrain',
  'myofascial-release': 'Myofascial release',
  functional: 'Functional',
  articulatory: 'Articulatory',
  'facilitated-positional-release': 'Facilitated positional release',
  'balanced-ligamentous-tension': 'Balanced ligamentous tension',
  cranial: 'Cranial',
  visceral: 'Visceral',
  lymphatic: 'Lymphatic',
  'neuromuscular-testing': 'Neuromuscular testing',
};

export const POSITION_LABELS: Record<PatientPosition, string> = {
  supine: 'Supine',
  prone: 'Prone',
  'side-lying-left': 'Lying on the left side',
  'side-lying-right': 'Lying on the right side',
  seated: 'Seated',
  standing: 'Standing',
};
