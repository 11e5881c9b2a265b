import { useMemo } from 'react';
import { LazyPanel } from '../../app/LazyPanel';
import { mapsPanelPart } from '../../app/parts';
import { chainsForRegion, type ResolvedChain } from '../../domain/chains';
import { regionLabelOf } from '../../domain/content-index';
import { useAppStore } from '../../state/store';
import { MECHANISM_LABELS } from '../labels';
import { EvidenceBadge } from './EvidenceBadge';
import { pathLabel, weakestEvidence } from './chain-summary';

/** A chain as a button that opens it; `drawn` marks the chain the body shows now. */
export function ChainCard({ chain, drawn = false }: { chain: ResolvedChain; drawn?: boolean }) {
  const content = useAppStore((s) => s.content);
  const openChain = useAppStore((s) => s.openChain);
  const mechanisms = [...new Set(chain.links.map((l) => MECHANISM_LABELS[l.link.mechanism]))];
  return (
    <li>
      <button
        type="button"
        className="chain-card"
        onClick={() => openChain(chain.chain.id, chain.side)}
      >
        {drawn && (
          <span className="chain-drawn" data-testid="drawn-chain" data-chain={chain.chain.id}>
            Drawn on the body
          </span>
        )}
        <span className="chain-title">{chain.chain.title}</span>
        <span className="chain-path">{pathLabel(content, chain)}</span>
        <span className="chain-meta">
          <span className="mechanism">{mechanisms.join(' · ')}</span>
          <EvidenceBadge level={weakestEvidence(chain)} />
        </span>
      </button>
    </li>
  );
}

function Group({
  title,
  chains,
  empty,
}: {
  title: string;
  chains: ResolvedChain[];
  empty: string;
}) {
  return (
    <div className="chain-group">
      <h3>
        {title} <span className="count">({chains.length})</span>
      </h3>
      {chains.length ? (
        <ul className="chain-list" aria-label={title}>
          {chains.map((c) => (
            <ChainCard key={`${c.chain.id}.${c.side}`} chain={c} />
          ))}
        </ul>
      ) : (
        <p className="muted small">{empty}</p>
      )}
    </div>
  );
}

/** The chains touching a region, in both directions. */
export function ChainList({ region }: { region: string }) {
  const content = useAppStore((s) => s.content);
  const groups = useMemo(() => chainsForRegion(content, region), [content, region]);
  const label = regionLabelOf(content, region);
  return (
    <>
      {/* Every mapped source of pain here (the maps load with it), then the chains ending here. */}
      <LazyPanel
        part={mapsPanelPart}
        fallback={
          <Group
            title="Pain here may come from"
            chains={groups.endingHere}
            empty={`No chain in the atlas ends at the ${label.toLowerCase()}.`}
          />
        }
      >
        {(m) => <m.DifferentialList region={region} chains={groups.endingHere} />}
      </LazyPanel>
      <Group
        title="Dysfunction here may refer to"
        chains={groups.startingHere}
        empty={`No chain in the atlas starts at the ${label.toLowerCase()}.`}
      />
      {groups.passingThrough.length > 0 && (
        <Group title="Chains passing through here" chains={groups.passingThrough} empty="" />
      )}
    </>
  );
}
