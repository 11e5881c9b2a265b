/**
 * The skin: a smooth union of lofted tubes, ellipsoids and round cones (signed distance field),
 * each item tagged with the limb group it belongs to and the joints that move it. The tags drive
 * the skin weights; the region rules below give each vertex its region id.
 */
import { POINTS, VERTEBRAE } from './landmarks';
import { fingerRay, thumbRay } from './hand';
import {
  add,
  capsule,
  ellipsoid,
  axes,
  lerp3,
  loft,
  mirrorX,
  norm,
  roundBox,
  roundCone,
  scale,
  smax,
  smin,
  sphere,
  sub,
  type Item,
  type V3,
} from './sdf';

export type Group =
  | 'trunk'
  | 'head'
  | 'uarm.left'
  | 'uarm.right'
  | 'farm.left'
  | 'farm.right'
  | 'hand.left'
  | 'hand.right'
  | 'leg.left'
  | 'leg.right'
  | 'foot.left'
  | 'foot.right';

export interface SkinTag {
  group: Group;
  /** Joint weights for a point on this item. */
  joints: (x: number, y: number, z: number) => readonly (readonly [string, number])[];
}

const fixed =
  (...js: (readonly [string, number])[]) =>
  () =>
    js;

/** Spinal joint weights by height: linear between neighbouring segments (pelvis below L5). */
const SPINE_Y: readonly (readonly [string, number])[] = [
  ['pelvis', 0.96],
  ...VERTEBRAE.map((v) => [v.id, v.y] as const),
  ['head', 1.61],
];
export function spineWeights(y: number): (readonly [string, number])[] {
  if (y <= SPINE_Y[0]![1]) return [[SPINE_Y[0]![0], 1]];
  for (let i = 0; i < SPINE_Y.length - 1; i++) {
    const [a, ya] = SPINE_Y[i]!;
    const [b, yb] = SPINE_Y[i + 1]!;
    if (y <= yb) {
      const t = (y - ya) / (yb - ya);
      return [
        [a, 1 - t],
        [b, t],
      ];
    }
  }
  return [['head', 1]];
}
const spine = (_x: number, y: number) => spineWeights(y);

const COMPAT: Record<Group, readonly Group[]> = {
  trunk: ['trunk', 'head', 'uarm.left', 'uarm.right', 'leg.left', 'leg.right'],
  head: ['head', 'trunk'],
  'uarm.left': ['uarm.left', 'trunk', 'farm.left'],
  'uarm.right': ['uarm.right', 'trunk', 'farm.right'],
  'farm.left': ['farm.left', 'uarm.left', 'hand.left'],
  'farm.right': ['farm.right', 'uarm.right', 'hand.right'],
  'hand.left': ['hand.left', 'farm.left'],
  'hand.right': ['hand.right', 'farm.right'],
  'leg.left': ['leg.left', 'trunk', 'foot.left'],
  'leg.right': ['leg.right', 'trunk', 'foot.right'],
  'foot.left': ['foot.left', 'leg.left'],
  'foot.right': ['foot.right', 'leg.right'],
};
export const compatible = (a: Group, b: Group) => COMPAT[a].includes(b);

function tag<T extends Item>(it: T, k: number, group: Group, joints: SkinTag['joints']): T {
  it.k = k;
  it.tag = { group, joints } satisfies SkinTag;
  return it;
}

function limbItems(side: 'left' | 'right'): { trunk: Item[]; limb: Item[] } {
  const m = (p: V3): V3 => (side === 'left' ? p : mirrorX(p));
  const s = side === 'left' ? 1 : -1;
  const J = (id: string) => `${id}.${side}`;
  const out: Item[] = [];
  const uarm = `uarm.${side}` as Group,
    farm = `farm.${side}` as Group,
    hand = `hand.${side}` as Group,
    leg = `leg.${side}` as Group,
    foot = `foot.${side}` as Group;
  const sh = POINTS.shoulder,
    el = POINTS.elbow,
    wr = POINTS.wrist;
  // ---- upper limb
  // shoulder slope (upper trapezius) from the neck to the acromion
  const slope = tag(
    roundCone(m([0.045, 1.468, -0.035]), m([0.165, 1.425, -0.02]), 0.038, 0.035),
    0.05,
    'trunk',
    fixed([J('scapula'), 0.5], ['T1', 0.3], ['C7', 0.2]),
  );
  // deltoid: a rounded cap over the acromion narrowing to its insertion a third down the arm
  out.push(
    tag(
      roundCone(m([0.178, 1.392, -0.013]), m([0.193, 1.3, -0.01]), 0.044, 0.02),
      0.02,
      uarm,
      fixed([J('shoulder'), 0.85], [J('scapula'), 0.15]),
    ),
  );
  out.push(
    tag(
      ellipsoid(m([0.165, 1.375, 0.018]), [0.03, 0.05, 0.022], axes([s * 0.3, -1, 0], [1, 0, 0])),
      0.02,
      uarm,
      fixed([J('shoulder'), 0.8], [J('scapula'), 0.2]),
    ),
  ); // anterior deltoid rounding into the front of the shoulder
  // upper arm
  out.push(
    tag(
      loft(
        m([sh[0] + 0.008, 1.44, sh[2]]),
        m([el[0] + 0.001, el[1] - 0.025, el[2]]),
        [1, 0, 0],
        [
          { t: 0, ru: 0.015, rv: 0.018 },
          { t: 0.08, ru: 0.033, rv: 0.04 },
          { t: 0.2, ru: 0.034, rv: 0.041 },
          { t: 0.42, ru: 0.031, rv: 0.038, cv: -0.002 },
          { t: 0.7, ru: 0.031, rv: 0.035, cv: 0.002 },
          { t: 0.9, ru: 0.033, rv: 0.0305 },
          { t: 1, ru: 0.018, rv: 0.018 },
        ],
      ),
      0.02,
      uarm,
      fixed([J('shoulder'), 1]),
    ),
  );
  // biceps belly
  out.push(
    tag(
      ellipsoid(
        m([el[0] - 0.004, 1.2, el[2] + 0.022]),
        [0.026, 0.072, 0.028],
        axes([s * 0.07, -1, 0], [1, 0, 0]),
      ),
      0.02,
      uarm,
      fixed([J('shoulder'), 1]),
    ),
  );
  // forearm
  out.push(
    tag(
      loft(
        m([el[0], el[1] + 0.03, el[2]]),
        m([wr[0], wr[1] - 0.005, wr[2] - 0.002]),
        [1, 0, 0],
        [
          { t: 0, ru: 0.015, rv: 0.015 },
          { t: 0.1, ru: 0.036, rv: 0.032 },
          { t: 0.25, ru: 0.038, rv: 0.033 },
          { t: 0.5, ru: 0.031, rv: 0.026 },
          { t: 0.8, ru: 0.027, rv: 0.02 },
          { t: 0.96, ru: 0.027, rv: 0.018 },
          { t: 1, ru: 0.02, rv: 0.014 },
        ],
      ),
      0.02,
      farm,
      (_x, y) => {
        const t = Math.min(1, Math.max(0, (el[1] - y) / (el[1] - wr[1])));
        return [
          [J('elbow'), 1 - t],
          [J('forearm'), t],
        ];
      },
    ),
  );
  // forearm muscle mass (brachioradialis / extensors laterally, flexors medially)
  out.push(
    tag(
      ellipsoid(
        m([el[0] + 0.017, 1.06, el[2] + 0.006]),
        [0.027, 0.078, 0.027],
        axes([s * 0.1, -1, 0.05], [1, 0, 0]),
      ),
      0.02,
      farm,
      fixed([J('elbow'), 0.8], [J('forearm'), 0.2]),
    ),
  );
  out.push(
    tag(
      ellipsoid(
        m([el[0] - 0.014, 1.062, el[2] + 0.012]),
        [0.025, 0.072, 0.026],
        axes([s * 0.1, -1, 0.05], [1, 0, 0]),
      ),
      0.02,
      farm,
      fixed([J('elbow'), 0.8], [J('forearm'), 0.2]),
    ),
  );
  // hand: palm facing +Z, narrower at the wrist than across the knuckles, thinning towards them
  const hc: V3 = [wr[0] + 0.004, wr[1] - 0.052, wr[2] + 0.004];
  out.push(
    tag(
      loft(
        m([hc[0], wr[1] - 0.004, hc[2]]),
        m([hc[0], wr[1] - 0.1, hc[2]]),
        [1, 0, 0],
        [
          { t: 0, ru: 0.029, rv: 0.0145, n: 2.8 },
          { t: 0.25, ru: 0.034, rv: 0.0138, n: 2.8 },
          { t: 0.6, ru: 0.0385, rv: 0.0125, n: 2.8 },
          { t: 0.88, ru: 0.0405, rv: 0.0115, n: 2.8 },
          { t: 1, ru: 0.037, rv: 0.0095, n: 2.8 },
        ],
      ),
      0.012,
      hand,
      fixed([J('wrist'), 1]),
    ),
  );
  // the palm's distal pad: the fingers leave the palm at the webs, below the knuckles
  out.push(
    tag(
      ellipsoid(m([hc[0] + 0.002, wr[1] - 0.104, hc[2] + 0.007]), [0.036, 0.011, 0.0075]),
      0.006,
      hand,
      fixed([J('wrist'), 1]),
    ),
  );
  out.push(
    tag(
      ellipsoid(m([wr[0] + 0.003, wr[1] - 0.012, wr[2] + 0.002]), [0.031, 0.022, 0.016]),
      0.015,
      hand,
      fixed([J('wrist'), 1]),
    ),
  );
  // thenar eminence
  out.push(
    tag(
      ellipsoid(
        m([wr[0] + 0.03, wr[1] - 0.046, wr[2] + 0.018]),
        [0.015, 0.028, 0.013],
        axes([s * 0.3, -1, 0.25], [1, 0, 0]),
      ),
      0.012,
      hand,
      fixed([J('wrist'), 1]),
    ),
  );
  // hypothenar eminence on the little-finger side of the palm
  out.push(
    tag(
      ellipsoid(m([hc[0] - 0.026, hc[1] - 0.004, hc[2] + 0.008]), [0.013, 0.034, 0.01]),
      0.01,
      hand,
      fixed([J('wrist'), 1]),
    ),
  );
  // fingers along the bones' rays (hand.ts): tapering, slightly curled, the middle finger
  // longest; each phalanx narrows a little between its joints so knuckles show without beads
  const frad = [0.0094, 0.0097, 0.0092, 0.0082];
  for (let f = 2; f <= 5; f++) {
    const { mcp, joints } = fingerRay(f);
    const r0 = frad[f - 2]!;
    const fj = fixed([J(`finger-${f}`), 1]);
    const tipDir = norm(sub(joints[3]!, joints[2]!));
    const pts: V3[] = [
      [mcp[0], mcp[1] + 0.012, mcp[2] - 0.002],
      joints[1]!,
      joints[2]!,
      add(joints[3]!, scale(tipDir, -r0 * 0.62)),
    ];
    const rs = [r0 * 1.05, r0 * 0.88, r0 * 0.77, r0 * 0.64];
    out.push(tag(roundCone(m(pts[0]!), m(pts[1]!), rs[0]!, rs[1]!), 0.005, hand, fj));
    for (let k = 1; k < 3; k++) {
      // hard unions along the finger: a blend would swell every joint into a bead
      const mid = lerp3(pts[k]!, pts[k + 1]!, 0.5);
      const rm = (rs[k]! + rs[k + 1]!) * 0.455;
      out.push(tag(roundCone(m(pts[k]!), m(mid), rs[k]!, rm), 0, hand, fj));
      out.push(tag(roundCone(m(mid), m(pts[k + 1]!), rm, rs[k + 1]!), 0, hand, fj));
    }
    // knuckle: the metacarpal head under the skin of the back of the hand
    out.push(
      tag(
        ellipsoid(m([mcp[0], mcp[1] + 0.004, mcp[2] - 0.0095]), [0.006, 0.008, 0.0035]),
        0.008,
        hand,
        fixed([J('wrist'), 1]),
      ),
    );
  }
  // thumb: from the carpometacarpal joint at the base of the thenar eminence, standing off the
  // palm down, out and forward (anatomical position), the pad facing the fingers
  const tj = thumbRay().joints;
  const thr = [0.0132, 0.0106, 0.0099, 0.0086];
  const thumbTip = add(tj[3]!, scale(norm(sub(tj[3]!, tj[2]!)), -thr[3]! * 0.7));
  const th: V3[] = [tj[0]!, tj[1]!, tj[2]!, thumbTip];
  for (let i = 0; i < 3; i++)
    out.push(
      tag(
        roundCone(m(th[i]!), m(th[i + 1]!), thr[i]!, thr[i + 1]!),
        i === 0 ? 0.012 : 0,
        hand,
        fixed([J('finger-1'), 1]),
      ),
    );
  // ---- lower limb
  const hp = POINTS.hip,
    kn = POINTS.knee,
    an = POINTS.ankle;
  out.push(
    tag(
      loft(
        m([0.092, 1.0, 0.0]),
        m([kn[0], kn[1] - 0.005, kn[2]]),
        [1, 0, 0],
        [
          { t: 0, ru: 0.03, rv: 0.04 },
          { t: 0.1, ru: 0.068, rv: 0.08, cv: 0.006 },
          { t: 0.2, ru: 0.076, rv: 0.088, cu: 0.002, cv: 0.003 },
          { t: 0.35, ru: 0.072, rv: 0.08 },
          { t: 0.55, ru: 0.062, rv: 0.068, cv: 0.004 },
          { t: 0.8, ru: 0.051, rv: 0.056, cv: 0.004 },
          { t: 0.95, ru: 0.048, rv: 0.05 },
          { t: 1, ru: 0.046, rv: 0.047 },
        ],
      ),
      0.015,
      leg,
      fixed([J('hip'), 1]),
    ),
  );
  // quadriceps: rectus femoris swelling the front of the thigh above its middle, vastus lateralis
  // on the outside, vastus medialis a teardrop just above the knee on the inside. Tilts carry the
  // side sign (s): an unmirrored axis leans the right thigh's masses the wrong way.
  out.push(
    tag(
      ellipsoid(m([0.103, 0.75, 0.045]), [0.048, 0.16, 0.045], axes([0, 1, 0.1], [1, 0, 0])),
      0.03,
      leg,
      fixed([J('hip'), 1]),
    ),
  );
  out.push(
    tag(
      ellipsoid(m([0.07, 0.58, 0.026]), [0.032, 0.066, 0.035], axes([s * 0.3, 1, 0], [1, 0, 0])),
      0.025,
      leg,
      fixed([J('hip'), 0.7], [J('knee'), 0.3]),
    ),
  );
  out.push(
    tag(
      ellipsoid(m([0.13, 0.72, 0.008]), [0.032, 0.15, 0.046], axes([s * -0.05, 1, 0], [1, 0, 0])),
      0.03,
      leg,
      fixed([J('hip'), 1]),
    ),
  ); // vastus lateralis
  // adductor mass (inner thigh), tibial tuberosity, olecranon, triceps
  out.push(
    tag(
      ellipsoid(m([0.06, 0.79, -0.005]), [0.032, 0.1, 0.045], axes([s * 0.3, 1, 0], [1, 0, 0])),
      0.03,
      leg,
      fixed([J('hip'), 1]),
    ),
  );
  out.push(
    tag(
      ellipsoid(m([kn[0], kn[1] - 0.045, kn[2] + 0.036]), [0.014, 0.02, 0.01]),
      0.015,
      leg,
      fixed([J('knee'), 1]),
    ),
  );
  out.push(
    tag(
      // olecranon: a low, narrow point under the skin (a sphere here read as a knob from behind)
      ellipsoid(m([el[0] - 0.004, el[1] + 0.004, el[2] - 0.028]), [0.0075, 0.013, 0.0055]),
      0.014,
      farm,
      fixed([J('elbow'), 1]),
    ),
  );
  out.push(
    tag(
      ellipsoid(
        m([el[0] - 0.002, 1.24, el[2] - 0.02]),
        [0.028, 0.085, 0.026],
        axes([s * 0.07, -1, 0], [1, 0, 0]),
      ),
      0.025,
      uarm,
      fixed([J('shoulder'), 1]),
    ),
  );
  // hamstrings
  out.push(
    tag(ellipsoid(m([0.097, 0.72, -0.038]), [0.05, 0.15, 0.04]), 0.03, leg, fixed([J('hip'), 1])),
  );
  // knee: patella and condyles
  out.push(
    tag(
      ellipsoid(m([kn[0], kn[1] + 0.012, kn[2] + 0.043]), [0.023, 0.027, 0.012]),
      0.015,
      leg,
      fixed([J('knee'), 0.5], [J('hip'), 0.5]),
    ),
  );
  out.push(
    tag(
      sphere(m([kn[0], kn[1], kn[2] - 0.002]), 0.045),
      0.02,
      leg,
      fixed([J('knee'), 0.5], [J('hip'), 0.5]),
    ),
  );
  // shank
  out.push(
    tag(
      loft(
        m([kn[0], kn[1] - 0.01, kn[2]]),
        m([an[0], an[1] + 0.01, an[2] - 0.002]),
        [1, 0, 0],
        [
          { t: 0, ru: 0.044, rv: 0.045 },
          { t: 0.2, ru: 0.048, rv: 0.052, cv: -0.01 },
          { t: 0.35, ru: 0.048, rv: 0.054, cv: -0.014 },
          { t: 0.6, ru: 0.037, rv: 0.04, cv: -0.005 },
          { t: 0.85, ru: 0.027, rv: 0.03 },
          { t: 1, ru: 0.025, rv: 0.028 },
        ],
      ),
      0.015,
      leg,
      fixed([J('knee'), 1]),
    ),
  );
  // gastrocnemius heads
  out.push(
    tag(
      ellipsoid(
        m([0.077, 0.38, -0.036]),
        [0.03, 0.095, 0.032],
        axes([s * 0.1, 1, 0.15], [1, 0, 0]),
      ),
      0.035,
      leg,
      fixed([J('knee'), 1]),
    ),
  );
  out.push(
    tag(
      ellipsoid(
        m([0.113, 0.395, -0.032]),
        [0.026, 0.085, 0.029],
        axes([s * -0.1, 1, 0.15], [1, 0, 0]),
      ),
      0.035,
      leg,
      fixed([J('knee'), 1]),
    ),
  );
  // malleoli: long vertical bumps, the medial higher and further forward, the lateral lower and
  // further back (the fibula reaches lower than the tibia)
  out.push(
    tag(
      ellipsoid(m([an[0] - 0.021, an[1] + 0.005, an[2] + 0.004]), [0.012, 0.016, 0.013]),
      0.016,
      foot,
      fixed([J('knee'), 0.6], [J('ankle'), 0.4]),
    ),
  );
  out.push(
    tag(
      ellipsoid(m([an[0] + 0.022, an[1] - 0.007, an[2] - 0.009]), [0.012, 0.018, 0.012]),
      0.016,
      foot,
      fixed([J('knee'), 0.6], [J('ankle'), 0.4]),
    ),
  );
  // calcaneal (Achilles) tendon: a ridge down the back of the ankle into the heel, with a hollow
  // on either side between it and the malleoli
  out.push(
    tag(
      loft(
        m([an[0], 0.2, -0.028]),
        m([an[0], 0.05, -0.05]),
        [1, 0, 0],
        [
          { t: 0, ru: 0.008, rv: 0.008 },
          { t: 0.3, ru: 0.011, rv: 0.0095 },
          { t: 0.7, ru: 0.0105, rv: 0.0095 },
          { t: 1, ru: 0.012, rv: 0.012 },
        ],
      ),
      0.02,
      foot,
      fixed([J('knee'), 0.5], [J('ankle'), 0.5]),
    ),
  );
  // heel: narrow above where the tendon inserts, broad and flat below on the heel pad, so from
  // behind it is a rounded wedge about as wide as the ankle, not a ball
  const he = POINTS.heel;
  out.push(
    tag(
      ellipsoid(m([he[0] + 0.001, 0.037, he[2] + 0.036]), [0.0215, 0.03, 0.036]),
      0.015,
      foot,
      fixed([J('ankle'), 1]),
    ),
  );
  out.push(
    tag(
      ellipsoid(m([he[0] + 0.001, 0.022, he[2] + 0.044]), [0.0245, 0.015, 0.036]),
      0.015,
      foot,
      fixed([J('ankle'), 1]),
    ),
  );
  const toesWeight = (_x: number, _y: number, z: number): (readonly [string, number])[] =>
    z > 0.11
      ? [
          [J('toes'), Math.min(1, (z - 0.11) / 0.04)],
          [J('ankle'), 1 - Math.min(1, (z - 0.11) / 0.04)],
        ]
      : [[J('ankle'), 1]];
  // instep: high at the ankle, sloping down to the metatarsal heads
  out.push(
    tag(
      loft(
        m([an[0], 0.047, -0.022]),
        m([0.105, 0.02, 0.138]),
        [1, 0, 0],
        [
          { t: 0, ru: 0.028, rv: 0.037 },
          { t: 0.35, ru: 0.031, rv: 0.029, cv: -0.002 },
          { t: 0.7, ru: 0.04, rv: 0.021, cv: -0.002 },
          { t: 0.9, ru: 0.044, rv: 0.017 },
          { t: 1, ru: 0.042, rv: 0.014 },
        ],
      ),
      0.02,
      foot,
      toesWeight,
    ),
  );
  // lateral column of the sole
  out.push(
    tag(
      roundBox(
        m([0.115, 0.0155, 0.04]),
        [0.018, 0.01, 0.079],
        0.0095,
        axes([0, 1, 0], [1, 0, s * -0.12]),
      ),
      0.02,
      foot,
      fixed([J('ankle'), 1]),
    ),
  );
  // ball of the foot, across the metatarsal heads
  out.push(
    tag(
      ellipsoid(m([0.1, 0.0195, 0.117]), [0.042, 0.016, 0.021], axes([0, 1, 0], [1, 0, s * -0.25])),
      0.015,
      foot,
      toesWeight,
    ),
  );
  // medial border (abductor hallucis) from the heel to the head of the first metatarsal: it fills
  // the hollow under the medial malleolus and draws the arch, its lower edge off the floor midway
  out.push(
    tag(
      loft(
        m([0.079, 0.026, -0.045]),
        m([0.076, 0.02, 0.112]),
        [1, 0, 0],
        [
          { t: 0, ru: 0.012, rv: 0.016, cv: 0.004 },
          { t: 0.35, ru: 0.011, rv: 0.012, cv: -0.004 },
          { t: 0.7, ru: 0.012, rv: 0.012, cv: -0.002 },
          { t: 1, ru: 0.012, rv: 0.012, cv: 0.004 },
        ],
      ),
      0.018,
      foot,
      toesWeight,
    ),
  );
  // medial longitudinal arch: the sole lifts off the floor between the heel and the ball of the
  // big toe on the inner side; the lateral column keeps carrying the weight
  const arch = ellipsoid(m([0.07, -0.006, 0.035]), [0.026, 0.02, 0.05]);
  arch.subtract = true;
  out.push(tag(arch, 0.014, foot, fixed([J('ankle'), 1])));
  // toes: each an elliptical tube, wider than tall, webbed to its neighbours at the base, arched
  // over the knuckles and curving down to a pad on the floor, with clefts between the tips and a
  // flat nail plate on the end of the dorsum. Big toe first (medial).
  const toeX = [0.079, 0.1005, 0.1145, 0.1275, 0.1385];
  const toeZ0 = [0.118, 0.122, 0.117, 0.11, 0.102];
  const toeZ1 = [0.187, 0.182, 0.173, 0.163, 0.152];
  const toeR = [0.0118, 0.0076, 0.0072, 0.0068, 0.0064];
  const toeJoints = fixed([J('toes'), 1]);
  for (let t = 0; t < 5; t++) {
    const r = toeR[t]!;
    const x = toeX[t]!;
    const rv = r * (t === 0 ? 0.78 : 0.85);
    const a: V3 = [x - 0.001, 0.025, toeZ0[t]!];
    const b: V3 = [x + 0.002, rv * 0.85, toeZ1[t]!];
    out.push(
      tag(
        loft(
          m(a),
          m(b),
          [1, 0, 0],
          [
            { t: 0, ru: r * 1.3, rv: rv * 1.5 },
            { t: 0.3, ru: r, rv: rv, cv: -0.0015 },
            { t: 0.62, ru: r * 0.96, rv: rv * 0.95, cv: -0.002 },
            { t: 0.86, ru: r * 0.9, rv: rv * 0.88, cv: -0.0005 },
            { t: 0.96, ru: r * 0.7, rv: rv * 0.7 },
            { t: 1, ru: r * 0.35, rv: rv * 0.35 },
          ],
        ),
        0.006,
        foot,
        toeJoints,
      ),
    );
    // nail: a thin plate lying on the dorsum of the distal phalanx, tilted with it
    const nz = toeZ1[t]! - r * 1.15;
    const ny = b[1] + rv * 0.95 + 0.0006 + (toeZ1[t]! - nz) * 0.12;
    out.push(
      tag(
        ellipsoid(
          m([x + 0.0015, ny, nz]),
          [r * 0.62, 0.0009, r * (t === 0 ? 0.75 : 0.7)],
          axes([0, 1, 0.35], [1, 0, 0]),
        ),
        0.0012,
        foot,
        toeJoints,
      ),
    );
  }
  const tr: Item[] = [];
  // buttock, its long axis leaning in towards the cleft at the bottom, and a lower inner lobe: the
  // gluteal fold then runs low beside the cleft and rises outwards along the buttock's lower curve
  // instead of one straight horizontal crease
  tr.push(
    tag(
      ellipsoid(
        m([0.074, 0.918, -0.07]),
        [0.074, 0.085, 0.062],
        axes([s * 0.32, 1, 0.1], [1, 0, 0]),
      ),
      0.04,
      'trunk',
      fixed(['pelvis', 0.6], [J('hip'), 0.4]),
    ),
  );
  tr.push(
    tag(
      ellipsoid(m([0.047, 0.862, -0.092]), [0.038, 0.036, 0.04], axes([s * 0.5, 1, 0], [1, 0, 0])),
      0.035,
      'trunk',
      fixed(['pelvis', 0.4], [J('hip'), 0.6]),
    ),
  );
  // pectoralis major: a broad lens whose lower border rises from the sternum to the armpit; the
  // two lenses meet at a shallow sternal groove
  tr.push(
    tag(
      ellipsoid(
        m([0.066, 1.305, 0.089]),
        [0.074, 0.054, 0.021],
        axes([s * 1, 0.4, -0.38], [0, 1, -0.3]),
      ),
      0.025,
      'trunk',
      spine,
    ),
  );
  // rectus abdominis, a low swelling either side of the linea alba
  tr.push(
    tag(
      ellipsoid(m([0.038, 1.1, 0.05]), [0.034, 0.13, 0.045], axes([0, 1, 0.1], [1, 0, 0])),
      0.04,
      'trunk',
      spine,
    ),
  );
  // scapula with infraspinatus: a low tapered ridge from the spine of the scapula down to the
  // inferior angle (near T7), so the shoulder blades read on the back
  tr.push(
    tag(
      roundCone(m([0.088, 1.4, -0.079]), m([0.076, 1.31, -0.101]), 0.035, 0.018),
      0.03,
      'trunk',
      fixed([J('scapula'), 0.6], ['T4', 0.4]),
    ),
  );
  // erector spinae
  tr.push(tag(ellipsoid(m([0.034, 1.1, -0.088]), [0.026, 0.13, 0.026]), 0.035, 'trunk', spine));
  // clavicle: a subcutaneous ridge over the bone
  const clav: V3[] = [
    [0.03, 1.418, 0.062],
    [0.07, 1.422, 0.058],
    [0.13, 1.432, 0.03],
    [0.172, 1.432, -0.004],
  ];
  for (let i = 0; i < clav.length - 1; i++)
    tr.push(
      tag(
        capsule(m(clav[i]!), m(clav[i + 1]!), 0.0115),
        0.02,
        'trunk',
        fixed([J('clavicle'), 0.7], ['T1', 0.3]),
      ),
    );
  // pubic region (fills the groin between the thighs)
  if (side === 'left')
    tr.push(
      tag(ellipsoid([0, 0.872, 0.022], [0.045, 0.03, 0.026]), 0.03, 'trunk', fixed(['pelvis', 1])),
    );
  // sternocleidomastoid: thin at the mastoid (a full-width capsule there widened the jaw line
  // under the ear), fuller towards the sternum
  tr.push(
    tag(
      roundCone(m([0.05, 1.594, -0.024]), m([0.022, 1.45, 0.055]), 0.008, 0.0115),
      0.025,
      'trunk',
      spine,
    ),
  );
  void hp;
  tr.push(slope);
  return { trunk: tr, limb: out };
}

function trunkItems(): Item[] {
  const out: Item[] = [];
  // torso loft, vertical axis
  const secs: [number, number, number, number, number?][] = [
    // y, half-width, half-depth, centre z
    [0.84, 0.05, 0.045, -0.012],
    [0.855, 0.1, 0.075, -0.02],
    [0.885, 0.13, 0.09, -0.024, 2.2],
    [0.93, 0.15, 0.099, -0.022, 2.3],
    [0.98, 0.15, 0.1, -0.012, 2.3],
    [1.03, 0.142, 0.098, -0.002, 2.3],
    [1.08, 0.132, 0.094, 0.0, 2.3],
    [1.12, 0.13, 0.094, 0.0, 2.3],
    [1.17, 0.136, 0.1, 0.0, 2.5],
    [1.22, 0.145, 0.108, -0.004, 2.7],
    [1.27, 0.151, 0.116, -0.006, 2.8],
    [1.32, 0.155, 0.118, -0.008, 2.8],
    [1.37, 0.154, 0.112, -0.014, 2.7],
    [1.41, 0.138, 0.104, -0.012, 2.4],
    [1.45, 0.1, 0.08, -0.022],
    [1.49, 0.062, 0.06, -0.026],
    [1.51, 0.05, 0.05, -0.018],
  ];
  const y0 = secs[0]![0],
    y1 = secs[secs.length - 1]![0];
  out.push(
    tag(
      loft(
        [0, y0, 0],
        [0, y1, 0],
        [1, 0, 0],
        secs.map(([y, ru, rv, cz, n]) => ({ t: (y - y0) / (y1 - y0), ru, rv, cv: cz, n: n ?? 2 })),
      ),
      0,
      'trunk',
      spine,
    ),
  );
  // neck
  out.push(
    tag(
      loft(
        [0, 1.44, -0.03],
        [0, 1.6, -0.005],
        [1, 0, 0],
        [
          { t: 0, ru: 0.06, rv: 0.056 },
          { t: 0.3, ru: 0.052, rv: 0.053 },
          { t: 0.7, ru: 0.05, rv: 0.051 },
          { t: 1, ru: 0.05, rv: 0.05 },
        ],
      ),
      0.03,
      'trunk',
      spine,
    ),
  );
  return out;
}

/**
 * The head: braincase, brow, midface, cheekbones and a fill over the zygomatic arches, the lower
 * face with the jaw line, chin, eyes in shallow orbits with lids, nose, philtrum, lips and ears.
 * Features protrude from or are carved into soft masses with blend radii of a few millimetres, so
 * they read as surface anatomy, not as pieces stuck on a mask. Bony landmarks follow the skull
 * (bone-skull.ts) with 2–6 mm of soft tissue over them. (A temple hollow and a ridge along the
 * arch were tried: under the renders' high key light both shaded as dark bands.)
 */
function headItems(): Item[] {
  const out: Item[] = [];
  const H = (it: Item, k: number) => tag(it, k, 'head', fixed(['head', 1]));
  const [ex, ey] = [POINTS.eye[0], POINTS.eye[1]];
  out.push(H(ellipsoid([0, 1.657, -0.014], [0.073, 0.097, 0.097]), 0.03)); // braincase
  out.push(H(ellipsoid([0, 1.657, 0.062], [0.054, 0.018, 0.024]), 0.03)); // brow ridge, one soft bar
  out.push(H(ellipsoid([0, 1.6, 0.04], [0.044, 0.048, 0.05]), 0.035)); // maxilla / midface
  out.push(H(ellipsoid([0, 1.577, 0.066], [0.028, 0.023, 0.026]), 0.02)); // muzzle around the mouth
  out.push(H(ellipsoid([0, 1.551, 0.062], [0.028, 0.02, 0.024]), 0.025)); // below the lower lip
  out.push(H(ellipsoid([0, 1.535, 0.074], [0.018, 0.014, 0.017]), 0.02)); // chin (mental protuberance)
  // Lower face: cheeks, masseters and mandible as one convex mass (its horizontal sections narrow
  // to the chin like the dental arch) joined to a rounded rim along the mandible's lower border
  // (2–3 mm over the bone), cut by the plane of the jaw line, which rises from the
  // chin to the angle of the mandible. One mass shades as one smooth curve; several smaller ones
  // left dark patches where they met. The cut, with small blend radii, keeps the jaw line a clean
  // edge over the neck.
  const jaw: V3[] = [
    [0.049, 1.561, -0.013],
    [0.043, 1.547, 0.022],
    [0.033, 1.537, 0.053],
    [0.018, 1.531, 0.077],
  ];
  const rim = tube([...jaw.map(mirrorX).reverse(), ...jaw], 0.0068);
  out.push(
    H(
      cut(
        blend([ellipsoid([0, 1.593, 0.01], [0.064, 0.063, 0.08]), rim], 0.016),
        [0, 1.519, 0.085],
        [0, -1, -0.3],
        0.014,
      ),
      0.014,
    ),
  );
  // Under the chin: a tube along the corner where the jaw's underside meets the front of the
  // neck rounds that corner off (the sharp crease there shaded as a dark collar in the front
  // views). The underside itself stays nearly level, as the submental skin does: a pad sloping
  // down to the neck showed as a dark slab from the front.
  const chin: V3[] = [
    [0.042, 1.535, 0.028],
    [0.025, 1.529, 0.036],
    [0, 1.52, 0.04],
  ];
  out.push(H(tube([...chin, ...chin.slice(0, -1).reverse().map(mirrorX)], 0.008), 0.012));
  for (const s of [1, -1]) {
    // buccal fill: keeps the cheek below the cheekbone full and convex as it turns from the
    // front to the side (the lower face alone curved in and shaded as a dark patch there)
    out.push(
      H(
        ellipsoid(
          [s * 0.033, 1.594, 0.038],
          [0.031, 0.043, 0.035],
          axes([0, 1, 0], [s * 0.766, 0, 0.643]),
        ),
        0.02,
      ),
    );
  }
  for (const s of [1, -1]) {
    // over the zygomatic arch: fills the waist between the braincase and the lower face, which
    // shaded as a dark band from the cheekbone to the ear
    out.push(H(ellipsoid([s * 0.028, 1.617, 0.005], [0.036, 0.039, 0.05]), 0.026));
    // cheekbone (zygomatic prominence) below and lateral to the eye: the face turns its corner
    // from front to side here, and the fill over the arch carries it back towards the ear
    out.push(
      H(
        ellipsoid(
          [s * 0.044, 1.626, 0.05],
          [0.013, 0.013, 0.02],
          axes([0, 1, 0], [s * 0.86, 0, 0.5]),
        ),
        0.024,
      ),
    );
  }
  for (const s of [1, -1]) {
    const orbit = ellipsoid([s * ex, ey + 0.003, 0.097], [0.021, 0.016, 0.017]);
    orbit.subtract = true;
    out.push(H(orbit, 0.012)); // orbit under the brow: the hollow above the upper lid (its fold)
  }
  for (const s of [1, -1]) {
    // Lids: a dome 2 mm proud of the eyeball, cut open along an almond-shaped palpebral fissure
    // (about 29 x 10 mm, outer corner a little higher); the eyeball added after the cut shows
    // through it, recessed behind the lid margins, so the eye reads as open.
    out.push(H(ellipsoid([s * ex, ey + 0.001, 0.0685], [0.015, 0.0145, 0.0145]), 0.005));
    const fissure = ellipsoid(
      [s * (ex + 0.001), ey - 0.0005, 0.085],
      [0.009, 0.0152, 0.006],
      axes([1, s * 0.1, 0], [0, 0, 1]),
    );
    fissure.subtract = true;
    out.push(H(fissure, 0.0025));
    out.push(H(sphere([s * ex, ey, 0.068], 0.0125), 0.0015)); // eyeball
  }
  out.push(H(roundCone([0, 1.652, 0.082], [0, 1.609, 0.107], 0.006, 0.0085), 0.012)); // bridge
  out.push(H(sphere([0, 1.607, 0.104], 0.0105), 0.008)); // tip
  for (const s of [1, -1]) {
    out.push(H(ellipsoid([s * 0.0105, 1.603, 0.095], [0.0075, 0.0065, 0.0075]), 0.006)); // ala
    // philtral column: a low ridge from the nose down to the peak of the upper lip (Cupid's bow)
    out.push(H(capsule([s * 0.004, 1.595, 0.095], [s * 0.0045, 1.584, 0.097], 0.0016), 0.006));
  }
  // Lips and the mouth slit follow the dental arch (curving back ~8 mm at the corners); straight
  // lips stood out as a flat bill in front of the face.
  const arc = (x: number, y: number, z0: number): V3 => [x, y, z0 - 20 * x * x];
  const lip = (ys: readonly number[], z0: number, rs: readonly number[]) => {
    const xs = [-0.02, -0.01, 0, 0.01, 0.02];
    for (let i = 0; i < xs.length - 1; i++)
      out.push(
        H(
          roundCone(arc(xs[i]!, ys[i]!, z0), arc(xs[i + 1]!, ys[i + 1]!, z0), rs[i]!, rs[i + 1]!),
          0.005,
        ),
      );
  };
  lip([1.5748, 1.5785, 1.5795, 1.5785, 1.5748], 0.0925, [0.0028, 0.0048, 0.0055, 0.0048, 0.0028]);
  lip([1.5738, 1.569, 1.5682, 1.569, 1.5738], 0.0895, [0.0028, 0.0052, 0.006, 0.0052, 0.0028]);
  for (const [x0, x1] of [
    [-0.019, -0.0095],
    [-0.0095, 0],
    [0, 0.0095],
    [0.0095, 0.019],
  ] as const) {
    const mouth = capsule(arc(x0, 1.5742, 0.0975), arc(x1, 1.5742, 0.0975), 0.0016);
    mouth.subtract = true;
    out.push(H(mouth, 0.002));
  }
  for (const s of [1, -1]) out.push(...earItems(s, H));
  return out;
}

/** Smooth union of items (blend radius k) as one item, e.g. to cut them together. */
function blend(its: readonly Item[], k: number): Item {
  return {
    d: (x, y, z) => {
      let d = its[0]!.d(x, y, z);
      for (let i = 1; i < its.length; i++) d = smin(d, its[i]!.d(x, y, z), k);
      return d;
    },
    min: [0, 1, 2].map((a) => Math.min(...its.map((it) => it.min[a]!))) as unknown as V3,
    max: [0, 1, 2].map((a) => Math.max(...its.map((it) => it.max[a]!))) as unknown as V3,
    k: 0,
  };
}

/** `it` cut by the plane through p with outward normal n (smooth intersection, radius k). */
function cut(it: Item, p: V3, n: V3, k: number): Item {
  const l = Math.hypot(n[0], n[1], n[2]);
  const [nx, ny, nz] = [n[0] / l, n[1] / l, n[2] / l];
  return {
    ...it,
    d: (x, y, z) => smax(it.d(x, y, z), (x - p[0]) * nx + (y - p[1]) * ny + (z - p[2]) * nz, k),
  };
}

/** A tube of radius r along a polyline: the exact distance to the line (a hard minimum over its
 * segments), so it has no beads at the joints that a smooth union of capsules leaves. */
function tube(pts: readonly V3[], r: number): Item {
  const segs: Item[] = [];
  for (let i = 0; i < pts.length - 1; i++) segs.push(capsule(pts[i]!, pts[i + 1]!, r));
  return {
    d: (x, y, z) => {
      let d = Infinity;
      for (const sg of segs) d = Math.min(d, sg.d(x, y, z));
      return d;
    },
    min: [0, 1, 2].map((a) => Math.min(...segs.map((sg) => sg.min[a]!))) as unknown as V3,
    max: [0, 1, 2].map((a) => Math.max(...segs.map((sg) => sg.max[a]!))) as unknown as V3,
    k: 0,
  };
}

/**
 * Ear (about 62 x 34 mm, top at the brow, lobe at the base of the nose, long axis tilted back
 * ~15°): a plate standing a little out from the head at its back edge, a rolled helix round its
 * top and back, the antihelix inside it, a hollow concha round the ear canal, tragus and lobe.
 */
function earItems(s: number, H: (it: Item, k: number) => Item): Item[] {
  const out: Item[] = [];
  const c: V3 = [s * 0.073, 1.629, -0.03];
  const up: V3 = [0, 1, -0.27]; // long axis, top tilted back
  const face: V3 = [s, 0, 0.3]; // the ear's outer face looks lateral and a little forward
  const basis = axes(up, face);
  // point on the ear: a along its length (up), b across it (forwards), n out of its face
  const at = (a: number, b: number, n: number): V3 => {
    const [u, w, v] = basis; // u ≈ face normal, w = long axis, v = across
    const f = v[2] >= 0 ? 1 : -1; // `across` pointing forwards
    return [
      c[0] + u[0] * n + w[0] * a + f * v[0] * b,
      c[1] + u[1] * n + w[1] * a + f * v[1] * b,
      c[2] + u[2] * n + w[2] * a + f * v[2] * b,
    ];
  };
  out.push(H(ellipsoid(c, [0.005, 0.029, 0.016], basis), 0.006)); // plate
  // helix: from above the tragus, over the top and down the back to the lobe
  const rim: V3[] = [];
  for (let i = 0; i <= 16; i++) {
    const t = -0.7 + (i / 16) * (Math.PI + 0.35); // angle from the top, backwards
    rim.push(at(0.0275 * Math.cos(t), -0.0145 * Math.sin(t), 0.003));
  }
  out.push(H(tube(rim, 0.0037), 0.003));
  // antihelix: a lower ridge inside the helix, from above the concha down to the antitragus
  out.push(H(capsule(at(0.016, -0.002, 0.0025), at(-0.01, -0.008, 0.003), 0.0026), 0.004));
  // lobe: blended into the cheek behind it (a free lobe left a sub-cell gap that pinched the mesh)
  out.push(H(ellipsoid(at(-0.031, -0.001, 0.001), [0.0045, 0.0085, 0.0075]), 0.012));
  out.push(H(ellipsoid(at(-0.008, 0.0155, 0.001), [0.004, 0.005, 0.0035]), 0.004)); // tragus
  const concha = ellipsoid(at(-0.005, 0.004, 0.007), [0.0055, 0.011, 0.0075], basis);
  concha.subtract = true;
  out.push(H(concha, 0.003));
  return out;
}

/**
 * Grooves along the spinous processes and between the buttocks (natal cleft). They come after the
 * trunk's muscle masses in the union so they carve into those too.
 */
function midlineGrooves(): Item[] {
  // tapered ends, so a groove fades out instead of ending in a pit
  const groove = (a: V3, b: V3, ra: number, rb: number, k: number) => {
    const g = roundCone(a, b, ra, rb);
    g.subtract = true;
    return tag(g, k, 'trunk', spine);
  };
  return [
    groove([0, 0.99, -0.108], [0, 1.3, -0.133], 0.005, 0.011, 0.014),
    groove([0, 1.3, -0.133], [0, 1.44, -0.118], 0.011, 0.004, 0.014),
    groove([0, 0.968, -0.114], [0, 0.875, -0.122], 0.003, 0.008, 0.012),
  ];
}

/**
 * Copy of skin vertex positions with the face (and, less, the hands and feet) magnified about
 * their own centres, for measuring simplification error only: small features there (lids, lips,
 * nostrils, fingers, toes) then keep more of the triangle budget than the broad, smooth trunk.
 * The magnification ramps in smoothly, so the metric has no seam.
 */
export function magnifyDetail(p: Float32Array): Float32Array {
  const out = new Float32Array(p.length);
  const ramp = (v: number, a: number, b: number) => {
    const t = Math.min(1, Math.max(0, (v - a) / (b - a)));
    return t * t * (3 - 2 * t);
  };
  const wr = POINTS.wrist;
  for (let i = 0; i < p.length; i += 3) {
    const x = p[i]!,
      y = p[i + 1]!,
      z = p[i + 2]!;
    const ax = Math.abs(x);
    // face: front of the head below the brow; hands: below the wrist; feet: below the ankle
    // and more round the eyes, the mouth and the ears, whose lids, lips and rims otherwise
    // crumple into a few large triangles
    const near = (cx: number, cy: number, cz: number, r: number) =>
      1 - ramp(Math.hypot(ax - cx, y - cy, z - cz), r * 0.5, r);
    const detail =
      3 * near(POINTS.eye[0], POINTS.eye[1], 0.075, 0.03) +
      1.5 * near(0, 1.578, 0.09, 0.03) +
      2.4 * near(0.073, 1.629, -0.03, 0.045);
    const face = ramp(y, 1.52, 1.57) * ramp(z, -0.02, 0.04) * 2 + detail;
    const hand = ramp(wr[1] - y, -0.01, 0.02) * ramp(ax, 0.17, 0.19) * 0.8;
    const foot = ramp(0.07 - y, 0, 0.03) * 0.66;
    const s = 1 + face + hand + foot;
    const c =
      face > 0
        ? [0, 1.6, 0.05]
        : hand > 0
          ? [Math.sign(x) * 0.23, 0.8, 0]
          : [Math.sign(x) * 0.1, 0, 0.06];
    out[i] = c[0]! + (x - c[0]!) * s;
    out[i + 1] = c[1]! + (y - c[1]!) * s;
    out[i + 2] = c[2]! + (z - c[2]!) * s;
  }
  return out;
}

/** All skin items, in union order (trunk, neck and head first, then limbs). */
export function skinItems(): Item[] {
  const l = limbItems('left'),
    r = limbItems('right');
  // the head after the neck's sternocleidomastoids, so the jaw's small blend radii decide the jaw
  // line (a wide neck blend after it filled the angle of the mandible)
  return [
    ...trunkItems(),
    ...l.trunk,
    ...r.trunk,
    ...headItems(),
    ...midlineGrooves(),
    ...l.limb,
    ...r.limb,
  ];
}
