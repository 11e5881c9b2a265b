/**
 * Clinical posing of the rig without three.js: `applyClinicalPose(rig, {'hip.left': {flexion: 90}})`
 * returns, for every joint named in the pose, its local rotation as a quaternion [x, y, z, w].
 *
 * Each joint lists its motions (e.g. hip: flexion, abduction, internalRotation) with a local axis;
 * positive degrees produce the named motion, negative degrees the opposite one (flexion −20 =
 * extension 20). Several motions on one joint compose as intrinsic rotations in the order the joint
 * lists them (q = q_first · q_second · …). Rest rotations are identity, so the result is the joint's
 * full local rotation. Unknown joints or motions throw, so typos in animation scripts surface.
 */
import type { RigDescription, Vec3 } from './rig';

export type Quat = [number, number, number, number];
export type ClinicalPose = Record<string, Record<string, number>>;

export function axisAngle(axis: Vec3, degrees: number): Quat {
  const len = Math.hypot(axis[0], axis[1], axis[2]) || 1;
  const h = (degrees * Math.PI) / 180 / 2;
  const s = Math.sin(h) / len;
  return [axis[0] * s, axis[1] * s, axis[2] * s, Math.cos(h)];
}

export function quatMultiply(a: Quat, b: Quat): Quat {
  const [ax, ay, az, aw] = a;
  const [bx, by, bz, bw] = b;
  return [
    aw * bx + ax * bw + ay * bz - az * by,
    aw * by - ax * bz + ay * bw + az * bx,
    aw * bz + ax * by - ay * bx + az * bw,
    aw * bw - ax * bx - ay * by - az * bz,
  ];
}

export function rotateVector(q: Quat, v: Vec3): [number, number, number] {
  const [x, y, z, w] = q;
  // v + 2w(q×v) + 2 q×(q×v)
  const cx = y * v[2] - z * v[1];
  const cy = z * v[0] - x * v[2];
  const cz = x * v[1] - y * v[0];
  const ccx = y * cz - z * cy;
  const ccy = z * cx - x * cz;
  const ccz = x * cy - y * cx;
  return [v[0] + 2 * (w * cx + ccx), v[1] + 2 * (w * cy + ccy), v[2] + 2 * (w * cz + ccz)];
}

export function applyClinicalPose(rig: RigDescription, pose: ClinicalPose): Record<string, Quat> {
  const out: Record<string, Quat> = {};
  const byId = new Map(rig.joints.map((j) => [j.id, j]));
  for (const [jointId, motions] of Object.entries(pose)) {
    const joint = byId.get(jointId);
    if (!joint) throw new Error(`applyClinicalPose: unknown joint '${jointId}'`);
    for (const m of Object.keys(motions))
      if (!(m in joint.motions))
        throw new Error(`applyClinicalPose: joint '${jointId}' has no motion '${m}'`);
    let q: Quat = [0, 0, 0, 1];
    for (const [m, axis] of Object.entries(joint.motions)) {
      const deg = motions[m];
      if (deg === undefined || deg === 0) continue;
      q = quatMultiply(q, axisAngle(axis, deg));
    }
    out[jointId] = q;
  }
  return out;
}

/**
 * Spreads one spinal motion over a run of segments (e.g. trunk rotation 30° over T1…L5), equal
 * shares, returning a pose fragment to merge into a ClinicalPose.
 */
export function spreadOverSegments(
  segmentIds: readonly string[],
  motion: string,
  degrees: number,
): ClinicalPose {
  const out: ClinicalPose = {};
  for (const id of segmentIds) out[id] = { [motion]: degrees / segmentIds.length };
  return out;
}
