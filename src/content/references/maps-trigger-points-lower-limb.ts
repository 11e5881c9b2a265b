/**
 * References cited by `maps/trigger-points-lower-limb.ts`. The Trigger Point Manual, the 2018
 * consensus and Mense 2008 are defined once in `references/muscles.ts` and only cited here; the
 * entries below are the open pages the charts were checked against (read in the form they were
 * stored in; none gives a publication date for its per-muscle pages unless said).
 */
import type { z } from 'zod';
import type { referenceSchema } from '../schema';

type ReferenceInput = z.input<typeof referenceSchema>;

export const triggerPointsLowerLimbReferences: ReferenceInput[] = [
  {
    id: 'namtpt-symptom-checker',
    kind: 'web',
    authors: 'National Association of Myofascial Trigger Point Therapists (NAMTPT)',
    title:
      'Symptom Checker: one page per muscle on where its trigger points refer pain, the symptoms and the differential diagnosis; undated pages, year = year accessed',
    year: 2026,
    source: 'NAMTPT web site (check.myofascialtherapy.org/symptomcheck)',
    // The per-muscle pages sit under symptomcheck/ on this host; the locators name them.
    url: 'http://check.myofascialtherapy.org/',
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
    id: 'aberdeen-chiropractic-trp-blog',
    kind: 'web',
    authors: 'Aberdeen Chiropractic',
    title:
      'Trigger points in the gluteus maximus, gluteus medius, adductor longus and tensor fasciae latae (blog posts dated 2018 to 2019)',
    year: 2018,
    source: 'aberdeenchiropracticblog.com',
    url: 'https://aberdeenchiropracticblog.com/2018/04/03/trigger-points-in-the-gluteus-maximus/',
  },
  {
    id: 'wellness-digest-vastus-intermedius',
    kind: 'web',
    authors: 'The Wellness Digest',
    title:
      'Vastus Intermedius Muscle: Quadriceps Thigh and Knee Pain (trigger point pain pattern); undated page, year = year accessed',
    year: 2026,
    source: 'thewellnessdigest.com',
    url: 'https://thewellnessdigest.com/quadricep-muscle-vastus-intermedius-thigh-pain-and-buckling-knees/',
  },
];
