/**
 * References for the animation scripts (src/content/animations) and the range-of-motion table
 * (src/content/rom.ts). Each entry was located with the project's search tool; identifiers are
 * given only where they were seen in a search result. Technique figures (contraction length,
 * repetitions, hold times) are cited from the technique references (src/content/references/
 * techniques.ts) by id.
 */
import type { ReferenceInput } from '../techniques/types';

export const animationReferences: ReferenceInput[] = [
  {
    id: 'norkin-white-goniometry-2016',
    kind: 'book',
    authors: 'Norkin CC, White DJ',
    title: 'Measurement of Joint Motion: A Guide to Goniometry',
    year: 2016,
    source: 'F. A. Davis, Philadelphia',
    edition: '5th',
    isbn: '9780803658479',
  },
  {
    id: 'merck-rom-table',
    kind: 'web',
    authors: 'Merck Sharp & Dohme (MSD Manual Professional Version)',
    title: 'Normal Values for Range of Motion of Joints (table)',
    year: 2013,
    source: 'MSD Manual Professional Version, Merck & Co., Whitehouse Station, NJ',
  },
  {
    id: 'anatomy-standard-spine-rom',
    kind: 'web',
    authors: 'Savlovskis J',
    title:
      'Range of the Motion (ROM) of the Cervical, Thoracic and Lumbar Spine in the Traditional Anatomical Planes',
    year: 2023,
    source: 'Anatomy Standard',
    url: 'https://anatomystandard.com/biomechanics/spine/rom-of-spine.html',
  },
  {
    id: 'muscolino-cervical-rom',
    kind: 'web',
    authors: 'Muscolino J',
    title: 'Cervical Spine Ranges of Motion (ROM)',
    year: 2023,
    source: 'learnmuscles.com (Anatomy Glossary)',
    url: 'https://learnmuscles.com/glossary/cervical-spine-ranges-of-motion-rom/',
  },
  {
    id: 'kosmahl-goniometry-1999',
    kind: 'web',
    authors: 'Kosmahl EM',
    title: 'Goniometry: thoraco-lumbar rotation; cervical spine extension',
    year: 1999,
    source: 'University of Scranton, Department of Physical Therapy',
    url: 'http://www.scranton.edu/academics/pcps/physicaltherapy/programs/dpt/dpt-information/Goniometry/tlsrot.htm',
  },
  {
    id: 'nougarou-2016-smt-rate',
    kind: 'article',
    authors: 'Nougarou F, Pagé I, Loranger M, Dugas C, Descarreaux M',
    title:
      'Neuromechanical response to spinal manipulation therapy: effects of a constant rate of force application',
    year: 2016,
    source: 'BMC Complementary and Alternative Medicine',
    doi: '10.1186/s12906-016-1153-6',
    pmid: '27249939',
  },
];
