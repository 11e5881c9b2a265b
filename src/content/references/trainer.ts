/**
 * References for the somatic dysfunction trainer's conventions (docs/TRAINER.md). Both pages
 * were found and read through the project's search tool; no identifier other than the address
 * was seen. The naming by freedom of motion also cites `ecop-glossary-2017` (techniques.ts).
 */
import type { ReferenceInput } from '../techniques/types';

export const trainerReferences: ReferenceInput[] = [
  {
    id: 'schleip-questioning-fryette',
    kind: 'web',
    authors: 'Schleip R',
    title:
      'Questioning Fryette (Fryette’s three laws of spinal motion, quoting Fryette HH, Principles of Osteopathic Technic, 1954, and the evidence on coupled motion)',
    year: 2007,
    source: 'somatics.de',
    url: 'http://somatics.de/artikel/for-professionals/2-article/23-questioning-fryette',
  },
  {
    id: 'msu-sacral-torsions',
    kind: 'web',
    authors: 'Michigan State University College of Osteopathic Medicine (CME online)',
    title:
      'Principles of Manual Medicine, pelvis biomechanics: sacral torsions and L5 adaptation; undated page, year = year accessed',
    year: 2026,
    source: 'Michigan State University, East Lansing',
    url: 'https://hal.bim.msu.edu/CMEonLine/Pelvis/Biomechanics/page_12_text.html',
  },
];
