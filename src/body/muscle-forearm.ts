/**
 * Forearm and hand of the muscle layer, drawn as on a muscle chart (Standring, Gray's Anatomy
 * 42nd ed., forearm and hand; palms forward, anatomical position).
 *
 * Forearm: sleeves round the forearm axis (θ°, y) as in muscle-limbs.ts; θ 0 = front (palmar),
 * +90 = lateral (radial), ±180 = back, −90 = medial (ulnar). Each compartment has a muscle drawn
 * over its whole distal part (flexor digitorum superficialis in front, extensor digitorum behind)
 * and the superficial muscles and tendons lie over it as covers, so the forearm is covered without
 * gaps, bellies sit in the upper half and pale tendons run over the lower half to the wrist.
 *
 * Hand: shells under the skin inside outlines seen from the front (palm) or the back (dorsum),
 * each kept on its own side of the hand's mid-plane, and tubes round the fingers split into a
 * palmar half (flexor sheaths) and a dorsal half (extensor expansions). The hand is built from the
 * same constants as the skin hand (skin.ts), so it lies where the skin hand is and is skinned to the
 * wrist and finger joints like it. Retinacula at the wrist hide where forearm tendons meet hand
 * tendons. Parts without content entries (tendons, hand muscles) select no region when picked.
 */
import { POINTS } from './landmarks';
import {
  maskedShell,
  polygon2,
  sleeve,
  sleeveMask,
  type Cover,
  type P2,
  type Profile,
  type Segment,
} from './muscle-shells';
import { smax, type FieldCache, type Item, type V3 } from './sdf';

const el = POINTS.elbow,
  wr = POINTS.wrist;

/** Follows the skin's forearm loft (skin.ts). */
export const FOREARM: Segment = {
  a: [el[0], el[1] + 0.03, el[2]],
  b: [wr[0], wr[1] - 0.005, wr[2] - 0.002],
  radius: 0.032,
};

// ---- anterior compartment (θ < 0 medial). Neighbours share their border points.
const PT_LOWER: P2[] = [
  [-97, 1.095],
  [-75, 1.08],
  [-45, 1.055],
  [-10, 1.02],
  [25, 0.99],
];
/** Pronator teres: medial epicondyle obliquely across to the middle of the lateral radius. */
const PRONATOR_TERES: P2[] = [
  [-95, 1.115],
  [-72, 1.125],
  [-45, 1.095],
  [-10, 1.058],
  [25, 1.022],
  [55, 1.002],
  [84, 0.99],
  [88, 0.966],
  [55, 0.972],
  ...[...PT_LOWER].reverse(),
];
const FCR_PL: P2[] = [
  [-100, 1.07],
  [-70, 1.04],
  [-35, 0.995],
  [0, 0.96],
];
/** Flexor carpi radialis: belly beside pronator teres, tendon from mid-forearm. */
const FCR: P2[] = [...PT_LOWER, [40, 0.975], [38, 0.948], [26, 0.938], ...[...FCR_PL].reverse()];
const PL_FCU: P2[] = [
  [-102, 1.05],
  [-78, 1.025],
];
/** Palmaris longus: a slender belly medial to flexor carpi radialis. */
const PL: P2[] = [
  ...FCR_PL,
  [10, 0.952],
  [4, 0.944],
  [-30, 0.975],
  [-62, 1.01],
  ...[...PL_FCU].reverse(),
];
/** Flexor carpi ulnaris: the medial border, from the epicondyle and the ulna down to the pisiform. */
const FCU: P2[] = [
  ...PL_FCU,
  [-70, 0.97],
  [-66, 0.92],
  [-62, 0.856],
  [-100, 0.852],
  [-124, 0.856],
  [-128, 0.95],
  [-138, 1.02],
  [-148, 1.09],
  [-150, 1.118],
  [-125, 1.122],
  [-104, 1.1],
];
/** Flexor digitorum superficialis: drawn over the whole distal front, seen between the others. */
const FDS: P2[] = [
  [-80, 1.03],
  [-30, 0.99],
  [6, 0.955],
  [30, 0.95],
  [60, 0.978],
  [80, 0.97],
  [84, 0.9],
  [86, 0.848],
  [-64, 0.848],
  [-70, 0.92],
];
/** Brachioradialis: lateral supracondylar ridge, the lateral border, tendon to the radial styloid. */
const BR_BACK: P2[] = [
  [124, 1.17],
  [122, 1.09],
  [116, 1.02],
  [104, 0.96],
  [100, 0.9],
  [100, 0.862],
];
export const BRACHIORADIALIS: P2[] = [
  [60, 1.2],
  [90, 1.21],
  ...BR_BACK,
  [86, 0.858],
  [84, 0.9],
  [80, 0.95],
  [62, 1.0],
  [48, 1.06],
  [48, 1.13],
];
/** Brachialis: the floor of the cubital fossa, under biceps above. */
const BRACHIALIS: P2[] = [
  // beside the biceps' lower end, not under all of it: the hidden part would only cost triangles
  [-72, 1.26],
  [-58, 1.2],
  [-40, 1.15],
  [20, 1.12],
  [40, 1.15],
  [48, 1.22],
  [62, 1.2],
  [62, 1.13],
  [52, 1.03],
  [20, 1.035],
  [-20, 1.055],
  [-62, 1.09],
  [-76, 1.15],
];
/** The biceps tendon into the fossa, to the radial tuberosity. */
export const BICEPS_TENDON: P2[] = [
  [4, 1.1],
  [16, 1.1],
  [22, 1.06],
  [20, 1.045],
  [10, 1.045],
  [6, 1.065],
];

// ---- posterior compartment (θ > 90; 180 = back of the forearm)
const ECRL: P2[] = [
  [124, 1.17],
  [136, 1.15],
  [140, 1.1],
  [136, 1.03],
  [128, 0.97],
  [118, 0.94],
  [106, 0.945],
  [104, 0.96],
  [116, 1.02],
  [122, 1.09],
];
const ECRB: P2[] = [
  [140, 1.1],
  [150, 1.1],
  [150, 1.04],
  [143, 0.97],
  [136, 0.93],
  [124, 0.925],
  [118, 0.94],
  [128, 0.97],
  [136, 1.03],
];
const ECU_FRONT: P2[] = [
  [202, 1.07],
  [210, 0.98],
  [217, 0.92],
  [224, 0.855],
];
/** Extensor carpi ulnaris: along the back of the ulna, its border shared with flexor carpi ulnaris. */
const ECU: P2[] = [
  ...ECU_FRONT,
  [236, 0.856],
  [232, 0.95],
  [222, 1.02],
  [212, 1.09],
  [210, 1.118],
  [200, 1.1],
];
const EDM: P2[] = [
  [194, 1.08],
  ...ECU_FRONT.slice(0, 3),
  [212, 0.9],
  [205, 0.93],
  [199, 0.99],
  [192, 1.04],
];
/** Extensor digitorum: the middle of the back, drawn down to the wrist under the others. */
const ED: P2[] = [
  [148, 1.112],
  [202, 1.095],
  [206, 1.0],
  [218, 0.9],
  [224, 0.85],
  [98, 0.85],
  [100, 0.9],
  [104, 0.96],
  [118, 0.94],
  [136, 0.93],
  [143, 0.97],
  [150, 1.04],
];
/** Anconeus: lateral epicondyle to the olecranon and the back of the ulna. */
const ANCONEUS: P2[] = [
  [124, 1.118],
  [190, 1.128],
  [214, 1.095],
  [212, 1.045],
  [198, 1.035],
  [152, 1.08],
];
/** The outcropping thumb muscles, crossing the radial extensors low down. */
const APL_EPB: P2[] = [
  [166, 0.94],
  [140, 0.9],
  [118, 0.872],
  [108, 0.852],
];
const APL: P2[] = [[150, 0.965], ...APL_EPB, [96, 0.852], [104, 0.875], [128, 0.91]];
const EPB: P2[] = [...APL_EPB, [118, 0.852], [128, 0.864], [150, 0.9], [172, 0.93]];
/** Extensor retinaculum: a band across the back of the wrist. */
const EXTENSOR_RETINACULUM: P2[] = [
  [96, 0.872],
  [248, 0.874],
  [248, 0.855],
  [96, 0.853],
];

/** A tendon in sleeve coordinates: a strip (θ, y, half width °) down to the wrist. */
function strip(pts: readonly (readonly [number, number, number])[]): P2[] {
  const left: P2[] = pts.map(([t, y, w]) => [t - w, y]);
  const right: P2[] = pts.map(([t, y, w]) => [t + w, y]);
  return [...left, ...right.reverse()];
}
const FLEXOR_TENDONS: P2[][] = [
  strip([
    [30, 0.95, 5],
    [28, 0.905, 7],
    [27, 0.846, 7],
  ]), // flexor carpi radialis
  strip([
    [6, 0.952, 3],
    [3, 0.9, 5],
    [2, 0.838, 5],
  ]), // palmaris longus
  strip([
    [-22, 0.935, 8],
    [-24, 0.9, 12],
    [-26, 0.846, 13],
  ]), // flexor digitorum superficialis
  strip([
    [-66, 0.94, 4],
    [-66, 0.9, 6],
    [-64, 0.846, 7],
  ]), // flexor carpi ulnaris
];
const EXTENSOR_TENDONS: P2[][] = [
  strip([
    [114, 0.95, 4],
    [112, 0.9, 5],
    [112, 0.852, 5],
  ]), // extensor carpi radialis longus
  strip([
    [130, 0.935, 4],
    [128, 0.9, 5],
    [128, 0.852, 5],
  ]), // extensor carpi radialis brevis
  strip([
    [178, 0.97, 9],
    [174, 0.92, 14],
    [170, 0.852, 15],
  ]), // extensor digitorum
  strip([
    [206, 0.93, 4],
    [204, 0.852, 5],
  ]), // extensor digiti minimi
  strip([
    [226, 0.93, 5],
    [229, 0.852, 6],
  ]), // extensor carpi ulnaris
  strip([
    [166, 0.92, 4],
    [156, 0.88, 5],
    [146, 0.852, 5],
  ]), // extensor pollicis longus beside the dorsal tubercle
];

// ---- hand (left side; built from the skin hand's constants in skin.ts)
const hc: V3 = [wr[0] + 0.004, wr[1] - 0.052, wr[2] + 0.004];
const MCP_Y = wr[1] - 0.098;
/** The skin's fingers (index → little): x offset, length, radius, fan. */
const FINGERS = [
  [0.0315, 0.076, 0.0095, 0.003],
  [0.0105, 0.085, 0.0098, 0.0005],
  [-0.0105, 0.08, 0.0093, -0.0015],
  [-0.0305, 0.064, 0.0084, -0.004],
] as const;
/** The skin's thumb: CMC, MCP, IP, tip. */
const THUMB: V3[] = [
  [hc[0] + 0.026, wr[1] - 0.02, hc[2] + 0.004],
  [hc[0] + 0.045, wr[1] - 0.062, hc[2] + 0.02],
  [hc[0] + 0.054, wr[1] - 0.093, hc[2] + 0.03],
  [hc[0] + 0.058, wr[1] - 0.117, hc[2] + 0.036],
];
const X = (dx: number) => hc[0] + dx;
const Y = (dy: number) => wr[1] + dy;

/** Mid-plane between palm and dorsum (z) at a point: it rises along the thumb, which points forward. */
function midZ(x: number, y: number): number {
  const thumbward = Math.min(1, Math.max(0, (x - X(0.012)) / 0.014));
  const along = Math.min(1, Math.max(0, (THUMB[0]![1] - y) / (THUMB[0]![1] - THUMB[2]![1])));
  return hc[2] + thumbward * along * (THUMB[2]![2] - THUMB[0]![2]);
}

/** 2D distance to a polyline with half widths (x, y, w), minus the width: a strip. */
function polyStrip(pts: readonly (readonly [number, number, number])[]) {
  return (px: number, py: number) => {
    let d = Infinity;
    for (let i = 0; i < pts.length - 1; i++) {
      const [ax, ay, aw] = pts[i]!;
      const [bx, by, bw] = pts[i + 1]!;
      const ex = bx - ax,
        ey = by - ay;
      const t = Math.max(0, Math.min(1, ((px - ax) * ex + (py - ay) * ey) / (ex * ex + ey * ey)));
      d = Math.min(d, Math.hypot(px - ax - ex * t, py - ay - ey * t) - (aw + (bw - aw) * t));
    }
    return d;
  };
}

/** Distance to segment ab (3D) and the parameter along it. */
function seg3(p: V3, a: V3, b: V3): [number, number] {
  const e: V3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const q: V3 = [p[0] - a[0], p[1] - a[1], p[2] - a[2]];
  const ee = e[0] * e[0] + e[1] * e[1] + e[2] * e[2];
  const t = (q[0] * e[0] + q[1] * e[1] + q[2] * e[2]) / ee;
  const c = Math.max(0, Math.min(1, t));
  return [Math.hypot(q[0] - e[0] * c, q[1] - e[1] * c, q[2] - e[2] * c), t];
}

type Mask = (x: number, y: number, z: number) => number;

/** A palm (front) or dorsum (back) mask from a 2D outline or strip in (x, y). */
function face(view: 'front' | 'back', d2: (x: number, y: number) => number): Mask {
  return (x, y, z) => {
    const side = view === 'front' ? midZ(x, y) - z : z - midZ(x, y);
    return smax(d2(x, y) + 0.001, side, 0.003);
  };
}

/** Tubes round the fingers, palmar (`front`) or dorsal half, from the web down to the tips. */
function fingers(view: 'front' | 'back'): Mask {
  const tubes = FINGERS.map(([dx, L, r, fan]) => {
    const x = X(dx);
    const at = (t: number): V3 => [
      x + fan * t,
      MCP_Y - L * t + (t === 1 ? r * 0.7 : 0),
      hc[2] + 0.011 * t,
    ];
    return { a: [x, MCP_Y + 0.012, hc[2] - 0.001] as V3, b: at(1), r };
  });
  // palmar sheaths start at the metacarpal heads, under the aponeurosis' slips
  const webY = Y(view === 'front' ? -0.086 : -0.09);
  return (x, y, z) => {
    let m = Infinity;
    for (const { a, b, r } of tubes) {
      const [d, t] = seg3([x, y, z], a, b);
      if (d > r + 0.02) {
        m = Math.min(m, d - r - 0.006);
        continue;
      }
      const az = a[2] + (b[2] - a[2]) * Math.max(0, t);
      const half = view === 'front' ? az - z : z - az;
      m = Math.min(m, smax(d - r - 0.006, half, 0.002));
    }
    return smax(m, y - webY, 0.002);
  };
}

/** The thumb beyond its metacarpal: pulp side (towards the index, −x) or nail side. */
function thumb(view: 'front' | 'back'): Mask {
  const [, mcp, , tip] = THUMB as [V3, V3, V3, V3];
  return (x, y, z) => {
    const [d, t] = seg3([x, y, z], mcp, tip);
    const ax = mcp[0] + (tip[0] - mcp[0]) * Math.max(0, Math.min(1, t));
    const half = view === 'front' ? x - ax - 0.002 : ax + 0.002 - x;
    return smax(smax(d - 0.0175, half, 0.002), -t * 0.03, 0.002);
  };
}

/**
 * A narrow outline (tendon) with its inside scaled up: the shell's groove and a cover's fade are
 * several millimetres wide, which on a 5 mm tendon would leave it level with what it lies on.
 * Only the inside is scaled, and shells are thin, so the field stays a safe bound for culling.
 */
const sharp =
  (m: Mask, k = 3): Mask =>
  (x, y, z) => {
    const v = m(x, y, z);
    return v < 0 ? v * k : v;
  };

const union =
  (...ms: Mask[]): Mask =>
  (x, y, z) => {
    let m = Infinity;
    for (const f of ms) m = Math.min(m, f(x, y, z));
    return m;
  };

/** Palm (left side): outlines in (x, y). */
const FLEXOR_RETINACULUM: P2[] = [
  [X(-0.024), Y(-0.008)],
  [X(0.02), Y(-0.007)],
  [X(0.022), Y(-0.027)],
  [X(-0.022), Y(-0.031)],
];
const PALMAR_APONEUROSIS: P2[] = [
  [X(-0.012), Y(-0.025)],
  [X(0.011), Y(-0.025)],
  [X(0.017), Y(-0.05)],
  [X(0.03), Y(-0.081)],
  [X(0.035), Y(-0.092)],
  [X(0.026), Y(-0.092)],
  [X(0.021), Y(-0.082)],
  [X(0.015), Y(-0.092)],
  [X(0.006), Y(-0.092)],
  [X(0.0), Y(-0.082)],
  [X(-0.006), Y(-0.092)],
  [X(-0.015), Y(-0.092)],
  [X(-0.02), Y(-0.082)],
  [X(-0.025), Y(-0.092)],
  [X(-0.034), Y(-0.092)],
  [X(-0.027), Y(-0.068)],
  [X(-0.017), Y(-0.044)],
];
const THENAR: P2[] = [
  [X(0.014), Y(-0.024)],
  [X(0.026), Y(-0.008)],
  [X(0.04), Y(-0.018)],
  [X(0.052), Y(-0.045)],
  [X(0.058), Y(-0.066)],
  [X(0.046), Y(-0.072)],
  [X(0.03), Y(-0.082)],
  [X(0.018), Y(-0.05)],
];
const HYPOTHENAR: P2[] = [
  [X(-0.036), Y(-0.018)],
  [X(-0.02), Y(-0.014)],
  [X(-0.018), Y(-0.044)],
  [X(-0.028), Y(-0.07)],
  [X(-0.034), Y(-0.09)],
  [X(-0.042), Y(-0.07)],
  [X(-0.043), Y(-0.04)],
];
/** Palm under the aponeurosis: lumbricals beside the long flexor tendons, seen between its slips. */
const LUMBRICALS: P2[] = [
  [X(-0.018), Y(-0.026)],
  [X(0.016), Y(-0.026)],
  [X(0.03), Y(-0.06)],
  [X(0.052), Y(-0.074)],
  [X(0.046), Y(-0.09)],
  [X(0.04), Y(-0.098)],
  [X(-0.04), Y(-0.098)],
  [X(-0.03), Y(-0.06)],
];
/** The long flexor tendons between the aponeurosis' slips, into the finger sheaths. */
const PALM_TENDONS = FINGERS.map(([dx]) =>
  polyStrip([
    [X(dx * 0.8), Y(-0.075), 0.0035],
    [X(dx), Y(-0.1), 0.0042],
  ]),
);
/** Dorsum (left side): the interossei between the metacarpals and the first in the thumb web. */
const DORSAL_INTEROSSEI: P2[] = [
  [X(-0.034), Y(0.002)],
  [X(0.026), Y(0.002)],
  [X(0.036), Y(-0.016)],
  [X(0.054), Y(-0.048)],
  [X(0.06), Y(-0.08)],
  [X(0.05), Y(-0.096)],
  [X(-0.036), Y(-0.096)],
  [X(-0.044), Y(-0.05)],
];
/** Tendons over the dorsum (x, y, half width), wrist to knuckles. */
const DORSAL_TENDONS = [
  ...FINGERS.map(([dx]) =>
    polyStrip([
      [X(dx * 0.15), Y(0.004), 0.0036],
      [X(dx * 0.55), Y(-0.05), 0.0034],
      [X(dx), Y(-0.1), 0.004],
    ]),
  ),
  // extensor carpi radialis longus and brevis to the bases of the 2nd and 3rd metacarpals
  polyStrip([
    [X(0.02), Y(0.004), 0.0034],
    [X(0.024), Y(-0.018), 0.0032],
  ]),
  polyStrip([
    [X(0.011), Y(0.004), 0.0034],
    [X(0.012), Y(-0.018), 0.0032],
  ]),
  // extensor carpi ulnaris to the base of the 5th
  polyStrip([
    [X(-0.028), Y(0.004), 0.0036],
    [X(-0.032), Y(-0.014), 0.0032],
  ]),
  // extensor pollicis longus and brevis to the thumb
  polyStrip([
    [X(0.014), Y(0.004), 0.0032],
    [X(0.03), Y(-0.02), 0.0032],
    [X(0.048), Y(-0.06), 0.0036],
    [X(0.054), Y(-0.1), 0.0036],
  ]),
  polyStrip([
    [X(0.03), Y(0.004), 0.0032],
    [X(0.04), Y(-0.02), 0.0032],
    [X(0.052), Y(-0.06), 0.0032],
  ]),
];

const box = (x0: number, x1: number, y0: number, y1: number, z0: number, z1: number) =>
  [[x0, y0, z0] as V3, [x1, y1, z1] as V3] as const;
/** Bounds of the hand's front or back half. */
const PALM_BOX = box(X(-0.05), X(0.07), Y(-0.15), Y(0.01), -0.02, 0.055);

export interface ForearmMuscle {
  /** Muscle base id (the caller adds the side). */
  id: string;
  items: Item[];
  tris: number;
  /** Grid step (m): tendons and the hand need a finer one than the bellies. */
  h: number;
}

/** The forearm and hand muscles of one side (+1 left, −1 right). */
export function forearmMuscles(
  skin: FieldCache,
  side: 1 | -1,
  upperArmCovers: readonly Cover[],
): ForearmMuscle[] {
  const S = (outline: P2[], under: readonly Cover[] = [], profile?: Partial<Profile>) =>
    sleeve(skin, FOREARM, { outline, under, ...(profile ? { profile } : {}) }, side);
  const cover = (outline: P2[], depth: number, k = 1): Cover => ({
    mask: sharp(sleeveMask(FOREARM, outline, side), k),
    depth,
  });
  const mirror =
    (f: Mask): Mask =>
    (x, y, z) =>
      f(side * x, y, z);
  const hand = (
    f: Mask,
    depth: readonly [number, number],
    under: readonly Cover[] = [],
    groove?: number,
  ): Item => {
    const [mn, mx] = PALM_BOX;
    const min: V3 = side > 0 ? mn : [-mx[0], mn[1], mn[2]];
    const max: V3 = side > 0 ? mx : [-mn[0], mx[1], mx[2]];
    return maskedShell(skin, mirror(f), depth, min, max, under, groove);
  };
  const handCover = (f: Mask, depth: number): Cover => ({ mask: mirror(f), depth });
  const tendon = { d0: 0.0012, thick: 0.004, groove: 0.0015, grooveWidth: 0.004 };

  // covers, topmost first
  const pt = cover(PRONATOR_TERES, 0.009);
  const br = cover(BRACHIORADIALIS, 0.009);
  const fcr = cover(FCR, 0.009);
  const pl = cover(PL, 0.008);
  const fcu = cover(FCU, 0.009);
  const apl = cover(APL, 0.007);
  const epb = cover(EPB, 0.007);
  const anc = cover(ANCONEUS, 0.007);
  const ecrl = cover(ECRL, 0.009);
  const ecrb = cover(ECRB, 0.009);
  const edm = cover(EDM, 0.008);
  const ecu = cover(ECU, 0.009);
  const er = cover(EXTENSOR_RETINACULUM, 0.004);
  const flexT = FLEXOR_TENDONS.map((o) => cover(o, 0.006, 3));
  const extT = EXTENSOR_TENDONS.map((o) => cover(o, 0.006, 3));

  const fr = face('front', polygon2(FLEXOR_RETINACULUM));
  const pa = face('front', polygon2(PALMAR_APONEUROSIS));
  const thenar = face('front', polygon2(THENAR));
  const hypo = face('front', polygon2(HYPOTHENAR));
  const palmT = sharp(face('front', (x, y) => Math.min(...PALM_TENDONS.map((f) => f(x, y)))));
  const dorsT = sharp(face('back', (x, y) => Math.min(...DORSAL_TENDONS.map((f) => f(x, y)))));
  const flexSheaths = union(fingers('front'), thumb('front'));
  const extHoods = union(fingers('back'), thumb('back'));

  return [
    {
      id: 'brachialis',
      items: [
        S(BRACHIALIS, [...upperArmCovers, pt, br, fcr, pl, fcu, cover(BICEPS_TENDON, 0.006)]),
      ],
      tris: 120,
      h: 0.003,
    },
    { id: 'brachioradialis', items: [S(BRACHIORADIALIS, [apl, epb])], tris: 340, h: 0.003 },
    { id: 'pronator-teres', items: [S(PRONATOR_TERES, [br])], tris: 160, h: 0.003 },
    {
      id: 'wrist-flexors',
      items: [S(FCR, [flexT[0]!]), S(PL, [flexT[1]!]), S(FCU, [flexT[3]!])],
      tris: 460,
      h: 0.003,
    },
    {
      id: 'flexor-digitorum-superficialis',
      items: [S(FDS, [pt, br, fcr, pl, fcu, ...flexT])],
      tris: 220,
      h: 0.003,
    },
    {
      id: 'wrist-extensors',
      items: [S(ECRL, [anc]), S(ECRB, [anc]), S(ECU, [anc, extT[4]!, er])],
      tris: 460,
      h: 0.003,
    },
    {
      id: 'extensor-digitorum',
      items: [S(ED, [anc, ecrl, ecrb, edm, ecu, apl, epb, er, ...extT])],
      tris: 360,
      h: 0.003,
    },
    { id: 'extensor-digiti-minimi', items: [S(EDM, [anc, extT[3]!])], tris: 110, h: 0.003 },
    { id: 'anconeus', items: [S(ANCONEUS, upperArmCovers)], tris: 80, h: 0.003 },
    { id: 'abductor-pollicis-longus', items: [S(APL, [er])], tris: 110, h: 0.0025 },
    { id: 'extensor-pollicis-brevis', items: [S(EPB, [er])], tris: 90, h: 0.0025 },
    {
      id: 'flexor-tendons',
      items: [
        ...FLEXOR_TENDONS.map((o) => S(o, [], tendon)),
        hand(palmT, [0.0012, 0.005], [handCover(pa, 0.003)], 0.0015),
        hand(flexSheaths, [0.0012, 0.0055], [handCover(pa, 0.003)], 0.0015),
      ],
      tris: 600,
      h: 0.0018,
    },
    {
      id: 'extensor-tendons',
      items: [
        ...EXTENSOR_TENDONS.map((o) => S(o, [apl, epb, er], tendon)),
        hand(dorsT, [0.0012, 0.005], [], 0.0015),
        hand(extHoods, [0.0012, 0.0055], [], 0.0015),
      ],
      tris: 620,
      h: 0.0018,
    },
    {
      id: 'extensor-retinaculum',
      items: [S(EXTENSOR_RETINACULUM, [], { d0: 0.0012, thick: 0.004, groove: 0.001 })],
      tris: 80,
      h: 0.002,
    },
    {
      id: 'flexor-retinaculum',
      items: [hand(fr, [0.0012, 0.005], [handCover(pa, 0.003)], 0.001)],
      tris: 60,
      h: 0.002,
    },
    {
      id: 'palmar-aponeurosis',
      items: [hand(pa, [0.0012, 0.0045], [], 0.001)],
      tris: 110,
      h: 0.0018,
    },
    {
      id: 'thenar-muscles',
      items: [hand(thenar, [0.0015, 0.009], [handCover(pa, 0.004), handCover(fr, 0.004)])],
      tris: 160,
      h: 0.002,
    },
    {
      id: 'hypothenar-muscles',
      items: [hand(hypo, [0.0015, 0.008], [handCover(pa, 0.004), handCover(fr, 0.004)])],
      tris: 130,
      h: 0.002,
    },
    {
      id: 'lumbricals',
      items: [
        hand(
          face('front', polygon2(LUMBRICALS)),
          [0.002, 0.007],
          [
            handCover(pa, 0.004),
            handCover(palmT, 0.006),
            handCover(thenar, 0.005),
            handCover(hypo, 0.005),
            handCover(flexSheaths, 0.003),
          ],
        ),
      ],
      tris: 70,
      h: 0.002,
    },
    {
      id: 'dorsal-interossei-hand',
      items: [
        hand(
          face('back', polygon2(DORSAL_INTEROSSEI)),
          [0.0015, 0.008],
          [handCover(dorsT, 0.006), handCover(extHoods, 0.004)],
        ),
      ],
      tris: 140,
      h: 0.002,
    },
  ];
}
