import { regionLabelOf } from '../../domain/content-index';
import { resolveRegionRef } from '../../domain/sides';
import { stepsSupport } from '../../domain/techniques';
import type { Side } from '../../content/ids';
import { useAppStore } from '../../state/store';
import { Citations } from '../chains/Citations';
import { EvidenceBadge } from '../chains/EvidenceBadge';
import { FAMILY_LABELS, POSITION_LABELS } from '../labels';

/** A technique variant: contraindications first, then how it is done and why. */
export function TechniqueDetail({ variantId, side }: { variantId: string; side: Side }) {
  const content = useAppStore((s) => s.content);
  const entry = content.variants.get(variantId);
  if (!entry) return null;
  const { variant, technique } = entry;
  return (
    <article className="technique-detail" aria-labelledby="technique-title">
      <h3 id="technique-title">{variant.name}</h3>
      <p className="small muted">
        {FAMILY_LABELS[technique.family]} · {technique.approach} · {technique.activity} ·{' '}
        {regionLabelOf(content, resolveRegionRef(variant.region, side))}
      </p>
      <div className="contraindications" role="note" aria-label="Contraindications">
        <h4>⚠ Contraindications</h4>
        <p className="small">
          <strong>Absolute:</strong>{' '}
          {technique.contraindications.absolute.join('; ') || 'none listed'}
        </p>
        <p className="small">
          <strong>Relative:</strong>{' '}
          {technique.contraindications.relative.join('; ') || 'none listed'}
        </p>
      </div>
      <p>
        <strong>Patient:</strong> {POSITION_LABELS[variant.patientPosition]}.{' '}
        <strong>Operator:</strong> {variant.operatorPosition}
      </p>
      {stepsSupport(variant) === 'principle-only' && (
        <p className="small steps-caveat" role="note" aria-label="About these steps">
          These steps are standard teaching written in our words. The sources below support the
          principle of the technique; none we could read describes this exact sequence, so check it
          against your course text.
        </p>
      )}
      <ol className="steps">
        {variant.steps.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
      {variant.animation?.simplification && (
        <p className="small steps-caveat" role="note" aria-label="Teaching simplification">
          <strong>Teaching simplification:</strong> {variant.animation.simplification}
        </p>
      )}
      <Citations citations={variant.citations} label="Sources for this procedure" />
      <h4>About {FAMILY_LABELS[technique.family].toLowerCase()}</h4>
      <p>{technique.principle}</p>
      {technique.parameters.length > 0 && (
        <dl className="parameters">
          {technique.parameters.map((p) => (
            <div key={p.name}>
              <dt>{p.name}</dt>
              <dd>{p.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <p>
        <EvidenceBadge level={technique.evidence} /> {technique.evidenceSummary}
      </p>
      <Citations citations={technique.citations} />
    </article>
  );
}
