import { Matrix4, Vector3 } from 'three';
import type { PatientPosition } from '../../content/ids';
import type { CameraParam } from '../../domain/url';
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
const MIN_DISTANCE = 0.8;
const MAX_DISTANCE = 3.2;

export interface ViewportShape {
  fovDeg: number;
  aspect: number;
  /** Share of the canvas height covered at the bottom by the player (0–0.6). */
  coveredBelow: number;
}

const LYING = new Set<PatientPosition>(['supine', 'prone', 'side-lying-left', 'side-lying-right']);

function pointsOf(frame: TimelineFrame, placement: Matrix4): Vector3[] {
  const pts: Vector3[] = [];
  for (const h of frame.hands) {
    if (!h.visible) continue;
    const p = new Vector3().fromArray(h.position);
    const back = new Vector3().fromArray(h.normal).multiplyScalar(-HAND_REACH).add(p);
    pts.push(p, back);
  }
  for (const a of frame.arrows) {
    const p = new Vector3().fromArray(a.from);
    pts.push(p, new Vector3().fromArray(a.dir).multiplyScalar(ARROW_REACH).add(p));
  }
  for (const p of pts) p.applyMatrix4(placement);
  return pts;
}

/** Mean direction of the backs of the visible hands, in the world (zero when no hand is on). */
function backOfHands(frame: TimelineFrame, placement: Matrix4): Vector3 {
  const out = new Vector3();
  for (const h of frame.hands)
    if (h.visible)
      out.add(new Vector3().fromArray(h.normal).negate().transformDirection(placement));
  return out;
}

/**
 * One camera per phase of the timeline that frames the operator's hands and force arrows once they
 * have settled: from the operator's side of the table and above for a lying patient, behind the
 * backs of the hands for a seated or standing one, pulled back far enough for the hands, the
 * forearms and the arrows to fit the part of the canvas the player does not cover. A phase with
 * no hand and no arrow borrows the view of the nearest phase that has them.
 */
export function phaseViews(
  tl: Timeline,
  placement: Matrix4,
  view: ViewportShape,
  patientCentre: Vector3,
): CameraParam[] {
  const frame = createFrame(tl);
  const sets = tl.instances.map((inst) => {
    evaluateInto(frame, tl, inst.info.start + inst.info.duration * SETTLED);
    return { points: pointsOf(frame, placement), back: backOfHands(frame, placement) };
  });
  const lying = LYING.has(tl.patientPosition);
  return sets.map((_, i) => {
    let k = i;
    for (let d = 1; !sets[k]!.points.length && d < sets.length; d++) {
      if (i - d >= 0 && sets[i - d]!.points.length) k = i - d;
      else if (i + d < sets.length && sets[i + d]!.points.length) k = i + d;
    }
    const { points, back } = sets[k]!;
    return frameView(points.length ? points : [patientCentre], back, lying, view);
  });
}

function frameView(
  points: readonly Vector3[],
  back: Vector3,
  lying: boolean,
  view: ViewportShape,
): CameraParam {
  const centre = new Vector3();
  for (const p of points) centre.add(p);
  centre.divideScalar(points.length);
  let radius = 0.18;
  for (const p of points) radius = Math.max(radius, p.distanceTo(centre));

  const dir = new Vector3();
  if (lying) {
    // The operator stands beside the table (along ±X) on the side of the hands, a little toward
    // the feet for a three-quarter view; look down on the backs of the hands.
    const side = Math.abs(centre.x) > 0.04 ? Math.sign(centre.x) : 1;
    dir.set(side, 0, 0.45).normalize().multiplyScalar(1.1);
    dir.add(back.clone().normalize().multiplyScalar(0.5));
    dir.y = Math.max(dir.y, 0) + 0.9;
  } else {
    // Seated or standing: behind the backs of the hands, slightly above.
    dir.set(back.x, 0, back.z);
    if (dir.lengthSq() < 1e-3) dir.set(0.55, 0, 1);
    dir.normalize();
    dir.y = 0.45;
  }
  dir.normalize();

  const covered = Math.min(0.6, Math.max(0, view.coveredBelow));
  const halfV = ((view.fovDeg / 2) * Math.PI) / 180;
  const halfH = Math.atan(Math.tan(halfV) * view.aspect);
  // The free part of the canvas is (1 − covered) of its height: fit the points into it.
  const freeHalfV = Math.atan(Math.tan(halfV) * (1 - covered));
  const fit = radius / Math.sin(Math.min(freeHalfV, halfH));
  const distance = Math.min(MAX_DISTANCE, Math.max(MIN_DISTANCE, fit * 1.15));
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
