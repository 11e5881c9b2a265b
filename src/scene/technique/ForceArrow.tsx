import type { Group } from 'three';
import { Vector3 } from 'three';
import type { ArrowKind } from '../../content/animation-schema';
import type { ArrowFrame } from '../../domain/timeline';

export const ARROW_COLORS: Record<ArrowKind, string> = { operator: '#ffb02e', patient: '#35d0ff' };
/** Length of an arrow of strength 1 (m); strength 0 draws 55 % of it. */
const FULL_LENGTH = 0.2;
const SHAFT = 0.6;
const UP = new Vector3(0, 1, 0);
const dir = new Vector3();
const outward = new Vector3();

/**
 * A force arrow along +Y, drawn at unit length and scaled per phase. The operator's force is one
 * solid shaft with one head; the patient's own effort a dashed shaft with a double head, so the two
 * differ by shape as well as by colour (and by the words of their labels).
 */
export function ForceArrow({
  arrowRef,
  kind,
}: {
  arrowRef: (g: Group | null) => void;
  kind: ArrowKind;
}) {
  const color = ARROW_COLORS[kind];
  const mat = <meshStandardMaterial color={color} emissive={color} emissiveIntensity={0.55} />;
  return (
    <group ref={arrowRef} visible={false}>
      {kind === 'operator' ? (
        <>
          <mesh position={[0, SHAFT / 2, 0]}>
            <cylinderGeometry args={[0.045, 0.045, SHAFT, 12]} />
            {mat}
          </mesh>
          <mesh position={[0, SHAFT + 0.2, 0]}>
            <coneGeometry args={[0.13, 0.4, 18]} />
            {mat}
          </mesh>
        </>
      ) : (
        <>
          {[0.08, 0.3].map((y) => (
            <mesh key={y} position={[0, y, 0]}>
              <cylinderGeometry args={[0.04, 0.04, 0.14, 12]} />
              {mat}
            </mesh>
          ))}
          {[0.56, 0.8].map((y) => (
            <mesh key={y} position={[0, y, 0]}>
              <coneGeometry args={[0.12, 0.2, 18]} />
              {mat}
            </mesh>
          ))}
        </>
      )}
    </group>
  );
}

/**
 * Places an arrow for one frame. A force toward the inside of the body (a push) ends with its
 * head on the skin; any other force starts on the skin. `inside` is a point inside the body near
 * the arrow (its anchor joint), body frame. Returns where its label points in `mid` (body frame).
 */
export function placeArrow(g: Group, arrow: ArrowFrame, inside: Vector3, mid: Vector3): void {
  g.visible = true;
  dir.fromArray(arrow.dir).normalize();
  g.quaternion.setFromUnitVectors(UP, dir);
  const length = FULL_LENGTH * (0.55 + 0.45 * arrow.strength);
  g.scale.setScalar(length);
  g.position.fromArray(arrow.from);
  outward.copy(g.position).sub(inside);
  const push = outward.dot(dir) < 0;
  if (push) g.position.addScaledVector(dir, -length * 1.04);
  else g.position.addScaledVector(dir, length * 0.04);
  // The label points at the end away from the skin, so it does not sit on the hands.
  mid.copy(g.position).addScaledVector(dir, push ? length * 0.15 : length * 0.85);
}
