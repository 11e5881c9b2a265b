/**
 * Which zones the skin shows and in what colour: what the pointer rests on in the differential
 * first, then the zones shown on their own, then the overlays. The legend lists the same items,
 * so every colour on the body has a name beside it (and a pattern: solid or hatched).
 */
import { ROOT_IDS, type ZoneKind } from '../../content/ids';
import type { OverlayId } from '../../domain/url';
import type { ZoneInstance } from '../../domain/zones';
import type { ZoneDraw } from './zone-shader';

/** Sixteen colours that stay apart from each other and from the skin, on screen and projector. */
export const ZONE_COLOURS = [
  '#e6194b',
  '#3cb44b',
  '#4363d8',
  '#f58231',
  '#911eb4',
  '#42d4f4',
  '#f032e6',
  '#9a6324',
  '#bfef45',
  '#469990',
  '#000075',
  '#ffe119',
  '#800000',
  '#aaffc3',
  '#808000',
  '#fabed4',
] as const;

export interface PlanItem {
  key: string;
  label: string;
  kind: ZoneKind;
  colour: string;
  /** Why it is drawn: previewed, shown on its own, or part of an overlay. */
  why: 'preview' | 'shown' | OverlayId;
}

export interface DrawPlan {
  items: PlanItem[];
  draws: ZoneDraw[];
  /** Colour of each slot, as the shader's palette. */
  palette: string[];
}

const REFERRAL_KINDS: ReadonlySet<ZoneKind> = new Set([
  'trigger-point',
  'visceral',
  'joint-referral',
]);
const MAX_REFERRAL_ITEMS = 8;

export function instanceLabel(instance: ZoneInstance): string {
  return instance.side ? `${instance.zone.name} (${instance.side})` : instance.zone.name;
}

export function planDraws(
  instances: readonly ZoneInstance[],
  options: {
    overlays: readonly OverlayId[];
    shown: readonly string[];
    preview: string | null;
    /** Keys of the differential's rows, best first: what the referral overlay draws. */
    differential: readonly string[] | null;
  },
): DrawPlan {
  const byKey = new Map(instances.map((i) => [i.key, i]));
  const items: PlanItem[] = [];
  const slots: string[] = [];
  const draws: ZoneDraw[] = [];
  const seen = new Set<string>();
  const slotOf = (colour: string) => {
    let i = slots.indexOf(colour);
    if (i < 0 && slots.length < ZONE_COLOURS.length) i = slots.push(colour) - 1;
    return Math.max(0, i);
  };
  let next = 0;
  const add = (instance: ZoneInstance | undefined, why: PlanItem['why'], colour?: string) => {
    if (!instance || seen.has(instance.key)) return;
    seen.add(instance.key);
    const c = colour ?? ZONE_COLOURS[next++ % ZONE_COLOURS.length]!;
    // An overlay names a map once for both sides; a zone shown on its own names its side.
    const label =
      why === 'preview' || why === 'shown' ? instanceLabel(instance) : instance.zone.name;
    items.push({ key: instance.key, label, kind: instance.zone.kind, colour: c, why });
    const slot = slotOf(c);
    for (const s of instance.shapes)
      draws.push({ shape: s.shape, sign: s.sign, grade: s.grade, slot });
  };
  if (options.preview) add(byKey.get(options.preview), 'preview', '#ffe119');
  for (const key of options.shown) add(byKey.get(key), 'shown');
  if (options.overlays.includes('referral')) {
    const keys =
      options.differential ?? instances.filter((i) => i.zone.kind === 'visceral').map((i) => i.key);
    keys
      .map((k) => byKey.get(k))
      .filter((i) => i && REFERRAL_KINDS.has(i.zone.kind))
      .slice(0, MAX_REFERRAL_ITEMS)
      .forEach((i) => add(i, 'referral'));
  }
  if (options.overlays.includes('viscerosomatic'))
    instances
      .filter((i) => i.zone.kind === 'viscerosomatic')
      .forEach((i) => add(i, 'viscerosomatic'));
  if (options.overlays.includes('dermatomes'))
    instances
      .filter((i) => i.zone.kind === 'dermatome')
      .forEach((i) => {
        // Neighbouring dermatomes never share a colour: eight colours in turn down the roots.
        const root = ROOT_IDS.indexOf(i.zone.source.id as (typeof ROOT_IDS)[number]);
        add(i, 'dermatomes', ZONE_COLOURS[Math.max(0, root) % 8]);
      });
  return { items, draws, palette: slots };
}
