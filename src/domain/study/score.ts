/**
 * Scoring an answer: a choice is right or wrong; a tap is scored by where it lies: in a zone's
 * essential area full credit, in its spillover partial (within a tolerance radius of the edge);
 * near a point full credit, a little farther partial; near any of a list of points full credit.
 */
import type { SurfacePoint } from '../../content/schema';
import type { SurfaceSample, Vec3 } from '../surface';
import type { ZoneInstance } from '../zones';
import { distance, gradeNear, POINT_TOLERANCE, pointSampleIndex, zoneSpot } from './skin';
import type { PointOnSide, Question, Scored, StudyAnswer, StudySkin } from './types';

export interface ScoringContext {
  skin: StudySkin;
  instances: readonly ZoneInstance[];
  points: readonly SurfacePoint[];
}

const CORRECT: Scored = { verdict: 'correct', credit: 1 };
const PARTIAL: Scored = { verdict: 'partial', credit: 0.5 };
const WRONG: Scored = { verdict: 'wrong', credit: 0 };

/** Where a point lies on the skin (rest position), or null. */
export function pointPosition(ctx: ScoringContext, ref: PointOnSide): Vec3 | null {
  const point = ctx.points.find((p) => p.id === ref.pointId);
  const i = point ? pointSampleIndex(ctx.skin, point, ref.side) : null;
  return i === null ? null : ctx.skin.samples[i]!.p;
}

export function scoreTap(q: Question, at: Vec3, ctx: ScoringContext): Scored {
  const tap = q.tap;
  if (!tap) return WRONG;
  switch (tap.kind) {
    case 'zone': {
      const instance = ctx.instances.find((i) => i.key === tap.zoneKey);
      const grade = instance ? gradeNear(ctx.skin, instance, at) : null;
      return grade === 'essential' ? CORRECT : grade === 'spillover' ? PARTIAL : WRONG;
    }
    case 'point': {
      const p = pointPosition(ctx, tap.point);
      if (!p) return WRONG;
      const d = distance(p, at);
      return d <= POINT_TOLERANCE ? CORRECT : d <= 2 * POINT_TOLERANCE ? PARTIAL : WRONG;
    }
    case 'any-point':
      return tap.points.some((ref) => {
        const p = pointPosition(ctx, ref);
        return p !== null && distance(p, at) <= POINT_TOLERANCE;
      })
        ? CORRECT
        : WRONG;
  }
}

export function scoreAnswer(q: Question, answer: StudyAnswer, ctx: ScoringContext): Scored {
  if (answer.kind === 'choice') return answer.choice === q.answer ? CORRECT : WRONG;
  return scoreTap(q, answer.at, ctx);
}

/**
 * A point of skin where the answer (or, while asking, the marked spot) lies, to turn the body
 * towards it: the mark, the correct point, or a point of the zone's essential area.
 */
export function answerSpot(
  q: Question,
  ctx: ScoringContext,
  feedback: boolean,
): SurfaceSample | null {
  const ref = feedback
    ? (q.showPoint ?? (q.tap?.kind === 'any-point' ? q.tap.points[0] : null))
    : q.mark;
  if (ref) {
    const point = ctx.points.find((p) => p.id === ref.pointId);
    const i = point ? pointSampleIndex(ctx.skin, point, ref.side) : null;
    return i === null ? null : ctx.skin.samples[i]!;
  }
  if (!feedback) return null;
  const key = q.tap?.kind === 'zone' ? q.tap.zoneKey : q.showZones[0];
  const instance = ctx.instances.find((i) => i.key === key);
  return instance ? zoneSpot(ctx.skin, instance) : null;
}

/**
 * The named view that faces a spot of skin (by its outward normal), or null when the camera at
 * `eye` already sees it.
 */
export function viewFacing(
  spot: SurfaceSample,
  eye: Vec3,
): 'front' | 'back' | 'left' | 'right' | null {
  const toEye = [eye[0] - spot.p[0], eye[1] - spot.p[1], eye[2] - spot.p[2]];
  const facing = spot.n[0] * toEye[0]! + spot.n[1] * toEye[1]! + spot.n[2] * toEye[2]!;
  if (facing > 0.3 * Math.hypot(...toEye)) return null;
  const [x, , z] = spot.n;
  if (Math.abs(x) > Math.abs(z)) return x > 0 ? 'left' : 'right';
  return z >= 0 ? 'front' : 'back';
}
