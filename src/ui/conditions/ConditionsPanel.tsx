import { useMemo } from 'react';
import { groupConditions } from '../../domain/conditions';
import { selectPage } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { Citations } from '../chains/Citations';
import { EvidenceBadge } from '../chains/EvidenceBadge';

function ConditionBrowser() {
  const content = useAppStore((s) => s.content);
  const openCondition = useAppStore((s) => s.openCondition);
  const groups = useMemo(() => groupConditions([...content.conditions.values()]), [content]);
  return (
    <>
      {groups.map((g) => (
        <div key={g.group} className="condition-group">
          <h3>{g.group}</h3>
          <ul className="pill-list">
            {g.conditions.map((c) => (
              <li key={c.id}>
                <button type="button" onClick={() => openCondition(c.id)}>
                  {c.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function ConditionDetail({ id }: { id: string }) {
  const content = useAppStore((s) => s.content);
  const condition = content.conditions.get(id);
  if (!condition) return null;
  return (
    <article aria-labelledby="condition-title">
      <h3 id="condition-title">{condition.name}</h3>
      {condition.aliases.length > 0 && (
        <p className="small muted">Also called: {condition.aliases.join(', ')}</p>
      )}
      <p>
        <EvidenceBadge level={condition.evidence} /> {condition.evidenceSummary}
      </p>
      <Citations citations={condition.citations} />
      {condition.redFlags.length > 0 && (
        <div className="red-flags" role="note" aria-label="Red flags">
          <h4>⚠ Red flags — rule these out first</h4>
          <ul>
            {condition.redFlags.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}

/** Conditions: a browser on the home page, one condition in full on its page. */
export function ConditionsPanel() {
  const page = useAppStore(selectPage);
  if (page.kind !== 'home' && page.kind !== 'condition') return null;
  return (
    <section aria-label="Conditions" className="panel-section">
      <h2>Conditions</h2>
      {page.kind === 'condition' ? <ConditionDetail id={page.condition} /> : <ConditionBrowser />}
    </section>
  );
}
