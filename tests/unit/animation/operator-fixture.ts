/**
 * Poses the operator for a script the way TechniqueStage does (placement on the table, stance,
 * hands on their contacts), without a renderer: the palm and stance tests read the result.
 */
import { BufferGeometry, Matrix4, Mesh, Quaternion, Vector3 } from 'three';
import { JOINTS } from '../../../src/body/rig';
import { animationScriptSchema } from '../../../src/content/animation-schema';
import type { Side } from '../../../src/content/ids';
import {
  compileTimeline,
  createFrame,
  evaluateInto,
  type Timeline,
  type TimelineFrame,
} from '../../../src/domain/timeline';
import { attachXray } from '../../../src/scene/technique/hand-xray';
import { poseOperator, type StageFrame } from '../../../src/scene/technique/operator-pose';
import { resolveStance } from '../../../src/scene/technique/operator-stance';
import { placementMatrix } from '../../../src/scene/technique/placement';

export interface PosedOperator {
  frame: TimelineFrame;
  timeline: Timeline;
  stage: StageFrame;
  hands: [Mesh, Mesh];
  /** World position of each hand's operator shoulder. */
  shoulders: [Vector3, Vector3];
}

/** Compiles `input` for `side`; `visit` runs once per phase instance, hands settled. */
export function eachSettledPhase(
  input: unknown,
  side: Side,
  visit: (posed: PosedOperator, phaseId: string) => void,
): void {
  const script = animationScriptSchema.parse(input);
  const timeline = compileTimeline(script, side, { joints: JOINTS });
  const placement = placementMatrix(script.patientPosition, new Matrix4());
  const q = new Quaternion().setFromRotationMatrix(placement).invert();
  const stage: StageFrame = {
    placement,
    placementInv: placement.clone().invert(),
    upInBody: new Vector3(0, 1, 0).applyQuaternion(q),
    stance: resolveStance(script.operatorSide, timeline.side, placement, {
      mode: 'auto',
      side: 1,
    }),
  };
  const hands: [Mesh, Mesh] = [new Mesh(new BufferGeometry()), new Mesh(new BufferGeometry())];
  const forearms = [new Mesh(), new Mesh()];
  for (const m of [...hands, ...forearms]) attachXray(m);
  const shoulders: [Vector3, Vector3] = [new Vector3(), new Vector3()];
  const frame = createFrame(timeline);
  for (const inst of timeline.instances) {
    evaluateInto(frame, timeline, inst.info.start + inst.info.duration - 1e-6);
    poseOperator(frame, stage, hands, forearms, shoulders);
    visit({ frame, timeline, stage, hands, shoulders }, inst.info.id);
  }
}
