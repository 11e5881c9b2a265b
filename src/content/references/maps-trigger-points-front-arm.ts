/**
 * References cited by `maps/trigger-points-front-arm.ts`. The Trigger Point Manual itself
 * (`travell-simons-2019`) and the Delphi consensus are defined with the muscles; these are the open
 * pages and papers that were actually read for the charts. Undated web pages carry the year they
 * were read.
 */
import type { z } from 'zod';
import type { referenceSchema } from '../schema';

type ReferenceInput = z.input<typeof referenceSchema>;

export const triggerPointsFrontArmReferences: ReferenceInput[] = [
  // Shared with the other trigger-point maps (kept byte-identical to their entries).
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
    id: 'niel-asher-trigger-point-blog',
    kind: 'web',
    authors: 'Niel-Asher S and NAT Global Campus staff',
    title:
      'Trigger point therapy blog: per-muscle posts giving the referred pain pattern (as in The Concise Book of Trigger Points); undated pages, year = year accessed',
    year: 2026,
    source: 'nielasher.com video blog',
    url: 'https://www.nielasher.com/blogs/video-blog',
  },
  {
    id: 'kwon-2017-infraspinatus-mps',
    kind: 'article',
    authors: 'Kwon J, Kim HS, Chang WH, Park C, Lee SC',
    title: 'Characteristics of Myofascial Pain Syndrome of the Infraspinatus Muscle',
    year: 2017,
    source: 'Annals of Rehabilitation Medicine',
    volume: '41(4)',
    pages: '573-581',
    doi: '10.5535/arm.2017.41.4.573',
    url: 'https://e-arm.org/journal/view.php?number=863',
  },
  {
    id: 'hubbard-teres-major',
    kind: 'web',
    authors: 'Hubbard Foundation',
    title:
      'Teres Major: pain pattern and trigger point locations; undated page, year = year accessed',
    year: 2026,
    source: 'hubbardfoundation.org',
    url: 'http://www.hubbardfoundation.org/teres-major',
  },
  {
    id: 'robertson-flexor-carpi-radialis',
    kind: 'web',
    authors: 'Robertson Family Chiropractic',
    title: 'Flexor Carpi Radialis Radiating Pain; undated page, year = year accessed',
    year: 2026,
    source: 'robertsonfamilychiro.com',
    url: 'https://www.robertsonfamilychiro.com/flexor-carpi-radialis-trigger-point.htm',
  },
  {
    id: 'westsub-brachioradialis',
    kind: 'web',
    authors: 'West Suburban Pain Relief',
    title: 'Brachioradialis (trigger points and referred pain); undated page, year = year accessed',
    year: 2026,
    source: 'westsubpainrelief.com',
    url: 'https://westsubpainrelief.com/brachioradialis/',
  },
  {
    id: 'westsub-hand-extensors',
    kind: 'web',
    authors: 'West Suburban Pain Relief',
    title:
      'Hand extensors: extensor carpi radialis longus and brevis, extensor carpi ulnaris (trigger points and referred pain); undated page, year = year accessed',
    year: 2026,
    source: 'westsubpainrelief.com',
    url: 'https://westsubpainrelief.com/hand-extensors-2/',
  },
  {
    id: 'muscle-joint-pain-pectoralis-minor',
    kind: 'web',
    authors: 'muscle-joint-pain.com',
    title:
      'Pectoralis minor: trigger points and referred pain (self-treatment page); undated page, year = year accessed',
    year: 2026,
    source: 'muscle-joint-pain.com',
    url: 'https://www.muscle-joint-pain.com/trigger-points/trigger-point-self-treatment/pectoralis-minor/',
  },
  {
    id: 'aberdeen-2019-pectoralis-major',
    kind: 'web',
    authors: 'Aberdeen Chiropractic',
    title: 'Trigger points in the pectoralis major muscle',
    year: 2019,
    source: 'aberdeenchiropracticblog.com',
    url: 'https://aberdeenchiropracticblog.com/2019/07/06/trigger-points-in-the-pectoralis-major-muscle-2/',
  },
  {
    id: 'kent-2009-rectus-abdominis',
    kind: 'web',
    authors: 'Kent D',
    title: 'Back Pain Caused by Rectus Abdominis Trigger Points',
    year: 2009,
    source: 'Massage Today',
    url: 'https://www.massagetoday.com/mpacms/mt/article.php?id=14017',
  },
  {
    id: 'perry-2013-abdominal-obliques',
    kind: 'web',
    authors: 'Perry L',
    title: 'Abdominal Oblique Trigger Points: South of the Border Pain',
    year: 2013,
    source: 'TriggerPointTherapist.com',
    url: 'https://www.triggerpointtherapist.com/blog/abdominal-pain-trigger-points/abdominal-oblique-trigger-points-south-of-the-border-pain',
  },
  {
    id: 'perry-2013-iliopsoas',
    kind: 'web',
    authors: 'Perry L',
    title: 'Iliopsoas Trigger Points: Hidden Pranksters of Low Back Pain',
    year: 2013,
    source: 'TriggerPointTherapist.com',
    url: 'https://www.triggerpointtherapist.com/?p=2478',
  },
];
