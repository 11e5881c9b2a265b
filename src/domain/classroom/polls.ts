import type { RestPoint } from '../url';
import type { ClassPoll } from './protocol';

/**
 * Tap polls the lecturer can open. "Tap where <source> refers pain": the answer is that source's
 * zones. "Tap the source of the pain here": the answer is every source the differential lists
 * at the touched point. Zones are the keys the maps draw (`trp-soleus.left`), so revealing an
 * answer is showing those zones.
 */
export const MAX_POLL_ZONES = 64;

/** A random anonymous id (poll ids, voter ids): URL-safe, 16 characters. */
export function randomId(random: (n: number) => Uint8Array = defaultRandom): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return [...random(16)].map((b) => alphabet[b & 63]).join('');
}

function defaultRandom(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}

export function refersWherePoll(
  id: string,
  sourceName: string,
  zones: readonly string[],
): ClassPoll {
  return {
    id,
    kind: 'refers-where',
    prompt: `Tap where ${sourceName} refers pain`.slice(0, 300),
    zones: [...new Set(zones)].slice(0, MAX_POLL_ZONES),
    at: null,
    open: true,
    revealed: false,
  };
}

/** Null when the differential lists no source there: such a poll would have no answer. */
export function sourceOfPoll(
  id: string,
  at: RestPoint,
  differentialZones: readonly string[],
): ClassPoll | null {
  const zones = [...new Set(differentialZones)].slice(0, MAX_POLL_ZONES);
  if (zones.length === 0) return null;
  return {
    id,
    kind: 'source-of',
    prompt: 'Tap the source of the pain felt at the marked point',
    zones,
    at,
    open: true,
    revealed: false,
  };
}

/** A zone instance key (`trp-soleus.left`) split into the content zone id and its side. */
export function splitZoneKey(key: string): { zone: string; side: 'left' | 'right' | null } {
  const m = /^(.*)\.(left|right)$/.exec(key);
  return m ? { zone: m[1]!, side: m[2] as 'left' | 'right' } : { zone: key, side: null };
}
