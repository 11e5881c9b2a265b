import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  Matrix4,
  MeshStandardMaterial,
  PerspectiveCamera,
  Quaternion,
  Vector3,
  type Group,
  type Mesh,
  type Object3D,
} from 'three';
import type { CameraParam } from '../../domain/url';
import type { TimelineFrame } from '../../domain/timeline';
import { advancePlayback } from '../../domain/playback-clock';
import { useAppStore } from '../../state/store';
import { bodyRuntime } from '../body-runtime';
import { ForceArrow, placeArrow } from './ForceArrow';
import {
  ARROW_SLOTS,
  forceLabels,
  MAX_ARROWS,
  projectForceLabels,
  setForceLabel,
  slotKind,
} from './force-labels';
import { buildForearmGeometry, handModel, prepareHandModels } from './hand-geometry';
import { attachXray } from './hand-xray';
import { poseOperator, type StageFrame } from './operator-pose';
import { resolveStance } from './operator-stance';
import { phaseViews } from './phase-framing';
import { evaluateAt, loadPlayback, playbackRuntime, playerTop } from './playback-runtime';
import { placementMatrix, STOOL_TOP, TABLE_TOP } from './placement';
import { Stool, TreatmentTable } from './Supports';

// Scratch objects at module scope: the frame loop allocates nothing.
const placement = new Matrix4();
const placementQ = new Quaternion();
const placementInv = new Matrix4();
const upInBody = new Vector3();
const stageFrame: StageFrame = {
  placement,
  placementInv,
  upInBody,
  stance: { mode: 'auto', side: 1 },
};
const inside = new Vector3();
const mid = new Vector3();
const patientCentre = new Vector3();
const HAND_MATERIAL = new MeshStandardMaterial({ vertexColors: true, roughness: 0.62 });
/** Fallback share of the canvas the player covers, until the player has been laid out. */
const COVERED_GUESS = 0.3;

function jointBones(root: Object3D): Map<string, Object3D> {
  const map = new Map<string, Object3D>();
  root.traverse((o) => {
    if (o.userData['joint'] && typeof o.userData['id'] === 'string') map.set(o.userData['id'], o);
  });
  return map;
}

/** True when an earlier arrow of the same kind in this frame already carries these words. */
function repeatsLabel(frame: TimelineFrame, k: number): boolean {
  const a = frame.arrows[k]!;
  for (let j = 0; j < k; j++) {
    const b = frame.arrows[j]!;
    if (b.kind === a.kind && b.label === a.label) return true;
  }
  return false;
}

/**
 * The technique on the body: the patient placed on the table (or stool) and posed by the timeline,
 * the operator's hands and forearms at their contacts, force arrows for the operator and for the
 * patient's own effort with their magnitude labels beside them, and a camera that frames each
 * phase. Time advances here, in the frame loop, while playing.
 */
export function TechniqueStage({ ready }: { ready: boolean }) {
  const page = useAppStore((s) => s.page);
  const content = useAppStore((s) => s.content);
  const playing = useAppStore((s) => s.playing);
  const committed = useAppStore((s) => s.time);
  const invalidate = useThree((s) => s.invalidate);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const stage = useRef<Group>(null);
  const hands = useRef<(Mesh | null)[]>([null, null]);
  const forearms = useRef<(Mesh | null)[]>([null, null]);
  const arrows = useRef<(Group | null)[]>([]);
  const views = useRef<CameraParam[]>([]);
  const shownPhase = useRef(-1);
  /** Whether the last frame drawn advanced playback: if not, this frame's delta is idle time. */
  const advancing = useRef(false);
  const active = ready && page.kind === 'technique';
  const playback = useMemo(
    () =>
      active && page.kind === 'technique' ? loadPlayback(content, page.variant, page.side) : null,
    [active, page, content],
  );
  const bones = useMemo(
    () =>
      ready && bodyRuntime.scene ? jointBones(bodyRuntime.scene) : new Map<string, Object3D>(),
    [ready],
  );
  // Bones in the skeleton's joint order, so a frame copies rotations without looking ids up.
  const boneList = useMemo(
    () => (playback ? playback.timeline.skeleton.ids.map((id) => bones.get(id) ?? null) : []),
    [playback, bones],
  );
  const forearmGeometry = useMemo(() => {
    prepareHandModels();
    return buildForearmGeometry();
  }, []);
  useEffect(() => () => forearmGeometry.dispose(), [forearmGeometry]);
  const position = playback?.timeline.patientPosition ?? 'standing';
  const support = playback?.timeline.support ?? 'none';

  const frameThePhase = (index: number, glide: boolean) => {
    const view = views.current[index];
    if (!view || !playbackRuntime.followCamera) return;
    useAppStore.getState().requestCamera(view, { glide });
  };

  const apply = (frame: TimelineFrame | null) => {
    if (!frame || !playback) return;
    const sk = playback.timeline.skeleton;
    const local = sk.local;
    for (let i = 0; i < boneList.length; i++) {
      const bone = boneList[i];
      if (bone)
        bone.quaternion.set(local[i * 4]!, local[i * 4 + 1]!, local[i * 4 + 2]!, local[i * 4 + 3]!);
    }
    poseOperator(frame, stageFrame, hands.current, forearms.current);
    // Operator and patient arrows come from separate pools so each keeps its colour and shape.
    let op = 0;
    let pt = 0;
    for (let k = 0; k < frame.arrows.length; k++) {
      const a = frame.arrows[k]!;
      const operator = a.kind === 'operator';
      if ((operator ? op : pt) >= MAX_ARROWS) continue;
      const slot = operator ? op++ : MAX_ARROWS + pt++;
      const g = arrows.current[slot];
      if (!g) continue;
      const j = sk.index.get(a.anchor);
      if (j === undefined) inside.set(0, 1, 0);
      else inside.set(sk.worldPos[j * 3]!, sk.worldPos[j * 3 + 1]!, sk.worldPos[j * 3 + 2]!);
      placeArrow(g, a, inside, mid);
      forceLabels[slot]!.anchor.copy(mid).applyMatrix4(placement);
      // Two arrows of one kind with the same words (both hands pumping) share one label.
      setForceLabel(slot, repeatsLabel(frame, k) ? null : a.label);
    }
    for (let slot = 0; slot < ARROW_SLOTS; slot++) {
      const used = slot < MAX_ARROWS ? slot < op : slot - MAX_ARROWS < pt;
      if (used) continue;
      const g = arrows.current[slot];
      if (g) g.visible = false;
      setForceLabel(slot, null);
    }
    if (frame.phaseIndex !== shownPhase.current) {
      shownPhase.current = frame.phaseIndex;
      frameThePhase(frame.phaseIndex, true);
    }
  };

  // Place the body for the patient position; put it back (standing, rest pose) when leaving.
  useEffect(() => {
    const body = bodyRuntime.scene;
    if (!body || !playback) return;
    placementMatrix(position, placement);
    placement.decompose(body.position, body.quaternion, body.scale);
    placementQ.copy(body.quaternion);
    placementInv.copy(placement).invert();
    upInBody.set(0, 1, 0).applyQuaternion(placementQ.invert());
    const { script, side } = playback.timeline;
    resolveStance(script.operatorSide, side, placement, stageFrame.stance);
    stage.current?.position.copy(body.position);
    stage.current?.quaternion.copy(body.quaternion);
    return () => {
      body.position.set(0, 0, 0);
      body.quaternion.identity();
      for (const bone of bones.values()) bone.quaternion.identity();
      for (let slot = 0; slot < ARROW_SLOTS; slot++) setForceLabel(slot, null);
      shownPhase.current = -1;
      invalidate();
    };
  }, [playback, position, bones, invalidate]);

  // One camera per phase, for this canvas and the room the player leaves (recomputed on resize).
  useEffect(() => {
    if (!playback) return;
    const lying = position !== 'seated' && position !== 'standing';
    patientCentre.set(0, lying ? TABLE_TOP + 0.15 : STOOL_TOP + 0.3, 0);
    const fov = camera instanceof PerspectiveCamera ? camera.fov : 35;
    const covered = size.height > 0 ? 1 - playerTop(size.height) / size.height : COVERED_GUESS;
    views.current = phaseViews(
      playback.timeline,
      placement,
      { fovDeg: fov, aspect: size.width / Math.max(1, size.height), coveredBelow: covered },
      patientCentre,
    );
    // Framing evaluated the timeline at other times: show the committed moment again, and frame
    // it now unless the link brought its own camera.
    const frame = evaluateAt(useAppStore.getState().time);
    shownPhase.current = frame ? frame.phaseIndex : -1;
    apply(frame);
    if (frame && !useAppStore.getState().consumeCameraFromLink())
      frameThePhase(frame.phaseIndex, true);
    invalidate();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- apply / frameThePhase read refs only
  }, [playback, position, camera, size.width, size.height, invalidate]);

  // Paused or scrubbed: show the committed time.
  useEffect(() => {
    if (!playback) return;
    apply(evaluateAt(committed));
    invalidate();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- apply reads refs only
  }, [playback, committed, invalidate]);

  // The canvas draws on demand: starting playback must ask for the first frame, and that frame
  // starts the clock afresh (its delta is the time the page sat idle).
  useEffect(() => {
    advancing.current = false;
    if (playing) invalidate();
  }, [playing, invalidate]);

  // Before the label layout's frame callback (priority 0), whichever part was mounted first: it
  // projects the force labels that the layout places together with the region labels.
  useFrame((state, delta) => {
    if (!playback) return;
    if (playing) {
      const { speed, loop } = useAppStore.getState();
      const duration = playback.timeline.duration;
      const resumed = !advancing.current;
      advancing.current = true;
      const next = advancePlayback(playbackRuntime.time, delta, { speed, duration, loop, resumed });
      apply(evaluateAt(next.time));
      if (next.ended) {
        useAppStore.getState().pause();
        useAppStore.getState().seek(duration);
      } else {
        invalidate();
      }
    } else {
      advancing.current = false;
    }
    // Labels follow every drawn frame: playback, orbiting and camera glides alike (the label
    // projector, which runs after this, lays them out with the region labels).
    projectForceLabels(state.camera, state.size.width, state.size.height);
  }, -1);

  if (!playback) return null;
  return (
    <>
      {support === 'table' && <TreatmentTable />}
      {support === 'stool' && <Stool />}
      <group ref={stage}>
        {[0, 1].map((i) => (
          <group key={i}>
            <mesh
              ref={(m) => {
                hands.current[i] = m;
                if (m) attachXray(m);
              }}
              geometry={handModel('flat-palm').geometry}
              material={HAND_MATERIAL}
              visible={false}
              castShadow
            />
            <mesh
              ref={(m) => {
                forearms.current[i] = m;
                if (m) attachXray(m);
              }}
              geometry={forearmGeometry}
              material={HAND_MATERIAL}
              visible={false}
            />
          </group>
        ))}
        {Array.from({ length: ARROW_SLOTS }, (_, i) => (
          <ForceArrow
            key={i}
            kind={slotKind(i)}
            arrowRef={(g) => {
              arrows.current[i] = g;
            }}
          />
        ))}
      </group>
    </>
  );
}
