/**
 * Forward kinematics for the rig, pure and allocation-free after setup.
 *
 * The rig (src/body/rig.ts, also stored in the GLB) lists joints parent-first with their rest
 * positions (world, metres) and their clinical motions as local rotation axes. Rest rotations are
 * identity and all joint frames are world-aligned at rest, so:
 *   local q_j   = product of axisAngle(axis_m, deg_m) over the joint's motions, in listed order
 *                 (the same rule as applyClinicalPose in src/body/pose.ts);
 *   world R_j   = R_parent · q_j;
 *   world p_j   = p_parent + R_parent · (rest_j − rest_parent).
 * A point given in a joint's rest frame as an offset o lands at p_j + R_j · o.
 */
import { ownValue } from './own';

export type Vec3 = [number, number, number];
/** Joint id → motion → degrees (the shape of src/body/pose.ts' ClinicalPose). */
export type ClinicalPose = Record<string, Record<string, number>>;
type ReadonlyVec3 = readonly [number, number, number];

export interface KinematicJoint {
  id: string;
  parent: string | null;
  /** Rest position, world space (metres). */
  position: ReadonlyVec3;
  /** Motion name → local rotation axis; positive degrees give the named motion. */
  motions: Readonly<Record<string, ReadonlyVec3>>;
}

export interface KinematicRig {
  joints: readonly KinematicJoint[];
}

export interface Skeleton {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Parent index per joint, −1 for the root. Joints are stored parent-first. */
  readonly parent: Int32Array;
  /** Rest positions, xyz per joint. */
  readonly rest: Float64Array;
  /** Motions per joint: name and unit axis, in the rig's order (the composition order). */
  readonly motions: readonly (readonly { name: string; axis: ReadonlyVec3 }[])[];
  /** Per joint: motion name → index into `motions[joint]`. */
  readonly motionIndex: readonly Readonly<Record<string, number>>[];
  /** All motions flattened: joint j's motions are slots motionStart[j] … motionStart[j + 1] − 1. */
  readonly motionStart: Int32Array;
  /** Unit axes of the flattened motions (xyz per slot). */
  readonly motionAxis: Float64Array;
  /** Degrees per flattened motion slot: the input of `poseFromAngles`. */
  readonly angles: Float64Array;
  /** Local rotations (x, y, z, w per joint), filled by `poseSkeleton`. */
  readonly local: Float64Array;
  /** World rotations and positions, filled by `poseSkeleton`. */
  readonly worldRot: Float64Array;
  readonly worldPos: Float64Array;
}

/** Builds the FK structure once; joints are reordered parent-first if needed. */
export function createSkeleton(rig: KinematicRig): Skeleton {
  const byId = new Map(rig.joints.map((j) => [j.id, j]));
  const ordered: KinematicJoint[] = [];
  const placed = new Set<string>();
  const visit = (j: KinematicJoint, depth: number) => {
    if (placed.has(j.id)) return;
    if (depth > rig.joints.length) throw new Error(`rig: cycle at '${j.id}'`);
    if (j.parent !== null) {
      const p = byId.get(j.parent);
      if (!p) throw new Error(`rig: joint '${j.id}' has unknown parent '${j.parent}'`);
      visit(p, depth + 1);
    }
    placed.add(j.id);
    ordered.push(j);
  };
  for (const j of rig.joints) visit(j, 0);
  const n = ordered.length;
  const index = new Map(ordered.map((j, i) => [j.id, i]));
  const parent = new Int32Array(n);
  const rest = new Float64Array(n * 3);
  ordered.forEach((j, i) => {
    parent[i] = j.parent === null ? -1 : index.get(j.parent)!;
    rest.set(j.position, i * 3);
  });
  const motions = ordered.map((j) =>
    Object.entries(j.motions).map(([name, a]) => {
      const len = Math.hypot(a[0], a[1], a[2]) || 1;
      return { name, axis: [a[0] / len, a[1] / len, a[2] / len] as const };
    }),
  );
  const local = new Float64Array(n * 4);
  const worldRot = new Float64Array(n * 4);
  const worldPos = new Float64Array(n * 3);
  for (let i = 0; i < n; i++) local[i * 4 + 3] = 1;
  const motionIndex = motions.map((ms) => Object.fromEntries(ms.map((m, k) => [m.name, k])));
  const motionStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) motionStart[i + 1] = motionStart[i]! + motions[i]!.length;
  const motionAxis = new Float64Array(motionStart[n]! * 3);
  motions.forEach((ms, i) =>
    ms.forEach((m, k) => motionAxis.set(m.axis, (motionStart[i]! + k) * 3)),
  );
  const sk: Skeleton = {
    ids: ordered.map((j) => j.id),
    index,
    parent,
    rest,
    motions,
    motionIndex,
    motionStart,
    motionAxis,
    angles: new Float64Array(motionStart[n]!),
    local,
    worldRot,
    worldPos,
  };
  updateWorld(sk);
  return sk;
}

/** a ← a · b for quaternions stored in arrays. */
function mulInto(
  out: Float64Array,
  o: number,
  a: Float64Array,
  ao: number,
  b: Float64Array,
  bo: number,
) {
  const ax = a[ao]!,
    ay = a[ao + 1]!,
    az = a[ao + 2]!,
    aw = a[ao + 3]!;
  const bx = b[bo]!,
    by = b[bo + 1]!,
    bz = b[bo + 2]!,
    bw = b[bo + 3]!;
  out[o] = aw * bx + ax * bw + ay * bz - az * by;
  out[o + 1] = aw * by - ax * bz + ay * bw + az * bx;
  out[o + 2] = aw * bz + ax * by - ay * bx + az * bw;
  out[o + 3] = aw * bw - ax * bx - ay * by - az * bz;
}

const tmpQ = new Float64Array(4);
const tmpR = new Float64Array(4);

/** Flattened motion slot of (joint index, motion name), or −1. */
export function motionSlot(sk: Skeleton, jointIdx: number, motion: string): number {
  const index = sk.motionIndex[jointIdx];
  const k = index ? ownValue(index, motion) : undefined;
  return k === undefined ? -1 : sk.motionStart[jointIdx]! + k;
}

/** Sets every joint's local rotation from a clinical pose (joints not named: rest) and runs FK. */
export function poseSkeleton(sk: Skeleton, pose: ClinicalPose): void {
  sk.angles.fill(0);
  for (const jointId in pose) {
    const i = sk.index.get(jointId);
    if (i === undefined) throw new Error(`poseSkeleton: unknown joint '${jointId}'`);
    const m = pose[jointId]!;
    const known = sk.motionIndex[i]!;
    for (const name in m) {
      const k = ownValue(known, name);
      if (k === undefined)
        throw new Error(`poseSkeleton: joint '${jointId}' has no motion '${name}'`);
      sk.angles[sk.motionStart[i]! + k] = m[name]!;
    }
  }
  poseFromAngles(sk);
}

/**
 * Local rotations from `sk.angles` (degrees per motion slot), composed in each joint's motion order
 * (q = q_first · q_second · …), then FK. Allocation-free: the per-frame path.
 */
export function poseFromAngles(sk: Skeleton): void {
  const n = sk.ids.length;
  const { angles, motionStart, motionAxis, local } = sk;
  for (let i = 0; i < n; i++) {
    const o = i * 4;
    local[o] = 0;
    local[o + 1] = 0;
    local[o + 2] = 0;
    local[o + 3] = 1;
    for (let slot = motionStart[i]!; slot < motionStart[i + 1]!; slot++) {
      const deg = angles[slot]!;
      if (deg === 0) continue;
      const h = (deg * Math.PI) / 360;
      const s = Math.sin(h);
      tmpQ[0] = motionAxis[slot * 3]! * s;
      tmpQ[1] = motionAxis[slot * 3 + 1]! * s;
      tmpQ[2] = motionAxis[slot * 3 + 2]! * s;
      tmpQ[3] = Math.cos(h);
      mulInto(tmpR, 0, local, o, tmpQ, 0);
      for (let c = 0; c < 4; c++) local[o + c] = tmpR[c]!;
    }
  }
  updateWorld(sk);
}

/** Recomputes world transforms from the local rotations. */
export function updateWorld(sk: Skeleton): void {
  const n = sk.ids.length;
  const { parent, rest, local, worldRot, worldPos } = sk;
  for (let i = 0; i < n; i++) {
    const p = parent[i]!;
    if (p < 0) {
      for (let k = 0; k < 4; k++) worldRot[i * 4 + k] = local[i * 4 + k]!;
      worldPos[i * 3] = rest[i * 3]!;
      worldPos[i * 3 + 1] = rest[i * 3 + 1]!;
      worldPos[i * 3 + 2] = rest[i * 3 + 2]!;
      continue;
    }
    mulInto(worldRot, i * 4, worldRot, p * 4, local, i * 4);
    // p_i = p_parent + R_parent · (rest_i − rest_parent), written out (no boxed arguments)
    const vx = rest[i * 3]! - rest[p * 3]!;
    const vy = rest[i * 3 + 1]! - rest[p * 3 + 1]!;
    const vz = rest[i * 3 + 2]! - rest[p * 3 + 2]!;
    const qx = worldRot[p * 4]!;
    const qy = worldRot[p * 4 + 1]!;
    const qz = worldRot[p * 4 + 2]!;
    const qw = worldRot[p * 4 + 3]!;
    const cx = qy * vz - qz * vy;
    const cy = qz * vx - qx * vz;
    const cz = qx * vy - qy * vx;
    worldPos[i * 3] = worldPos[p * 3]! + vx + 2 * (qw * cx + (qy * cz - qz * cy));
    worldPos[i * 3 + 1] = worldPos[p * 3 + 1]! + vy + 2 * (qw * cy + (qz * cx - qx * cz));
    worldPos[i * 3 + 2] = worldPos[p * 3 + 2]! + vz + 2 * (qw * cz + (qx * cy - qy * cx));
  }
}

/** out = q · v, q read from rot at qo (vector passed as an array so no number is boxed). */
function rotateInto(out: Vec3, rot: Float64Array, qo: number, v: ReadonlyVec3) {
  const x = rot[qo]!,
    y = rot[qo + 1]!,
    z = rot[qo + 2]!,
    w = rot[qo + 3]!;
  const vx = v[0],
    vy = v[1],
    vz = v[2];
  const cx = y * vz - z * vy;
  const cy = z * vx - x * vz;
  const cz = x * vy - y * vx;
  out[0] = vx + 2 * (w * cx + (y * cz - z * cy));
  out[1] = vy + 2 * (w * cy + (z * cx - x * cz));
  out[2] = vz + 2 * (w * cz + (x * cy - y * cx));
}

export function jointIndex(sk: Skeleton, id: string): number {
  const i = sk.index.get(id);
  if (i === undefined) throw new Error(`unknown joint '${id}'`);
  return i;
}

/** World position of a point given in joint i's rest frame as an offset from the joint. */
export function pointToWorld(sk: Skeleton, i: number, offset: ReadonlyVec3, out: Vec3): Vec3 {
  rotateInto(out, sk.worldRot, i * 4, offset);
  out[0] += sk.worldPos[i * 3]!;
  out[1] += sk.worldPos[i * 3 + 1]!;
  out[2] += sk.worldPos[i * 3 + 2]!;
  return out;
}

/** World direction of a vector given in joint i's rest frame (rotation only). */
export function directionToWorld(sk: Skeleton, i: number, v: ReadonlyVec3, out: Vec3): Vec3 {
  rotateInto(out, sk.worldRot, i * 4, v);
  return out;
}

/** World position of joint i. */
export function jointPosition(sk: Skeleton, i: number, out: Vec3): Vec3 {
  out[0] = sk.worldPos[i * 3]!;
  out[1] = sk.worldPos[i * 3 + 1]!;
  out[2] = sk.worldPos[i * 3 + 2]!;
  return out;
}

/** Local rotation of joint i as a quaternion [x, y, z, w]. */
export function localRotation(sk: Skeleton, i: number): [number, number, number, number] {
  const o = i * 4;
  return [sk.local[o]!, sk.local[o + 1]!, sk.local[o + 2]!, sk.local[o + 3]!];
}
