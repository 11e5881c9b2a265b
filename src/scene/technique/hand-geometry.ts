/**
 * The operator's hands, built from three primitives once per hand shape and merged into one
 * geometry per shape (one draw call per hand), with per-vertex colours (glove, sleeve).
 *
 * Model frame of a RIGHT hand: origin at the wrist centre, +Z toward the fingertips, +Y the back
 * of the hand, +X the thumb side. The left hand is the mirror image (the scene scales x by −1).
 * Each shape is then turned and moved so that its CONTACT part (palm centre, finger pads, thenar
 * eminence, pisiform, thumb pad…) sits at the origin with its surface normal along −Y: placing the
 * origin on the patient's skin with −Y into the patient puts the right part of the hand on the body.
 *
 * Sizes: an adult hand of ~19 cm wrist crease to middle fingertip, palm ~8.5 cm wide (adult
 * anthropometric ranges); good enough to read as a hand, not a measured model.
 */
import {
  BufferGeometry,
  CapsuleGeometry,
  Color,
  CylinderGeometry,
  Float32BufferAttribute,
  Quaternion,
  SphereGeometry,
  Vector3,
} from 'three';
import { RoundedBoxGeometry } from 'three/examples/jsm/geometries/RoundedBoxGeometry.js';
import { mergeGeometries, mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { HAND_SHAPES, type HandShape } from '../../content/animation-schema';

export const GLOVE = new Color('#8c84f2');
export const SLEEVE = new Color('#1f3553');

const RAD = Math.PI / 180;
const Y = new Vector3(0, 1, 0);
const DOWN = new Vector3(0, -1, 0);

/** Joint flexion of one finger in degrees: metacarpophalangeal, proximal and distal interphalangeal. */
type FingerFlex = readonly [number, number, number];

interface FingerSpec {
  base: readonly [number, number, number];
  /** Spread toward the thumb (+) or the little finger (−), degrees. */
  splay: number;
  lengths: readonly [number, number, number];
  radius: number;
}

// index, middle, ring, little
const FINGERS: readonly FingerSpec[] = [
  { base: [0.027, 0, 0.092], splay: 5, lengths: [0.043, 0.025, 0.02], radius: 0.0094 },
  { base: [0.009, 0.001, 0.096], splay: 0, lengths: [0.047, 0.029, 0.021], radius: 0.0098 },
  { base: [-0.01, 0, 0.093], splay: -5, lengths: [0.044, 0.027, 0.02], radius: 0.009 },
  { base: [-0.028, -0.001, 0.085], splay: -11, lengths: [0.034, 0.021, 0.018], radius: 0.0079 },
];
const THUMB_BASE = [0.026, -0.007, 0.02] as const;
const THUMB_LENGTHS = [0.04, 0.031, 0.026] as const;
const THUMB_RADII = [0.0125, 0.0107, 0.0099] as const;
const TAPER = [1, 0.92, 0.84] as const;

/** Direction of a segment: `yaw` toward the thumb side, `pitch` toward the palm, degrees. */
function segmentDir(yawDeg: number, pitchDeg: number, out = new Vector3()): Vector3 {
  const t = yawDeg * RAD;
  const p = pitchDeg * RAD;
  return out.set(Math.sin(t) * Math.cos(p), -Math.sin(p), Math.cos(t) * Math.cos(p));
}

/** The back (nail side) of a segment with that yaw and pitch. */
function segmentDorsal(yawDeg: number, pitchDeg: number, out = new Vector3()): Vector3 {
  const t = yawDeg * RAD;
  const p = pitchDeg * RAD;
  return out.set(Math.sin(t) * Math.sin(p), Math.cos(p), Math.cos(t) * Math.sin(p));
}

interface Chain {
  /** Joint centres from the base to the tip of the last segment's axis. */
  joints: Vector3[];
  /** Unit direction of the last segment and its palmar side. */
  tipDir: Vector3;
  tipPalmar: Vector3;
  tipRadius: number;
}

interface ShapePose {
  /** Flexion of index, middle, ring, little. */
  fingers: readonly [FingerFlex, FingerFlex, FingerFlex, FingerFlex];
  /** Thumb segments as [yaw, pitch] pairs (metacarpal, proximal, distal). */
  thumb: readonly [readonly [number, number], readonly [number, number], readonly [number, number]];
  /** Contact point and the outward surface normal there, in the model frame. */
  contact: (hand: { fingers: Chain[]; thumb: Chain }) => { point: Vector3; normal: Vector3 };
}

const PALM_HALF_THICKNESS = 0.0135;
const THENAR = { centre: [0.021, -0.009, 0.03], radii: [0.019, 0.0095, 0.029] } as const;
const HYPOTHENAR = { centre: [-0.026, -0.008, 0.036], radii: [0.014, 0.0095, 0.033] } as const;

const tipPad = (c: Chain) => ({
  point: c.joints[c.joints.length - 1]!.clone()
    .addScaledVector(c.tipDir, c.tipRadius * 0.55)
    .addScaledVector(c.tipPalmar, c.tipRadius * 0.85),
  normal: c.tipDir.clone().multiplyScalar(0.55).addScaledVector(c.tipPalmar, 0.85).normalize(),
});

const RELAXED_THUMB = [
  [38, 22],
  [22, 30],
  [12, 38],
] as const;

/** How each hand shape holds its fingers and which part touches the patient. */
export const SHAPE_POSES: Record<HandShape, ShapePose> = {
  'flat-palm': {
    fingers: [
      [0, 2, 2],
      [0, 2, 2],
      [0, 3, 2],
      [2, 4, 3],
    ],
    thumb: [
      [36, 2],
      [24, -2],
      [16, -4],
    ],
    // The middle of the palm (its soft tissue pressed level with the heel pads).
    contact: () => ({
      point: new Vector3(0, -PALM_HALF_THICKNESS - 0.003, 0.05),
      normal: DOWN.clone(),
    }),
  },
  cupped: {
    fingers: [
      [8, 14, 8],
      [8, 14, 8],
      [9, 15, 8],
      [10, 16, 9],
    ],
    thumb: [
      [30, 10],
      [16, 12],
      [8, 14],
    ],
    // The hollow of the palm over a rounded surface (occiput, chest): rim and fingertips meet it.
    contact: () => ({ point: new Vector3(0, -PALM_HALF_THICKNESS, 0.06), normal: DOWN.clone() }),
  },
  'finger-pads': {
    fingers: [
      [42, 30, 10],
      [40, 30, 10],
      [42, 30, 10],
      [48, 34, 12],
    ],
    thumb: RELAXED_THUMB,
    // Pads of the index, middle and ring fingers: the middle finger's tip, wrist a little raised.
    contact: ({ fingers }) => ({
      point: fingers[1]!.joints[3]!.clone()
        .addScaledVector(fingers[1]!.tipDir, 0.004)
        .addScaledVector(fingers[1]!.tipPalmar, 0.005),
      normal: new Vector3(0, -1, -0.25).normalize(),
    }),
  },
  thenar: {
    fingers: [
      [-8, 6, 3],
      [-8, 6, 3],
      [-6, 8, 4],
      [-4, 10, 5],
    ],
    thumb: [
      [26, 8],
      [14, 6],
      [8, 8],
    ],
    // Heel of the hand on the thumb side: rolled a little toward the thumb, fingers lifted.
    contact: () => ({
      point: new Vector3(
        THENAR.centre[0] + 0.004,
        THENAR.centre[1] - THENAR.radii[1],
        THENAR.centre[2] - 0.004,
      ),
      normal: new Vector3(0.22, -1, -0.38).normalize(),
    }),
  },
  pisiform: {
    fingers: [
      [22, 34, 14],
      [24, 36, 14],
      [26, 38, 16],
      [30, 42, 18],
    ],
    thumb: RELAXED_THUMB,
    // The pisiform: the ulnar corner of the heel of the hand.
    contact: () => ({
      point: new Vector3(-0.03, -PALM_HALF_THICKNESS - 0.006, 0.012),
      normal: new Vector3(-0.45, -1, -0.4).normalize(),
    }),
  },
  thumb: {
    fingers: [
      [34, 46, 20],
      [36, 48, 20],
      [38, 50, 22],
      [42, 52, 24],
    ],
    thumb: [
      [42, 38],
      [30, 56],
      [22, 66],
    ],
    // The thumb pad, with the wrist raised behind it.
    contact: ({ thumb }) => ({
      point: tipPad(thumb).point,
      normal: new Vector3(0.25, -1, -0.35).normalize(),
    }),
  },
  fist: {
    fingers: [
      [84, 100, 60],
      [86, 100, 60],
      [88, 100, 60],
      [90, 100, 60],
    ],
    thumb: [
      [30, 40],
      [4, 70],
      [-8, 80],
    ],
    // The flat of the fist: the backs of the proximal phalanges.
    contact: ({ fingers }) => {
      const f = fingers[1]!;
      const pip = f.joints[1]!;
      const dorsal = segmentDorsal(0, 86);
      return { point: pip.clone().addScaledVector(dorsal, f.tipRadius * 1.1), normal: dorsal };
    },
  },
};

function chain(
  base: readonly [number, number, number],
  dirs: readonly (readonly [number, number])[],
  lengths: readonly number[],
  radius: number,
  parts: BufferGeometry[],
): Chain {
  const joints = [new Vector3(...base)];
  const dir = new Vector3();
  let last: readonly [number, number] = [0, 0];
  dirs.forEach(([yaw, pitch], i) => {
    segmentDir(yaw, pitch, dir);
    const a = joints[i]!;
    const b = a.clone().addScaledVector(dir, lengths[i]!);
    joints.push(b);
    parts.push(capsule(a, b, radius * TAPER[i]!));
    last = [yaw, pitch];
  });
  return {
    joints,
    tipDir: segmentDir(last[0], last[1]),
    tipPalmar: segmentDorsal(last[0], last[1]).negate(),
    tipRadius: radius * TAPER[dirs.length - 1]!,
  };
}

function capsule(a: Vector3, b: Vector3, r: number): BufferGeometry {
  const len = a.distanceTo(b);
  const g = new CapsuleGeometry(r, len, 4, 10);
  const q = new Quaternion().setFromUnitVectors(Y, b.clone().sub(a).normalize());
  g.applyQuaternion(q);
  g.translate((a.x + b.x) / 2, (a.y + b.y) / 2, (a.z + b.z) / 2);
  return g;
}

function ellipsoid(
  centre: readonly [number, number, number],
  radii: readonly [number, number, number],
  rotateY = 0,
): BufferGeometry {
  const g = new SphereGeometry(1, 16, 12);
  g.scale(...radii);
  g.rotateY(rotateY);
  g.translate(...centre);
  return g;
}

function paint(g: BufferGeometry, color: Color): BufferGeometry {
  const n = g.getAttribute('position').count;
  const c = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) c.set([color.r, color.g, color.b], i * 3);
  g.setAttribute('color', new Float32BufferAttribute(c, 3));
  return g;
}

function mergeAll(parts: BufferGeometry[], color: Color): BufferGeometry {
  const merged = mergeGeometries(parts.map((p) => paint(p, color)));
  for (const p of parts) p.dispose();
  if (!merged) throw new Error('hand geometry: parts could not be merged');
  return merged;
}

export interface HandModel {
  geometry: BufferGeometry;
  /** Where the shape's intended contact part ended up (should be at the origin, tested). */
  contact: Vector3;
  /** The wrist centre, in the placed hand's frame (right hand; mirror x for the left). */
  wrist: Vector3;
  /** Natural direction from the wrist toward the elbow for this shape (unit, same frame). */
  forearm: Vector3;
  /**
   * Normal of the palm's plane, pointing out of the palm (unit, same frame): −Y when the palm
   * itself is what touches the skin, tilted for shapes that touch with a part of the hand.
   */
  palmNormal: Vector3;
}

/** Builds one shape's hand (not cached: see `handModel`). */
export function buildHandModel(shape: HandShape): HandModel {
  const pose = SHAPE_POSES[shape];
  const parts: BufferGeometry[] = [];
  // Palm with thickness, heel pads and the wrist.
  // RoundedBoxGeometry comes without an index; the other primitives have one, and merging needs
  // them alike.
  const palm = mergeVertices(
    new RoundedBoxGeometry(0.08, PALM_HALF_THICKNESS * 2, 0.094, 3, 0.011),
  );
  palm.translate(0, 0, 0.051);
  parts.push(palm);
  parts.push(ellipsoid(THENAR.centre, THENAR.radii, 0.35));
  parts.push(ellipsoid(HYPOTHENAR.centre, HYPOTHENAR.radii, -0.1));
  parts.push(ellipsoid([0, 0.001, 0.004], [0.03, 0.0155, 0.02]));
  const fingers = FINGERS.map((f, i) => {
    const flex = pose.fingers[i]!;
    let pitch = 0;
    const dirs = flex.map((deg) => {
      pitch += deg;
      return [f.splay, pitch] as const;
    });
    return chain(f.base, dirs, f.lengths, f.radius, parts);
  });
  const thumb = chain(THUMB_BASE, pose.thumb, THUMB_LENGTHS, THUMB_RADII[0], parts);
  // Thumb segments taper on their own radii, not the fingers' ratio: widen the base.
  parts.push(capsule(new Vector3(...THUMB_BASE), thumb.joints[1]!, THUMB_RADII[0] * 1.05));

  const geometry = mergeAll(parts, GLOVE);
  const { point, normal } = pose.contact({ fingers, thumb });
  // Turn the contact normal to −Y, then move the hand so the contact point is over the origin and
  // the lowest point of the hand is at y = 0: nothing reaches into the patient, and the tests check
  // that the lowest point is the contact part.
  const q = new Quaternion().setFromUnitVectors(normal.clone().normalize(), DOWN);
  geometry.applyQuaternion(q);
  geometry.computeBoundingBox();
  const contact = point.clone().applyQuaternion(q);
  const shift = new Vector3(-contact.x, -geometry.boundingBox!.min.y, -contact.z);
  geometry.translate(shift.x, shift.y, shift.z);
  geometry.computeBoundingBox();
  geometry.computeBoundingSphere();
  const wrist = shift.clone();
  // A working wrist: the forearm rises behind the back of the hand, about 40° of extension.
  const forearm = new Vector3(0, Math.sin(40 * RAD), -Math.cos(40 * RAD)).applyQuaternion(q);
  const palmNormal = DOWN.clone().applyQuaternion(q);
  return { geometry, contact: contact.add(shift), wrist, forearm, palmNormal };
}

const models = new Map<HandShape, HandModel>();

/** The hand for a shape, built on first use and shared by both hands afterwards. */
export function handModel(shape: HandShape): HandModel {
  let m = models.get(shape);
  if (!m) {
    m = buildHandModel(shape);
    models.set(shape, m);
  }
  return m;
}

/** Builds every shape up front (the stage does it once on mount, not in the frame loop). */
export function prepareHandModels(): void {
  for (const s of HAND_SHAPES) handModel(s);
}

/** Forearm along +Y from the wrist (origin): glove cuff, then the operator's sleeve. */
export function buildForearmGeometry(): BufferGeometry {
  // Only the forearm's first ~20 cm: enough to show where the operator's arm comes from without
  // filling the foreground of a close view.
  const cuff = new CylinderGeometry(0.029, 0.025, 0.06, 18, 1, true);
  cuff.translate(0, 0.03, 0);
  const sleeve = new CylinderGeometry(0.033, 0.029, 0.14, 18, 1, false);
  sleeve.translate(0, 0.06 + 0.07, 0);
  const elbow = new SphereGeometry(0.033, 18, 8, 0, Math.PI * 2, 0, Math.PI / 2);
  elbow.translate(0, 0.2, 0);
  const g = mergeGeometries([paint(cuff, GLOVE), paint(sleeve, SLEEVE), paint(elbow, SLEEVE)]);
  for (const p of [cuff, sleeve, elbow]) p.dispose();
  if (!g) throw new Error('forearm geometry: parts could not be merged');
  // A forearm is wider (thumb to little finger) than it is deep.
  g.scale(1.12, 1, 0.82);
  g.computeBoundingSphere();
  return g;
}
