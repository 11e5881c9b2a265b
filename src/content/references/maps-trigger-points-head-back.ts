/**
 * References cited by `maps/trigger-points-head-back.ts`. The Trigger Point Manual
 * (`travell-simons-2019`) and the 2018 consensus (`fernandez-de-las-penas-2018-trp-consensus`)
 * are listed with the muscle references and only cited here. The charts themselves were not seen:
 * the outlines follow the open descriptions below, which summarise the Manual's charts.
 */
import type { z } from 'zod';
import type { referenceSchema } from '../schema';

type ReferenceInput = z.input<typeof referenceSchema>;

export const triggerPointsHeadBackReferences: ReferenceInput[] = [
  {
    id: 'namtpt-symptom-checker',
    kind: 'web',
    authors: 'National Association of Myofascial Trigger Point Therapists (NAMTPT)',
    title:
      'Symptom Checker: per-muscle pages on referred pain, citing Simons, Travell & Simons 1999 (vol. 1) and Travell & Simons 1992 (vol. 2); undated pages, year = year accessed',
    year: 2026,
    source: 'check.myofascialtherapy.org',
    // The per-muscle pages sit under symptomcheck/ on this host; the locators name them.
    url: 'http://check.myofascialtherapy.org/',
  },
  {
    id: 'medlink-myofascial-pain-figures',
    kind: 'web',
    authors: 'MedLink Neurology (figure pages; the authors of the parent article are not shown)',
    title:
      'Myofascial pain patterns: figure captions describing essential and spillover referred pain, adapted from Travell & Simons 1983 (vol. 1); undated pages, year = year accessed',
    year: 2026,
    source: 'MedLink Neurology (medlink.com/media)',
    // Each figure is a page under media/ on this host; the locators name them.
    url: 'https://www.medlink.com/',
  },
  {
    id: 'fernandez-de-las-penas-2007-trapezius-ctth',
    kind: 'article',
    authors: 'Fernández-de-las-Peñas C, Ge H-Y, Arendt-Nielsen L, Cuadrado ML, Pareja JA',
    title:
      'Referred pain from trapezius muscle trigger points shares similar characteristics with chronic tension type headache',
    year: 2007,
    source: 'European Journal of Pain',
    volume: '11',
    pages: '475-482',
    doi: '10.1016/j.ejpain.2006.07.005',
    pmid: '16919982',
  },
  {
    id: 'fernandez-de-las-penas-2011-children-ctth',
    kind: 'article',
    authors:
      'Fernández-de-las-Peñas C, Fernández-Mayoralas DM, Ortega-Santiago R, Ambite-Quesada S, Palacios-Ceña D, Pareja JA',
    title:
      'Referred pain from myofascial trigger points in head and neck–shoulder muscles reproduces head pain features in children with chronic tension type headache',
    year: 2011,
    source: 'The Journal of Headache and Pain',
    volume: '12(1)',
    pages: '35-43',
    doi: '10.1007/s10194-011-0316-6',
    pmid: '21359873',
  },
  {
    id: 'fernandez-de-las-penas-2006-suboccipital-etth',
    kind: 'article',
    authors: 'Fernández-de-las-Peñas C, et al. (full author list not shown in the record seen)',
    title:
      'Myofascial trigger points in the suboccipital muscles in episodic tension-type headache',
    year: 2006,
    source: 'Manual Therapy',
    volume: '11(3)',
    pages: '225-230',
    pmid: '16863699',
  },
  {
    id: 'aamm-muscle-guide',
    kind: 'web',
    authors: 'American Academy of Manual Medicine (muscle guide pages; authors not shown)',
    title:
      'Muscle guide: per-muscle pages with a "Travell and Simons trigger point pain referral" section; undated pages, year = year accessed',
    year: 2026,
    source: 'aaofmm.com / webmanmed.com',
    // The Academy's site; the locators name each muscle page (and the few read on webmanmed.com).
    url: 'http://www.aaofmm.com/',
  },
  {
    id: 'fpnotebook-trigger-point-locations',
    kind: 'web',
    authors: 'Family Practice Notebook (author not shown on the page seen)',
    title:
      'Trigger point locations (head and neck, shoulder and thorax, back); year = year accessed',
    year: 2026,
    source: 'fpnotebook.com',
    url: 'https://fpnotebook.com/Rheum/Exam/TrgrPntLctn.htm',
  },
  {
    id: 'triggerpoint-ca-2019-lateral-pterygoid',
    kind: 'web',
    authors: 'triggerpoint.ca clinic blog (author not shown on the page seen)',
    title:
      'Jaw clicking and other lateral pterygoid symptoms (with an excerpt from Travell & Simons, vol. 1)',
    year: 2019,
    source: 'triggerpoint.ca',
    url: 'https://triggerpoint.ca/2019/01/21/lateral-pterygoid-symptoms/',
  },
];
