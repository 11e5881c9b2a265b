/**
 * Pelvic bones: the innominate (ilium, ischium, pubis around the acetabulum and the obturator
 * foramen) and the sacrum (a curved wedge with S1 body, alae, foramina, median crest) with the
 * coccyx. Landmarks an osteopath palpates sit where they do on an adult: iliac crest top near L4,
 * ASIS and pubic tubercle in one coronal plane (anatomical position), PSIS at S2 level, ischial
 * tuberosity below and behind the acetabulum (Standring, Gray's Anatomy 42nd ed., pelvic girdle).
 */
import { POINTS } from './landmarks';
import { carve, drill, ruled, sampleCurve, sheet, tube } from './bone-shapes';
import {
  ellipsoid,
  loft,
  mirrorX,
  norm,
  roundBox,
  roundCone,
  sphere,
  axes,
  withK,
  type Item,
  type V3,
} from './sdf';
import type { PartDef } from './skeleton';

const K = withK;

/** Iliac crest from ASIS (front) over the iliac tubercle to PSIS (back); left side. */
const CREST: V3[] = [
  [0.114, 1.014, 0.052],
  [0.126, 1.034, 0.036],
  [0.131, 1.047, 0.012],
  [0.127, 1.057, -0.016],
  [0.112, 1.061, -0.043],
  [0.088, 1.055, -0.064],
  [0.062, 1.042, -0.077],
  [0.044, 1.022, -0.08],
];
/** Lower edge of the wing: AIIS, over the acetabulum, greater sciatic notch, PIIS. */
const BASE: V3[] = [
  [0.104, 0.974, 0.046],
  [0.097, 0.958, 0.03],
  [0.09, 0.953, 0.004],
  [0.08, 0.952, -0.022],
  [0.066, 0.958, -0.044],
  [0.055, 0.978, -0.062],
  [0.048, 0.996, -0.072],
  [0.045, 1.004, -0.078],
];

export function innominate(side: 'left' | 'right'): PartDef {
  const m = (p: V3): V3 => (side === 'left' ? p : mirrorX(p));
  const mm = (ps: readonly V3[]) => ps.map(m);
  const hp = POINTS.hip;
  const items: Item[] = [];
  // acetabulum: a thick cup opening laterally, forwards and down around the femoral head
  const open = norm([0.8, -0.38, 0.42]);
  const at = (d: number): V3 => [hp[0] + open[0] * d, hp[1] + open[1] * d, hp[2] + open[2] * d];
  items.push(sphere(m(at(-0.007)), 0.032));
  items.push(carve(sphere(m(at(0.052)), 0.05), 0.003));
  // wing: a fan between the crest and its base, bowed outwards (gluteal surface convex, iliac
  // fossa concave), thin in the fossa, thick towards the body and the sacroiliac part
  const nu = 10;
  const top = sampleCurve(CREST, nu);
  const bottom = sampleCurve(BASE, nu);
  const grid = ruled(top, bottom, 5, (u, v) => {
    const b = 0.013 * Math.sin(Math.PI * v) * Math.sin(Math.PI * Math.min(1, u * 1.25)) ** 0.7;
    const j = Math.round(u * nu);
    const p = top[Math.min(nu, j + 1)]!,
      q = top[Math.max(0, j - 1)]!;
    const n = norm([-(p[2] - q[2]), 0, p[0] - q[0]]);
    return [n[0] * b, -0.004 * Math.sin(Math.PI * v), n[2] * b];
  });
  items.push(
    ...sheet(
      grid.map((row) => row.map(m)),
      (i, j) => 0.0026 + 0.005 * (i / 5) ** 2 + 0.006 * (j / nu) ** 3,
    ),
  );
  // crest rim with the tubercle, ASIS, AIIS, PSIS, PIIS
  items.push(...tube(mm(CREST), [0.0048, 0.0058, 0.0062, 0.0055, 0.005, 0.0055, 0.006], 12, 0.003));
  items.push(K(sphere(m([0.115, 1.013, 0.053]), 0.0066), 0.004));
  items.push(K(sphere(m([0.044, 1.02, -0.079]), 0.0068), 0.004));
  items.push(
    ...tube(
      mm([CREST[0]!, [0.112, 0.996, 0.052], [0.105, 0.978, 0.048], BASE[1]!]),
      [0.004, 0.0038, 0.0052, 0.006],
      4,
      0.003,
    ),
  );
  items.push(
    ...tube(
      mm([CREST[7]!, [0.045, 1.01, -0.08], BASE[6]!, BASE[5]!]),
      [0.006, 0.005, 0.006, 0.006],
      4,
      0.003,
    ),
  );
  // body of the ilium down into the acetabulum
  items.push(K(roundCone(m([0.084, 0.965, -0.008]), m(at(-0.01)), 0.012, 0.02), 0.008));
  // ischium: posterior column to the tuberosity, ischial spine
  items.push(K(roundCone(m([0.078, 0.925, -0.02]), m([0.066, 0.872, -0.034]), 0.012, 0.01), 0.006));
  items.push(
    K(roundCone(m([0.066, 0.952, -0.046]), m([0.072, 0.915, -0.036]), 0.006, 0.009), 0.006),
  );
  items.push(
    K(roundCone(m([0.068, 0.905, -0.042]), m([0.05, 0.898, -0.056]), 0.005, 0.0025), 0.004),
  );
  items.push(
    K(
      ellipsoid(m([0.064, 0.862, -0.034]), [0.011, 0.019, 0.013], axes([0.2, 1, 0.35], [1, 0, 0])),
      0.006,
    ),
  );
  // pubis: superior ramus, body at the symphysis, pubic tubercle, inferior ramus to the ischium
  items.push(
    ...tube(
      mm([
        [0.075, 0.94, 0.028],
        [0.05, 0.93, 0.045],
        [0.024, 0.914, 0.057],
      ]),
      [0.0075, 0.0068, 0.007],
      4,
      0.004,
    ),
  );
  items.push(
    K(
      roundBox(
        m([0.0112, 0.899, 0.054]),
        [0.0096, 0.021, 0.0085],
        0.0055,
        axes([0, 1, 0.3], [1, 0, 0]),
      ),
      0.006,
    ),
  );
  items.push(K(sphere(m([0.024, 0.915, 0.062]), 0.0048), 0.004));
  items.push(
    ...tube(
      mm([
        [0.012, 0.885, 0.05],
        [0.025, 0.866, 0.03],
        [0.042, 0.854, 0.002],
        [0.058, 0.852, -0.022],
      ]),
      [0.0058, 0.0052, 0.0055, 0.0075],
      6,
      0.004,
    ),
  );
  // the socket for the femoral head, carved last through everything above
  items.push(carve(sphere(m(hp), 0.0252), 0.002));
  return { id: `innominate.${side}`, joint: 'pelvis', items, h: 0.0017, tris: 3500 };
}

/**
 * Sacral slope: the angle of the S1 end plate to the horizontal when standing. In 709 asymptomatic
 * adults (standing lateral radiographs) its mean ± 2 SD range was 24°–55° (Mac-Thiong et al.,
 * Eur Spine J 2011;20 Suppl 5:572–7, doi:10.1007/s00586-011-1923-2), i.e. a mean near 40°. The
 * sacrum below is drawn with its axis 24° from the vertical (a 24° base, the bottom of that range)
 * and turned forward about the S1–S2 level (the sacroiliac joints) by the difference.
 */
const SACRAL_SLOPE_DEG = 38;
const DRAWN_SLOPE_DEG = 24;
const SACRAL_PIVOT: V3 = [0, 0.9615, -0.0596];

/** An item turned about the X axis through p by deg (positive: top forward, bottom back). */
function turnedX(it: Item, p: V3, deg: number): Item {
  const a = (deg * Math.PI) / 180,
    c = Math.cos(a),
    s = Math.sin(a);
  // world → drawn: the inverse turn
  const d = (x: number, y: number, z: number) => {
    const dy = y - p[1],
      dz = z - p[2];
    return it.d(x, p[1] + dy * c + dz * s, p[2] - dy * s + dz * c);
  };
  const mn = [Infinity, Infinity, Infinity],
    mx = [-Infinity, -Infinity, -Infinity];
  for (const y of [it.min[1], it.max[1]])
    for (const z of [it.min[2], it.max[2]]) {
      const ty = p[1] + (y - p[1]) * c - (z - p[2]) * s,
        tz = p[2] + (y - p[1]) * s + (z - p[2]) * c;
      mn[1] = Math.min(mn[1]!, ty);
      mx[1] = Math.max(mx[1]!, ty);
      mn[2] = Math.min(mn[2]!, tz);
      mx[2] = Math.max(mx[2]!, tz);
    }
  return {
    ...it,
    d,
    min: [it.min[0], mn[1]!, mn[2]!],
    max: [it.max[0], mx[1]!, mx[2]!],
  };
}

/** Sacrum (S1 body, alae, foramina, crest) and coccyx, at the sacral slope above. */
export function sacrumParts(): PartDef[] {
  const turn = (it: Item) => turnedX(it, SACRAL_PIVOT, SACRAL_SLOPE_DEG - DRAWN_SLOPE_DEG);
  return drawnSacrumParts().map((p) => ({ ...p, items: p.items.map(turn) }));
}

function drawnSacrumParts(): PartDef[] {
  const a: V3 = [0, 0.99, -0.047],
    b: V3 = [0, 0.895, -0.089];
  const n = norm([b[0] - a[0], b[1] - a[1], b[2] - a[2]]);
  const dorsal: V3 = [0, -n[2], n[1]];
  const rv = [0.019, 0.017, 0.013, 0.01, 0.008, 0.006];
  const cv = [0, 0.002, 0.006, 0.008, 0.005, 0];
  const ts = [0, 0.15, 0.35, 0.6, 0.85, 1];
  const along = (t: number, off: number, x = 0): V3 => {
    const i = Math.min(
      ts.length - 2,
      ts.findIndex((q, k) => q <= t && t <= ts[k + 1]!),
    );
    const w = (t - ts[i]!) / (ts[i + 1]! - ts[i]!);
    const c = cv[i]! + (cv[i + 1]! - cv[i]!) * w;
    return [
      x,
      a[1] + (b[1] - a[1]) * t + dorsal[1] * (c + off),
      a[2] + (b[2] - a[2]) * t + dorsal[2] * (c + off),
    ];
  };
  const rvAt = (t: number) => {
    const i = Math.min(
      ts.length - 2,
      ts.findIndex((q, k) => q <= t && t <= ts[k + 1]!),
    );
    return rv[i]! + (rv[i + 1]! - rv[i]!) * ((t - ts[i]!) / (ts[i + 1]! - ts[i]!));
  };
  const items: Item[] = [
    loft(
      a,
      b,
      [1, 0, 0],
      [
        { t: 0, ru: 0.05, rv: rv[0]!, n: 3 },
        { t: 0.15, ru: 0.052, rv: rv[1]!, cv: cv[1], n: 3 },
        { t: 0.35, ru: 0.044, rv: rv[2]!, cv: cv[2], n: 2.6 },
        { t: 0.6, ru: 0.031, rv: rv[3]!, cv: cv[3] },
        { t: 0.85, ru: 0.018, rv: rv[4]!, cv: cv[4] },
        { t: 1, ru: 0.009, rv: rv[5]!, cv: cv[5] },
      ],
    ),
    // S1 body with the promontory, and the superior articular processes for L5
    K(roundCone([0, 0.982, -0.027], [0, 0.958, -0.036], 0.021, 0.016), 0.006),
    ...[1, -1].map((s) =>
      K(roundCone([s * 0.019, 0.982, -0.066], [s * 0.021, 1.0, -0.062], 0.0055, 0.0045), 0.004),
    ),
  ];
  // median sacral crest (fused spinous processes) as a low ridge of tubercles
  items.push(
    ...tube(
      [0.08, 0.3, 0.55, 0.75].map((t) => along(t, rvAt(t) - 0.001)),
      [0.005, 0.0045, 0.004, 0.003],
      6,
      0.004,
    ),
  );
  // four pairs of sacral foramina through the wedge
  for (const [t, x, r] of [
    [0.2, 0.018, 0.0048],
    [0.4, 0.017, 0.0042],
    [0.6, 0.015, 0.0036],
    [0.78, 0.012, 0.003],
  ] as const)
    for (const s of [1, -1]) items.push(drill(along(t, -0.03, s * x), along(t, 0.03, s * x), r));
  const coccyx: V3[] = [
    [0, 0.894, -0.089],
    [0, 0.883, -0.087],
    [0, 0.873, -0.082],
    [0, 0.865, -0.075],
  ];
  return [
    { id: 'sacrum', joint: 'pelvis', items, h: 0.0016, tris: 2200 },
    {
      id: 'coccyx',
      joint: 'pelvis',
      items: coccyx.map((p, i) => K(sphere(p, 0.0068 - i * 0.0011), 0.003)),
      h: 0.0012,
      tris: 300,
    },
  ];
}
