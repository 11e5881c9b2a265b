/**
 * The labels on the body for a paint, as pure data: which painted regions are named, with their
 * link numbers and their role in words. The on-screen labels and the exported picture both use
 * it, so they say the same thing.
 */
import type { BodyPaint, RegionRole } from './body-paint';
import { regionLabelOf, regionOf, type ContentIndex } from './content-index';

export interface RegionLabel {
  id: string;
  name: string;
  role: RegionRole;
  /** The role in words ("pain felt here", "organ affected"). */
  words: string;
  links: number[];
}

/** At most this many softly linked regions are named: the rest would crowd the picture. */
export const MAX_RELATED_LABELS = 8;

const SURFACE_WORDS: Record<RegionRole, string> = {
  selected: 'selected',
  source: 'source',
  target: 'pain felt here',
  relay: 'relay',
  related: 'linked',
};

// An organ is not where pain is "felt" on the body: at the start of a chain it is the visceral
// source of a referral, at its end the organ the chain acts on (somatovisceral links).
const VISCERAL_WORDS: Record<RegionRole, string> = {
  ...SURFACE_WORDS,
  source: 'visceral source',
  target: 'organ affected',
};

export function roleWords(role: RegionRole, visceral: boolean): string {
  return (visceral ? VISCERAL_WORDS : SURFACE_WORDS)[role];
}

export function regionLabels(content: ContentIndex, paint: BodyPaint): RegionLabel[] {
  if (!paint.labelRegions) return [];
  const named = paint.regions
    .filter((r) => r.role !== 'related')
    .concat(paint.regions.filter((r) => r.role === 'related').slice(0, MAX_RELATED_LABELS));
  return named.map((r) => ({
    id: r.id,
    name: regionLabelOf(content, r.id),
    role: r.role,
    words: roleWords(r.role, regionOf(content, r.id)?.kind === 'visceral'),
    links: r.links,
  }));
}
