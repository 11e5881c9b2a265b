import { REGION_PAIRING, SIDES, SURFACE_REGIONS } from '../content/ids';
import { regionLabel } from '../domain/labels';

export interface RegionOption {
  id: string;
  label: string;
  group: string;
}

let cached: RegionOption[] | null = null;

/** Every selectable concrete region ("Left ankle", "Right ankle", "Lumbar spine"), sorted by name. */
export function regionOptions(): RegionOption[] {
  cached ??= Object.entries(REGION_PAIRING)
    .flatMap(([base, pairing]) => {
      const group = base in SURFACE_REGIONS ? 'surface' : 'organ';
      const ids = pairing === 'paired' ? SIDES.map((s) => `${base}.${s}`) : [base];
      return ids.map((id) => ({ id, label: regionLabel(id), group }));
    })
    .sort((a, b) => a.label.localeCompare(b.label));
  return cached;
}

export function filterOptions(options: RegionOption[], filter: string): RegionOption[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  return options.filter((o) => words.every((w) => o.label.toLowerCase().includes(w)));
}
