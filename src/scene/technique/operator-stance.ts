import type { Vector3 } from 'three';
import { TABLE_TOP } from './placement';

/** Lying patients have the head toward −Z; contacts beyond this z are worked from the head end. */
const HEAD_END_Z = -0.45;
const HEAD_OF_TABLE_Z = -1.45;
/** How far beside the table's midline the operator stands (m). */
const BESIDE = 0.85;
/** Height of the operator's shoulders above the table, and of forearms resting on it. */
const SHOULDERS = 0.6;
const RESTING = 0.08;

/**
 * Where the operator's shoulder is for a hand on a contact (world space), so that forearms come
 * from where the operator stands and fingers point away from the operator: at the head of the
 * table for the head and neck, beside the table (on `side`, ±1 along X) elsewhere; forearms rest
 * on the table when the hand is under the patient (palm up). For a seated or standing patient the
 * operator stands off the skin, in front of the contact.
 */
export function operatorShoulder(
  contact: Vector3,
  normal: Vector3,
  lying: boolean,
  side: number,
  out: Vector3,
): Vector3 {
  if (!lying) {
    out.copy(contact).addScaledVector(normal, -0.55);
    out.y = contact.y + 0.15;
    return out;
  }
  const under = normal.y > 0.5;
  const y = TABLE_TOP + (under ? RESTING : SHOULDERS);
  if (contact.z < HEAD_END_Z) return out.set(contact.x * 0.5, y, HEAD_OF_TABLE_Z);
  return out.set(side * BESIDE, y, contact.z + 0.12);
}

/** The side of the table the operator works from: the side of the hands, else `fallback`. */
export function operatorSide(meanHandX: number, fallback: number): number {
  return Math.abs(meanHandX) > 0.04 ? Math.sign(meanHandX) : fallback;
}
