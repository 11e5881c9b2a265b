import { STOOL_TOP, TABLE_TOP } from './placement';

/** A treatment table, head end toward −Z, long enough for the lying patient. */
export function TreatmentTable() {
  return (
    <group>
      <mesh position={[0, TABLE_TOP - 0.04, 0]} castShadow>
        <boxGeometry args={[0.68, 0.08, 2.0]} />
        <meshStandardMaterial color="#2f5f73" roughness={0.7} />
      </mesh>
      {[-0.28, 0.28].flatMap((x) =>
        [-0.9, 0.9].map((z) => (
          <mesh key={`${x}${z}`} position={[x, (TABLE_TOP - 0.08) / 2, z]}>
            <boxGeometry args={[0.05, TABLE_TOP - 0.08, 0.05]} />
            <meshStandardMaterial color="#8a939c" metalness={0.3} roughness={0.5} />
          </mesh>
        )),
      )}
    </group>
  );
}

/** A round stool for the seated patient. */
export function Stool() {
  return (
    <group>
      <mesh position={[0, STOOL_TOP - 0.03, -0.05]}>
        <cylinderGeometry args={[0.2, 0.2, 0.06, 32]} />
        <meshStandardMaterial color="#2f5f73" roughness={0.7} />
      </mesh>
      <mesh position={[0, (STOOL_TOP - 0.06) / 2, -0.05]}>
        <cylinderGeometry args={[0.03, 0.05, STOOL_TOP - 0.06, 16]} />
        <meshStandardMaterial color="#8a939c" metalness={0.3} />
      </mesh>
    </group>
  );
}
