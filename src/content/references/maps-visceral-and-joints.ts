/**
 * References cited by `maps/visceral-and-joints.ts` that no other file defines. The map also cites
 * existing ids (giamberardino-2006-internal-organs, giamberardino-2010-visceral-referred,
 * cartwright-2008-abdominal-pain, gulati-2021-chest-pain, jin-2023-referred-pain,
 * standring-grays-2020, ichd-3-2018, proctor-2006-dysmenorrhoea-cochrane, beal-1985-viscerosomatic,
 * chila-foundations-2010).
 *
 * How far each was read (2025 search of public copies): abstracts or first pages for the joint
 * studies (Fukui 1996 and 1997, Cooper 2007, Aprill 1990 part II, Slipman 2000, Kurosawa,
 * Lesher 2008, Matava 1999); the RCEM and University of Maryland teaching pages in full; the
 * StatPearls viscerosomatic chapter's introduction; Thompson 2024 abstract. Dwyer 1990 part I,
 * Fortin 1994 and the Kuchera text were not read (cited as the origin of the charts and tables).
 */
import type { z } from 'zod';
import type { referenceSchema } from '../schema';

type ReferenceInput = z.input<typeof referenceSchema>;

export const visceralAndJointsReferences: ReferenceInput[] = [
  // --- visceral ---
  {
    id: 'rcem-renal-colic',
    kind: 'web',
    authors: 'Royal College of Emergency Medicine (RCEMLearning)',
    title: 'Renal colic in emergency medicine: classic presentation',
    year: 2024,
    source: 'RCEMLearning (undated page; year = year accessed)',
    url: 'https://www.rcemlearning.co.uk/modules/renal-colic-in-emergency-medicine/lessons/diagnosis-2/topic/classic-presentation/',
  },
  {
    id: 'umaryland-dissector-gallbladder',
    kind: 'web',
    authors: 'University of Maryland School of Medicine',
    title:
      'Interactive Dissector, Digestion & Hormones, case 1, question 2: referred pain in gallbladder disease',
    year: 2024,
    source: 'University of Maryland (undated page; year = year accessed)',
    url: 'https://medscope.umaryland.edu/apps/Interactive%20Dissector/Cases/DigestionHormones/LAB01_Case01_Question02.html',
  },
  {
    id: 'thompson-2024-pancoast',
    kind: 'article',
    authors: 'Thompson C, Daley R, Fullerton S, Lambert-Johnson S, Johnson DK',
    title:
      'Shoulder and arm pain: a "red herring" chief complaint in a smoker diagnosed with Pancoast-Tobías syndrome',
    year: 2024,
    source: 'Journal of Case Reports and Images in Oncology',
    volume: '10(1)',
    pages: '1-6',
    doi: '10.5348/100127Z10CT2024CR',
  },
  // --- viscerosomatic ---
  {
    id: 'statpearls-viscerosomatic-reflexes',
    kind: 'chapter',
    authors: 'StatPearls contributors (author list not shown in the record seen)',
    title: 'Physiology, Viscerosomatic Reflexes',
    year: 2024,
    source:
      'StatPearls [Internet], StatPearls Publishing, Treasure Island (FL); update year not seen, year = year accessed',
    pmid: '32644644',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK559218/',
  },
  {
    id: 'kuchera-systemic-dysfunction',
    kind: 'book',
    authors: 'Kuchera ML, Kuchera WA',
    title: 'Osteopathic Considerations in Systemic Dysfunction (standard text; not read)',
    year: 1994,
    source: 'Greyden Press',
    edition: '2nd',
  },
  // --- joints ---
  {
    id: 'fukui-1996-cervical-zjoint',
    kind: 'article',
    authors: 'Fukui S, Ohseto K, Shiotani M, Ohno K, Karasawa H, Naganuma Y, Yuda Y',
    title:
      'Referred pain distribution of the cervical zygapophyseal joints and cervical dorsal rami',
    year: 1996,
    source: 'Pain',
    volume: '68(1)',
    pages: '79-83',
    doi: '10.1016/S0304-3959(96)03173-9',
    pmid: '9252002',
  },
  {
    id: 'cooper-2007-cervical-zjoint-maps',
    kind: 'article',
    authors: 'Cooper G, Bailey B, Bogduk N',
    title: 'Cervical zygapophysial joint pain maps',
    year: 2007,
    source: 'Pain Medicine',
    volume: '8(4)',
    pages: '344-353',
    // An index record of the article (authors, Pain Med 2007;8(4):344-53, abstract; no DOI shown).
    url: 'https://metajournal.com/articles/483376/cervical-zygapophysial-joint-pain-maps',
  },
  {
    id: 'dwyer-1990-cervical-zjoint-volunteers',
    kind: 'article',
    authors: 'Dwyer A, Aprill C, Bogduk N',
    title: 'Cervical zygapophyseal joint pain patterns I: a study in normal volunteers',
    year: 1990,
    source: 'Spine',
  },
  {
    id: 'aprill-1990-cervical-zjoint-clinical',
    kind: 'article',
    authors: 'Aprill C, Dwyer A, Bogduk N',
    title: 'Cervical zygapophyseal joint pain patterns II: a clinical evaluation',
    year: 1990,
    source: 'Spine',
    volume: '15',
    doi: '10.1097/00007632-199006000-00005',
  },
  {
    id: 'fukui-1997-lumbar-zjoint',
    kind: 'article',
    authors: 'Fukui S, et al. (full author list not shown in the record seen)',
    title: 'Distribution of referred pain from the lumbar zygapophyseal joints and dorsal rami',
    year: 1997,
    source: 'Clinical Journal of Pain',
    doi: '10.1097/00002508-199712000-00007',
    pmid: '9430810',
  },
  {
    id: 'slipman-2000-sij-referral',
    kind: 'article',
    authors: 'Slipman CW, Jackson HB, Lipetz JS, Chan KT, Lenrow D, Vresilovic EJ',
    title: 'Sacroiliac joint pain referral zones',
    year: 2000,
    source: 'Archives of Physical Medicine and Rehabilitation',
    volume: '81',
    pages: '334-338',
    doi: '10.1016/S0003-9993(00)90080-7',
    pmid: '10724079',
  },
  {
    id: 'fortin-1994-sij-volunteers',
    kind: 'article',
    authors: 'Fortin JD, et al.',
    title:
      'Sacroiliac joint: pain referral maps upon applying a new injection/arthrography technique. Part I: asymptomatic volunteers',
    year: 1994,
    source: 'Spine',
  },
  {
    id: 'kurosawa-2014-sij-sections',
    kind: 'article',
    authors: 'Kurosawa D, Murakami E, Aizawa T',
    title: 'Referred pain location depends on the affected section of the sacroiliac joint',
    year: 2014,
    source: 'European Spine Journal (accepted September 2014)',
    volume: '24(3)',
    pages: '521-527',
    doi: '10.1007/s00586-014-3604-4',
    pmid: '25283251',
  },
  {
    id: 'lesher-2008-hip-referral',
    kind: 'article',
    authors: 'Lesher JM, Dreyfuss P, Hager N, et al.',
    title: 'Hip joint pain referral patterns: a descriptive study',
    year: 2008,
    source: 'Pain Medicine',
    volume: '9(1)',
    pages: '22-25',
    doi: '10.1111/j.1526-4637.2006.00153.x',
    pmid: '18254763',
  },
  {
    id: 'matava-1999-scfe-knee-pain',
    kind: 'article',
    authors: 'Matava MJ, Patton CM, Luhmann S, Gordon JE, Schoenecker PL',
    title:
      'Knee pain as the initial symptom of slipped capital femoral epiphysis: an analysis of initial presentation and treatment',
    year: 1999,
    source: 'Journal of Pediatric Orthopaedics',
    volume: '19(4)',
    pages: '455-460',
    doi: '10.1097/00004694-199907000-00007',
    pmid: '10412993',
  },
];
