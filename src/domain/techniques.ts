/**
 * Which technique variants address a chain, a link, a region or a condition. Content links
 * techniques by variant id (chain links) or by variant or family-entry id (conditions); these
 * queries turn ids into variants with their family, in content order, without repeats.
 */
import type { ChainLink, Technique } from '../content/schema';
import type { ContentIndex, VariantEntry } from './content-index';
import { parseConcreteId } from './sides';

export type { VariantEntry } from './content-index';

/** A variant with its family; undefined when the id is unknown. */
export function variantById(index: ContentIndex, variantId: string): VariantEntry | undefined {
  return index.variants.get(variantId);
}

/** All variants of a technique family entry, in content order. */
export function variantsOfTechnique(technique: Technique): VariantEntry[] {
  return technique.variants.map((variant) => ({ variant, technique }));
}

/** Keeps the first entry per variant id and drops unknown ids (integrity reports those). */
function entriesFor(index: ContentIndex, variantIds: Iterable<string>): VariantEntry[] {
  const seen = new Set<string>();
  const entries: VariantEntry[] = [];
  for (const id of variantIds) {
    const entry = index.variants.get(id);
    if (entry && !seen.has(id)) {
      seen.add(id);
      entries.push(entry);
    }
  }
  return entries;
}

export function techniquesForLink(index: ContentIndex, link: ChainLink): VariantEntry[] {
  return entriesFor(index, link.techniques);
}

export function techniquesForChain(index: ContentIndex, chainId: string): VariantEntry[] {
  const chain = index.chains.get(chainId);
  return chain
    ? entriesFor(
        index,
        chain.links.flatMap((l) => l.techniques),
      )
    : [];
}

/**
 * Variants performed on a region. A variant written `same` / `opposite` can be done on either
 * side (the player mirrors it), so it matches both sides; `left` / `right` match that side only.
 * Accepts a concrete id (`ankle.left`) or a base id (`ankle`: any side).
 */
export function techniquesForRegion(index: ContentIndex, regionId: string): VariantEntry[] {
  const parsed = parseConcreteId(regionId);
  if (!parsed) return [];
  const matches = [...index.variants.values()].filter(({ variant }) => {
    if (variant.region.region !== parsed.base) return false;
    const side = variant.region.side;
    return !parsed.side || (side !== 'left' && side !== 'right') || side === parsed.side;
  });
  return matches;
}

/**
 * Ids a condition lists may name a variant, a technique entry or a family (`hvla`); the last two
 * stand for all of their variants.
 */
export function expandTechniqueId(index: ContentIndex, id: string): string[] {
  if (index.variants.has(id)) return [id];
  const technique = index.techniques.get(id);
  const techniques = technique ? [technique] : techniquesOfFamily(index, id);
  return techniques.flatMap((t) => t.variants.map((v) => v.id));
}

/** Technique entries of a family id (`hvla`); usually one. */
export function techniquesOfFamily(index: ContentIndex, familyId: string): Technique[] {
  return [...index.techniques.values()].filter((t) => t.family === familyId);
}

/**
 * Variants for a condition: the ones it lists first, then those addressing the links of its
 * chains, because a condition explained by a chain is treated through that chain's links.
 */
export function techniquesForCondition(index: ContentIndex, conditionId: string): VariantEntry[] {
  const condition = index.conditions.get(conditionId);
  if (!condition) return [];
  const listed = condition.techniques.flatMap((id) => expandTechniqueId(index, id));
  const fromChains = condition.chains.flatMap((chainId) =>
    techniquesForChain(index, chainId).map((e) => e.variant.id),
  );
  return entriesFor(index, [...listed, ...fromChains]);
}

/** The chains whose links name a variant: "where does this technique help?". */
export function chainsForVariant(index: ContentIndex, variantId: string): string[] {
  return [...index.chains.values()]
    .filter((chain) => chain.links.some((l) => l.techniques.includes(variantId)))
    .map((chain) => chain.id);
}

/** The marker that docs/CONTENT.md defines for a citation that supports only the principle. */
const PRINCIPLE_ONLY = /principle only/i;

/**
 * Whether a variant's step sequence rests on a source that describes those steps. When every
 * citation is marked "principle only" the steps are standard teaching in our words, and the
 * player says so rather than letting the citations look like step-level support.
 */
export function stepsSupport(variant: {
  citations: readonly { locator?: string | undefined }[];
}): 'step-level' | 'principle-only' {
  return variant.citations.every((c) => PRINCIPLE_ONLY.test(c.locator ?? ''))
    ? 'principle-only'
    : 'step-level';
}
