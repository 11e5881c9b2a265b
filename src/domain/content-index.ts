/**
 * Lookup maps over a content set, built once and passed to every query, so queries never scan
 * arrays by id and never reach for the bundled content themselves (tests hand them fixtures).
 */
import type {
  Chain,
  Condition,
  ContentSet,
  Muscle,
  Reference,
  Region,
  Technique,
  TechniqueVariant,
} from '../content/schema';
import { concreteLabel, parseConcreteId } from './sides';

/** A variant together with the technique family entry it belongs to. */
export interface VariantEntry {
  variant: TechniqueVariant;
  technique: Technique;
}

export interface ContentIndex {
  content: ContentSet;
  regions: ReadonlyMap<string, Region>;
  muscles: ReadonlyMap<string, Muscle>;
  chains: ReadonlyMap<string, Chain>;
  techniques: ReadonlyMap<string, Technique>;
  variants: ReadonlyMap<string, VariantEntry>;
  conditions: ReadonlyMap<string, Condition>;
  references: ReadonlyMap<string, Reference>;
}

/** First occurrence wins: duplicates are reported by `checkIntegrity`, not silently merged here. */
function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function variantsById(techniques: readonly Technique[]): Map<string, VariantEntry> {
  const map = new Map<string, VariantEntry>();
  for (const technique of techniques) {
    for (const variant of technique.variants) {
      if (!map.has(variant.id)) map.set(variant.id, { variant, technique });
    }
  }
  return map;
}

export function buildContentIndex(content: ContentSet): ContentIndex {
  return {
    content,
    regions: byId(content.regions),
    muscles: byId(content.muscles),
    chains: byId(content.chains),
    techniques: byId(content.techniques),
    variants: variantsById(content.techniques),
    conditions: byId(content.conditions),
    references: byId(content.references),
  };
}

/** The region a concrete id (`ankle.left`) or base id names, if the content has it. */
export function regionOf(index: ContentIndex, concreteOrBaseId: string): Region | undefined {
  const parsed = parseConcreteId(concreteOrBaseId);
  return parsed ? index.regions.get(parsed.base) : undefined;
}

/** The muscle a concrete id (`gluteus-maximus.right`) or base id names, if the content has it. */
export function muscleOf(index: ContentIndex, concreteOrBaseId: string): Muscle | undefined {
  const parsed = parseConcreteId(concreteOrBaseId);
  return parsed ? index.muscles.get(parsed.base) : undefined;
}

/** Human label of a concrete region id, using the content's name: `ankle.left` → `Left ankle`. */
export function regionLabelOf(index: ContentIndex, concreteId: string): string {
  return concreteLabel(concreteId, regionOf(index, concreteId)?.name);
}

/** Human label of a concrete muscle id: `gluteus-maximus.right` → `Right gluteus maximus`. */
export function muscleLabelOf(index: ContentIndex, concreteId: string): string {
  return concreteLabel(concreteId, muscleOf(index, concreteId)?.name);
}

/** Every concrete id of a region: both sides for a paired region, the base id for a midline one. */
export function concreteIdsOfRegion(region: Region): string[] {
  return region.paired ? [`${region.id}.left`, `${region.id}.right`] : [region.id];
}

/** Every concrete region id of the content set, in content order (the "Body regions" list). */
export function allConcreteRegionIds(index: ContentIndex): string[] {
  return [...index.regions.values()].flatMap(concreteIdsOfRegion);
}

/** True when the id names a region of the content with the right laterality (`ankle.left`, `sacrum`). */
export function isConcreteRegionId(index: ContentIndex, id: string): boolean {
  const parsed = parseConcreteId(id);
  const region = parsed ? index.regions.get(parsed.base) : undefined;
  return !!region && region.paired === (parsed?.side != null);
}
