/**
 * Muscle layer. Superficial muscles are shells under the skin (between two depths) clipped by an
 * outline drawn through bony landmarks in a projection (front, back or side view); deep muscles are
 * bellies lofted along their line of action (origin → insertion) or plates on bone. Each muscle is
 * a part named by its id ('trapezius.left', 'diaphragm', 'thoracolumbar-fascia').
 * Origins and insertions follow the usual textbook attachments (Standring, Gray's Anatomy 42nd ed.).
 */
import { POINTS, VERTEBRAE } from './landmarks';
import {
  FieldCache,
  ellipsoid,
  frame,
  loft,
  mirrorX,
  roundCone,
  sub,
  triangle,
  withK,
  type Item,
  type Section,
  type V3,
} from './sdf';
import type { PartDef } from './skeleton';
import { BICEPS, limbMuscles, tendon, TP_TENDON, TRICEPS, UPPER_ARM } from './muscle-limbs';
import { forearmMuscles } from './muscle-forearm';
import { shell, sleeveMask, type ShellSpec } from './muscle-shells';
import { scalpMuscles, TEMPORALIS } from './muscle-scalp';
import { shoulderMuscles } from './muscle-shoulder';
import {
  BUCCINATOR,
  DEPRESSOR_ANGULI_ORIS,
  eyeItems,
  LEVATOR_LABII,
  MASSETER,
  MENTALIS,
  NASALIS,
  ORBICULARIS_OCULI,
  ORBICULARIS_ORIS,
  ZYGOMATICUS_MAJOR,
  masseterCover,
} from './muscle-face';

type Shape = 'fusiform' | 'strap' | 'teardrop' | 'bulb';

/** Fusiform belly lofted from a to b; w = half widths [u, v] at the belly. */
function belly(
  a: V3,
  b: V3,
  w: readonly [number, number],
  hint: V3 = [1, 0, 0],
  shape: Shape = 'fusiform',
): Item {
  const [wu, wv] = w;
  const prof: Record<string, number[][]> = {
    fusiform: [
      [0, 0.25],
      [0.2, 0.8],
      [0.5, 1],
      [0.8, 0.8],
      [1, 0.25],
    ],
    strap: [
      [0, 0.5],
      [0.15, 0.9],
      [0.5, 1],
      [0.85, 0.9],
      [1, 0.5],
    ],
    bulb: [
      [0, 0.35],
      [0.08, 0.75],
      [0.28, 1],
      [0.65, 0.62],
      [1, 0.22],
    ],
    teardrop: [
      [0, 0.3],
      [0.3, 0.7],
      [0.75, 1],
      [0.92, 0.7],
      [1, 0.3],
    ],
  };
  const secs: Section[] = prof[shape]!.map(([t, s]) => ({ t: t!, ru: wu * s!, rv: wv * s! }));
  return loft(a, b, hint, secs);
}

/** Chain of round cones through points (a belly bending round bone). */
function chain(pts: readonly V3[], r: readonly number[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < pts.length - 1; i++)
    out.push(withK(roundCone(pts[i]!, pts[i + 1]!, r[i]!, r[i + 1]!), 0.008));
  return out;
}

export function muscleParts(skinItems: readonly Item[]): PartDef[] {
  const out: PartDef[] = [];
  const skin = new FieldCache(skinItems, 0.003);
  // every belly stays under the skin: bellies flatten against it
  const underSkin: Item = {
    // (3 mm: deeper than the shells' outer surface, so a belly never shows through a shell)
    d: (x, y, z) => -(skin.sample(x, y, z) + 0.003),
    min: [-1, -0.1, -1],
    max: [1, 2, 1],
    k: 0.003,
    subtract: true,
  };
  // bellies are coarse enough for a 3 mm grid; thin shells keep their finer grid
  const add = (id: string, items: Item[], tris = 1200, h = 0.0025) =>
    out.push({
      id,
      // shells lie under the skin by construction; only bellies need clipping
      items: items.every((it) => it.tag === 'shell') ? items : [...items, underSkin],
      h: items.some((it) => it.tag === 'shell') || h < 0.0025 ? h : 0.003,
      tris,
    });
  for (const [s, side] of [
    [1, 'left'],
    [-1, 'right'],
  ] as const) {
    const m = (p: V3): V3 => (s === 1 ? p : mirrorX(p));
    const M = (id: string, items: Item[], tris = 1200, h = 0.0025) =>
      add(`${id}.${side}`, items, tris, h);
    const SH = (spec: ShellSpec) => shell(skin, spec, s);
    const B = (
      a: V3,
      b: V3,
      w: readonly [number, number],
      hint: V3 = [1, 0, 0],
      shape: Shape = 'fusiform',
    ) => belly(m(a), m(b), [w[0] * 1.25, w[1] * 1.25], m(hint), shape);
    const kn = POINTS.knee,
      an = POINTS.ankle;
    // ---- head and neck
    M('temporalis', [SH({ ...TEMPORALIS, under: [masseterCover(s)] })], 600, 0.0018);
    M('masseter', [SH(MASSETER)], 500, 0.0018);
    // muscles of facial expression: without them the muscle-layer head is a helmet
    M('orbicularis-oculi', [SH(ORBICULARIS_OCULI)], 600, 0.0015);
    // the eyes: under the skin by construction (no clipping, which would flatten the cornea)
    const eye = eyeItems(s);
    out.push({ id: `eyeball.${side}`, items: eye.eyeball, h: 0.0012, tris: 220 });
    out.push({ id: `iris.${side}`, items: eye.iris, h: 0.0006, tris: 80 });
    M('zygomaticus-major', [SH(ZYGOMATICUS_MAJOR)], 300, 0.0015);
    M('levator-labii-superioris', [SH(LEVATOR_LABII)], 250, 0.0015);
    M('buccinator', [SH(BUCCINATOR)], 350, 0.0018);
    M('depressor-anguli-oris', [SH(DEPRESSOR_ANGULI_ORIS)], 250, 0.0015);
    M(
      'lateral-pterygoid',
      [B([0.028, 1.598, 0.032], [0.047, 1.597, 0.01], [0.006, 0.005], [0, 1, 0])],
      300,
      0.0015,
    );
    M(
      'sternocleidomastoid',
      [B([0.054, 1.598, -0.022], [0.026, 1.438, 0.066], [0.013, 0.008], [1, 0, 0.3], 'strap')],
      700,
    );
    M(
      'scalenes',
      [B([0.022, 1.54, -0.012], [0.055, 1.425, 0.005], [0.011, 0.008], [0, 0, 1])],
      500,
    );
    M(
      'suboccipitals',
      [
        B([0.004, 1.568, -0.058], [0.03, 1.598, -0.062], [0.007, 0.004], [0, 1, 0]),
        B([0.03, 1.578, -0.038], [0.028, 1.6, -0.06], [0.006, 0.004], [1, 0, 0]),
      ],
      400,
      0.0015,
    );
    M(
      'splenius-capitis',
      [B([0.006, 1.47, -0.085], [0.052, 1.605, -0.04], [0.016, 0.005], [1, 0, -0.5], 'strap')],
      600,
    );
    M(
      'levator-scapulae',
      [B([0.03, 1.56, -0.03], [0.08, 1.445, -0.095], [0.01, 0.007], [0, 0, 1], 'strap')],
      500,
    );
    // ---- shoulder girdle from behind (trapezius, latissimus, rhomboids, cuff, teres, deltoid)
    for (const sm of shoulderMuscles(skin, s)) M(sm.id, sm.items, sm.tris);
    // ---- back
    const esPts: V3[] = [];
    const esR: number[] = [];
    const mfPts: V3[] = [];
    const mfR: number[] = [];
    for (const v of VERTEBRAE) {
      if (v.id.startsWith('C') && v.id !== 'C7') continue;
      const lumbar = v.id.startsWith('L');
      esPts.push([0.032, v.y, v.z - (lumbar ? 0.056 : 0.046)]);
      esR.push(lumbar ? 0.02 : 0.013 - 0.005 * ((v.y - 1.2) / 0.28));
      mfPts.push([0.014, v.y, v.z - (lumbar ? 0.046 : 0.04)]);
      mfR.push(lumbar ? 0.011 : 0.006);
    }
    esPts.unshift([0.03, 0.97, -0.085]);
    esR.unshift(0.012);
    mfPts.unshift([0.015, 0.95, -0.072]);
    mfR.unshift(0.008);
    M('erector-spinae', chain(esPts.map(m), esR), 1600);
    M('multifidus', chain(mfPts.map(m), mfR), 1000);
    M(
      'quadratus-lumborum',
      [B([0.07, 1.06, -0.04], [0.055, 1.19, -0.05], [0.022, 0.008], [1, 0, 0], 'strap')],
      500,
    );
    M(
      'serratus-anterior',
      [
        SH({
          view: 'side',
          outline: [
            [-0.065, 1.38],
            [0.02, 1.37],
            [0.075, 1.2],
            [0.03, 1.14],
            [-0.06, 1.24],
          ],
          depth: [0.006, 0.012],
          clip: (x) => Math.max(0.11 - Math.abs(x), Math.abs(x) - 0.155),
        }),
      ],
      1200,
    );
    // ---- trunk, anterior
    M(
      'pectoralis-major',
      [
        SH({
          view: 'front',
          outline: [
            [0.012, 1.435],
            [0.13, 1.44],
            [0.18, 1.39],
            [0.17, 1.34],
            [0.12, 1.235],
            [0.07, 1.22],
            [0.012, 1.225],
          ],
          depth: [0.002, 0.014],
        }),
      ],
      2200,
    );
    M(
      'pectoralis-minor',
      [triangle(m([0.152, 1.405, 0.02]), m([0.075, 1.38, 0.085]), m([0.085, 1.29, 0.09]), 0.0035)],
      500,
    );
    M(
      'rectus-abdominis',
      [
        SH({
          view: 'front',
          outline: [
            [0.003, 1.24],
            [0.075, 1.24],
            [0.064, 1.0],
            [0.032, 0.895],
            [0.003, 0.895],
          ],
          depth: [0.0015, 0.011],
          clip: (_x, y) =>
            0.0022 - Math.min(Math.abs(y - 1.05), Math.abs(y - 1.118), Math.abs(y - 1.18)),
        }),
      ],
      1500,
    );
    M(
      'external-oblique',
      [
        SH({
          view: 'front',
          outline: [
            [0.075, 1.25],
            [0.16, 1.24],
            [0.17, 1.05],
            [0.13, 0.99],
            [0.06, 0.905],
            [0.062, 1.0],
          ],
          depth: [0.002, 0.008],
          clip: (_x, _y, z) => -z - 0.03,
        }),
      ],
      1800,
    );
    M(
      'internal-oblique',
      [
        SH({
          view: 'front',
          outline: [
            [0.08, 1.2],
            [0.15, 1.17],
            [0.16, 1.04],
            [0.12, 0.98],
            [0.065, 0.91],
            [0.066, 1.0],
          ],
          depth: [0.008, 0.014],
          clip: (_x, _y, z) => -z - 0.03,
        }),
      ],
      1200,
    );
    M(
      'transversus-abdominis',
      [
        SH({
          view: 'front',
          outline: [
            [0.07, 1.18],
            [0.15, 1.16],
            [0.155, 1.02],
            [0.11, 0.96],
            [0.06, 0.92],
            [0.06, 1.0],
          ],
          depth: [0.014, 0.019],
          clip: (_x, _y, z) => -z - 0.03,
        }),
      ],
      1200,
    );
    M(
      'iliopsoas',
      [
        ...chain(
          (
            [
              [0.028, 1.19, -0.02],
              [0.04, 1.06, -0.012],
              [0.06, 0.96, 0.01],
              [0.08, 0.9, 0.04],
              [0.105, 0.855, 0.0],
            ] as V3[]
          ).map(m),
          [0.01, 0.018, 0.02, 0.015, 0.008],
        ),
        withK(B([0.11, 1.04, -0.0], [0.085, 0.9, 0.03], [0.025, 0.008], [1, 0, 0.3]), 0.01),
      ],
      1200,
    );
    // ---- shoulder and arm
    M(
      'supraspinatus',
      [B([0.085, 1.428, -0.086], [0.175, 1.42, -0.015], [0.011, 0.008], [0, 1, 0])],
      400,
    );
    M(
      'subscapularis',
      [triangle(m([0.09, 1.43, -0.085]), m([0.097, 1.3, -0.092]), m([0.15, 1.39, -0.04]), 0.005)],
      400,
    );
    // ---- superficial limb muscles (sleeves round the limb segments)
    for (const lm of limbMuscles(skin, s)) M(lm.id, lm.items, lm.tris, lm.h ?? 0.003);
    // ---- forearm and hand (brachialis in the cubital fossa, under biceps and triceps)
    const upperArm = [BICEPS, TRICEPS].map((o) => ({
      mask: sleeveMask(UPPER_ARM, o, s),
      depth: 0.01,
    }));
    for (const fm of forearmMuscles(skin, s, upperArm)) M(fm.id, fm.items, fm.tris, fm.h);
    // ---- hip and thigh
    M(
      'gluteus-maximus',
      [
        SH({
          view: 'back',
          outline: [
            [0.015, 1.02],
            [0.065, 1.045],
            [0.155, 0.96],
            [0.175, 0.88],
            [0.15, 0.82],
            [0.06, 0.84],
            [0.015, 0.9],
          ],
          depth: [0.002, 0.022],
          clip: (_x, _y, z) => z + 0.01,
        }),
      ],
      2500,
    );
    M(
      'gluteus-medius',
      [
        SH({
          view: 'side',
          outline: [
            [-0.075, 1.07],
            [0.045, 1.045],
            [0.02, 0.94],
            [-0.035, 0.935],
          ],
          depth: [0.003, 0.016],
          clip: (x) => Math.max(0.09 - Math.abs(x), Math.abs(x) - 0.178),
        }),
      ],
      1200,
    );
    M(
      'gluteus-minimus',
      [triangle(m([0.13, 1.03, 0.0]), m([0.07, 1.02, -0.06]), m([0.135, 0.93, -0.005]), 0.005)],
      500,
    );
    M(
      'piriformis',
      [B([0.02, 0.955, -0.07], [0.13, 0.94, -0.025], [0.012, 0.007], [0, 1, 0])],
      400,
    );
    M(
      'vastus-intermedius',
      [
        B(
          [0.12, 0.86, 0.015],
          [kn[0] + 0.002, kn[1] + 0.08, kn[2] + 0.02],
          [0.025, 0.016],
          [1, 0, 0],
        ),
      ],
      700,
    );
    M(
      'tibialis-posterior',
      [
        B(
          [kn[0] + 0.004, kn[1] - 0.07, kn[2] - 0.018],
          [an[0] - 0.01, 0.12, an[2] - 0.015],
          [0.014, 0.01],
          [1, 0, 0],
        ),
        // its tendon behind the medial malleolus to the navicular tuberosity
        tendon(skin, TP_TENDON, [0.003, 0.003], s),
      ],
      650,
      0.002,
    );
    M(
      'plantar-fascia',
      [
        // calcaneal tuberosity fanning out to the five metatarsal heads, under the sole's skin
        SH({
          view: 'bottom',
          // from under the calcaneal tuberosity (its medial process) forwards
          outline: [
            [0.088, -0.066],
            [0.108, -0.066],
            [0.124, 0.02],
            [0.142, 0.108],
            [0.108, 0.124],
            [0.072, 0.114],
            [0.079, 0.02],
          ],
          depth: [0.0015, 0.0055],
        }),
      ],
      600,
    );
    void sub;
    void frame;
  }
  // midline
  const scalp = scalpMuscles(skin);
  add('orbicularis-oris', [shell(skin, ORBICULARIS_ORIS, 1)], 600, 0.0015);
  add('nasalis', [shell(skin, NASALIS, 1)], 350, 0.0015);
  add('mentalis', [shell(skin, MENTALIS, 1)], 300, 0.0015);
  add('occipitofrontalis', [scalp.occipitofrontalis], 600, 0.002);
  add('galea-aponeurotica', [scalp.galea], 700, 0.002);
  add(
    'thoracolumbar-fascia',
    [
      shell(
        skin,
        {
          view: 'back',
          outline: [
            [0, 1.23],
            [0.075, 1.1],
            [0.105, 1.02],
            [0.055, 0.93],
            [0, 0.9],
            [-0.055, 0.93],
            [-0.105, 1.02],
            [-0.075, 1.1],
          ],
          depth: [0.0004, 0.0045],
        },
        1,
      ),
    ],
    1200,
    0.0018,
  );
  const dia = ellipsoid([0, 1.19, -0.008], [0.118, 0.062, 0.085]);
  const cut = ellipsoid([0, 1.18, -0.008], [0.11, 0.054, 0.077]);
  cut.subtract = true;
  cut.k = 0.004;
  const cutBelow = ellipsoid([0, 1.1, -0.01], [0.2, 0.08, 0.2]);
  cutBelow.subtract = true;
  cutBelow.k = 0.01;
  add('diaphragm', [dia, cut, cutBelow], 1600, 0.0025);
  return out;
}
