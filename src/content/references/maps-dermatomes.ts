/**
 * References cited by `maps/dermatomes.ts` (Lee et al. 2008, `lee-2008-dermatomes`, is defined
 * with the chain references and reused). Identifiers are given only where a record showing them
 * was seen.
 */
import type { z } from 'zod';
import type { referenceSchema } from '../schema';

type ReferenceInput = z.input<typeof referenceSchema>;

export const dermatomesReferences: ReferenceInput[] = [
  {
    id: 'rupp-2021-isncsci',
    kind: 'guideline',
    authors:
      'Rupp R, Biering-Sørensen F, Burns SP, Graves DE, Guest J, Jones L, Read MS, Rodriguez GM, Schuld C, Tansey KE, Walden K, Kirshblum S',
    title:
      'International Standards for Neurological Classification of Spinal Cord Injury: revised 2019',
    year: 2021,
    source: 'Topics in Spinal Cord Injury Rehabilitation',
    volume: '27(2)',
    pages: '1-22',
    url: 'https://meridian.allenpress.com/tscir/article/27/2/1/465525/International-Standards-for-Neurological',
  },
  {
    id: 'asia-2008-key-sensory-points',
    kind: 'guideline',
    authors: 'American Spinal Injury Association',
    title:
      'International Standards for the Classification of Spinal Cord Injury: Key Sensory Points',
    year: 2008,
    source: 'American Spinal Injury Association',
  },
  {
    id: 'chin-2018-medscape-sensory-testing',
    kind: 'web',
    authors: 'Chin LS',
    title:
      'How is sensory function testing performed in the evaluation of spinal cord injury (SCI)?',
    year: 2018,
    source: 'Medscape',
    url: 'https://www.medscape.com/answers/793582-161666/how-is-sensory-function-testing-performed-in-the-evaluation-of-spinal-cord-injury-sci',
  },
  {
    id: 'zhang-2017-foot-sensory-thresholds',
    kind: 'article',
    authors: 'Zhang J-W, Wang Q, Wang X-F, Gao M-M, Yun X-P, Wu H-F, Hong Y',
    title:
      'Sensory thresholds at different sites of the foot: a valuable reference for neurologic examinations',
    year: 2017,
    source: 'Spinal Cord',
    volume: '55(4)',
    pages: '396-398',
    doi: '10.1038/sc.2016.167',
    pmid: '27897183',
  },
  {
    id: 'foerster-1933-dermatomes',
    kind: 'article',
    authors: 'Foerster O',
    title: 'The dermatomes in man',
    year: 1933,
    source: 'Brain',
    volume: '56(1)',
    pages: '1-39',
  },
  {
    id: 'keegan-garrett-1948-dermatomes',
    kind: 'article',
    authors: 'Keegan JJ, Garrett FD',
    title: 'The segmental distribution of the cutaneous nerves in the limbs of man',
    year: 1948,
    source: 'Anatomical Record',
  },
  {
    id: 'downs-laporte-2011-dermatome-maps',
    kind: 'article',
    authors: 'Downs MB, Laporte C',
    title: 'Conflicting dermatome maps: educational and clinical implications',
    year: 2011,
    source: 'Journal of Orthopaedic and Sports Physical Therapy',
    // ScienceOpen's record of the article (title, journal and abstract; no DOI shown there).
    url: 'https://www.scienceopen.com/document?vid=d872f23d-7d43-4b2e-869c-3c4cafe51688',
  },
  {
    id: 'challoumas-2018-dermatome-maps',
    kind: 'article',
    authors: 'Challoumas D, Ferro A, Walker A, Brassett C',
    title:
      'Observations on the inconsistency of dermatome maps and its effect on knowledge and confidence in clinical students',
    year: 2018,
    source: 'Clinical Anatomy',
    doi: '10.1002/ca.23031',
  },
];
