/**
 * Conditions by region. Conditions name base regions (`knee`, not `knee.left`): low back pain is
 * the same condition on whichever side it hurts, so a concrete id is reduced to its base first.
 */
import type { Side } from '../content/ids';
import type { Condition } from '../content/schema';
import { resolveChainById, type ResolvedChain } from './chains';
import type { ContentIndex } from './content-index';
import { parseConcreteId } from './sides';

export interface ConditionGroup {
  group: string;
  conditions: Condition[];
}

const byName = (a: Condition, b: Condition) => a.name.localeCompare(b.name);

/** Conditions listing the region, in alphabetical order by name. */
export function conditionsForRegion(index: ContentIndex, regionId: string): Condition[] {
  const parsed = parseConcreteId(regionId);
  if (!parsed) return [];
  return [...index.conditions.values()]
    .filter((condition) => condition.regions.includes(parsed.base))
    .sort(byName);
}

/** Sorts conditions into their groups; groups alphabetical, conditions alphabetical within. */
export function groupConditions(conditions: readonly Condition[]): ConditionGroup[] {
  const groups = new Map<string, Condition[]>();
  for (const condition of conditions) {
    const list = groups.get(condition.group) ?? [];
    list.push(condition);
    groups.set(condition.group, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, list]) => ({ group, conditions: [...list].sort(byName) }));
}

export function conditionsForRegionGrouped(
  index: ContentIndex,
  regionId: string,
): ConditionGroup[] {
  return groupConditions(conditionsForRegion(index, regionId));
}

/** The conditions a chain explains: those it lists plus those that list it, without repeats. */
export function conditionsForChain(index: ContentIndex, chainId: string): Condition[] {
  const chain = index.chains.get(chainId);
  const listed = chain?.conditions ?? [];
  const result = new Map<string, Condition>();
  for (const id of listed) {
    const condition = index.conditions.get(id);
    if (condition) result.set(id, condition);
  }
  for (const condition of index.conditions.values()) {
    if (condition.chains.includes(chainId)) result.set(condition.id, condition);
  }
  return [...result.values()].sort(byName);
}

/** The side a condition's chains are shown from (a condition names no side of its own). */
export const CONDITION_SIDE: Side = 'left';

/**
 * A condition's chains, resolved from the side they are shown from, the first being the one the
 * body draws on its page. The panel and the body paint both read this, so they agree.
 */
export function chainsForCondition(index: ContentIndex, conditionId: string): ResolvedChain[] {
  const condition = index.conditions.get(conditionId);
  return (condition?.chains ?? []).flatMap((id) => {
    const chain = resolveChainById(index, id, CONDITION_SIDE);
    return chain ? [chain] : [];
  });
}
