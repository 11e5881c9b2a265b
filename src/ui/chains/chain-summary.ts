import type { EvidenceLevel } from '../../content/ids';
import { EVIDENCE_LEVELS } from '../../content/ids';
import { chainPath, type ResolvedChain } from '../../domain/chains';
import { regionLabelOf, type ContentIndex } from '../../domain/content-index';

/** "Left ankle → Left knee → Left hip": the regions a resolved chain visits. */
export function pathLabel(content: ContentIndex, chain: ResolvedChain): string {
  return chainPath(chain.links)
    .map((id) => regionLabelOf(content, id))
    .join(' → ');
}

/** A chain is only as well supported as its weakest link; the card shows that one. */
export function weakestEvidence(chain: ResolvedChain): EvidenceLevel {
  let worst = 0;
  for (const { link } of chain.links)
    worst = Math.max(worst, EVIDENCE_LEVELS.indexOf(link.evidence));
  return EVIDENCE_LEVELS[worst] ?? 'traditional';
}
