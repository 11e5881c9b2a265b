/**
 * Skull: cranium (braincase with forehead, temporal fossae, mastoids, ear canals; face with
 * orbits, nasal aperture and nasal bones, cheekbones, zygomatic arches, upper teeth) and the
 * mandible (U-shaped body with chin, rami with condyle and coronoid process, lower teeth).
 * Sized to an adult (skull length ≈ 19 cm, breadth ≈ 14 cm, nasion–menton ≈ 12 cm, orbits ≈ 4 cm
 * wide; Standring, Gray's Anatomy 42nd ed., skull) and fitted under the skin's head: eyes at the
 * Winter eye level, the mouth line of the skin between the two rows of teeth.
 */
import { carve, drill, ruled, sampleCurve, sheet, tube } from './bone-shapes';
import {
  axes,
  ellipsoid,
  mirrorX,
  norm,
  roundBox,
  roundCone,
  sphere,
  withK,
  type Item,
  type V3,
} from './sdf';
import type { PartDef } from './skeleton';

const K = withK;
const SIDES = [1, -1] as const;
const sx = (s: number, p: V3): V3 => (s > 0 ? p : mirrorX(p));

/** Half dental arch (left), from the central incisor to the third molar: [x, z]. */
const ARCH: readonly (readonly [number, number])[] = [
  [0.0042, 0.0865],
  [0.0118, 0.0838],
  [0.0183, 0.0785],
  [0.0228, 0.0715],
  [0.0258, 0.0638],
  [0.0282, 0.0548],
  [0.0303, 0.0445],
  [0.0318, 0.0345],
];
/** Tooth half sizes along the arch, crown height, labio-lingual. */
const TOOTH: readonly V3[] = [
  [0.0042, 0.0058, 0.0028],
  [0.0034, 0.0054, 0.0028],
  [0.0036, 0.0062, 0.0036],
  [0.0034, 0.005, 0.0044],
  [0.0034, 0.005, 0.0044],
  [0.0049, 0.0046, 0.0054],
  [0.0047, 0.0044, 0.0052],
  [0.0043, 0.0042, 0.005],
];

/** One row of teeth (both halves) with crowns centred at height y, the arch scaled by `inset`. */
function teeth(y: number, inset: number): Item[] {
  const out: Item[] = [];
  for (const s of SIDES)
    ARCH.forEach(([x, z], i) => {
      const next = ARCH[Math.min(ARCH.length - 1, i + 1)]!,
        prev = ARCH[Math.max(0, i - 1)]!;
      const tangent = norm([s * (next[0] - prev[0]), 0, next[1] - prev[1]]);
      const c: V3 = [s * x * inset, y, 0.036 + (z - 0.036) * inset];
      out.push(
        K(
          roundBox(
            c,
            TOOTH[i]!,
            Math.min(TOOTH[i]![0], TOOTH[i]![2]) * 0.7,
            axes([0, 1, 0], tangent),
          ),
          0.0004,
        ),
      );
    });
  return out;
}

export function cranium(): PartDef {
  const items: Item[] = [
    // braincase: long vault, forehead rising above the orbits, occiput bulging back
    ellipsoid([0, 1.664, -0.012], [0.066, 0.076, 0.09]),
    K(ellipsoid([0, 1.666, 0.028], [0.056, 0.068, 0.058]), 0.02),
    K(ellipsoid([0, 1.648, -0.058], [0.056, 0.058, 0.046]), 0.02),
    // face: maxillae under the orbits, with the alveolar arch of the upper teeth
    K(ellipsoid([0, 1.606, 0.054], [0.036, 0.03, 0.034]), 0.016),
    ...tube(
      [...ARCH]
        .reverse()
        .map(([x, z]) => [x, 1.589, z] as V3)
        .concat(ARCH.map(([x, z]) => [-x, 1.589, z] as V3)),
      [0.006, 0.0065, 0.0065, 0.006],
      14,
      0.004,
    ),
  ];
  for (const s of SIDES) {
    // cheekbone, zygomatic arch to the ear, mastoid process
    items.push(
      K(
        ellipsoid(sx(s, [0.049, 1.619, 0.05]), [0.011, 0.015, 0.015], axes([0, 1, 0], [s, 0, 0.6])),
        0.014,
      ),
    );
    items.push(
      ...tube(
        [
          sx(s, [0.055, 1.617, 0.045]),
          sx(s, [0.063, 1.615, 0.024]),
          sx(s, [0.065, 1.613, 0.0]),
          sx(s, [0.058, 1.614, -0.014]),
        ],
        [0.0055, 0.0042, 0.0042, 0.005],
        5,
        0.006,
      ),
    );
    items.push(
      ...tube(
        [sx(s, [0.058, 1.61, 0.03]), sx(s, [0.064, 1.609, 0.0]), sx(s, [0.058, 1.61, -0.012])],
        [0.0035, 0.0035, 0.0045],
        3,
        0.005,
      ),
    );
    items.push(
      K(
        roundCone(sx(s, [0.052, 1.612, -0.036]), sx(s, [0.05, 1.586, -0.03]), 0.009, 0.0055),
        0.008,
      ),
    );
  }
  // external occipital protuberance, glabella
  items.push(K(sphere([0, 1.636, -0.098], 0.007), 0.01));
  items.push(K(ellipsoid([0, 1.661, 0.083], [0.018, 0.009, 0.008]), 0.01));
  // carve: temporal fossae above the arches, orbits, nasal aperture, ear canals
  for (const s of SIDES) {
    items.push(carve(ellipsoid(sx(s, [0.094, 1.64, 0.02]), [0.032, 0.036, 0.04]), 0.016));
    items.push(carve(ellipsoid(sx(s, [0.032, 1.638, 0.062]), [0.0165, 0.0148, 0.03]), 0.004));
    items.push(drill(sx(s, [0.078, 1.612, -0.024]), sx(s, [0.052, 1.612, -0.022]), 0.0045, 0.002));
  }
  items.push(carve(ellipsoid([0, 1.607, 0.086], [0.0105, 0.019, 0.03]), 0.003));
  items.push(carve(ellipsoid([0, 1.598, 0.086], [0.0125, 0.01, 0.03]), 0.003));
  // orbital rims: supraorbital margin, lateral (zygomatic) rim, infraorbital margin, medial wall
  for (const s of SIDES) {
    const rim: V3[] = [
      [0.015, 1.639, 0.083],
      [0.015, 1.652, 0.085],
      [0.032, 1.658, 0.083],
      [0.047, 1.653, 0.066],
      [0.051, 1.637, 0.061],
      [0.047, 1.622, 0.066],
      [0.032, 1.619, 0.075],
      [0.018, 1.624, 0.08],
      [0.015, 1.639, 0.083],
    ];
    items.push(
      ...tube(
        rim.map((p) => sx(s, p)),
        [0.0042, 0.005, 0.0055, 0.0045, 0.004, 0.004, 0.0042, 0.004, 0.0042],
        16,
        0.003,
      ),
    );
  }
  // nasal bones and the anterior nasal spine
  items.push(K(roundCone([0, 1.651, 0.085], [0, 1.627, 0.094], 0.0058, 0.0038), 0.004));
  items.push(K(roundCone([0, 1.588, 0.084], [0, 1.589, 0.093], 0.0028, 0.0012), 0.003));
  items.push(...teeth(1.5775, 1));
  return { id: 'cranium', joint: 'head', items, h: 0.0015, tris: 6200 };
}

export function mandible(): PartDef {
  const items: Item[] = [];
  // body: a plate between the lower border and the alveolar margin, one half per side, joined at
  // the chin; a rounded lower border; the mental protuberance
  for (const s of SIDES) {
    const lowerPts: V3[] = [
      [0, 1.53, 0.084],
      [0.018, 1.531, 0.077],
      [0.033, 1.537, 0.053],
      [0.043, 1.547, 0.022],
      [0.049, 1.561, -0.013],
    ];
    const upperPts: V3[] = [
      [0, 1.561, 0.084],
      [0.017, 1.561, 0.077],
      [0.026, 1.561, 0.056],
      [0.031, 1.562, 0.03],
      [0.04, 1.567, 0.004],
    ];
    const lower = sampleCurve(
      lowerPts.map((p) => sx(s, p)),
      12,
    );
    const upper = sampleCurve(
      upperPts.map((p) => sx(s, p)),
      12,
    );
    items.push(...sheet(ruled(lower, upper, 3), 0.0036));
    items.push(...tube(lower, [0.0052, 0.005, 0.0045, 0.0045], 8, 0.003));
    // ramus: from the angle up to the condyle (behind) and the coronoid process (in front), with
    // the mandibular notch between them
    const ramus: V3[][] = [
      [
        [0.049, 1.561, -0.013],
        [0.045, 1.563, 0.0],
        [0.04, 1.566, 0.012],
      ],
      [
        [0.051, 1.58, -0.012],
        [0.047, 1.582, 0.0],
        [0.043, 1.585, 0.012],
      ],
      [
        [0.051, 1.6, -0.011],
        [0.049, 1.592, 0.002],
        [0.045, 1.607, 0.016],
      ],
    ];
    items.push(
      ...sheet(
        ramus.map((r) => r.map((p) => sx(s, p))),
        0.0032,
      ),
    );
    items.push(
      ...tube(
        [sx(s, [0.049, 1.561, -0.013]), sx(s, [0.051, 1.6, -0.011])],
        [0.0045, 0.004],
        2,
        0.003,
      ),
    );
    items.push(
      K(
        ellipsoid(
          sx(s, [0.052, 1.606, -0.011]),
          [0.0095, 0.005, 0.0055],
          axes([0, 1, 0], [s, 0, -0.25]),
        ),
        0.004,
      ),
    );
  }
  items.push(K(ellipsoid([0, 1.537, 0.085], [0.014, 0.0085, 0.0055]), 0.005));
  items.push(...teeth(1.5672, 0.93));
  return { id: 'mandible', joint: 'jaw', items, h: 0.0015, tris: 2400 };
}
