import { Color } from 'three';
import { ownValue } from '../domain/own';

/**
 * Each muscle its own shade of red so neighbouring muscles read apart, as on a muscle chart.
 * Deterministic from the muscle's base id (the side suffix dropped, so both sides match);
 * fasciae and tendon-like sheets are a pale, slightly bluish white like fascia in the lab.
 */
const FASCIAE = new Set([
  'thoracolumbar-fascia',
  'iliotibial-band',
  'plantar-fascia',
  'galea-aponeurotica',
  // forearm and hand: tendons, retinacula, palmar aponeurosis
  'flexor-tendons',
  'extensor-tendons',
  'flexor-retinaculum',
  'extensor-retinaculum',
  'palmar-aponeurosis',
]);
const FASCIA = new Color('#d2bfb3');
/** The eyes shown in the muscle layer: a pale sclera and a grey-brown iris, not muscle red. */
const EYES: Record<string, Color> = {
  eyeball: new Color('#ece7dd'),
  iris: new Color('#5b4a3d'),
};

/** FNV-1a: a small, stable string hash (no platform or run dependence). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Base colour of one muscle part, a small hue / lightness variation around `base`. */
export function muscleShade(id: string, base: Color, out = new Color()): Color {
  const baseId = id.replace(/\.(left|right)$/, '');
  if (FASCIAE.has(baseId)) return out.copy(FASCIA);
  const eye = ownValue(EYES, baseId);
  if (eye) return out.copy(eye);
  const h = hash(baseId);
  // two independent draws in [-1, 1): hue within ±0.015 turns (orange-red to crimson),
  // lightness within ±0.07 (enough to separate neighbours, small enough to stay "muscle")
  const u = ((h & 0xffff) / 0x10000) * 2 - 1;
  const v = ((h >>> 16) / 0x10000) * 2 - 1;
  return out.copy(base).offsetHSL(u * 0.015, v * 0.06, v * 0.07);
}
