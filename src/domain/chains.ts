/**
 * Referral-chain queries. A chain is written with relative sides; resolving it for the side the
 * user picked turns every link end and every structure it runs through into a concrete id that
 * the body can draw (`hip.left` → `shoulder.right` via `gluteus-maximus.left`, ...).
 */
import type { Chain, ChainLink } from '../content/schema';
import type { ContentIndex } from './content-index';
import {
  formatConcreteId,
  isRelativeSide,
  resolveRegionRef,
  resolveSide,
  type Side,
} from './sides';

export interface ResolvedLink {
  /** Position of the link in its chain (0-based). */
  index: number;
  link: ChainLink;
  /** Concrete region ids. */
  from: string;
  to: string;
  /** Concrete muscle / fascia ids, in the order the content lists them. */
  via: string[];
}

export interface ResolvedChain {
  chain: Chain;
  /** The side the chain was resolved for (`left` by convention when it does not matter). */
  side: Side;
  /** False when no end or structure depends on the picked side: both sides resolve identically. */
  sideDependent: boolean;
  links: ResolvedLink[];
}

export interface ChainsForRegion {
  endingHere: ResolvedChain[];
  startingHere: ResolvedChain[];
  passingThrough: ResolvedChain[];
}

export function resolveLink(link: ChainLink, index: number, picked: Side): ResolvedLink {
  return {
    index,
    link,
    from: resolveRegionRef(link.from, picked),
    to: resolveRegionRef(link.to, picked),
    via: link.via.map((v) => formatConcreteId(v.structure, resolveSide(v.side, picked))),
  };
}

export function resolveChainLinks(chain: Chain, picked: Side): ResolvedLink[] {
  return chain.links.map((link, i) => resolveLink(link, i, picked));
}

/** True when some link end or structure is written `same` / `opposite`. */
export function isSideDependent(chain: Chain): boolean {
  return chain.links.some(
    (link) =>
      isRelativeSide(link.from.side) ||
      isRelativeSide(link.to.side) ||
      link.via.some((v) => isRelativeSide(v.side)),
  );
}

export function resolveChain(chain: Chain, picked: Side): ResolvedChain {
  const sideDependent = isSideDependent(chain);
  return {
    chain,
    side: sideDependent ? picked : 'left',
    sideDependent,
    links: resolveChainLinks(chain, picked),
  };
}

/** Resolves a chain by id (as a deep link `#/chain/<id>/<side>` names it); undefined if unknown. */
export function resolveChainById(
  index: ContentIndex,
  chainId: string,
  picked: Side,
): ResolvedChain | undefined {
  const chain = index.chains.get(chainId);
  return chain ? resolveChain(chain, picked) : undefined;
}

/** The regions the chain visits in order: the first link's start, then every link's end. */
export function chainPath(links: readonly ResolvedLink[]): string[] {
  const first = links[0];
  return first ? [first.from, ...links.map((l) => l.to)] : [];
}

/** Every concrete muscle / fascia id the resolved chain runs through, without repeats. */
export function chainStructures(links: readonly ResolvedLink[]): string[] {
  return [...new Set(links.flatMap((l) => l.via))];
}

type Touch = keyof ChainsForRegion | null;

function howItTouches(links: readonly ResolvedLink[], regionId: string): Touch {
  const first = links[0];
  const last = links[links.length - 1];
  if (!first || !last) return null;
  if (first.from === regionId) return 'startingHere';
  if (last.to === regionId) return 'endingHere';
  const touches = links.some((l) => l.from === regionId || l.to === regionId);
  return touches ? 'passingThrough' : null;
}

/**
 * The resolutions worth offering for a chain: one per picked side when the side changes which
 * regions it visits, otherwise one (resolved for `left` by convention). A chain whose regions are
 * all midline but whose muscles are sided (lumbar spine → neck via erector spinae) is one entry:
 * from a midline region there is no side to choose between.
 */
function distinctResolutions(chain: Chain): ResolvedChain[] {
  const left = resolveChain(chain, 'left');
  if (!left.sideDependent) return [left];
  const right = resolveChain(chain, 'right');
  const samePath = chainPath(left.links).join() === chainPath(right.links).join();
  return samePath ? [left] : [left, right];
}

/**
 * The chains that start, end or pass through a concrete region (`ankle.left`, `gallbladder`),
 * each resolved for the picked side that makes it touch the region. A chain that starts at a
 * midline region and spreads to a side (lumbar spine → leg) appears once per side.
 */
export function chainsForRegion(index: ContentIndex, concreteRegionId: string): ChainsForRegion {
  const result: ChainsForRegion = { endingHere: [], startingHere: [], passingThrough: [] };
  for (const chain of index.chains.values()) {
    for (const resolved of distinctResolutions(chain)) {
      const touch = howItTouches(resolved.links, concreteRegionId);
      if (touch) result[touch].push(resolved);
    }
  }
  return result;
}

/** All chains touching the region, flattened (start, then end, then passing through). */
export function allChainsForRegion(index: ContentIndex, concreteRegionId: string): ResolvedChain[] {
  const { startingHere, endingHere, passingThrough } = chainsForRegion(index, concreteRegionId);
  return [...startingHere, ...endingHere, ...passingThrough];
}
