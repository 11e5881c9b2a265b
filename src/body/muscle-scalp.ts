/**
 * Muscles of the scalp and temple. The muscle layer draws no skull, so a temporalis alone beside the
 * neck reads as a pair of horns; with the epicranius (frontal and occipital bellies joined by the
 * galea aponeurotica) over the vault the head keeps its outline, as on a muscle chart. The galea
 * meets the temporalis along the superior temporal line (Standring, Gray's Anatomy 42nd ed.).
 */
import { maskedShell, polygon2, shellMask, type ShellSpec } from './muscle-shells';
import type { FieldCache, Item } from './sdf';

/**
 * Temporalis: a thin fan from the superior temporal line (arched over the ear) converging under the
 * zygomatic arch, pressed to the side of the head.
 */
export const TEMPORALIS: ShellSpec = {
  view: 'side',
  outline: [
    [0.048, 1.628],
    [0.044, 1.66],
    [0.024, 1.684],
    [-0.008, 1.693],
    [-0.04, 1.684],
    [-0.058, 1.66],
    [-0.054, 1.628],
    [-0.03, 1.612],
    [0.0, 1.598],
    [0.028, 1.6],
  ],
  depth: [0.0015, 0.005],
  // the side of the skull only, not round onto the vault
  clip: (x) => 0.054 - Math.abs(x),
};

/** The vault above the brows, the temporal lines and the nuchal lines, seen from the side. */
const CAP = polygon2([
  [0.15, 1.652],
  [0.15, 1.8],
  [-0.15, 1.8],
  // down to the trapezius' upper edge (1.605): higher, a dark band opens under the occiput
  [-0.15, 1.606],
  [-0.07, 1.606],
  [-0.05, 1.65],
  [0.0, 1.66],
  [0.05, 1.652],
]);
/** Frontal belly: the forehead up to about the coronal suture. */
const FRONTAL = polygon2([
  [0.15, 1.64],
  [0.15, 1.718],
  [0.03, 1.718],
  [0.03, 1.64],
]);
/** Occipital belly: over the occipital bone above the superior nuchal line. */
const OCCIPITAL = polygon2([
  [-0.072, 1.6],
  [-0.072, 1.672],
  [-0.15, 1.672],
  [-0.15, 1.6],
]);

/** The scalp muscles: [occipitofrontalis bellies, galea aponeurotica]. */
export function scalpMuscles(skin: FieldCache): { occipitofrontalis: Item; galea: Item } {
  const tl = shellMask(TEMPORALIS, 1),
    tr = shellMask(TEMPORALIS, -1);
  // the cap outside both temporales: the galea starts where the fan ends
  const cap = (x: number, y: number, z: number) =>
    Math.max(CAP(z, y) + 0.001, -Math.min(tl(x, y, z), tr(x, y, z)));
  // the frontal belly's upper border arches up over the middle of the forehead
  const belly = (x: number, y: number, z: number) =>
    Math.min(FRONTAL(z, y + 6 * x * x), OCCIPITAL(z, y));
  const min: [number, number, number] = [-0.11, 1.59, -0.13],
    max: [number, number, number] = [0.11, 1.78, 0.13];
  return {
    occipitofrontalis: maskedShell(
      skin,
      (x, y, z) => Math.max(cap(x, y, z), belly(x, y, z) + 0.001),
      [0.0015, 0.005],
      min,
      max,
      [],
      // nothing lies under the scalp in this layer: a deep groove would open onto the dark inside
      0.001,
    ),
    galea: maskedShell(
      skin,
      (x, y, z) => Math.max(cap(x, y, z), 0.001 - belly(x, y, z)),
      [0.0015, 0.0045],
      min,
      max,
      [],
      0.001,
    ),
  };
}
