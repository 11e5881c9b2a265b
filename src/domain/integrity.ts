/**
 * Referential integrity: the rules zod cannot express because they span collections. Every id a
 * piece of content names must exist, sides must suit the structure's pairing, a chain's links
 * must join end to start, and no id may be used twice. Run on the bundled content in tests and
 * on every imported file; with `base`, an imported file may refer to bundled ids and may not
 * redefine them.
 */
import {
  MUSCLE_PAIRING,
  REGION_PAIRING,
  SIDES,
  SURFACE_REGIONS,
  type LinkSide,
} from '../content/ids';
import type { Citation, ContentSet, Muscle, Region, RegionRef, Technique } from '../content/schema';
import { ownValue } from './own';
import { isRelativeSide, isSideAllowed, resolveRegionRef } from './sides';
import { checkMaps } from './integrity-maps';
import { checkConditionEvidence } from './content-truth';

export interface ContentIssue {
  /** Where the problem is, e.g. `chains[3].links[0].to.region`. */
  path: string;
  message: string;
}

export interface IntegrityOptions {
  /** Content the checked set may refer to and must not contradict (the bundled set on import). */
  base?: ContentSet;
}

/** Every id that may be referred to, from the checked set and its base together. */
interface Known {
  regions: Map<string, Region>;
  muscles: Map<string, Muscle>;
  chains: Set<string>;
  techniques: Set<string>;
  families: Set<string>;
  variants: Set<string>;
  conditions: Set<string>;
  references: Set<string>;
}

type Report = (path: string, message: string) => void;

const COLLECTIONS = [
  'regions',
  'muscles',
  'chains',
  'techniques',
  'conditions',
  'references',
  'zones',
  'points',
] as const;

/** JSON with sorted keys, so two items compare equal whatever order their fields were written in. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function allVariants(techniques: readonly Technique[]) {
  return techniques.flatMap((t) => t.variants);
}

function collectKnown(sets: readonly ContentSet[]): Known {
  const known: Known = {
    regions: new Map(),
    muscles: new Map(),
    chains: new Set(),
    techniques: new Set(),
    families: new Set(),
    variants: new Set(),
    conditions: new Set(),
    references: new Set(),
  };
  for (const set of sets) {
    for (const r of set.regions) if (!known.regions.has(r.id)) known.regions.set(r.id, r);
    for (const m of set.muscles) if (!known.muscles.has(m.id)) known.muscles.set(m.id, m);
    for (const c of set.chains) known.chains.add(c.id);
    for (const t of set.techniques) known.techniques.add(t.id);
    for (const t of set.techniques) known.families.add(t.family);
    for (const v of allVariants(set.techniques)) known.variants.add(v.id);
    for (const c of set.conditions) known.conditions.add(c.id);
    for (const r of set.references) known.references.add(r.id);
  }
  return known;
}

const quote = (id: string) => `"${id}"`;

// ---------------------------------------------------------------------------------------------
// Duplicates

/**
 * Same id twice in one collection. References may repeat when the entries are identical (several
 * content files cite the same book); any other repeat is an error.
 */
function checkDuplicates(content: ContentSet, report: Report): void {
  for (const collection of COLLECTIONS) {
    const first = new Map<string, { index: number; json: string }>();
    content[collection].forEach((item, i) => {
      const json = stableStringify(item);
      const seen = first.get(item.id);
      if (!seen) first.set(item.id, { index: i, json });
      else if (collection !== 'references' || seen.json !== json)
        report(
          `${collection}[${i}].id`,
          `duplicate id ${quote(item.id)} (first used at ${collection}[${seen.index}])` +
            (collection === 'references' ? ' with different details' : ''),
        );
    });
  }
  checkVariantIds(content, report);
}

/** Variant ids are global: chains and links name them without their family. */
function checkVariantIds(content: ContentSet, report: Report): void {
  const techniqueIds = new Set(content.techniques.map((t) => t.id));
  const first = new Map<string, string>();
  content.techniques.forEach((technique, t) =>
    technique.variants.forEach((variant, v) => {
      const path = `techniques[${t}].variants[${v}].id`;
      const seen = first.get(variant.id);
      if (seen) report(path, `duplicate variant id ${quote(variant.id)} (first used at ${seen})`);
      else first.set(variant.id, path);
      if (techniqueIds.has(variant.id))
        report(path, `variant id ${quote(variant.id)} is also a technique id; ids must differ`);
    }),
  );
}

/** With a base: an id the base already has must carry identical content, never a new version. */
function checkClashesWithBase(content: ContentSet, base: ContentSet, report: Report): void {
  for (const collection of COLLECTIONS) {
    const baseItems = new Map<string, string>();
    for (const item of base[collection]) baseItems.set(item.id, stableStringify(item));
    content[collection].forEach((item, i) => {
      const existing = baseItems.get(item.id);
      if (existing !== undefined && existing !== stableStringify(item))
        report(
          `${collection}[${i}].id`,
          `id ${quote(item.id)} already exists in the bundled content with different details; ` +
            'choose a new id (imports add content, they never overwrite it)',
        );
    });
  }
  const baseVariants = new Map(allVariants(base.techniques).map((v) => [v.id, stableStringify(v)]));
  const baseTechniques = new Set(base.techniques.map((t) => t.id));
  content.techniques.forEach((technique, t) => {
    if (baseTechniques.has(technique.id)) return; // compared whole above
    technique.variants.forEach((variant, v) => {
      if (baseVariants.has(variant.id))
        report(
          `techniques[${t}].variants[${v}].id`,
          `variant id ${quote(variant.id)} already exists in the bundled content; choose a new id`,
        );
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Sides and references

function sideProblem(paired: boolean, side: LinkSide, what: string): string | null {
  if (isSideAllowed(paired, side)) return null;
  return paired
    ? `${what} is paired: its side must be same, opposite, left or right, not midline`
    : `${what} is a midline structure: its side must be midline, not ${side}`;
}

function checkRegionRef(ref: RegionRef, path: string, known: Known, report: Report): void {
  const region = known.regions.get(ref.region);
  if (!region) return report(`${path}.region`, `unknown region ${quote(ref.region)}`);
  const problem = sideProblem(region.paired, ref.side, `region ${quote(ref.region)}`);
  if (problem) report(`${path}.side`, problem);
}

function checkCitations(
  citations: readonly Citation[],
  path: string,
  known: Known,
  report: Report,
): void {
  citations.forEach((c, i) => {
    if (!known.references.has(c.ref))
      report(`${path}[${i}].ref`, `unknown reference ${quote(c.ref)}`);
  });
}

function checkIdList(
  ids: readonly string[],
  path: string,
  exists: (id: string) => boolean,
  what: string,
  report: Report,
): void {
  ids.forEach((id, i) => {
    if (!exists(id)) report(`${path}[${i}]`, `unknown ${what} ${quote(id)}`);
  });
}

// ---------------------------------------------------------------------------------------------
// Collections

/** Regions must be ones the body model draws, with the pairing the body gives them. */
function checkRegions(content: ContentSet, report: Report): void {
  content.regions.forEach((region, i) => {
    const pairing = ownValue<string>(REGION_PAIRING, region.id);
    if (!pairing)
      return report(`regions[${i}].id`, `region ${quote(region.id)} is not part of the body model`);
    if ((pairing === 'paired') !== region.paired)
      report(`regions[${i}].paired`, `the body model has region ${quote(region.id)} as ${pairing}`);
    const kind = Object.hasOwn(SURFACE_REGIONS, region.id) ? 'surface' : 'visceral';
    if (region.kind !== kind)
      report(`regions[${i}].kind`, `the body model has region ${quote(region.id)} as ${kind}`);
  });
}

function checkMuscles(content: ContentSet, known: Known, report: Report): void {
  content.muscles.forEach((muscle, i) => {
    const path = `muscles[${i}]`;
    const pairing = ownValue<string>(MUSCLE_PAIRING, muscle.id);
    if (!pairing) report(`${path}.id`, `muscle ${quote(muscle.id)} is not part of the body model`);
    else if ((pairing === 'paired') !== muscle.paired)
      report(`${path}.paired`, `the body model has muscle ${quote(muscle.id)} as ${pairing}`);
    checkIdList(muscle.regions, `${path}.regions`, (id) => known.regions.has(id), 'region', report);
    checkCitations(muscle.citations, `${path}.citations`, known, report);
    if (!muscle.referral) return;
    muscle.referral.targets.forEach((target, t) => {
      const targetPath = `${path}.referral.targets[${t}]`;
      checkRegionRef(target, targetPath, known, report);
      // `same` / `opposite` mean "relative to the muscle's side"; a midline muscle has none.
      if (!muscle.paired && isRelativeSide(target.side))
        report(
          `${targetPath}.side`,
          `muscle ${quote(muscle.id)} is midline, so a target side cannot be ${target.side}; use left or right`,
        );
    });
    checkCitations(muscle.referral.citations, `${path}.referral.citations`, known, report);
  });
}

function checkVia(
  via: { structure: string; side: LinkSide },
  path: string,
  known: Known,
  report: Report,
): void {
  const muscle = known.muscles.get(via.structure);
  if (!muscle)
    return report(`${path}.structure`, `unknown muscle or fascia ${quote(via.structure)}`);
  const problem = sideProblem(muscle.paired, via.side, `structure ${quote(via.structure)}`);
  if (problem) report(`${path}.side`, problem);
}

/** Link n must end where link n+1 starts, for whichever side the user picks. */
function checkLinksConnect(
  links: ContentSet['chains'][number]['links'],
  path: string,
  report: Report,
): void {
  for (let i = 0; i + 1 < links.length; i++) {
    const current = links[i];
    const next = links[i + 1];
    if (!current || !next) continue;
    const broken = SIDES.filter(
      (side) => resolveRegionRef(current.to, side) !== resolveRegionRef(next.from, side),
    );
    if (broken.length === 0) continue;
    const end = `${current.to.region} (${current.to.side})`;
    const start = `${next.from.region} (${next.from.side})`;
    const when = broken.length === 1 ? ` when ${broken[0]} is picked` : '';
    report(
      `${path}.links[${i + 1}].from`,
      `link ${i + 2} starts at ${start} but link ${i + 1} ends at ${end}${when}`,
    );
  }
}

function checkChains(content: ContentSet, known: Known, report: Report): void {
  content.chains.forEach((chain, c) => {
    const path = `chains[${c}]`;
    chain.links.forEach((link, l) => {
      const linkPath = `${path}.links[${l}]`;
      checkRegionRef(link.from, `${linkPath}.from`, known, report);
      checkRegionRef(link.to, `${linkPath}.to`, known, report);
      link.via.forEach((via, v) => checkVia(via, `${linkPath}.via[${v}]`, known, report));
      checkCitations(link.citations, `${linkPath}.citations`, known, report);
      const isVariant = (id: string) => known.variants.has(id);
      checkIdList(
        link.techniques,
        `${linkPath}.techniques`,
        isVariant,
        'technique variant',
        report,
      );
    });
    checkLinksConnect(chain.links, path, report);
    const isCondition = (id: string) => known.conditions.has(id);
    checkIdList(chain.conditions, `${path}.conditions`, isCondition, 'condition', report);
  });
}

function checkTechniques(content: ContentSet, known: Known, report: Report): void {
  content.techniques.forEach((technique, t) => {
    const path = `techniques[${t}]`;
    checkCitations(technique.citations, `${path}.citations`, known, report);
    technique.parameters.forEach((p, i) =>
      checkCitations(p.citations, `${path}.parameters[${i}].citations`, known, report),
    );
    technique.variants.forEach((variant, v) => {
      const variantPath = `${path}.variants[${v}]`;
      checkRegionRef(variant.region, `${variantPath}.region`, known, report);
      const isTarget = (id: string) => known.muscles.has(id) || known.regions.has(id);
      checkIdList(variant.targets, `${variantPath}.targets`, isTarget, 'muscle or region', report);
      checkCitations(variant.citations, `${variantPath}.citations`, known, report);
    });
  });
}

function checkConditions(content: ContentSet, known: Known, report: Report): void {
  content.conditions.forEach((condition, c) => {
    const path = `conditions[${c}]`;
    const isRegion = (id: string) => known.regions.has(id);
    const isChain = (id: string) => known.chains.has(id);
    // A condition may name a variant, a technique entry or a whole family.
    const isTechnique = (id: string) =>
      known.variants.has(id) || known.techniques.has(id) || known.families.has(id);
    checkIdList(condition.regions, `${path}.regions`, isRegion, 'region', report);
    checkIdList(condition.chains, `${path}.chains`, isChain, 'chain', report);
    checkIdList(condition.techniques, `${path}.techniques`, isTechnique, 'technique', report);
    checkCitations(condition.citations, `${path}.citations`, known, report);
  });
}

/** All integrity problems of a content set; empty when it is consistent. */
export function checkIntegrity(
  content: ContentSet,
  options: IntegrityOptions = {},
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report: Report = (path, message) => {
    issues.push({ path, message });
  };
  const known = collectKnown(options.base ? [options.base, content] : [content]);
  checkDuplicates(content, report);
  if (options.base) checkClashesWithBase(content, options.base, report);
  checkRegions(content, report);
  checkMuscles(content, known, report);
  checkChains(content, known, report);
  checkTechniques(content, known, report);
  checkConditions(content, known, report);
  checkConditionEvidence(content, report);
  checkMaps(
    content,
    known.muscles,
    (refs, path) => checkCitations(refs, path, known, report),
    report,
  );
  return issues;
}
