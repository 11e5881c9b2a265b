import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Group, Matrix4, Vector3, type Object3D } from 'three';
import type { TimelineFrame } from '../../domain/timeline';
import { wrapTime } from '../../domain/timeline';
import { useAppStore } from '../../state/store';
import { bodyRuntime } from '../body-runtime';
import { evaluateAt, loadPlayback, playbackRuntime } from './playback-runtime';
import { placementMatrix, STOOL_TOP, TABLE_TOP } from './placement';

// Scratch objects at module scope: the frame loop allocates nothing.
const m4 = new Matrix4();
const basis = new Matrix4();
const v1 = new Vector3();
const v2 = new Vector3();
const v3 = new Vector3();
const UP = new Vector3(0, 1, 0);
const ARROW_COLORS = { operator: '#ffb02e', patient: '#35d0ff' } as const;
const MAX_ARROWS = 3;

function jointBones(root: Object3D): Map<string, Object3D> {
  const map = new Map<string, Object3D>();
  root.traverse((o) => {
    if (o.userData['joint'] && typeof o.userData['id'] === 'string') map.set(o.userData['id'], o);
  });
  return map;
}

function TreatmentTable() {
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

function Stool() {
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

/** One operator hand: palm, fingers and forearm, placed each frame from the timeline. */
function OperatorHand({ handRef }: { handRef: (g: Group | null) => void }) {
  return (
    <group ref={handRef} visible={false}>
      <mesh position={[0, 0, 0]}>
        <boxGeometry args={[0.085, 0.024, 0.095]} />
        <meshStandardMaterial color="#7fa7c9" roughness={0.55} />
      </mesh>
      <mesh position={[0, -0.002, 0.085]}>
        <boxGeometry args={[0.078, 0.018, 0.08]} />
        <meshStandardMaterial color="#7fa7c9" roughness={0.55} />
      </mesh>
      <mesh name="forearm" position={[0, 0.01, -0.17]} rotation={[Math.PI / 2, 0, 0]}>
        <cylinderGeometry args={[0.03, 0.038, 0.26, 16]} />
        <meshStandardMaterial color="#5d7f9c" roughness={0.6} />
      </mesh>
    </group>
  );
}

/** A force arrow: shaft and head, scaled by strength. */
function ForceArrow({ arrowRef, color }: { arrowRef: (g: Group | null) => void; color: string }) {
  return (
    <group ref={arrowRef} visible={false}>
      <mesh position={[0, 0.06, 0]}>
        <cylinderGeometry args={[0.008, 0.008, 0.12, 12]} />
        <meshStandardMaterial color={color} emissive={color} emissiveIntensity={0.5} />
      </mesh>
      <mesh position={[0, 0.14, 0]}>
        <coneGeometry args={[0.022, 0.05, 16]} />
        <meshStandardMaterial color={color} emissive={color} emissiveIntensity={0.5} />
      </mesh>
    </group>
  );
}

function placeHand(g: Group, hand: TimelineFrame['hands'][number]) {
  g.visible = hand.visible;
  if (!hand.visible) return;
  // Palm normal points into the body; the hand sits on the surface, fingers along `fingers`.
  v1.fromArray(hand.normal).negate().normalize(); // back of the hand, away from the body
  v2.fromArray(hand.fingers);
  if (v2.lengthSq() < 1e-6) v2.set(0, 1, 0);
  v2.addScaledVector(v1, -v2.dot(v1)).normalize();
  v3.crossVectors(v1, v2).normalize();
  basis.makeBasis(v3, v1, v2);
  g.quaternion.setFromRotationMatrix(basis);
  g.position.fromArray(hand.position).addScaledVector(v1, 0.014);
}

function placeArrow(g: Group, arrow: TimelineFrame['arrows'][number]) {
  g.visible = true;
  v1.fromArray(arrow.dir).normalize();
  g.quaternion.setFromUnitVectors(UP, v1);
  g.position.fromArray(arrow.from);
  g.scale.setScalar(0.7 + 0.6 * arrow.strength);
}

/**
 * The technique on the body: the patient placed on the table (or stool) and posed by the timeline,
 * the operator's hands and forearms at their contacts, and force arrows for the operator and for
 * the patient's own effort. Time advances here, in the frame loop, while playing.
 */
export function TechniqueStage({ ready }: { ready: boolean }) {
  const page = useAppStore((s) => s.page);
  const content = useAppStore((s) => s.content);
  const playing = useAppStore((s) => s.playing);
  const committed = useAppStore((s) => s.time);
  const invalidate = useThree((s) => s.invalidate);
  const stage = useRef<Group>(null);
  const hands = useRef<(Group | null)[]>([null, null]);
  const arrows = useRef<(Group | null)[]>([]);
  const active = ready && page.kind === 'technique';
  const playback = useMemo(
    () =>
      active && page.kind === 'technique' ? loadPlayback(content, page.variant, page.side) : null,
    [active, page, content],
  );
  const bones = useMemo(
    () => (ready && bodyRuntime.scene ? jointBones(bodyRuntime.scene) : new Map()),
    [ready],
  );
  const position = playback?.timeline.patientPosition ?? 'standing';
  const support = playback?.timeline.support ?? 'none';

  const apply = (frame: TimelineFrame | null) => {
    if (!frame || !playback) return;
    const sk = playback.timeline.skeleton;
    sk.ids.forEach((id, i) => {
      const bone = bones.get(id);
      if (bone)
        bone.quaternion.set(
          sk.local[i * 4]!,
          sk.local[i * 4 + 1]!,
          sk.local[i * 4 + 2]!,
          sk.local[i * 4 + 3]!,
        );
    });
    hands.current.forEach((g, i) => g && placeHand(g, frame.hands[i]!));
    // Operator and patient arrows come from separate pools so each keeps its colour.
    let op = 0;
    let pt = 0;
    for (const a of frame.arrows) {
      const i = a.kind === 'operator' ? op++ : MAX_ARROWS + pt++;
      const g = arrows.current[i];
      if (g && (a.kind === 'operator' ? op : pt) <= MAX_ARROWS) placeArrow(g, a);
    }
    for (let i = op; i < MAX_ARROWS; i++) {
      const g = arrows.current[i];
      if (g) g.visible = false;
    }
    for (let i = MAX_ARROWS + pt; i < 2 * MAX_ARROWS; i++) {
      const g = arrows.current[i];
      if (g) g.visible = false;
    }
  };

  // Place the body for the patient position; put it back (standing, rest pose) when leaving.
  useEffect(() => {
    const body = bodyRuntime.scene;
    if (!body || !playback) return;
    placementMatrix(position, m4);
    m4.decompose(body.position, body.quaternion, body.scale);
    stage.current?.position.copy(body.position);
    stage.current?.quaternion.copy(body.quaternion);
    // Look at the patient on the table (or stool) from the operator's side, unless the link
    // brought its own camera.
    const state = useAppStore.getState();
    if (!state.consumeCameraFromLink()) {
      const lying = position !== 'seated' && position !== 'standing';
      state.requestCamera(
        lying
          ? { position: [2.5, 2.3, 1.5], target: [0, 0.45, 0] }
          : { position: [1.9, 1.5, 2.3], target: [0, 0.55, 0] },
        { glide: true },
      );
    }
    return () => {
      body.position.set(0, 0, 0);
      body.quaternion.identity();
      for (const bone of bones.values()) bone.quaternion.identity();
      invalidate();
    };
  }, [playback, position, bones, invalidate]);

  // Paused or scrubbed: show the committed time.
  useEffect(() => {
    if (!playback) return;
    apply(evaluateAt(committed));
    invalidate();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- apply reads refs only
  }, [playback, committed, invalidate]);

  // The canvas draws on demand: starting playback must ask for the first frame.
  useEffect(() => {
    if (playing) invalidate();
  }, [playing, invalidate]);

  useFrame((_, delta) => {
    if (!playback || !playing) return;
    const { speed, loop } = useAppStore.getState();
    const duration = playback.timeline.duration;
    const next = playbackRuntime.time + delta * speed;
    if (next >= duration && !loop) {
      apply(evaluateAt(duration));
      useAppStore.getState().pause();
      useAppStore.getState().seek(duration);
      return;
    }
    apply(evaluateAt(wrapTime(next, duration, loop)));
    invalidate();
  });

  if (!playback) return null;
  return (
    <>
      {support === 'table' && <TreatmentTable />}
      {support === 'stool' && <Stool />}
      <group ref={stage}>
        {[0, 1].map((i) => (
          <OperatorHand key={i} handRef={(g) => (hands.current[i] = g)} />
        ))}
        {Array.from({ length: 2 * MAX_ARROWS }, (_, i) => (
          <ForceArrow
            key={i}
            color={i < MAX_ARROWS ? ARROW_COLORS.operator : ARROW_COLORS.patient}
            arrowRef={(g) => (arrows.current[i] = g)}
          />
        ))}
      </group>
    </>
  );
}
