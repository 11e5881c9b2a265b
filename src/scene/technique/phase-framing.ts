import { Matrix4, Vector3 } from 'three';
import type { PatientPosition } from '../../content/ids';
import type { CameraParam } from '../../domain/url';
import { operatorShoulder, operatorSide, resolveStance, type Stance } from './operator-stance';
import {
  createFrame,
  evaluateInto,
  type Timeline,
  type TimelineFrame,
} from '../../domain/timeline';

const round = (n: number) => Math.round(n * 1000) / 1000;
/** When in a phase to look at the hands: after they have travelled to their contacts. */
const SETTLED = 0.8;
/** How far along the back of the hand and the force arrows the view must reach (m). */
const HAND_REACH = 0.1;
const ARROW_REACH = 0.16;
const MIN_DISTANCE = 1.15;
const MAX_DISTANCE = 3.2;
/** Turn of the view away from straight over the operator's shoulder (radians). */
const TURN = (60 * Math.PI) / 180;
const UP = new Vector3(0, 1, 0);

export interface ViewportShape {
  fovDeg: number;
  aspect: number;
  /** Share of the canvas height covered at the bottom by the player (0–0.6). */
  coveredBelow: number;
}

const LYING = new Set<PatientPosition>(['supine', 'prone', 'side-lying-left', 'side-lying-right']);

interface PhaseSight {
  /** What must be in view (world). */
  points: Vector3[];
  /** Mean position of the operator's shoulders (world), or null with no hand on. */
  operator: Vector3 | null;
}

function sightOf(
  frame: TimelineFrame,
  placement: Matrix4,
  lying: boolean,
  stance: Stance,
): PhaseSight {
  const hands = frame.hands
    .filter((h) => h.visible)
    .map((h) => ({
      at: new Vector3().fromArray(h.position).applyMatrix4(placement),
      normal: new Vector3().fromArray(h.normal).transformDirection(placement),
    }));
  const side = operatorSide(
    hands.reduce((x, h) => x + h.at.x, 0),
    1,
  );
  const points: Vector3[] = [];
  let operator: Vector3 | null = null;
  // A hand under the patient (palm up) cannot be seen from above: leave it out of the framing
  // unless it is all there is.
  const seen = hands.filter((h) => h.normal.y < 0.5);
  for (const h of seen.length ? seen : hands) {
    points.push(h.at.clone(), h.at.clone().addScaledVector(h.normal, -HAND_REACH));
  }
  for (const h of hands) {
    const s = operatorShoulder(h.at, h.normal, lying, stance, side, new Vector3());
    operator = (operator ?? new Vector3()).addScaledVector(s, 1 / hands.length);
  }
  for (const a of frame.arrows) {
    const p = new Vector3().fromArray(a.from).applyMatrix4(placement);
    const d = new Vector3().fromArray(a.dir).transformDirection(placement);
    points.push(p, p.clone().addScaledVector(d, ARROW_REACH));
  }
  return { points, operator };
}

/** The posed patient's joints (world): what a phase without hands shows. */
function jointsOf(tl: Timeline, placement: Matrix4): Vector3[] {
  const w = tl.skeleton.worldPos;
  const out: Vector3[] = [];
  for (let i = 0; i < w.length; i += 3)
    out.push(new Vector3(w[i]!, w[i + 1]!, w[i + 2]!).applyMatrix4(placement));
  return out;
}

/**
 * One camera per phase of the timeline that frames the operator's hands and force arrows once they
 * have settled: from the operator's side of the table and above for a lying patient, behind the
 * backs of the hands for a seated or standing one, pulled back far enough for the hands, the
 * forearms and the arrows to fit the part of the canvas the player does not cover. A phase with
 * no hand and no arrow (placing the patient, the return) shows the whole patient, from the side
 * the operator works on in the nearest phase with hands.
 */
export function phaseViews(
  tl: Timeline,
  placement: Matrix4,
  view: ViewportShape,
  patientCentre: Vector3,
): CameraParam[] {
  const frame = createFrame(tl);
  const lying = LYING.has(tl.patientPosition);
  const stance = resolveStance(tl.script.operatorSide, tl.side, placement, {
    mode: 'auto',
    side: 1,
  });
  const sets = tl.instances.map((inst) => {
    evaluateInto(frame, tl, inst.info.start + inst.info.duration * SETTLED);
    const sight = sightOf(frame, placement, lying, stance);
    if (!sight.points.length) sight.points = jointsOf(tl, placement);
    return { ...sight, own: sight.operator !== null };
  });
  return sets.map((_, i) => {
    let k = i;
    for (let d = 1; !sets[k]!.own && d < sets.length; d++) {
      if (i - d >= 0 && sets[i - d]!.own) k = i - d;
      else if (i + d < sets.length && sets[i + d]!.own) k = i + d;
    }
    const points = sets[i]!.points;
    return frameView(points.length ? points : [patientCentre], sets[k]!.operator, lying, view);
  });
}

function frameView(
  points: readonly Vector3[],
  operator: Vector3 | null,
  lying: boolean,
  view: ViewportShape,
): CameraParam {
  const centre = new Vector3();
  for (const p of points) centre.add(p);
  centre.divideScalar(points.length);
  let radius = 0.18;
  for (const p of points) radius = Math.max(radius, p.distanceTo(centre));

  // Look across the operator's arms rather than along them (over the shoulder the forearms would
  // hide the hands): turned from the operator's side toward the patient's feet or front, from above.
  const toOperator = operator ? operator.clone().sub(centre) : new Vector3(1, 0, 0);
  toOperator.y = 0;
  if (toOperator.lengthSq() < 1e-4) toOperator.set(1, 0, 0);
  toOperator.normalize();
  const a = toOperator.clone().applyAxisAngle(UP, TURN);
  const b = toOperator.clone().applyAxisAngle(UP, -TURN);
  const dir = a.z > b.z + 1e-3 || (Math.abs(a.z - b.z) <= 1e-3 && a.x > b.x) ? a : b;
  dir.y = lying ? 1.0 : 0.45;
  dir.normalize();

  const covered = Math.min(0.6, Math.max(0, view.coveredBelow));
  const halfV = ((view.fovDeg / 2) * Math.PI) / 180;
  const halfH = Math.atan(Math.tan(halfV) * view.aspect);
  // The free part of the canvas is (1 − covered) of its height: fit the points into it.
  const freeHalfV = Math.atan(Math.tan(halfV) * (1 - covered));
  const fit = radius / Math.sin(Math.min(freeHalfV, halfH));
  const distance = Math.min(MAX_DISTANCE, Math.max(MIN_DISTANCE, fit * 1.05));
  const position = centre.clone().addScaledVector(dir, distance);
  // Move the aim down so the points sit in the middle of the free part, above the player.
  const forward = centre.clone().sub(position).normalize();
  const right = new Vector3().crossVectors(forward, new Vector3(0, 1, 0)).normalize();
  const up = new Vector3().crossVectors(right, forward).normalize();
  const shift = distance * Math.tan(halfV) * covered;
  const target = centre.clone().addScaledVector(up, -shift);
  position.addScaledVector(up, -shift);
  return {
    position: [round(position.x), round(position.y), round(position.z)],
    target: [round(target.x), round(target.y), round(target.z)],
  };
}
