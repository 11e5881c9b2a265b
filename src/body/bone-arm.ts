/**
 * Bones of the free upper limb: humerus, ulna, radius, carpus, metacarpals and phalanges (left side
 * built, the right mirrored). Shapes follow the textbook views (Standring, Gray's Anatomy 42nd ed.,
 * elbow and hand): the humeral shaft flares into the supracondylar ridges and epicondyles (the
 * medial the prominent one) over the trochlea (a spool, its medial lip the lower) and the capitulum;
 * the ulna's trochlear notch wraps the trochlea between olecranon and coronoid; the radial head is a
 * disc under the capitulum; the distal radius is wide with its styloid; eight carpals in two rows;
 * long bones of the hand with broad bases, slim shafts and rounded heads, 1.5 mm joint gaps.
 */
import { POINTS } from './landmarks';
import { carve, tube } from './bone-shapes';
import { JOINT_GAP, MC_HEAD_R, THUMB_CMC, fingerRay, thumbRay, type Segment } from './hand';
import {
  along,
  axes,
  ellipsoid,
  loft,
  mirrorX,
  norm,
  roundBox,
  roundCone,
  sphere,
  sub,
  withK,
  type Item,
  type Section,
  type V3,
} from './sdf';
import type { PartDef } from './skeleton';

const K = withK;

/** Radii of a small long bone: base, shaft, head; `tuft` for a distal phalanx. */
interface BoneR {
  rb: number;
  rs: number;
  rh: number;
  tuft?: boolean;
}

/**
 * A small long bone from a to b: a broad base, a slim shaft and a rounded head (its condyles wider
 * side to side than front to back), or a flattened tuft for a distal phalanx.
 */
function longBone(s: Segment, { rb, rs, rh, tuft }: BoneR, side: V3): Item[] {
  const { a, b, dir } = s;
  const f = axes(dir, side);
  const L = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
  const head: V3 = tuft ? [rh * 1.25, rh * 0.9, rh * 0.8] : [rh * 1.12, rh * 0.85, rh * 0.92];
  return [
    ellipsoid(along(a, dir, rb * 0.45), [rb * 1.08, rb * 0.75, rb * 0.92], f),
    K(roundCone(along(a, dir, rb * 1.1), along(a, dir, L - rh * 1.2), rs * 1.08, rs), 0.003),
    K(ellipsoid(along(b, dir, -head[1]), head, f), 0.003),
  ];
}

/** Centre and radius of a bone's head, as the next bone's base is cupped round it. */
const headBall = (s: Segment, r: BoneR): [V3, number] => [
  along(s.b, s.dir, -r.rh * 0.85),
  r.rh * 0.95,
];

/**
 * The bones of a ray, each base cupped round the head before it (a carve that only reaches the
 * bones already added, so they are added from the tip backwards). `prev`: the head proximal to the
 * first bone (a metacarpal head in another part).
 */
function ray(bones: readonly [Segment, BoneR][], prev: [V3, number], side: V3): Item[] {
  const out: Item[] = [];
  for (let i = bones.length - 1; i >= 0; i--) {
    out.push(...longBone(bones[i]![0], bones[i]![1], side));
    const [c, r] = i > 0 ? headBall(bones[i - 1]![0], bones[i - 1]![1]) : prev;
    out.push(carve(sphere(c, r + JOINT_GAP), 0.001));
  }
  return out;
}

/** Lofted tube sections: circular of radius r at t. */
const ring = (t: number, r: number): Section => ({ t, ru: r, rv: r });

export function armBones(side: 'left' | 'right'): PartDef[] {
  const m = (p: V3): V3 => (side === 'left' ? p : mirrorX(p));
  const lat: V3 = side === 'left' ? [1, 0, 0] : [-1, 0, 0];
  const J = (id: string) => `${id}.${side}`;
  const P = (id: string, joint: string, items: Item[], tris: number, h: number): PartDef => ({
    id: J(id),
    joint: J(joint),
    items,
    h,
    tris,
  });
  const sh = POINTS.shoulder,
    el = POINTS.elbow,
    wr = POINTS.wrist;
  /** Points from the elbow, the shoulder and the wrist joint (dx + = lateral, dz + = forward). */
  const E = (dx: number, dy: number, dz: number): V3 => m([el[0] + dx, el[1] + dy, el[2] + dz]);
  const S = (dx: number, dy: number, dz: number): V3 => m([sh[0] + dx, sh[1] + dy, sh[2] + dz]);
  const W = (dx: number, dy: number, dz: number): V3 => m([wr[0] + dx, wr[1] + dy, wr[2] + dz]);
  const out: PartDef[] = [];

  // ---- humerus: head facing up, in and back; tubercles; shaft with the deltoid tuberosity
  const capitulum = E(0.0105, 0.003, 0.0035);
  // trochlea: a spool across the medial half of the joint, its medial lip the larger and lower
  const trochlea = (grow: number, ext: number) =>
    loft(
      E(-0.0255 - ext, -0.0005, 0.0005),
      E(-0.0015 + ext, 0.0025, 0.0008),
      [0, 1, 0],
      [
        ring(0, 0.0086 + grow),
        ring(0.1, 0.0113 + grow),
        ring(0.22, 0.0108 + grow),
        ring(0.5, 0.0073 + grow),
        ring(0.8, 0.0092 + grow),
        ring(1, 0.0086 + grow),
      ],
    );
  out.push(
    P(
      'humerus',
      'shoulder',
      [
        sphere(S(-0.003, 0.001, -0.003), 0.0225),
        K(ellipsoid(S(0.015, -0.006, 0.004), [0.0095, 0.016, 0.012]), 0.01),
        K(sphere(S(0.005, -0.015, 0.017), 0.0065), 0.008),
        K(roundCone(S(0.005, -0.03, 0.0), E(0.001, 0.1, -0.002), 0.0122, 0.0101), 0.014),
        K(ellipsoid(S(0.013, -0.125, 0.003), [0.0055, 0.022, 0.0065]), 0.01),
        // distal third: flattened front to back and widening into a triangle whose edges are the
        // supracondylar ridges, shifted medially (the medial epicondyle stands out further)
        K(
          loft(E(0.001, 0.1, -0.002), E(-0.004, 0.008, -0.004), lat, [
            { t: 0, ru: 0.0101, rv: 0.0099 },
            { t: 0.45, ru: 0.0114, rv: 0.009, cu: 0.0005 },
            { t: 0.7, ru: 0.0148, rv: 0.008, cu: -0.0005 },
            { t: 0.86, ru: 0.0215, rv: 0.0072, cu: -0.002 },
            { t: 0.95, ru: 0.0248, rv: 0.0066, cu: -0.002 },
            { t: 1, ru: 0.022, rv: 0.0045, cu: -0.002 },
          ]),
          0.006,
        ),
        // the ridges hug the shaft, then curve out (concave flanks); the lateral the longer
        ...tube(
          [E(0.0085, 0.09, -0.002), E(0.0108, 0.055, -0.0025), E(0.0185, 0.025, -0.003)],
          [0.0026, 0.003, 0.0038],
          4,
          0.004,
        ),
        ...tube(
          [E(-0.0085, 0.075, -0.003), E(-0.0118, 0.045, -0.004), E(-0.027, 0.02, -0.005)],
          [0.0026, 0.003, 0.0042],
          4,
          0.004,
        ),
        // medial epicondyle: a blunt knob pointing in and a little back; the lateral one small
        K(
          ellipsoid(E(-0.0335, 0.0125, -0.0065), [0.0088, 0.0072, 0.0064], axes([0, 1, 0], lat)),
          0.007,
        ),
        K(ellipsoid(E(0.0195, 0.013, -0.0035), [0.0052, 0.0075, 0.006]), 0.006),
        // olecranon fossa deep behind, coronoid and radial fossae shallow in front
        carve(ellipsoid(E(-0.008, 0.0235, -0.0122), [0.0102, 0.0125, 0.0075]), 0.003),
        carve(ellipsoid(E(-0.0115, 0.0195, 0.0052), [0.0075, 0.008, 0.0045]), 0.0025),
        carve(ellipsoid(E(0.0095, 0.0195, 0.0062), [0.0045, 0.0055, 0.0032]), 0.002),
        K(trochlea(0, 0), 0.0025),
        K(sphere(capitulum, 0.0092), 0.004), // capitulum: in front and below, not behind
      ],
      2300,
      0.0017,
    ),
  );

  // ---- ulna: olecranon behind and coronoid in front of the trochlea, the trochlear notch carved
  // round it (1.5 mm of cartilage), the radial notch for the radial head; a tapering shaft to the
  // small head and styloid at the wrist
  const ulnaHead = W(-0.0175, 0.0125, -0.003);
  out.push(
    P(
      'ulna',
      'elbow',
      [
        // olecranon: broad and flat-topped behind the joint, narrowing into the shaft
        loft(E(-0.0125, 0.0165, -0.0135), E(-0.012, -0.05, -0.0065), lat, [
          { t: 0, ru: 0.0045, rv: 0.0035 },
          { t: 0.06, ru: 0.0102, rv: 0.0082 },
          { t: 0.3, ru: 0.0108, rv: 0.0098 },
          { t: 0.6, ru: 0.0088, rv: 0.0092 },
          { t: 1, ru: 0.0068, rv: 0.0068 },
        ]),
        // its rounded top, tipped forward like a beak
        K(
          ellipsoid(E(-0.0125, 0.0125, -0.0138), [0.0098, 0.0052, 0.0078], axes([0, 1, -0.3], lat)),
          0.003,
        ),
        // coronoid process projecting forward under the trochlea
        K(
          ellipsoid(E(-0.0125, -0.009, 0.0065), [0.0095, 0.0058, 0.0078], axes([0, 1, 0.45], lat)),
          0.006,
        ),
        K(roundCone(E(-0.012, -0.049, -0.0065), W(-0.0175, 0.016, -0.003), 0.0068, 0.0055), 0.001),
        K(sphere(ulnaHead, 0.0072), 0.006),
        K(roundCone(W(-0.0195, 0.01, -0.007), W(-0.021, 0.002, -0.006), 0.003, 0.0018), 0.003),
        carve(
          roundCone(E(0.0105, -0.0085, 0.003), E(0.0105, -0.0165, 0.003), 0.0118, 0.0118),
          0.001,
        ),
        carve(trochlea(JOINT_GAP, 0.004), 0.0015),
      ],
      1700,
      0.0017,
    ),
  );

  // ---- carpus: proximal row (scaphoid, lunate, triquetrum, pisiform), distal row (trapezium,
  // trapezoid, capitate with the hamate and its hook), arched so the ends stand palmar
  const thumb = thumbRay();
  const d1 = m(thumb.bones[0]!.dir);
  const cmc = m(THUMB_CMC);
  // rounded blocks (radius of rounding g added to grow them for the radius's facets) packed with
  // about 1.5 mm between neighbours: pebbles with flat faces towards each other
  const block = (c: V3, h: V3, main: V3, g = 0) =>
    roundBox(
      c,
      [h[0] + g, h[1] + g, h[2] + g],
      Math.min(h[0], h[1], h[2]) * 0.8 + g,
      axes(main, lat),
    );
  const scaphoid = (g: number) =>
    block(W(0.0155, -0.005, 0.001), [0.0058, 0.0105, 0.0058], m(norm([0.5, -1, 0.35])), g);
  const lunate = (g: number) =>
    block(W(-0.001, -0.004, 0.0), [0.0062, 0.0078, 0.0078], [0, 1, 0], g);
  const carpals: Item[] = [
    scaphoid(0),
    lunate(0),
    block(W(-0.0145, -0.006, -0.0005), [0.0058, 0.0065, 0.0062], m(norm([-0.3, 1, 0]))), // triquetrum
    ellipsoid(W(-0.0165, -0.009, 0.0105), [0.0042, 0.0052, 0.0042]), // pisiform
    block(along(cmc, d1, -0.0115), [0.0062, 0.0068, 0.0062], d1), // trapezium
    block(W(0.0122, -0.0255, -0.001), [0.0042, 0.0072, 0.0065], [0, 1, 0]), // trapezoid
    block(W(0.0005, -0.0235, 0.0005), [0.006, 0.01, 0.0072], [0, 1, 0]), // capitate
    block(W(-0.0135, -0.0235, 0.0005), [0.0065, 0.0095, 0.007], [0, 1, 0]), // hamate
    K(roundCone(W(-0.013, -0.028, 0.006), W(-0.0115, -0.029, 0.0115), 0.003, 0.0023), 0.003),
  ];

  // ---- radius: disc-shaped head under the capitulum (the fovea carved to fit), neck and
  // tuberosity, a shaft bowed outwards, the wide distal end with the styloid reaching lowest and
  // facets for the scaphoid and lunate
  const radTop = E(0.0095, -0.036, 0.003),
    radLow = W(0.004, 0.05, -0.001);
  const radMid: V3 = [
    (radTop[0] + radLow[0]) / 2 + lat[0] * 0.006,
    (radTop[1] + radLow[1]) / 2,
    (radTop[2] + radLow[2]) / 2 + 0.002,
  ];
  out.push(
    P(
      'radius',
      'forearm',
      [
        loft(E(0.0105, -0.0048, 0.003), E(0.0105, -0.015, 0.003), lat, [
          ring(0, 0.0097),
          ring(0.15, 0.0104),
          ring(0.85, 0.0104),
          ring(1, 0.0094),
        ]),
        K(roundCone(E(0.0105, -0.014, 0.003), radTop, 0.0066, 0.0064), 0.003),
        K(ellipsoid(E(0.0045, -0.04, 0.0065), [0.0045, 0.008, 0.004]), 0.005),
        K(roundCone(radTop, radMid, 0.0064, 0.0072), 0.004),
        K(roundCone(radMid, radLow, 0.0072, 0.0086), 0.001),
        K(
          loft(radLow, W(0.0055, 0.005, -0.001), lat, [
            { t: 0, ru: 0.0088, rv: 0.0078 },
            { t: 0.45, ru: 0.0115, rv: 0.0085, cu: 0.0005 },
            { t: 0.8, ru: 0.0148, rv: 0.0098, cu: 0.001 },
            { t: 1, ru: 0.0155, rv: 0.01, cu: 0.001, n: 2.6 },
          ]),
          0.006,
        ),
        K(roundCone(W(0.019, 0.008, 0.0), W(0.024, -0.0085, 0.001), 0.0058, 0.0032), 0.005),
        K(ellipsoid(W(0.007, 0.014, -0.0105), [0.0022, 0.006, 0.0022]), 0.003), // dorsal tubercle
        carve(sphere(capitulum, 0.0092 + JOINT_GAP), 0.001),
        carve(scaphoid(JOINT_GAP), 0.001),
        carve(lunate(JOINT_GAP), 0.001),
        carve(sphere(ulnaHead, 0.0072 + JOINT_GAP), 0.001),
      ],
      1600,
      0.0017,
    ),
  );

  out.push(P('carpals', 'wrist', carpals, 1500, 0.0011));

  // ---- thumb: metacarpal from the trapezium (the CMC joint), two phalanges
  const mseg = (g: Segment): Segment => ({ a: m(g.a), b: m(g.b), dir: m(g.dir) });
  const [t1, t2, t3] = thumb.bones.map(mseg) as [Segment, Segment, Segment];
  const rT1: BoneR = { rb: 0.0066, rs: 0.0044, rh: 0.0058 };
  const mc1 = [
    ...longBone(t1, rT1, lat),
    carve(block(along(cmc, d1, -0.0115), [0.0062, 0.0068, 0.0062], d1, JOINT_GAP), 0.001),
  ];
  out.push(P('metacarpal-1', 'finger-1', mc1, 340, 0.001));
  const rT: [Segment, BoneR][] = [
    [t2, { rb: 0.0058, rs: 0.0041, rh: 0.0048 }],
    [t3, { rb: 0.0051, rs: 0.0034, rh: 0.0036, tuft: true }],
  ];
  out.push(P('phalanges-1', 'finger-1', ray(rT, headBall(t1, rT1), lat), 460, 0.001));
  // ---- fingers: metacarpals from the distal carpal row (they move with the wrist), heads at the
  // MCP joints; three phalanges each
  const bases: V3[] = [
    [0.0122, -0.035, 0.0],
    [0.0005, -0.035, -0.001],
    [-0.0105, -0.035, 0.0],
    [-0.0172, -0.034, 0.001],
  ];
  for (let f = 2; f <= 5; f++) {
    const fr = fingerRay(f);
    const [bx, by, bz] = bases[f - 2]!;
    const base = W(bx, by, bz);
    const head = m(fr.mcp);
    const dir = norm(sub(head, base));
    // the metacarpal ends at its head's far side; a little thinner in the little finger
    const mc: Segment = { a: base, b: along(head, dir, MC_HEAD_R), dir };
    const th = f === 5 ? 0.9 : 1;
    const rMc: BoneR = { rb: 0.0058 * th, rs: 0.0037 * th, rh: MC_HEAD_R * th };
    out.push(P(`metacarpal-${f}`, 'wrist', longBone(mc, rMc, lat), 320, 0.001));
    const [p1, p2, p3] = fr.bones.map(mseg) as [Segment, Segment, Segment];
    const r = f === 5 ? 0.88 : f === 2 ? 0.98 : 1;
    const bones: [Segment, BoneR][] = [
      [p1, { rb: 0.0054 * r, rs: 0.0037 * r, rh: 0.0043 * r }],
      [p2, { rb: 0.0043 * r, rs: 0.0031 * r, rh: 0.0035 * r }],
      [p3, { rb: 0.0035 * r, rs: 0.0024 * r, rh: 0.003 * r, tuft: true }],
    ];
    out.push(P(`phalanges-${f}`, `finger-${f}`, ray(bones, headBall(mc, rMc), lat), 600, 0.001));
  }
  return out;
}
