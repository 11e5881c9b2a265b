import { Matrix4, Vector3, type Mesh, type Object3D } from 'three';
import type { HandFrame } from '../../domain/timeline';
import { handModel } from './hand-geometry';

// Scratch objects at module scope: placing hands allocates nothing per frame.
const back = new Vector3();
const along = new Vector3();
const across = new Vector3();
const wrist = new Vector3();
const arm = new Vector3();
const armAcross = new Vector3();
const armDepth = new Vector3();
const toShoulder = new Vector3();
const basis = new Matrix4();
/** Gap between the glove and the skin, so the two surfaces do not flicker into each other. */
const SKIN_GAP = 0.003;
/** Forearms rise at least this much (sine of the angle) above the horizontal: never into the table. */
const MIN_RISE = 0.05;
/** Weight of the shape's own wrist angle against the pull toward the operator's shoulder. */
const NATURAL_WRIST = 0.6;

/**
 * Puts one operator hand (and its forearm) on its contact: the shape's contact part on the skin
 * point, palm normal into the patient, fingers along the script's direction or else pointing away
 * from the operator, the forearm from the wrist toward the operator's shoulder (unless the script
 * gives its direction).
 *
 * Vectors are in the body frame the stage uses: `shoulder` is where the operator's shoulder is
 * (see operator-stance.ts), `upInBody` the world's up direction (the patient may lie on the
 * table), so forearms can be kept above the horizontal.
 */
export function placeHand(
  hand: Mesh,
  forearm: Object3D,
  frame: HandFrame,
  shoulder: Vector3,
  upInBody: Vector3,
): void {
  hand.visible = frame.visible;
  forearm.visible = frame.visible;
  if (!frame.visible) return;
  const model = handModel(frame.shape);
  if (hand.geometry !== model.geometry) hand.geometry = model.geometry;
  const mirror = frame.side === 'left' ? -1 : 1;

  back.fromArray(frame.normal).negate().normalize(); // the back of the hand, away from the body
  along.fromArray(frame.fingers);
  // By default the fingers point away from the operator, along the skin, and level rather than
  // down (a palm on the top of the head points its fingers along the head, not at the floor).
  if (along.lengthSq() < 1e-6) {
    along.fromArray(frame.position).sub(shoulder);
    along.addScaledVector(upInBody, -along.dot(upInBody));
  }
  along.addScaledVector(back, -along.dot(back));
  if (along.lengthSq() < 1e-4) along.set(0, 1, 0).addScaledVector(back, -back.y);
  if (along.lengthSq() < 1e-4) along.set(0, 0, 1).addScaledVector(back, -back.z);
  along.normalize();
  across.crossVectors(back, along).normalize();
  basis.makeBasis(across, back, along);
  hand.quaternion.setFromRotationMatrix(basis);
  hand.scale.set(mirror, 1, 1);
  hand.position.fromArray(frame.position).addScaledVector(back, SKIN_GAP);

  // Wrist and forearm direction of the shape, carried into the body frame.
  wrist.set(model.wrist.x * mirror, model.wrist.y, model.wrist.z).applyQuaternion(hand.quaternion);
  wrist.add(hand.position);
  const scripted = frame.forearm;
  const byDefault =
    scripted[0] * back.x + scripted[1] * back.y + scripted[2] * back.z > 0.999 ||
    scripted[0] * scripted[0] + scripted[1] * scripted[1] + scripted[2] * scripted[2] < 1e-6;
  if (byDefault) {
    arm
      .set(model.forearm.x * mirror, model.forearm.y, model.forearm.z)
      .applyQuaternion(hand.quaternion)
      .multiplyScalar(NATURAL_WRIST);
    arm.add(toShoulder.copy(shoulder).sub(wrist).normalize());
  } else arm.fromArray(scripted);
  const rise = arm.dot(upInBody);
  if (rise < MIN_RISE) arm.addScaledVector(upInBody, MIN_RISE - rise);
  arm.normalize();

  // Forearm frame: +Y along the arm, X across it like the hand's thumb–little-finger axis.
  armAcross.copy(across).addScaledVector(arm, -across.dot(arm));
  if (armAcross.lengthSq() < 1e-4) armAcross.copy(back).addScaledVector(arm, -back.dot(arm));
  armAcross.normalize();
  armDepth.crossVectors(armAcross, arm);
  basis.makeBasis(armAcross, arm, armDepth);
  forearm.quaternion.setFromRotationMatrix(basis);
  forearm.position.copy(wrist);
}
