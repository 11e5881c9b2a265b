/**
 * References cited by the muscle content (`src/content/muscles.ts`). Shared book ids
 * (`travell-simons-2019`, `standring-grays-2020`) follow the details agreed for all content files.
 */
import type { z } from 'zod';
import type { referenceSchema } from '../schema';

type ReferenceInput = z.input<typeof referenceSchema>;

export const muscleReferences: ReferenceInput[] = [
  {
    id: 'travell-simons-2019',
    kind: 'book',
    authors: 'Donnelly JM, Fernández-de-las-Peñas C, Finnegan M, Freeman JL',
    title: "Travell, Simons & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual",
    year: 2019,
    source: 'Wolters Kluwer',
    edition: '3rd',
    isbn: '9780781755603',
  },
  {
    id: 'standring-grays-2020',
    kind: 'book',
    authors: 'Standring S (ed.)',
    title: "Gray's Anatomy: The Anatomical Basis of Clinical Practice",
    year: 2020,
    source: 'Elsevier',
    edition: '42nd',
  },
  {
    id: 'fernandez-de-las-penas-2018-trp-consensus',
    kind: 'article',
    authors: 'Fernández-de-las-Peñas C, Dommerholt J',
    title:
      'International Consensus on Diagnostic Criteria and Clinical Considerations of Myofascial Trigger Points: A Delphi Study',
    year: 2018,
    source: 'Pain Medicine',
    pages: '142-150',
    doi: '10.1093/pm/pnx207',
    pmid: '29025044',
  },
  {
    id: 'mense-2008-muscle-pain',
    kind: 'review',
    authors: 'Mense S',
    title: 'Muscle Pain: Mechanisms and Clinical Significance',
    year: 2008,
    source: 'Deutsches Ärzteblatt International',
    volume: '105(12)',
    pages: '214-219',
    doi: '10.3238/artzebl.2008.0214',
    pmid: '19629211',
  },
  {
    id: 'bogduk-1982-lumbar-dorsal-rami',
    kind: 'article',
    authors: 'Bogduk N, Wilson AS, Tynan W',
    title: 'The human lumbar dorsal rami',
    year: 1982,
    source: 'Journal of Anatomy',
    volume: '134(Pt 2)',
    pages: '383-397',
    pmid: '7076562',
  },
  {
    id: 'pu-2008-trapezius-innervation',
    kind: 'article',
    authors: 'Pu YM, Tang EY, Yang XD',
    title:
      'Trapezius muscle innervation from the spinal accessory nerve and branches of the cervical plexus',
    year: 2008,
    source: 'International Journal of Oral and Maxillofacial Surgery',
    volume: '37(6)',
    pages: '567-572',
    doi: '10.1016/j.ijom.2008.02.002',
    pmid: '18346876',
  },
  {
    id: 'wilke-2017-lumbodorsal-fascia',
    kind: 'review',
    authors: 'Wilke J, Schleip R, Klingler W, Stecco C',
    title: 'The Lumbodorsal Fascia as a Potential Source of Low Back Pain: A Narrative Review',
    year: 2017,
    source: 'BioMed Research International',
    volume: '2017',
    pages: '5349620',
    doi: '10.1155/2017/5349620',
    pmid: '28584816',
  },
  {
    id: 'mense-2019-tlf-innervation',
    kind: 'article',
    authors: 'Mense S',
    title: 'Innervation of the thoracolumbar fascia',
    year: 2019,
    source: 'European Journal of Translational Myology',
    doi: '10.4081/ejtm.2019.8297',
    pmid: '31579474',
  },
];
