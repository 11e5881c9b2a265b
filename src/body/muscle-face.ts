/**
 * Muscles of facial expression and the masseter, as thin shells under the facial skin. Without them
 * the muscle layer's head is the scalp cap over an empty face (a helmet); with the rings round the
 * eyes and mouth, the zygomaticus, levator labii, nasalis, buccinator, depressor anguli oris and
 * mentalis it reads as a head on a muscle chart. Outlines follow the usual attachments (Standring,
 * Gray's Anatomy 42nd ed., ch. "Face and scalp"), drawn on this model's face: eyes at
 * (±0.032, 1.638), mouth at y 1.574 with corners at x ±0.02, chin 1.522, cheekbone (±0.05, 1.62).
 * Outlines are for the left side (+X) and mirrored.
 */
import { shellMask, type Cover, type P2, type ShellSpec } from './muscle-shells';
import { POINTS } from './landmarks';
import { ellipsoid, sphere, type Item } from './sdf';

/** Points round an ellipse (front view), counter-clockwise. */
function ellipse(cx: number, cy: number, rx: number, ry: number, n = 20): P2[] {
  const out: P2[] = [];
  for (let i = 0; i < n; i++) {
    const a = (i / n) * 2 * Math.PI;
    out.push([cx + rx * Math.cos(a), cy + ry * Math.sin(a)]);
  }
  return out;
}

/** Approximate signed distance to an ellipse in the front view (negative inside). */
function inEllipse(cx: number, cy: number, rx: number, ry: number) {
  return (x: number, y: number) =>
    (Math.hypot((x - cx) / rx, (y - cy) / ry) - 1) * Math.min(rx, ry);
}

const EYE_X = 0.033,
  EYE_Y = 1.6385;
/** The palpebral fissure (the opening between the lids) left open in the orbicularis oculi. */
const FISSURE = inEllipse(EYE_X, EYE_Y, 0.0135, 0.0045);

/** Orbicularis oculi: orbital and palpebral parts, a ring round the eye over the lids. */
export const ORBICULARIS_OCULI: ShellSpec = {
  view: 'front',
  outline: ellipse(EYE_X, EYE_Y - 0.001, 0.027, 0.021),
  depth: [0.0015, 0.0045],
  clip: (x, y, z) => Math.max(-FISSURE(Math.abs(x), y), 0.03 - z),
};

/** Orbicularis oris: one ring round the lips (a midline part), open at the mouth. */
const MOUTH = inEllipse(0, 1.5742, 0.018, 0.0022);
export const ORBICULARIS_ORIS: ShellSpec = {
  view: 'front',
  // up to the nasalis under the nose (a dark gap opened between them)
  outline: ellipse(0, 1.5745, 0.031, 0.0225),
  depth: [0.0015, 0.005],
  clip: (x, y, z) => Math.max(-MOUTH(x, y), 0.05 - z),
};

/** Zygomaticus major: a strap from the zygomatic bone down to the corner of the mouth (modiolus). */
export const ZYGOMATICUS_MAJOR: ShellSpec = {
  view: 'front',
  outline: [
    [0.05, 1.631],
    [0.064, 1.621],
    [0.034, 1.568],
    [0.024, 1.578],
  ],
  depth: [0.0015, 0.006],
  clip: (_x, _y, z) => 0.005 - z,
};

/** Levator labii superioris: infraorbital margin down into the upper lip, beside the nose. */
export const LEVATOR_LABII: ShellSpec = {
  view: 'front',
  outline: [
    [0.015, 1.625],
    [0.035, 1.622],
    [0.024, 1.594],
    [0.012, 1.596],
  ],
  depth: [0.0015, 0.0045],
  clip: (_x, _y, z) => 0.04 - z,
};

/** Nasalis (with procerus): over the nasal bones and the alar cartilages (a midline part). */
export const NASALIS: ShellSpec = {
  view: 'front',
  outline: [
    [-0.0125, 1.597],
    [0.0125, 1.597],
    [0.015, 1.61],
    [0.006, 1.652],
    [-0.006, 1.652],
    [-0.015, 1.61],
  ],
  depth: [0.0015, 0.0045],
  clip: (_x, _y, z) => 0.072 - z,
};

/** Buccinator: the deep sheet of the cheek, from the molar alveoli to the corner of the mouth. */
export const BUCCINATOR: ShellSpec = {
  view: 'front',
  // drawn large: it lies under the superficial muscles and closes the cheek between them
  outline: [
    [0.018, 1.604],
    [0.05, 1.614],
    [0.056, 1.556],
    [0.03, 1.546],
    [0.018, 1.56],
  ],
  depth: [0.004, 0.009],
  clip: (_x, _y, z) => 0.015 - z,
};

/** Depressor anguli oris: a triangle from the mandible's lower border up to the mouth corner. */
export const DEPRESSOR_ANGULI_ORIS: ShellSpec = {
  view: 'front',
  outline: [
    [0.024, 1.571],
    [0.032, 1.566],
    [0.046, 1.546],
    [0.03, 1.532],
    [0.014, 1.535],
  ],
  depth: [0.0015, 0.0045],
  clip: (_x, _y, z) => 0.02 - z,
};

/** Mentalis (with depressor labii inferioris): the chin below the lower lip (a midline part). */
export const MENTALIS: ShellSpec = {
  view: 'front',
  // down round the chin to the jaw line, so the chin is not a button over the dark
  outline: ellipse(0, 1.537, 0.019, 0.0175, 16),
  depth: [0.0015, 0.005],
  clip: (_x, _y, z) => 0.045 - z,
};

/**
 * Masseter, seen from the side (z, y): zygomatic arch down to the angle and lateral ramus of the
 * mandible; its front border runs just behind the buccinator.
 */
export const MASSETER: ShellSpec = {
  view: 'side',
  outline: [
    [0.036, 1.618],
    [-0.004, 1.618],
    [-0.014, 1.575],
    [-0.012, 1.558],
    [0.008, 1.55],
    [0.036, 1.565],
  ],
  depth: [0.0015, 0.009],
};

/** The temporalis dives under the masseter's upper border (the zygomatic arch). */
export const masseterCover = (side: 1 | -1): Cover => ({
  mask: shellMask(MASSETER, side),
  depth: 0.005,
});

/**
 * The eye in the muscle layer: without it the gap between the lids of the orbicularis oculi opens
 * onto the dark inside of the head. An eyeball (sclera) the size of the skin's, 0.5 mm inside it,
 * and the iris as a thin disc on its front, a little proud of it, looking straight ahead.
 */
export function eyeItems(side: 1 | -1): { eyeball: Item[]; iris: Item[] } {
  const [ex, ey] = [side * POINTS.eye[0], POINTS.eye[1]];
  return {
    eyeball: [sphere([ex, ey, 0.068], 0.012)],
    iris: [ellipsoid([ex, ey, 0.0794], [0.0058, 0.0058, 0.0012])],
  };
}
