/**
 * The palm faces the skin: for every hand resting on its contact, in every phase of every script
 * and for both sides, the normal of the placed hand's palm (geometry, shape tilt and placement
 * together) is compared with the skin's own normal there — the gradient of the skin's signed
 * distance field at the contact, carried from the rest pose to the posed anchor joint. The force is
 * a separate arrow and must not tilt the hand.
 */
import { Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { JOINTS } from '../../../src/body/rig';
import { evalItems } from '../../../src/body/sdf';
import { skinItems } from '../../../src/body/skin';
import type { HandShape } from '../../../src/content/animation-schema';
import { animations } from '../../../src/content/animations';
import type { Side } from '../../../src/content/ids';
import type { Skeleton } from '../../../src/domain/kinematics';
import { handModel } from '../../../src/scene/technique/hand-geometry';
import { eachSettledPhase } from './operator-fixture';

const items = skinItems();
const sdf = (x: number, y: number, z: number) => evalItems(items, x, y, z);
const rest = new Map(JOINTS.map((j) => [j.id, j.position]));
/** Shapes that touch with the palm itself: it must lie on the skin. */
const FLAT: readonly HandShape[] = ['flat-palm', 'cupped'];
const FLAT_LIMIT = 30;
/** Heel of the hand, thumb, finger pads: the palm rolls a little off the skin by design. */
const OTHER_LIMIT = 35;

const jq = new Quaternion();
const rel = new Vector3();
const grad = new Vector3();
const palm = new Vector3();

/** Inward skin normal at a posed point on joint `j`'s segment (body frame). */
function skinNormal(sk: Skeleton, j: number, anchor: string, at: readonly number[]): Vector3 {
  jq.fromArray(sk.worldRot, j * 4);
  rel
    .set(
      at[0]! - sk.worldPos[j * 3]!,
      at[1]! - sk.worldPos[j * 3 + 1]!,
      at[2]! - sk.worldPos[j * 3 + 2]!,
    )
    .applyQuaternion(jq.clone().invert());
  const r = rest.get(anchor)!;
  const x = r[0] + rel.x;
  const y = r[1] + rel.y;
  const z = r[2] + rel.z;
  const h = 1e-4;
  grad.set(
    sdf(x + h, y, z) - sdf(x - h, y, z),
    sdf(x, y + h, z) - sdf(x, y - h, z),
    sdf(x, y, z + h) - sdf(x, y, z - h),
  );
  return grad.normalize().negate().applyQuaternion(jq);
}

interface Deviation {
  where: string;
  shape: HandShape;
  degrees: number;
}

function deviations(): Deviation[] {
  const out: Deviation[] = [];
  for (const [id, input] of Object.entries(animations))
    for (const side of ['left', 'right'] as Side[])
      eachSettledPhase(input, side, ({ frame, timeline, hands }, phaseId) => {
        frame.hands.forEach((h, i) => {
          if (!h.inContact || !h.anchor) return;
          const hand = hands[i]!;
          // Out of the palm = into the patient; the left hand is the mirrored model.
          palm.copy(handModel(h.shape).palmNormal);
          palm.x *= hand.scale.x;
          palm.applyQuaternion(hand.quaternion);
          const sk = timeline.skeleton;
          const skin = skinNormal(sk, sk.index.get(h.anchor)!, h.anchor, h.position);
          out.push({
            where: `${id} (${side}) ${phaseId} ${h.side} hand, ${h.shape}`,
            shape: h.shape,
            degrees: (palm.angleTo(skin) * 180) / Math.PI,
          });
        });
      });
  return out;
}

describe('palms face the skin', () => {
  const all = deviations();

  it('checks hands of every shape', () => {
    expect(all.length).toBeGreaterThan(200);
    expect(all.some((d) => FLAT.includes(d.shape))).toBe(true);
  });

  it(`a flat palm lies within ${FLAT_LIMIT}° of the skin's normal`, () => {
    const bad = all
      .filter((d) => FLAT.includes(d.shape) && d.degrees > FLAT_LIMIT)
      .map((d) => `${d.where}: ${d.degrees.toFixed(0)}°`);
    expect(bad).toEqual([]);
  });

  it(`any other hand shape rolls at most ${OTHER_LIMIT}° off it`, () => {
    const bad = all
      .filter((d) => !FLAT.includes(d.shape) && d.degrees > OTHER_LIMIT)
      .map((d) => `${d.where}: ${d.degrees.toFixed(0)}°`);
    expect(bad).toEqual([]);
  });
});
