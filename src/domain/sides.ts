/**
 * Laterality. Content names sides relative to the side the user picked (`same`, `opposite`) or
 * absolutely (`left`, `right`, `midline`); the body and URLs use concrete ids: a paired base id
 * plus a side suffix (`ankle.left`), a midline base id alone (`lumbar-spine`). Everything here is
 * id arithmetic: it needs no content, so the URL codec, the scene and the queries share it.
 */
import type { LinkSide, Side } from '../content/ids';
import type { RegionRef } from '../content/schema';

export type { Side } from '../content/ids';

/** A concrete id split into its parts; `side` is null for midline structures. */
export interface ParsedId {
  base: string;
  side: Side | null;
}

const BASE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CONCRETE_ID = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.(left|right))?$/;

export function isSide(value: unknown): value is Side {
  return value === 'left' || value === 'right';
}

export function oppositeSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}

/** Builds a concrete id: `('ankle', 'left')` → `ankle.left`, `('lumbar-spine', null)` → `lumbar-spine`. */
export function formatConcreteId(base: string, side: Side | null): string {
  return side ? `${base}.${side}` : base;
}

/** Splits a concrete id; null when the text is not a well-formed id (`Ankle`, `ankle.up`, `a..b`). */
export function parseConcreteId(id: string): ParsedId | null {
  const match = CONCRETE_ID.exec(id);
  if (!match?.[1]) return null;
  return { base: match[1], side: isSide(match[2]) ? match[2] : null };
}

/** Region ids and muscle ids follow the same grammar; these names say which one a caller means. */
export const formatRegionId = formatConcreteId;
export const parseRegionId = parseConcreteId;
export const formatMuscleId = formatConcreteId;
export const parseMuscleId = parseConcreteId;

export function isBaseId(id: string): boolean {
  return BASE_ID.test(id);
}

/**
 * The concrete side a link end lands on, given the side the user picked.
 * `same` → picked, `opposite` → flipped, `left` / `right` → as written, `midline` → no side.
 */
export function resolveSide(linkSide: LinkSide, picked: Side): Side | null {
  switch (linkSide) {
    case 'same':
      return picked;
    case 'opposite':
      return oppositeSide(picked);
    case 'left':
    case 'right':
      return linkSide;
    case 'midline':
      return null;
  }
}

/** `true` when the side depends on what the user picked. */
export function isRelativeSide(linkSide: LinkSide): boolean {
  return linkSide === 'same' || linkSide === 'opposite';
}

/**
 * The concrete id a region reference points to for the picked side. Pairing consistency (a paired
 * region never `midline`, a midline one never sided) is checked by `checkIntegrity`, so this
 * trusts the reference.
 */
export function resolveRegionRef(ref: RegionRef, picked: Side): string {
  return formatConcreteId(ref.region, resolveSide(ref.side, picked));
}

/**
 * Like `resolveRegionRef`, but checks the reference against the region's pairing first: null for
 * a paired region written `midline` or a midline region given a side (integrity errors).
 */
export function resolveRegionRefChecked(
  ref: RegionRef,
  picked: Side,
  paired: boolean,
): string | null {
  return isSideAllowed(paired, ref.side) ? resolveRegionRef(ref, picked) : null;
}

/** Which link sides are meaningful for a structure: paired ones need a side, midline ones none. */
export function isSideAllowed(paired: boolean, linkSide: LinkSide): boolean {
  return paired ? linkSide !== 'midline' : linkSide === 'midline';
}

const SIDE_WORD: Record<Side, string> = { left: 'Left', right: 'Right' };

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases a leading capital unless the word is an acronym (`TMJ`, `SCM` stay as they are). */
function lowerFirstWord(text: string): string {
  const second = text.charAt(1);
  if (second && second === second.toUpperCase() && second !== second.toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** `lumbar-spine` → `Lumbar spine`: a fallback when the content has no name for an id. */
export function nameFromBaseId(base: string): string {
  return capitalise(base.replace(/-/g, ' '));
}

/**
 * The human label of a concrete id: `('ankle.left', 'Ankle')` → `Left ankle`,
 * `('lumbar-spine', 'Lumbar spine')` → `Lumbar spine`. Without a name the id is spelled out.
 */
export function concreteLabel(concreteId: string, name?: string): string {
  const parsed = parseConcreteId(concreteId);
  if (!parsed) return concreteId;
  const baseName = name ?? nameFromBaseId(parsed.base);
  return parsed.side ? `${SIDE_WORD[parsed.side]} ${lowerFirstWord(baseName)}` : baseName;
}

export const regionLabel = concreteLabel;
