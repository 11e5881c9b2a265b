import {
  allConcreteRegionIds,
  regionLabelOf,
  regionOf,
  type ContentIndex,
} from '../domain/content-index';

export interface RegionOption {
  id: string;
  label: string;
  group: string;
  /** Lower-case text the filter matches: the label and the region's aliases. */
  haystack: string;
}

const GROUP_LABELS = {
  'head-neck': 'head & neck',
  trunk: 'trunk',
  'upper-limb': 'arm',
  'lower-limb': 'leg',
  viscera: 'organ',
} as const;

const cache = new WeakMap<ContentIndex, RegionOption[]>();

/** Every selectable concrete region ("Left ankle", "Right ankle", "Lumbar spine"), sorted by name. */
export function regionOptions(content: ContentIndex): RegionOption[] {
  let options = cache.get(content);
  if (!options) {
    options = allConcreteRegionIds(content)
      .map((id) => {
        const region = regionOf(content, id);
        const label = regionLabelOf(content, id);
        return {
          id,
          label,
          group: region ? GROUP_LABELS[region.group] : '',
          haystack: [label, ...(region?.aliases ?? [])].join(' | ').toLowerCase(),
        };
      })
      .sort((a, b) => a.label.localeCompare(b.label));
    cache.set(content, options);
  }
  return options;
}

/** Regions matching every word (name or alias); those matching by their name come first. */
export function filterOptions(options: RegionOption[], filter: string): RegionOption[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = options.filter((o) => words.every((w) => o.haystack.includes(w)));
  const byName = (o: RegionOption) => words.every((w) => o.label.toLowerCase().includes(w));
  return [...matches.filter(byName), ...matches.filter((o) => !byName(o))];
}
