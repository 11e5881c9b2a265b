/**
 * Skeleton layer: each bone a small signed distance field (round cones, ellipsoids, plates),
 * polygonised on its own, rigidly bound to one joint. Part ids: 'cranium', 'mandible', 'C1'…'L5',
 * 'sacrum', 'coccyx', 'innominate.left', 'rib-3.left', 'sternum', 'clavicle.left', 'scapula.left',
 * 'humerus.left', 'radius.left', 'ulna.left', 'carpals.left', 'metacarpal-1.left' … ,
 * 'phalanges-1.left' … (1 = thumb), 'femur.left', 'patella.left', 'tibia.left', 'fibula.left',
 * 'talus.left', 'calcaneus.left', 'tarsals.left', 'metatarsal-1.left' …, 'toe-phalanges-1.left' ….
 */
import { POINTS, VERTEBRAE } from './landmarks';
import { innominate, sacrumParts } from './bone-pelvis';
import { cranium, mandible } from './bone-skull';
import { armBones } from './bone-arm';
import { carve, plate, ruled, sampleCurve, sheet, tube } from './bone-shapes';
import {
  capsule,
  ellipsoid,
  axes,
  loft,
  mirrorX,
  roundBox,
  roundCone,
  sphere,
  sub,
  withK,
  type Item,
  type V3,
} from './sdf';

export interface PartDef {
  id: string;
  /** Joint that moves the part rigidly (skeleton, organs) or undefined (skinned by skin items). */
  joint?: string;
  items: Item[];
  /** Grid step (m). */
  h: number;
  /** Triangle budget for this part after simplification. */
  tris: number;
}

const K = (it: Item, k: number) => withK(it, k);

function vertebraParts(): PartDef[] {
  const out: PartDef[] = [];
  for (let i = 0; i < VERTEBRAE.length; i++) {
    const v = VERTEBRAE[i]!;
    const above = VERTEBRAE[i + 1];
    const step = above ? above.y - v.y : 0.016;
    const region = v.id[0]!;
    const r = region === 'L' ? 0.022 : region === 'T' ? 0.0125 + (v.size - 0.55) * 0.014 : 0.0105;
    const hh = step * 0.34;
    const items: Item[] = [];
    if (v.id === 'C1') {
      // atlas: a ring
      for (let a = 0; a < 8; a++) {
        const t0 = (a / 8) * Math.PI * 2,
          t1 = ((a + 1) / 8) * Math.PI * 2;
        items.push(
          K(
            capsule(
              [Math.sin(t0) * 0.02, v.y, v.z - 0.005 + Math.cos(t0) * 0.018],
              [Math.sin(t1) * 0.02, v.y, v.z - 0.005 + Math.cos(t1) * 0.018],
              0.004,
            ),
            0.004,
          ),
        );
      }
      items.push(K(capsule([-0.035, v.y, v.z - 0.006], [0.035, v.y, v.z - 0.006], 0.005), 0.006));
      out.push({ id: v.id, joint: v.id, items, h: 0.0015, tris: 560 });
      continue;
    }
    items.push(roundCone([0, v.y - hh, v.z + 0.002], [0, v.y + hh, v.z], r * 0.98, r));
    // neural arch and spinous process, pointing back and down
    const back = region === 'L' ? 0.04 : region === 'T' ? 0.036 : v.id === 'C7' ? 0.03 : 0.022;
    const droop =
      region === 'L'
        ? 0.004
        : region === 'T'
          ? 0.016 + 0.016 * Math.sin(Math.PI * ((12 - Number(v.id.slice(1))) / 11))
          : 0.006;
    const archZ = v.z - r - 0.008;
    for (const s of [1, -1])
      items.push(
        K(
          capsule(
            [s * r * 0.55, v.y, v.z - r * 0.7],
            [s * 0.007, v.y - 0.002, archZ - 0.008],
            region === 'L' ? 0.0045 : 0.0035,
          ),
          0.004,
        ),
      );
    const spTip: V3 = [0, v.y - droop, v.z - r - back];
    if (region === 'L')
      items.push(
        K(
          roundCone(
            [0, v.y - 0.01, archZ - 0.01],
            [0, spTip[1] - 0.008, spTip[2] + 0.004],
            0.004,
            0.004,
          ),
          0.006,
        ),
      );
    items.push(
      K(
        roundCone(
          [0, v.y - 0.002, archZ - 0.008],
          spTip,
          region === 'L' ? 0.006 : 0.004,
          region === 'L' ? 0.0055 : 0.0035,
        ),
        0.004,
      ),
    );
    // transverse processes
    const tl = region === 'L' ? 0.036 : region === 'T' ? 0.027 : 0.024;
    for (const s of [1, -1])
      items.push(
        K(
          roundCone(
            [s * 0.006, v.y, archZ],
            [s * tl, v.y + 0.002, archZ + (region === 'T' ? -0.008 : 0.004)],
            0.0045,
            0.0035,
          ),
          0.005,
        ),
      );
    out.push({ id: v.id, joint: v.id, items, h: 0.0015, tris: region === 'C' ? 480 : 640 });
  }
  return out;
}

/** Rib i (1..12) as a chain of round cones along a descending elliptical arc. */
function ribPath(i: number, side: 1 | -1): V3[] {
  const v = VERTEBRAE.find((q) => q.id === `T${i}`)!;
  const width = [
    0.062, 0.085, 0.102, 0.113, 0.121, 0.126, 0.128, 0.128, 0.126, 0.122, 0.116, 0.105,
  ][i - 1]!;
  const span =
    i <= 7
      ? Math.PI
      : i <= 10
        ? Math.PI * (0.92 - (i - 8) * 0.06)
        : i === 11
          ? Math.PI * 0.55
          : Math.PI * 0.4;
  const zBack = v.z - 0.008;
  const zFront = i === 1 ? 0.07 : i === 2 ? 0.08 : 0.085 + (i <= 7 ? 0 : -0.005);
  const depth = (zFront - zBack) / 2;
  const zc = (zBack + zFront) / 2;
  const drop = 0.055 + i * 0.007;
  const pts: V3[] = [];
  const N = 10;
  for (let k = 0; k <= N; k++) {
    const th = (k / N) * span;
    const w =
      th < Math.PI * 0.1
        ? 0.02 + (width - 0.02) * Math.sin(Math.min(Math.PI / 2, th * 3.2))
        : width * Math.sin(Math.max(th, 0.52 + 0.1 * 0));
    const x = th < 0.35 ? 0.018 + (width - 0.018) * Math.sin((th / 0.7) * Math.PI) * 0.55 + 0 : w;
    void x;
    const px =
      0.018 +
      (width - 0.018) *
        Math.sin(Math.min(th, Math.PI / 2)) *
        (th > Math.PI / 2 ? Math.sin(th) / 1 : 1);
    const fx = th > Math.PI / 2 ? 0.018 + (width - 0.018) * Math.sin(th) ** 0.8 : px;
    const pz = zc - depth * Math.cos(th) * (th < 0.3 ? 0.9 : 1);
    const py = v.y - ((drop * (1 - Math.cos(th * 0.9))) / 2) * (i <= 2 ? 0.9 : 1);
    pts.push([side * (th > Math.PI * 0.95 && i <= 7 ? Math.max(0.02, fx) : fx), py, pz]);
  }
  return pts;
}

function ribParts(): PartDef[] {
  const out: PartDef[] = [];
  for (let i = 1; i <= 12; i++)
    for (const [s, side] of [
      [1, 'left'],
      [-1, 'right'],
    ] as const) {
      const pts = ribPath(i, s);
      const items: Item[] = [];
      const r = i === 1 ? 0.0055 : 0.0045;
      for (let k = 0; k < pts.length - 1; k++)
        items.push(K(capsule(pts[k]!, pts[k + 1]!, k > 7 && i <= 10 ? r * 0.85 : r), 0.003));
      // costal cartilage to the sternum (1-7) or to the cartilage above (8-10)
      const end = pts[pts.length - 1]!;
      if (i <= 7)
        items.push(
          K(
            capsule(
              end,
              [s * 0.018, 1.41 - (i - 1) * 0.027 - (i === 1 ? 0 : 0.01), 0.092],
              r * 0.9,
            ),
            0.003,
          ),
        );
      else if (i <= 10) {
        const up = ribPath(i - 1, s);
        const tgt = up[up.length - (i === 8 ? 1 : 2)]!;
        items.push(
          K(capsule(end, [tgt[0] * 0.85, tgt[1] - 0.012, tgt[2] - 0.004], r * 0.8), 0.003),
        );
      }
      out.push({ id: `rib-${i}.${side}`, joint: `T${i}`, items, h: 0.0018, tris: 380 });
    }
  out.push({
    id: 'sternum',
    joint: 'T5',
    items: [
      roundBox([0, 1.398, 0.089], [0.026, 0.022, 0.006], 0.005, axes([0, 1, -0.25], [1, 0, 0])),
      K(roundBox([0, 1.315, 0.1], [0.015, 0.07, 0.005], 0.0045), 0.01),
      K(roundCone([0, 1.245, 0.098], [0, 1.22, 0.092], 0.008, 0.004), 0.006),
    ],
    h: 0.0018,
    tris: 700,
  });
  return out;
}

function limbBones(side: 'left' | 'right'): PartDef[] {
  const m = (p: V3): V3 => (side === 'left' ? p : mirrorX(p));
  const s = side === 'left' ? 1 : -1;
  const J = (id: string) => `${id}.${side}`;
  const P = (id: string, joint: string, items: Item[], tris = 1500, h = 0.002): PartDef => ({
    id: J(id),
    joint,
    items,
    h,
    tris,
  });
  const out: PartDef[] = [];
  const sh = POINTS.shoulder,
    hp = POINTS.hip,
    kn = POINTS.knee,
    an = POINTS.ankle,
    ac = POINTS.acromion,
    sc = POINTS.sternoclavicular;
  // clavicle: gentle S from the sternum to the acromion
  out.push(
    P(
      'clavicle',
      J('clavicle'),
      [
        K(
          roundCone(
            m([sc[0] + 0.006, sc[1], sc[2] - 0.008]),
            m([0.07, 1.422, 0.058]),
            0.008,
            0.0065,
          ),
          0.006,
        ),
        K(roundCone(m([0.07, 1.422, 0.058]), m([0.13, 1.432, 0.03]), 0.0065, 0.006), 0.008),
        K(
          roundCone(
            m([0.13, 1.432, 0.03]),
            m([ac[0] - 0.012, ac[1] + 0.002, ac[2] + 0.012]),
            0.006,
            0.0075,
          ),
          0.008,
        ),
      ],
      800,
    ),
  );
  // scapula: a thin blade curved to the rib cage between its medial and lateral borders (the
  // lateral one thick), the spine standing off the back as a ridge that ends in the flat acromion
  // over the shoulder, the glenoid cupped around the humeral head, the coracoid hooking forward
  const sup: V3 = [0.084, 1.44, -0.082],
    inf: V3 = [0.092, 1.29, -0.095],
    glenoidNeck: V3 = [0.148, 1.394, -0.053];
  const medial = sampleCurve([sup, [0.079, 1.4, -0.09], [0.082, 1.34, -0.095], inf], 8);
  const lateral = sampleCurve(
    [sup, [0.122, 1.43, -0.068], glenoidNeck, [0.128, 1.34, -0.078], inf],
    8,
  );
  const blade = ruled(medial, lateral, 4, (u, v) => [
    0,
    0,
    -0.006 * Math.sin(Math.PI * u) * Math.sin(Math.PI * v),
  ]);
  const spineRoot: V3 = [0.086, 1.405, -0.092],
    spineEnd: V3 = [0.156, 1.418, -0.045],
    crest: V3 = [0.16, 1.427, -0.054];
  out.push(
    P(
      'scapula',
      J('scapula'),
      [
        ...sheet(
          blade.map((row) => row.map(m)),
          (i) => 0.0022 + 0.0008 * i,
        ),
        ...tube(medial.map(m), [0.003, 0.0035, 0.0038], 8, 0.003),
        ...tube(
          sampleCurve([glenoidNeck, [0.128, 1.34, -0.078], inf], 6).map(m),
          [0.0062, 0.005, 0.004],
          6,
          0.004,
        ),
        K(plate(m(spineRoot), m(spineEnd), m(crest), 0.0028), 0.004),
        K(roundCone(m([0.087, 1.407, -0.099]), m(crest), 0.0035, 0.005), 0.005),
        K(
          ellipsoid(
            m([(crest[0] + ac[0]) / 2, (crest[1] + ac[1]) / 2 - 0.003, (crest[2] + ac[2]) / 2]),
            [0.005, 0.021, 0.012],
            axes(sub(m(ac), m(crest)), [0, 1, 0]),
          ),
          0.008,
        ),
        K(ellipsoid(m([sh[0] - 0.021, sh[1], sh[2] + 0.002]), [0.006, 0.019, 0.013]), 0.01),
        K(roundCone(m(glenoidNeck), m([sh[0] - 0.026, sh[1], sh[2]]), 0.008, 0.009), 0.008),
        ...tube(
          (
            [
              [0.15, 1.405, -0.045],
              [0.153, 1.418, -0.01],
              [0.162, 1.41, 0.01],
            ] as V3[]
          ).map(m),
          [0.0065, 0.0055, 0.0048],
          4,
          0.004,
        ),
        carve(sphere(m([sh[0] - 0.003, sh[1] + 0.001, sh[2] - 0.003]), 0.0235), 0.003),
      ],
      1800,
      0.0018,
    ),
  );
  // humerus, forearm and hand bones
  out.push(...armBones(side));
  // femur: head, neck, greater trochanter (its lateral-most point at the Winter hip level), shaft,
  // condyles
  const gt: V3 = [0.136, hp[1] - 0.002, hp[2] - 0.012];
  out.push(
    P(
      'femur',
      J('hip'),
      [
        sphere(m(hp), 0.024),
        K(roundCone(m(hp), m([0.118, hp[1] - 0.025, hp[2] - 0.006]), 0.0145, 0.0175), 0.012),
        K(ellipsoid(m(gt), [0.014, 0.022, 0.017]), 0.015),
        K(
          roundCone(
            m([0.122, hp[1] - 0.045, hp[2] - 0.006]),
            m([kn[0] + 0.002, kn[1] + 0.05, kn[2] - 0.004]),
            0.0145,
            0.016,
          ),
          0.02,
        ),
        K(
          roundCone(
            m([kn[0] + 0.002, kn[1] + 0.05, kn[2] - 0.004]),
            m([kn[0], kn[1] + 0.03, kn[2] - 0.004]),
            0.016,
            0.028,
          ),
          0.02,
        ),
        K(sphere(m([0.116, hp[1] - 0.065, hp[2] - 0.02]), 0.009), 0.015),
        // condyles bulging backwards (the medial the larger), the intercondylar notch between them,
        // the linea aspera down the back of the shaft
        K(ellipsoid(m([kn[0] - 0.02, kn[1] + 0.024, kn[2] - 0.01]), [0.016, 0.022, 0.029]), 0.02),
        K(ellipsoid(m([kn[0] + 0.021, kn[1] + 0.026, kn[2] - 0.01]), [0.015, 0.021, 0.028]), 0.02),
        K(
          roundCone(
            m([0.117, hp[1] - 0.1, hp[2] - 0.019]),
            m([kn[0] + 0.002, kn[1] + 0.13, kn[2] - 0.018]),
            0.0045,
            0.004,
          ),
          0.012,
        ),
        carve(ellipsoid(m([kn[0], kn[1] + 0.01, kn[2] - 0.03]), [0.0075, 0.018, 0.02]), 0.004),
      ],
      2000,
    ),
  );
  out.push(
    P(
      'patella',
      J('knee'),
      [ellipsoid(m([kn[0], kn[1] + 0.03, kn[2] + 0.031]), [0.02, 0.023, 0.0095])],
      500,
      0.0015,
    ),
  );
  out.push(
    P(
      'tibia',
      J('knee'),
      [
        // plateau: broad, flat-topped medial and lateral condyles with the eminence between them,
        // narrowing into the shaft below the tuberosity
        ellipsoid(m([kn[0] + 0.001, kn[1] - 0.012, kn[2] - 0.006]), [0.038, 0.011, 0.027]),
        K(sphere(m([kn[0], kn[1] - 0.004, kn[2] - 0.006]), 0.006), 0.006),
        K(
          roundCone(
            m([kn[0] + 0.001, kn[1] - 0.02, kn[2] - 0.004]),
            m([kn[0] + 0.001, kn[1] - 0.075, kn[2] + 0.004]),
            0.026,
            0.0145,
          ),
          0.012,
        ),
        K(
          roundCone(
            m([kn[0] + 0.001, kn[1] - 0.03, kn[2] + 0.008]),
            m([an[0] - 0.002, an[1] + 0.05, an[2]]),
            0.014,
            0.011,
          ),
          0.03,
        ),
        K(
          roundCone(
            m([an[0] - 0.002, an[1] + 0.05, an[2]]),
            m([an[0] - 0.002, an[1] + 0.016, an[2]]),
            0.012,
            0.014,
          ),
          0.01,
        ),
        K(
          roundCone(
            m([an[0] - 0.016, an[1] + 0.02, an[2] + 0.002]),
            m([an[0] - 0.019, an[1] - 0.002, an[2] + 0.004]),
            0.007,
            0.006,
          ),
          0.006,
        ),
        K(sphere(m([kn[0] + 0.001, kn[1] - 0.045, kn[2] + 0.028]), 0.008), 0.015),
      ],
      2000,
    ),
  );
  out.push(
    P(
      'fibula',
      J('knee'),
      [
        K(sphere(m([kn[0] + 0.03, kn[1] - 0.045, kn[2] - 0.014]), 0.008), 0.004),
        K(
          roundCone(
            m([kn[0] + 0.03, kn[1] - 0.05, kn[2] - 0.014]),
            m([an[0] + 0.022, an[1] + 0.02, an[2] - 0.012]),
            0.0055,
            0.0055,
          ),
          0.006,
        ),
        K(
          roundCone(
            m([an[0] + 0.022, an[1] + 0.02, an[2] - 0.012]),
            m([an[0] + 0.023, an[1] - 0.01, an[2] - 0.01]),
            0.007,
            0.0065,
          ),
          0.006,
        ),
      ],
      900,
    ),
  );
  // foot (Standring): talus under the tibia, its head pointing forwards and medially to the
  // navicular; calcaneus under it with the tuberosity behind and the sustentaculum tali on the
  // medial side; the medial column (navicular, cuneiforms, first three metatarsals) stands higher
  // than the lateral (cuboid, fourth and fifth), so the bones draw the longitudinal and transverse
  // arches; phalanges in three short segments (two in the big toe)
  out.push(
    P(
      'talus',
      J('ankle'),
      [
        // body with the trochlea under the tibial plafond
        ellipsoid(m([an[0], an[1] - 0.014, an[2] - 0.002]), [0.0145, 0.0125, 0.017]),
        // neck and head
        K(
          roundCone(
            m([an[0] - 0.002, an[1] - 0.02, an[2] + 0.01]),
            m([an[0] - 0.009, 0.045, 0.03]),
            0.009,
            0.0105,
          ),
          0.006,
        ),
      ],
      500,
      0.0015,
    ),
  );
  out.push(
    P(
      'calcaneus',
      J('ankle'),
      [
        // body from the tuberosity forwards to the cuboid, tall behind, pitched up in front
        K(
          loft(
            m([an[0] + 0.002, 0.023, -0.06]),
            m([an[0] + 0.011, 0.031, 0.02]),
            [1, 0, 0],
            [
              { t: 0, ru: 0.011, rv: 0.016 },
              { t: 0.2, ru: 0.0135, rv: 0.019, cv: 0.002 },
              { t: 0.55, ru: 0.0135, rv: 0.0135, cv: -0.002 },
              { t: 0.85, ru: 0.012, rv: 0.011 },
              { t: 1, ru: 0.011, rv: 0.0105 },
            ],
          ),
          0,
        ),
        // rounded back of the tuberosity
        K(ellipsoid(m([an[0] + 0.002, 0.024, -0.057]), [0.0115, 0.017, 0.009]), 0.008),
        // sustentaculum tali, a shelf under the talus on the medial side
        K(ellipsoid(m([an[0] - 0.014, 0.036, -0.004]), [0.008, 0.0045, 0.011]), 0.006),
      ],
      700,
      0.0015,
    ),
  );
  out.push(
    P(
      'tarsals',
      J('ankle'),
      [
        // navicular
        K(
          ellipsoid(
            m([an[0] - 0.01, 0.046, 0.041]),
            [0.0135, 0.0115, 0.0065],
            axes([0, 1, 0.2], [1, 0, 0]),
          ),
          0.002,
        ),
        // cuboid, lateral
        K(
          roundBox(
            m([an[0] + 0.02, 0.027, 0.033]),
            [0.0105, 0.0105, 0.012],
            0.004,
            axes([0, 1, 0], [1, 0, s * 0.25]),
          ),
          0.002,
        ),
        // medial, intermediate and lateral cuneiforms
        K(roundBox(m([an[0] - 0.015, 0.038, 0.058]), [0.0065, 0.0125, 0.009], 0.003), 0.002),
        K(roundBox(m([an[0] - 0.003, 0.043, 0.054]), [0.005, 0.009, 0.0075], 0.003), 0.002),
        K(roundBox(m([an[0] + 0.008, 0.038, 0.056]), [0.0055, 0.01, 0.0085], 0.003), 0.002),
      ],
      700,
      0.0015,
    ),
  );
  // metatarsals: base (x, y, z) → head; the big toe's thick and short, the second the longest
  const mtBase: V3[] = [
    [0.084, 0.036, 0.068],
    [0.095, 0.043, 0.063],
    [0.106, 0.039, 0.065],
    [0.115, 0.033, 0.066],
    [0.124, 0.026, 0.065],
  ];
  const mtHead: V3[] = [
    [0.08, 0.0135, 0.128],
    [0.1, 0.0115, 0.135],
    [0.113, 0.011, 0.13],
    [0.125, 0.0105, 0.122],
    [0.136, 0.01, 0.113],
  ];
  // tips of the distal phalanges, about 6 mm inside the skin's toe tips (skin.ts)
  const tipZ = [0.181, 0.176, 0.167, 0.157, 0.146];
  for (let t = 1; t <= 5; t++) {
    const b = mtBase[t - 1]!,
      hd = mtHead[t - 1]!;
    const big = t === 1;
    const rs = big ? 0.0075 : 0.0042;
    const rh = big ? 0.0095 : 0.006;
    const mt: Item[] = [
      K(roundCone(m(b), m(hd), big ? 0.009 : 0.0058, rs), 0.004),
      K(sphere(m([hd[0], hd[1] + 0.001, hd[2] - 0.001]), rh), 0.004),
    ];
    // tuberosity of the fifth metatarsal, sticking out at the lateral border
    if (t === 5) mt.push(K(sphere(m([b[0] + 0.008, b[1] - 0.004, b[2] - 0.002]), 0.0055), 0.004));
    out.push(P(`metatarsal-${t}`, J('ankle'), mt, 270, 0.0012));
    // phalanges: proximal rising a little off the head, middle level, distal down to the tip
    const z0 = hd[2] + rh + 0.0015;
    const L = tipZ[t - 1]! - z0;
    const x = hd[0];
    const r = big ? 0.0068 : 0.0042;
    const joints: V3[] = big
      ? [
          [x, 0.0135, z0],
          [x + 0.001, 0.0135, z0 + L * 0.58],
          [x + 0.0015, 0.0075, z0 + L],
        ]
      : [
          [x, 0.012, z0],
          [x + 0.001, 0.015, z0 + L * 0.52],
          [x + 0.0015, 0.0125, z0 + L * 0.78],
          [x + 0.002, 0.0065, z0 + L],
        ];
    const items: Item[] = [];
    for (let k = 0; k < joints.length - 1; k++) {
      const a = joints[k]!,
        e = joints[k + 1]!;
      // a small gap at each joint, so the segments read as separate bones
      const g = 0.0012 / Math.hypot(e[0] - a[0], e[1] - a[1], e[2] - a[2]);
      const pa: V3 = [a[0] + (e[0] - a[0]) * g, a[1] + (e[1] - a[1]) * g, a[2] + (e[2] - a[2]) * g];
      const pe: V3 = [e[0] - (e[0] - a[0]) * g, e[1] - (e[1] - a[1]) * g, e[2] - (e[2] - a[2]) * g];
      const f = 1 - k * 0.16;
      items.push(K(roundCone(m(pa), m(pe), r * f, r * f * 0.8), 0));
    }
    out.push(P(`toe-phalanges-${t}`, J('toes'), items, 240, 0.0012));
  }
  out.push(innominate(side));
  void s;
  return out;
}

function axialParts(): PartDef[] {
  const out: PartDef[] = [];
  out.push(...sacrumParts());
  out.push(cranium(), mandible());
  return out;
}

export function skeletonParts(): PartDef[] {
  return [
    ...axialParts(),
    ...vertebraParts(),
    ...ribParts(),
    ...limbBones('left'),
    ...limbBones('right'),
  ];
}
