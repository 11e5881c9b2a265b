import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Vector3, type Object3D } from 'three';
import { jointById } from '../../body/rig';
import { motionTestDone, motionTestPose, trainerPaint } from '../../domain/trainer/motion-test';
import { useAppStore } from '../../state/store';
import { findPart } from '../body-parts';
import { bodyRuntime } from '../body-runtime';
import { prefersReducedMotion } from '../motion';
import { caseForPage, shownTest } from './trainer-case';

// Scratch objects at module scope: the frame loop allocates nothing it can avoid.
const axis = new Vector3();
const centre = new Vector3();
/** Seen from behind and a little to the figure's left and above: the way the spine is examined. */
const VIEW_DIRECTION = new Vector3(0.3, 0.25, -1).normalize();
const round = (n: number) => Math.round(n * 1000) / 1000;

function spineBones(root: Object3D): Map<string, Object3D> {
  const map = new Map<string, Object3D>();
  root.traverse((o) => {
    if (o.userData['joint'] && typeof o.userData['id'] === 'string') map.set(o.userData['id'], o);
  });
  return map;
}

/**
 * The trainer on the body: frames the tested vertebrae (or the sacrum) from behind, tints them
 * (through the store's trainer paint) and plays the chosen motion test on the rig's bones, in
 * the frame loop, for as long as the motion lasts.
 */
export function TrainerStage({ ready }: { ready: boolean }) {
  const page = useAppStore((s) => s.page);
  const test = useAppStore((s) => s.trainerTest);
  const invalidate = useThree((s) => s.invalidate);
  const size = useThree((s) => s.size);
  const trainerCase = caseForPage(page);
  const bones = useMemo(
    () =>
      ready && bodyRuntime.scene ? spineBones(bodyRuntime.scene) : new Map<string, Object3D>(),
    [ready],
  );
  const posed = useRef<Object3D[]>([]);
  const startedAt = useRef(0);
  const moving = useRef(false);

  const rest = () => {
    for (const bone of posed.current) bone.quaternion.identity();
    posed.current = [];
  };

  // The case's paint; the bones back at rest when the case changes or the trainer closes.
  useEffect(() => {
    const state = useAppStore.getState();
    state.setTrainerPaint(trainerCase ? trainerPaint(trainerCase) : null);
    return () => {
      rest();
      invalidate();
    };
  }, [trainerCase, invalidate]);

  // Frame the tested bones (the whole lower spine before a case starts).
  useEffect(() => {
    if (!ready || page.kind !== 'trainer') return;
    const ids = trainerCase
      ? trainerCase.segments.length
        ? trainerCase.segments
        : ['sacrum', 'L5']
      : ['T8', 'L5'];
    const parts = ids.flatMap((id) => findPart(bodyRuntime.parts, id) ?? []);
    if (!parts.length) return;
    centre.set(0, 0, 0);
    for (const p of parts) centre.add(p.centroid);
    centre.divideScalar(parts.length);
    const span =
      Math.max(...parts.map((p) => p.centroid.y)) - Math.min(...parts.map((p) => p.centroid.y));
    // About five vertebrae around one segment; more for a group, less wide on a tall phone.
    const aspect = size.width / Math.max(1, size.height);
    const distance = (0.5 + span * 1.5) * Math.sqrt(Math.max(1, 1 / aspect));
    const position = centre.clone().addScaledVector(VIEW_DIRECTION, distance);
    useAppStore.getState().requestCamera(
      {
        position: [round(position.x), round(position.y), round(position.z)],
        target: [round(centre.x), round(centre.y), round(centre.z)],
      },
      { glide: !prefersReducedMotion() },
    );
    // Re-framed per case, and when the view changes shape (a phone turned).
  }, [ready, page.kind, trainerCase, size.width, size.height]);

  // A new test (or the same one again) starts from rest.
  useEffect(() => {
    startedAt.current = performance.now() / 1000;
    moving.current = true;
    invalidate();
  }, [test, invalidate]);

  useFrame(() => {
    if (!moving.current) return;
    const state = useAppStore.getState();
    const shown = shownTest(state, trainerCase);
    rest();
    if (!trainerCase || !shown) {
      moving.current = false;
      return;
    }
    const elapsed = performance.now() / 1000 - startedAt.current;
    const reduced = prefersReducedMotion();
    const pose = motionTestPose(trainerCase, shown, elapsed, reduced);
    for (const [id, motions] of Object.entries(pose)) {
      const bone = bones.get(id);
      if (!bone) continue;
      for (const [motion, degrees] of Object.entries(motions)) {
        const a = jointById(id).motions[motion];
        if (!a) continue;
        axis.set(a[0], a[1], a[2]);
        bone.quaternion.setFromAxisAngle(axis, (degrees * Math.PI) / 180);
      }
      posed.current.push(bone);
    }
    if (motionTestDone(trainerCase, shown, elapsed, reduced)) moving.current = false;
    else invalidate();
  });

  return null;
}
