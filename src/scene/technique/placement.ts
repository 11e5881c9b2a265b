import { Euler, Matrix4, Quaternion, Vector3 } from 'three';
import type { PatientPosition } from '../../content/ids';

export const TABLE_TOP = 0.74;
export const STOOL_TOP = 0.5;

/**
 * Where the standing body (feet at y = 0, facing +Z, its left at +X) goes for each patient
 * position: lying on the table with the head towards −Z, or seated on the stool.
 */
export function placementMatrix(position: PatientPosition, out = new Matrix4()): Matrix4 {
  const q = new Quaternion();
  const t = new Vector3();
  switch (position) {
    case 'supine': // face up: the front (+Z) turns to +Y
      q.setFromEuler(new Euler(-Math.PI / 2, 0, 0));
      t.set(0, TABLE_TOP + 0.12, 0.9);
      break;
    case 'prone': // face down: the back turns up, head towards −Z
      q.setFromEuler(new Euler(Math.PI / 2, Math.PI, 0, 'YXZ'));
      t.set(0, TABLE_TOP + 0.12, 0.9);
      break;
    case 'side-lying-left': // lying on the left side: the figure's left (+X) down
      q.setFromEuler(new Euler(-Math.PI / 2, 0, -Math.PI / 2, 'ZXY'));
      t.set(0, TABLE_TOP + 0.2, 0.9);
      break;
    case 'side-lying-right':
      q.setFromEuler(new Euler(-Math.PI / 2, 0, Math.PI / 2, 'ZXY'));
      t.set(0, TABLE_TOP + 0.2, 0.9);
      break;
    case 'seated': // pelvis on the stool
      t.set(0, STOOL_TOP - 0.9, 0);
      break;
    case 'standing':
      break;
  }
  return out.compose(t, q, new Vector3(1, 1, 1));
}
