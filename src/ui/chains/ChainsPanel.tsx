import { selectPage } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { ChainDetail } from './ChainDetail';
import { ChainList } from './ChainList';
import { ConditionChains } from './ConditionChains';

/**
 * The "Referral chains" landmark: the chains of the selected region or condition, or one chain in
 * full.
 */
export function ChainsPanel() {
  const page = useAppStore(selectPage);
  return (
    <section aria-label="Referral chains" className="panel-section">
      <h2>Referral chains</h2>
      {page.kind === 'region' ? (
        <ChainList region={page.region} />
      ) : page.kind === 'chain' ? (
        <ChainDetail chainId={page.chain} side={page.side} active={page.link} />
      ) : page.kind === 'condition' ? (
        <ConditionChains condition={page.condition} />
      ) : (
        <p className="muted small">
          Click the body or choose a region to see where pain there may come from, and where
          dysfunction there may refer to.
        </p>
      )}
    </section>
  );
}
