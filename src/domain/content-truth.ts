/**
 * Content-truth rules (issue 16): every reference can be found again from an identifier, and a
 * condition whose summary says OMT has no role is not graded as if OMT were supported.
 * Pure functions over a content set; `checkIntegrity` runs the evidence rule on every import.
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

/**
 * Wording that denies OMT a role. Absence of trials ("no trials of OMT … were identified") is not
 * denial; these phrases are, and a condition that uses them must be graded `against`.
 */
export const DENIES_A_ROLE =
  /\b(?:no role|does not treat|no evidence that OMT|no trials support)\b/i;

/** A condition whose summary denies OMT a role may not carry a level that implies support. */
export function checkConditionEvidence(
  content: Pick<ContentSet, 'conditions'>,
  report: (path: string, message: string) => void,
): void {
  content.conditions.forEach((condition, c) => {
    const denial = DENIES_A_ROLE.exec(condition.evidenceSummary);
    if (denial && condition.evidence !== 'against')
      report(
        `conditions[${c}].evidence`,
        `the summary says "${denial[0]}" but the evidence level is "${condition.evidence}"; use "against"`,
      );
  });
}
