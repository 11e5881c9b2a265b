/**
 * Full-text search over the whole content set with MiniSearch (a maintained library, not a
 * hand-rolled index): regions (one entry per side, so "left ankle" finds `ankle.left`), muscles,
 * chains, conditions, technique families and variants, including their aliases ("SCM",
 * "tennis elbow"). Prefix matching lets results appear while typing; fuzzy matching forgives
 * typos in longer words ("migrane").
 */
import MiniSearch, { type SearchOptions, type SearchResult as MiniSearchResult } from 'minisearch';
import type { ContentIndex } from './content-index';
import { concreteIdsOfRegion } from './content-index';
import { concreteLabel } from './sides';

export type SearchKind = 'region' | 'muscle' | 'chain' | 'condition' | 'technique' | 'variant';

export interface SearchResult {
  kind: SearchKind;
  /** Concrete id for regions (`ankle.left`); the content id for everything else. */
  id: string;
  label: string;
  /** One short line that tells results with similar labels apart. */
  detail: string;
}

/** `id` is MiniSearch's own result field, so the content id is stored as `ref`. */
interface SearchDoc extends Omit<SearchResult, 'id'> {
  key: string;
  ref: string;
  /** Label and aliases, for the exact-name rule (not indexed). */
  names: string[];
  aliases: string;
  keywords: string;
  text: string;
}

export interface SearchOptionsIn {
  limit?: number;
  kinds?: readonly SearchKind[];
}

export interface ContentSearch {
  search(query: string, options?: SearchOptionsIn): SearchResult[];
}

const GROUP_NAMES: Record<string, string> = {
  'head-neck': 'Head and neck',
  trunk: 'Trunk',
  'upper-limb': 'Upper limb',
  'lower-limb': 'Lower limb',
  viscera: 'Organ',
};

const DETAIL_MAX = 120;

/** Shortens running text at a word boundary so the detail line stays one line. */
function clip(text: string, max = DETAIL_MAX): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function regionDocs(index: ContentIndex): SearchDoc[] {
  return [...index.regions.values()].flatMap((region) =>
    concreteIdsOfRegion(region).map((id) => ({
      key: `region:${id}`,
      kind: 'region' as const,
      ref: id,
      label: concreteLabel(id, region.name),
      names: [concreteLabel(id, region.name), ...region.aliases],
      detail: `Region · ${GROUP_NAMES[region.group] ?? region.group}`,
      aliases: region.aliases.join(' · '),
      keywords: [region.id, GROUP_NAMES[region.group] ?? ''].join(' '),
      text: region.description,
    })),
  );
}

function muscleDocs(index: ContentIndex): SearchDoc[] {
  return [...index.muscles.values()].map((muscle) => ({
    key: `muscle:${muscle.id}`,
    kind: 'muscle',
    ref: muscle.id,
    label: muscle.name,
    names: [muscle.name, ...muscle.aliases],
    detail: `Muscle · ${muscle.innervation.nerve} (${muscle.innervation.roots.join(', ')})`,
    aliases: muscle.aliases.join(' · '),
    keywords: [muscle.id, ...muscle.regions, ...muscle.innervation.roots].join(' '),
    text: [muscle.actions.join('. '), muscle.origin, muscle.insertion].join(' '),
  }));
}

function chainDocs(index: ContentIndex): SearchDoc[] {
  return [...index.chains.values()].map((chain) => ({
    key: `chain:${chain.id}`,
    kind: 'chain',
    ref: chain.id,
    label: chain.title,
    names: [chain.title],
    detail: `Chain · ${clip(chain.summary)}`,
    aliases: chain.tags.join(' · '),
    keywords: [
      chain.id,
      ...chain.links.flatMap((l) => [l.from.region, l.to.region, l.mechanism]),
      ...chain.links.flatMap((l) => l.via.map((v) => v.structure)),
    ].join(' '),
    text: chain.summary,
  }));
}

function conditionDocs(index: ContentIndex): SearchDoc[] {
  return [...index.conditions.values()].map((condition) => ({
    key: `condition:${condition.id}`,
    kind: 'condition',
    ref: condition.id,
    label: condition.name,
    names: [condition.name, ...condition.aliases],
    detail: `Condition · ${condition.group}`,
    aliases: condition.aliases.join(' · '),
    keywords: [condition.id, condition.group, ...condition.regions].join(' '),
    text: condition.evidenceSummary,
  }));
}

function techniqueDocs(index: ContentIndex): SearchDoc[] {
  return [...index.techniques.values()].flatMap((technique) => [
    {
      key: `technique:${technique.id}`,
      kind: 'technique' as const,
      ref: technique.id,
      label: technique.name,
      names: [technique.name, technique.family],
      detail: `Technique family · ${technique.approach}, ${technique.activity}`,
      aliases: technique.family,
      keywords: [technique.id, ...technique.indications].join(' '),
      text: technique.principle,
    },
    ...technique.variants.map((variant) => ({
      key: `variant:${variant.id}`,
      kind: 'variant' as const,
      ref: variant.id,
      label: variant.name,
      names: [variant.name],
      detail: `${technique.name} · ${variant.region.region.replace(/-/g, ' ')}`,
      aliases: '',
      keywords: [variant.id, technique.name, variant.region.region, ...variant.targets].join(' '),
      text: variant.steps.join(' '),
    })),
  ]);
}

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

const FIELDS = ['label', 'aliases', 'keywords', 'text'] as const;

/**
 * Ties go to what people navigate by: a condition ("tennis elbow" means the condition, not the
 * elbow whose aliases mention it), then a body region, before the technique variants that
 * mention it ("left ankle" means the region, not "Left ankle counterstrain").
 */
const KIND_BOOST: Record<SearchKind, number> = {
  region: 1.4,
  condition: 1.6,
  muscle: 1.2,
  chain: 1,
  technique: 1.1,
  variant: 0.9,
};

const BASE_OPTIONS: SearchOptions = {
  boostDocument: (_id, _term, stored) => KIND_BOOST[stored?.kind as SearchKind] ?? 1,
  boost: { label: 4, aliases: 3, keywords: 1.5, text: 0.5 },
  prefix: true,
  // Short words (SCM, TMJ, hip) must match as written: one typo in three letters is another word.
  fuzzy: (term) => (term.length > 4 ? 0.2 : false),
  weights: { fuzzy: 0.3, prefix: 0.6 },
};

function toResult(stored: Record<string, unknown>): SearchResult {
  return {
    kind: stored.kind as SearchKind,
    id: String(stored.ref),
    label: String(stored.label),
    detail: String(stored.detail),
  };
}

/**
 * Builds the search index once for a content set. Multi-word queries list documents matching
 * every word first, then those matching some of them, so "tennis elbow" ranks the condition
 * above every elbow but still shows the elbows.
 */
/** Case, spacing and punctuation do not make a name different: "Tennis-elbow" = "tennis elbow". */
function normaliseName(text: string): string {
  return tokenize(text.toLowerCase()).filter(Boolean).join(' ');
}

/**
 * Results whose label or an alias is exactly the query go first, in score order: BM25 alone can
 * rank the elbow (aliases "tennis elbow area", "golfer elbow area") above the condition whose
 * alias is exactly "tennis elbow".
 */
function exactNamesFirst<T extends { id: unknown }>(
  hits: T[],
  query: string,
  names: ReadonlyMap<string, ReadonlySet<string>>,
): T[] {
  const wanted = normaliseName(query);
  const exact = (hit: T) => names.get(String(hit.id))?.has(wanted) ?? false;
  return [...hits.filter(exact), ...hits.filter((hit) => !exact(hit))];
}

export function createContentSearch(index: ContentIndex): ContentSearch {
  const engine = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: [...FIELDS],
    storeFields: ['kind', 'ref', 'label', 'detail'],
    searchOptions: BASE_OPTIONS,
  });
  const docs = [
    ...regionDocs(index),
    ...muscleDocs(index),
    ...chainDocs(index),
    ...conditionDocs(index),
    ...techniqueDocs(index),
  ];
  engine.addAll(docs);
  const names = new Map(docs.map((d) => [d.key, new Set(d.names.map(normaliseName))]));

  return {
    search(query, options = {}) {
      const text = query.trim().slice(0, 200);
      if (!text) return [];
      const kinds = options.kinds ? new Set(options.kinds) : null;
      const filter = kinds ? (r: MiniSearchResult) => kinds.has(r.kind as SearchKind) : undefined;
      const all = engine.search(text, { combineWith: 'AND', filter });
      const several = tokenize(text).filter(Boolean).length > 1;
      const some = several ? engine.search(text, { combineWith: 'OR', filter }) : [];
      const seen = new Set<string>();
      const results: SearchResult[] = [];
      for (const hit of exactNamesFirst([...all, ...some], text, names)) {
        const key = String(hit.id);
        if (seen.has(key)) continue;
        seen.add(key);
        results.push(toResult(hit));
      }
      return results.slice(0, options.limit ?? 20);
    },
  };
}

const built = new WeakMap<ContentIndex, ContentSearch>();

/** The search over a content index, built on first use and kept while that index lives. */
export function searchFor(index: ContentIndex): ContentSearch {
  let search = built.get(index);
  if (!search) {
    search = createContentSearch(index);
    built.set(index, search);
  }
  return search;
}
