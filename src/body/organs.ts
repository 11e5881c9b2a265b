/**
 * Organ layer: simple, recognisable organ shapes in their usual place (ellipsoids, lofted tubes),
 * one part per VISCERAL_REGIONS id ('kidney.left', 'ureter.right', …), each bound to the spinal
 * joint at its level.
 */
import {
  capsule,
  ellipsoid,
  axes,
  loft,
  mirrorX,
  roundCone,
  sphere,
  withK,
  type Item,
  type V3,
} from './sdf';
import type { PartDef } from './skeleton';

const K = (it: Item, k: number) => withK(it, k);

export function organParts(): PartDef[] {
  const out: PartDef[] = [];
  const P = (id: string, joint: string, items: Item[], tris = 1500, h = 0.003) =>
    out.push({ id, joint, items, h, tris });
  P(
    'paranasal-sinuses',
    'head',
    [
      ellipsoid([0.022, 1.612, 0.07], [0.012, 0.014, 0.016]),
      ellipsoid([-0.022, 1.612, 0.07], [0.012, 0.014, 0.016]),
      K(ellipsoid([0, 1.668, 0.082], [0.016, 0.008, 0.006]), 0.004),
      K(ellipsoid([0, 1.635, 0.06], [0.008, 0.012, 0.012]), 0.004),
    ],
    800,
    0.002,
  );
  // lungs: two tall half-domes either side of the heart
  P(
    'lungs',
    'T6',
    [
      ellipsoid([0.068, 1.31, -0.005], [0.058, 0.125, 0.075], axes([0.1, 1, 0], [1, 0, 0])),
      ellipsoid([-0.072, 1.305, -0.005], [0.062, 0.125, 0.077], axes([-0.1, 1, 0], [1, 0, 0])),
    ],
    3000,
  );
  P(
    'heart',
    'T6',
    [
      ellipsoid([0.015, 1.26, 0.04], [0.05, 0.06, 0.042], axes([0.5, 1, 0.3], [1, 0, 0])),
      K(roundCone([0.005, 1.3, 0.03], [0.0, 1.37, 0.02], 0.015, 0.013), 0.015),
      K(capsule([0.0, 1.37, 0.02], [0.03, 1.375, 0.0], 0.012), 0.01),
    ],
    1500,
  );
  // diaphragm: a dome sheet under the lungs
  const dia = ellipsoid([0, 1.19, -0.008], [0.116, 0.06, 0.083]);
  const cut = ellipsoid([0, 1.18, -0.008], [0.108, 0.052, 0.075]);
  cut.subtract = true;
  cut.k = 0.004;
  const cutBelow = ellipsoid([0, 1.1, -0.01], [0.2, 0.08, 0.2]);
  cutBelow.subtract = true;
  cutBelow.k = 0.01;
  P('diaphragm', 'T10', [dia, cut, cutBelow], 1600, 0.0025);
  P(
    'liver',
    'T10',
    [
      ellipsoid([-0.048, 1.15, 0.0], [0.088, 0.05, 0.066], axes([0.3, 1, 0], [1, 0, 0])),
      K(ellipsoid([0.03, 1.165, 0.02], [0.05, 0.025, 0.045]), 0.03),
    ],
    1600,
  );
  P(
    'gallbladder',
    'T10',
    [roundCone([-0.05, 1.115, 0.05], [-0.043, 1.095, 0.062], 0.008, 0.011)],
    400,
    0.002,
  );
  P(
    'stomach',
    'T11',
    [
      K(roundCone([0.05, 1.17, 0.02], [0.06, 1.12, 0.045], 0.038, 0.032), 0.02),
      K(roundCone([0.06, 1.12, 0.045], [0.0, 1.08, 0.06], 0.032, 0.018), 0.02),
    ],
    1200,
  );
  P(
    'spleen',
    'T11',
    [ellipsoid([0.088, 1.165, -0.05], [0.02, 0.05, 0.028], axes([0.3, 1, -0.3], [1, 0, 0]))],
    600,
  );
  P(
    'pancreas',
    'L1',
    [K(roundCone([-0.03, 1.11, 0.025], [0.08, 1.13, -0.01], 0.016, 0.01), 0.01)],
    700,
    0.0025,
  );
  for (const [s, side] of [
    [1, 'left'],
    [-1, 'right'],
  ] as const) {
    const m = (p: V3): V3 => (s === 1 ? p : mirrorX(p));
    const ky = s === 1 ? 1.145 : 1.125; // right kidney a little lower (liver)
    P(
      `kidney.${side}`,
      'L1',
      [ellipsoid(m([0.058, ky, -0.04]), [0.028, 0.055, 0.022], axes([-s * 0.2, 1, 0], [1, 0, 0]))],
      800,
    );
    P(
      `ureter.${side}`,
      'L3',
      [
        K(capsule(m([0.048, ky - 0.045, -0.028]), m([0.045, 1.0, -0.01]), 0.003), 0.003),
        K(capsule(m([0.045, 1.0, -0.01]), m([0.05, 0.93, -0.005]), 0.003), 0.003),
        K(capsule(m([0.05, 0.93, -0.005]), m([0.018, 0.895, 0.03]), 0.003), 0.003),
      ],
      400,
      0.0015,
    );
  }
  // small intestine: a coiled mass in the centre of the abdomen
  const si: Item[] = [];
  for (let r = 0; r < 3; r++)
    for (let c = 0; c < 3; c++)
      si.push(K(sphere([(c - 1) * 0.04 + (r % 2) * 0.01, 1.07 - r * 0.035, 0.042], 0.026), 0.012));
  P('small-intestine', 'L3', si, 2000);
  // colon: ascending, transverse, descending, sigmoid
  const colonPts: V3[] = [
    [-0.085, 0.96, 0.04],
    [-0.09, 1.08, 0.03],
    [-0.06, 1.115, 0.045],
    [0.0, 1.1, 0.058],
    [0.06, 1.115, 0.045],
    [0.092, 1.09, 0.02],
    [0.09, 0.98, 0.03],
    [0.05, 0.94, 0.05],
    [0.01, 0.93, 0.02],
  ];
  const colon: Item[] = [];
  for (let i = 0; i < colonPts.length - 1; i++)
    colon.push(
      K(
        roundCone(colonPts[i]!, colonPts[i + 1]!, i < 2 ? 0.02 : 0.016, i < 1 ? 0.02 : 0.016),
        0.01,
      ),
    );
  P('colon', 'L3', colon, 1600);
  P(
    'appendix',
    'L5',
    [roundCone([-0.085, 0.955, 0.045], [-0.07, 0.915, 0.05], 0.005, 0.004)],
    300,
    0.0015,
  );
  P('bladder', 'pelvis', [ellipsoid([0, 0.905, 0.045], [0.03, 0.025, 0.025])], 600);
  P(
    'uterus',
    'pelvis',
    [
      ellipsoid([0, 0.935, 0.015], [0.025, 0.03, 0.018], axes([0, 1, 0.5], [1, 0, 0])),
      K(capsule([-0.04, 0.955, 0.01], [0.04, 0.955, 0.01], 0.004), 0.01),
    ],
    600,
    0.002,
  );
  void loft;
  return out;
}
