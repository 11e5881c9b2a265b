import { useMemo } from 'react';
import { chainsForCondition } from '../../domain/conditions';
import { useAppStore } from '../../state/store';
import { ChainCard } from './ChainList';

/**
 * A condition's referral chains, under "Referral chains" where a region's are: the first is the
 * one the body draws (marked so), the others open on a click. With none, the body shows where the
 * condition is felt, and the panel says so.
 */
export function ConditionChains({ condition }: { condition: string }) {
  const content = useAppStore((s) => s.content);
  const chains = useMemo(() => chainsForCondition(content, condition), [content, condition]);
  const name = content.conditions.get(condition)?.name ?? condition;
  if (!chains.length)
    return (
      <p className="muted small">
        No referral chain in the atlas explains {name.toLowerCase()}; the body shows where it is
        felt.
      </p>
    );
  return (
    <ul className="chain-list" aria-label={`Chains for ${name.toLowerCase()}`}>
      {chains.map((c, i) => (
        <ChainCard key={`${c.chain.id}.${c.side}`} chain={c} drawn={i === 0} />
      ))}
    </ul>
  );
}
