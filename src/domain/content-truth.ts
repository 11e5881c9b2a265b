/**
 * Content-truth rules (issue 16): every reference can be found again from an identifier.
 * Pure functions over a content set.
 */
import type { ContentSet, Reference } from '../content/schema';

/** A DOI, PMID, ISBN or stable URL: something a reader can look the reference up by. */
export function hasIdentifier(ref: Reference): boolean {
  return Boolean(ref.doi ?? ref.pmid ?? ref.isbn ?? ref.url);
}

/** Ids of the references that carry no identifier at all, in content order. */
export function referencesWithoutIdentifier(content: Pick<ContentSet, 'references'>): string[] {
  return content.references.filter((ref) => !hasIdentifier(ref)).map((ref) => ref.id);
}
