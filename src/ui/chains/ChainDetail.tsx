import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import type { Side } from '../../content/ids';
import { resolveChainById } from '../../domain/chains';
import { muscleLabelOf, regionLabelOf } from '../../domain/content-index';
import { techniquesForLink } from '../../domain/techniques';
import { useAppStore } from '../../state/store';
import { prefersReducedMotion } from '../../scene/motion';
import { FAMILY_LABELS, MECHANISM_LABELS } from '../labels';
import { Citations } from './Citations';
import { EvidenceBadge } from './EvidenceBadge';

/**
 * A click on a link's card makes it the active link, unless it was on something inside the card
 * that does its own job (a region or technique button, the folded references and their links).
 */
function selectsLink(e: MouseEvent<HTMLElement>): boolean {
  const target = e.target instanceof Element ? e.target : null;
  const control = target?.closest('button, a, input, select, label, summary, details');
  return !control || !e.currentTarget.contains(control);
}

/** One chain, link by link: where, how, how sure we are, and what to do with the hands. */
export function ChainDetail({
  chainId,
  side,
  active,
}: {
  chainId: string;
  side: Side;
  active: number;
}) {
  const content = useAppStore((s) => s.content);
  const { openChain, setLink, stepLink, selectRegion, openTechnique, openCondition } =
    useAppStore.getState();
  const resolved = useMemo(
    () => resolveChainById(content, chainId, side),
    [content, chainId, side],
  );
  const list = useRef<HTMLOListElement>(null);
  const opened = useRef(true);
  // The active link is kept in view as ← / → and "Next link →" move it; a chain that opens on its
  // first link opens at its top (title and summary) instead.
  useEffect(() => {
    const first = opened.current;
    opened.current = false;
    if (first && active === 0) return;
    list.current?.querySelector('[aria-current="step"]')?.scrollIntoView?.({
      block: 'nearest',
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
  }, [active]);
  if (!resolved) return null;
  const { chain, links } = resolved;
  const region = (id: string) => (
    <button type="button" className="link-button" onClick={() => selectRegion(id)}>
      {regionLabelOf(content, id)}
    </button>
  );
  return (
    <article className="chain-detail" aria-labelledby="chain-title">
      <h3 id="chain-title">{chain.title}</h3>
      <p>{chain.summary}</p>
      {resolved.sideDependent && (
        <p className="small muted">
          Shown from the {side} side.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => openChain(chain.id, side === 'left' ? 'right' : 'left', active)}
          >
            Show from the {side === 'left' ? 'right' : 'left'} side
          </button>
        </p>
      )}
      <div className="stepper">
        <button type="button" onClick={() => stepLink(-1)} disabled={active === 0}>
          ← Previous link
        </button>
        <span aria-live="polite">
          Link {active + 1} of {links.length}
        </span>
        <button type="button" onClick={() => stepLink(1)} disabled={active >= links.length - 1}>
          Next link →
        </button>
      </div>
      <ol className="links" ref={list}>
        {links.map((l) => {
          const variants = techniquesForLink(content, l.link);
          const isActive = l.index === active;
          return (
            <li
              key={l.index}
              className={isActive ? 'link active' : 'link'}
              aria-current={isActive ? 'step' : undefined}
              onClick={(e) => {
                if (selectsLink(e)) setLink(l.index);
              }}
            >
              <div className="link-head">
                <span className="link-number" aria-hidden="true">
                  {l.index + 1}
                </span>
                <span>
                  {region(l.from)} → {region(l.to)}
                </span>
              </div>
              <div className="chain-meta">
                <span className="mechanism">{MECHANISM_LABELS[l.link.mechanism]}</span>
                <EvidenceBadge level={l.link.evidence} />
              </div>
              {l.via.length > 0 && (
                <p className="small">
                  <span className="muted">Through: </span>
                  {l.via.map((v) => muscleLabelOf(content, v)).join(', ')}
                </p>
              )}
              <p>{l.link.explanation}</p>
              <Citations citations={l.link.citations} />
              {variants.length > 0 && (
                <div className="link-techniques">
                  <span className="muted small">Techniques for this link:</span>
                  <ul>
                    {variants.map(({ variant, technique }) => (
                      <li key={variant.id}>
                        <button type="button" onClick={() => openTechnique(variant.id, side)}>
                          {variant.name}
                          <span className="muted small"> · {FAMILY_LABELS[technique.family]}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {chain.redFlags.length > 0 && (
        <div className="red-flags" role="note" aria-label="Red flags">
          <h4>⚠ Red flags — rule these out first</h4>
          <ul>
            {chain.redFlags.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
        </div>
      )}
      {chain.conditions.length > 0 && (
        <p className="small">
          <span className="muted">Related conditions: </span>
          {chain.conditions.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <button type="button" className="link-button" onClick={() => openCondition(id)}>
                {content.conditions.get(id)?.name ?? id}
              </button>
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
