import { Vector3, type Matrix4, type Mesh } from 'three';
import type { TimelineFrame } from '../../domain/timeline';
import { placeHand } from './hand-placement';
import { syncXray } from './hand-xray';
import { operatorShoulder, operatorSide, type Stance } from './operator-stance';

// Scratch objects at module scope: posing the operator allocates nothing per frame.
const contactW = new Vector3();
const normalW = new Vector3();
const shoulders = [new Vector3(), new Vector3()] as const;

/** The body placement on the table for one playback (see placement.ts and TechniqueStage). */
export interface StageFrame {
  /** Body frame → world. */
  placement: Matrix4;
  placementInv: Matrix4;
  /** The world's up direction in the body frame. */
  upInBody: Vector3;
  stance: Stance;
}

/**
 * Places both operator hands and forearms for a frame: where the operator stands (the script's
 * stance, else the side of the hands), then each hand on its contact (hand-placement.ts). Every
 * shown hand and forearm carries its see-through twin (hand-xray.ts): hands under the patient
 * (CV4, sacrum), behind a limb or on the far side after the user orbits stay visible.
 * Returns the world shoulder of each hand in `shouldersOut` when given (tests read it).
 */
export function poseOperator(
  frame: TimelineFrame,
  stage: StageFrame,
  hands: readonly (Mesh | null)[],
  forearms: readonly (Mesh | null)[],
  shouldersOut?: readonly [Vector3, Vector3],
): void {
  const lying = frame.patientPosition !== 'seated' && frame.patientPosition !== 'standing';
  let sumX = 0;
  for (let i = 0; i < 2; i++) {
    const h = frame.hands[i]!;
    if (h.visible) sumX += contactW.fromArray(h.position).applyMatrix4(stage.placement).x;
  }
  const handsSide = operatorSide(sumX, 1);
  for (let i = 0; i < 2; i++) {
    const hand = hands[i];
    const forearm = forearms[i];
    const h = frame.hands[i]!;
    if (!hand || !forearm) continue;
    contactW.fromArray(h.position).applyMatrix4(stage.placement);
    normalW.fromArray(h.normal).transformDirection(stage.placement);
    const shoulder = operatorShoulder(
      contactW,
      normalW,
      lying,
      stage.stance,
      handsSide,
      shoulders[i]!,
    );
    shouldersOut?.[i]!.copy(shoulder);
    shoulder.applyMatrix4(stage.placementInv);
    placeHand(hand, forearm, h, shoulder, stage.upInBody);
    // The twin draws only where something hides the hand, so it costs nothing visible on a hand
    // in plain view; it follows the hand's visibility.
    syncXray(hand, hand.visible);
    syncXray(forearm, forearm.visible);
  }
}
