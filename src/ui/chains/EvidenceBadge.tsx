import type { EvidenceLevel } from '../../content/ids';
import { EVIDENCE_LABELS } from '../labels';

/** Evidence level as words and a dot scale (never colour alone). */
export function EvidenceBadge({ level }: { level: EvidenceLevel }) {
  const e = EVIDENCE_LABELS[level];
  return (
    <span className={`evidence evidence-${level}`} title={e.hint}>
      <span aria-hidden="true" className="dots">
        {'●'.repeat(e.dots)}
        {'○'.repeat(4 - e.dots)}
      </span>
      {e.text}
    </span>
  );
}
