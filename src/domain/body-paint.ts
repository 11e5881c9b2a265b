/**
 * What the body should show for the current page, as pure data: which regions are tinted in which
 * role, which structures are drawn, and the numbered links. The scene turns this into colours,
 * tubes and labels; tests read it without WebGL.
 */
import { chainsForRegion, resolveChainById, type ResolvedChain } from './chains';
import { chainsForCondition, CONDITION_SIDE } from './conditions';
import type { ContentIndex } from './content-index';
import type { Side } from '../content/ids';
import type { Page } from './url';

export type RegionRole = 'selected' | 'source' | 'target' | 'relay' | 'related';

export interface PaintedRegion {
  id: string;
  role: RegionRole;
  /** Link numbers (1-based) whose ends touch this region, for labels. */
  links: number[];
}

export interface PaintedLink {
  number: number;
  from: string;
  to: string;
  via: string[];
  active: boolean;
}

export interface BodyPaint {
  regions: PaintedRegion[];
  links: PaintedLink[];
  /** Concrete muscle / fascia ids to draw even when the muscle layer is hidden. */
  structures: string[];
  /**
   * How those structures show while the skin is on: `see-through` turns the skin partly
   * transparent over them (a chain's path is read through the body); `skin-glow` keeps the skin
   * solid and tints it over them (a technique: the patient and the hands stay solid and cheap to
   * draw while they move).
   */
  structureView: 'see-through' | 'skin-glow';
  /** True when anything not named above should be dimmed. */
  dimOthers: boolean;
  /** Regions the camera should frame (empty: leave the camera alone). */
  frame: string[];
  /**
   * Whether the painted regions are named by labels on the body. Not on a technique: the patient
   * is posed on the table, away from the standing body the label anchors belong to, and the
   * player already names what is treated.
   */
  labelRegions: boolean;
}

export const EMPTY_PAINT: BodyPaint = {
  regions: [],
  links: [],
  structures: [],
  structureView: 'see-through',
  dimOthers: false,
  frame: [],
  labelRegions: true,
};

function add(map: Map<string, PaintedRegion>, id: string, role: RegionRole, link?: number) {
  const existing = map.get(id);
  // A region keeps its strongest role: an explicit source / target beats a relay.
  const rank: Record<RegionRole, number> = {
    selected: 5,
    source: 4,
    target: 3,
    relay: 2,
    related: 1,
  };
  if (!existing) map.set(id, { id, role, links: link ? [link] : [] });
  else {
    if (rank[role] > rank[existing.role]) existing.role = role;
    if (link && !existing.links.includes(link)) existing.links.push(link);
  }
}

/** A chain drawn on the body: its start is the source, its end the target, stops in between relays. */
export function paintChain(chain: ResolvedChain, activeLink: number): BodyPaint {
  const regions = new Map<string, PaintedRegion>();
  const last = chain.links.length - 1;
  chain.links.forEach((l, i) => {
    add(regions, l.from, i === 0 ? 'source' : 'relay', i + 1);
    add(regions, l.to, i === last ? 'target' : 'relay', i + 1);
  });
  const active = chain.links[activeLink] ?? chain.links[0];
  return {
    regions: [...regions.values()],
    links: chain.links.map((l, i) => ({
      number: i + 1,
      from: l.from,
      to: l.to,
      via: l.via,
      active: i === activeLink,
    })),
    structures: [...new Set(chain.links.flatMap((l) => l.via))],
    structureView: 'see-through',
    dimOthers: true,
    frame: active ? [...new Set([...chain.links.flatMap((l) => [l.from, l.to])])] : [],
    labelRegions: true,
  };
}

/** A selected region, and the regions at the other ends of its chains (softly). */
export function paintRegion(content: ContentIndex, region: string): BodyPaint {
  const regions = new Map<string, PaintedRegion>();
  add(regions, region, 'selected');
  const { startingHere, endingHere, passingThrough } = chainsForRegion(content, region);
  for (const c of startingHere) for (const l of c.links) add(regions, l.to, 'related');
  for (const c of endingHere) for (const l of c.links) add(regions, l.from, 'related');
  for (const c of passingThrough)
    for (const l of c.links) add(regions, l.from === region ? l.to : l.from, 'related');
  return { ...EMPTY_PAINT, regions: [...regions.values()], frame: [region] };
}

/**
 * A condition with no chain drawn: where it is felt (its regions, on the side its chains would be
 * drawn from).
 */
export function paintConditionRegions(content: ContentIndex, conditionId: string): BodyPaint {
  const condition = content.conditions.get(conditionId);
  if (!condition) return EMPTY_PAINT;
  const ids = condition.regions.flatMap((base) => {
    const region = content.regions.get(base);
    return region ? [region.paired ? `${base}.${CONDITION_SIDE}` : base] : [];
  });
  return {
    ...EMPTY_PAINT,
    regions: ids.map((id) => ({ id, role: 'target' as const, links: [] })),
    frame: ids,
  };
}

/**
 * The paint for any page: a chain page draws its chain, a condition page its first chain (or,
 * with none, where it is felt).
 */
export function paintForPage(content: ContentIndex, page: Page): BodyPaint {
  switch (page.kind) {
    case 'region':
      return paintRegion(content, page.region);
    case 'chain': {
      const chain = resolveChainById(content, page.chain, page.side);
      return chain ? paintChain(chain, page.link) : EMPTY_PAINT;
    }
    case 'condition': {
      const [drawn] = chainsForCondition(content, page.condition);
      return drawn ? paintChain(drawn, 0) : paintConditionRegions(content, page.condition);
    }
    case 'technique':
      return paintTechnique(content, page.variant, page.side);
    default:
      return EMPTY_PAINT;
  }
}

/** A technique glows on what it treats: its target muscles and regions, on the picked side. */
export function paintTechnique(content: ContentIndex, variantId: string, side: Side): BodyPaint {
  const variant = content.variants.get(variantId)?.variant;
  if (!variant) return EMPTY_PAINT;
  const concrete = (base: string, paired: boolean | undefined) =>
    paired ? `${base}.${side}` : base;
  const structures = variant.targets.flatMap((t) =>
    content.muscles.has(t) ? [concrete(t, content.muscles.get(t)?.paired)] : [],
  );
  const regions = variant.targets.flatMap((t) =>
    content.regions.has(t)
      ? [{ id: concrete(t, content.regions.get(t)?.paired), role: 'selected' as const, links: [] }]
      : [],
  );
  return { ...EMPTY_PAINT, regions, structures, structureView: 'skin-glow', labelRegions: false };
}
