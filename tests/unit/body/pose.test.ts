// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  applyClinicalPose,
  axisAngle,
  quatMultiply,
  rotateVector,
  spreadOverSegments,
} from '../../../src/body/pose';
import { RIG, jointById } from '../../../src/body/rig';
import type { Vec3 } from '../../../src/body/rig';

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const close = (a: readonly number[], b: readonly number[]) =>
  a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 6));

describe('applyClinicalPose', () => {
  it('knee flexion 90 rotates the knee by 90° about its flexion axis (shin swings backwards)', () => {
    const q = applyClinicalPose(RIG, { 'knee.left': { flexion: 90 } })['knee.left']!;
    const axis = jointById('knee.left').motions.flexion!;
    close(q, axisAngle(axis, 90));
    // rotation angle 90°, about exactly that axis
    expect((2 * Math.acos(q[3]) * 180) / Math.PI).toBeCloseTo(90, 6);
    const s = Math.sqrt(1 - q[3] * q[3]);
    close([q[0] / s, q[1] / s, q[2] / s], axis);
    const shin = sub(jointById('ankle.left').position, jointById('knee.left').position);
    const r = rotateVector(q, shin);
    expect(r[2]).toBeLessThan(-0.4); // ankle now behind the knee
    expect(Math.abs(r[1])).toBeLessThan(0.02);
  });

  it('hip flexion 90 brings the knee forwards; abduction moves the left leg to +X, the right to −X', () => {
    const thigh = sub(jointById('knee.left').position, jointById('hip.left').position);
    const f = rotateVector(
      applyClinicalPose(RIG, { 'hip.left': { flexion: 90 } })['hip.left']!,
      thigh,
    );
    expect(f[2]).toBeGreaterThan(0.4);
    const aL = rotateVector(
      applyClinicalPose(RIG, { 'hip.left': { abduction: 30 } })['hip.left']!,
      thigh,
    );
    expect(aL[0]).toBeGreaterThan(thigh[0] + 0.1);
    const thighR = sub(jointById('knee.right').position, jointById('hip.right').position);
    const aR = rotateVector(
      applyClinicalPose(RIG, { 'hip.right': { abduction: 30 } })['hip.right']!,
      thighR,
    );
    expect(aR[0]).toBeLessThan(thighR[0] - 0.1);
  });

  it('trunk rotation to the left turns the front of the body towards +X', () => {
    const q = applyClinicalPose(RIG, spreadOverSegments(['T1'], 'rotation', 30))['T1']!;
    expect(rotateVector(q, [0, 0, 1])[0]).toBeGreaterThan(0.4);
    const sb = applyClinicalPose(RIG, { L3: { sideBending: 20 } })['L3']!;
    expect(rotateVector(sb, [0, 1, 0])[0]).toBeGreaterThan(0.3); // side-bending left: top goes to +X
  });

  it('composes several motions in the order the joint lists them', () => {
    const q = applyClinicalPose(RIG, { 'shoulder.left': { abduction: 30, flexion: 40 } })[
      'shoulder.left'
    ]!;
    const m = jointById('shoulder.left').motions;
    close(q, quatMultiply(axisAngle(m.flexion!, 40), axisAngle(m.abduction!, 30)));
  });

  it('rejects unknown joints and motions', () => {
    expect(() => applyClinicalPose(RIG, { 'knee.middle': { flexion: 10 } })).toThrow();
    expect(() => applyClinicalPose(RIG, { 'knee.left': { abduction: 10 } })).toThrow();
  });
});
