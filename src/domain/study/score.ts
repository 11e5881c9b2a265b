/**
 * Scoring an answer: a choice is right or wrong; a tap is scored by where it lies: in a zone's
 * essential area full credit, in its spillover partial (within a tolerance radius of the edge);
 * near a point full credit, a little farther partial; near any of a list of points full credit.
 */
import type { SurfacePoint } from '../../content/schema';
import type { Vec3 } from '../surface';
import type { ZoneInstance } from '../zones';
import { distance, gradeNear, POINT_TOLERANCE, pointSampleIndex } from './skin';
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
