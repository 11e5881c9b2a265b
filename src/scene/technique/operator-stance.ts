import { Vector3, type Matrix4 } from 'three';
import type { OperatorStance } from '../../content/animation-schema';
import type { Side } from '../../content/ids';
import { TABLE_TOP } from './placement';

/** Lying patients have the head toward −Z; contacts beyond this z are worked from the head end. */
const HEAD_END_Z = -0.45;
const HEAD_OF_TABLE_Z = -1.45;
const FOOT_OF_TABLE_Z = 1.45;
/** How far beside the table's midline the operator stands (m). */
const BESIDE = 0.85;
/** Height of the operator's shoulders above the table, and of forearms resting on it. */
const SHOULDERS = 0.6;
const RESTING = 0.08;

/**
 * Where the operator works from, resolved for one playback: `auto` (beside the table on the side
 * of the hands, at the head for head and neck contacts), `beside` on `side` (±1 along world X), or
 * at the `head` / `foot` end of the table.
 */
export interface Stance {
  mode: 'auto' | 'beside' | 'head' | 'foot';
  side: number;
}

const bodyX = new Vector3();

/**
 * Resolves a script's `operatorSide` for the side it was compiled for and the patient's placement
 * on the table (body frame → world): `same` is the side of the picked (treated) half of the body,
 * wherever the placement turns it (a prone patient's left is at world −X).
 */
export function resolveStance(
  operatorSide: OperatorStance | undefined,
  side: Side,
  placement: Matrix4,
  out: Stance,
): Stance {
  out.side = 1;
  if (operatorSide === undefined) out.mode = 'auto';
  else if (operatorSide === 'head' || operatorSide === 'foot') out.mode = operatorSide;
  else {
    // +X of the body frame is the figure's left.
    const picked = side === 'left' ? 1 : -1;
    bodyX.set(operatorSide === 'same' ? picked : -picked, 0, 0).transformDirection(placement);
    // A side-lying patient's left–right axis is vertical: the text's side cannot apply there.
    if (Math.abs(bodyX.x) < 0.5) out.mode = 'auto';
    else {
      out.mode = 'beside';
      out.side = Math.sign(bodyX.x);
    }
  }
  return out;
}

/**
 * Where the operator's shoulder is for a hand on a contact (world space), so that forearms come
 * from where the operator stands and fingers point away from the operator: at the head (or foot)
 * of the table, or beside it on the stance's side; forearms rest on the table when the hand is
 * under the patient (palm up). In `auto`, head and neck contacts are worked from the head end and
 * the rest from `handsSide` (the side of the hands). For a seated or standing patient the
 * operator stands off the skin, in front of the contact.
 */
export function operatorShoulder(
  contact: Vector3,
  normal: Vector3,
  lying: boolean,
  stance: Stance,
  handsSide: number,
  out: Vector3,
): Vector3 {
  if (!lying) {
    out.copy(contact).addScaledVector(normal, -0.55);
    out.y = contact.y + 0.15;
    return out;
  }
  const under = normal.y > 0.5;
  const y = TABLE_TOP + (under ? RESTING : SHOULDERS);
  const mode = stance.mode === 'auto' && contact.z < HEAD_END_Z ? 'head' : stance.mode;
  if (mode === 'head') return out.set(contact.x * 0.5, y, HEAD_OF_TABLE_Z);
  if (mode === 'foot') return out.set(contact.x * 0.5, y, FOOT_OF_TABLE_Z);
  const side = mode === 'beside' ? stance.side : handsSide;
  return out.set(side * BESIDE, y, contact.z + 0.12);
}

/** The side of the table the hands are on (±1 along world X), else `fallback`. */
export function operatorSide(meanHandX: number, fallback: number): number {
  return Math.abs(meanHandX) > 0.04 ? Math.sign(meanHandX) : fallback;
}
