import { describe, expect, it } from 'vitest';
import { scoreTap } from '../../../src/domain/study/score';
import { gradeNear, ZONE_TOLERANCE } from '../../../src/domain/study/skin';
import type { Question, StudySkin } from '../../../src/domain/study/types';
import { zoneHit } from '../../../src/domain/zones';
import { studyFixture } from './study-fixture';

/** A zone with spillover: full credit in the essential area, partial in spillover, none outside. */
describe('zone overlap scoring', () => {
  it('essential full, spillover partial, outside zero', async () => {
    const { questions, scoring } = await studyFixture();
    const { skin, instances } = scoring;
    const q = questions.find(
      (x) =>
        x.tap?.kind === 'zone' &&
        instances.find((i) => i.key === (x.tap as { zoneKey: string }).zoneKey)!.zone.spillover
          .length > 0,
    ) as Question;
    const key = (q.tap as { zoneKey: string }).zoneKey;
    const instance = instances.find((i) => i.key === key)!;
    const grades = skin.samples.map((s) => zoneHit(instance, skin.frames, s)?.grade ?? null);
    // Samples well inside each grade: no sample of a better grade within the tolerance radius.
    const deep = (grade: 'essential' | 'spillover' | null) =>
      skin.samples.find(
        (s, i) =>
          grades[i] === grade &&
          skin.samples.every(
            (o, j) =>
              Math.hypot(o.p[0] - s.p[0], o.p[1] - s.p[1], o.p[2] - s.p[2]) > ZONE_TOLERANCE ||
              grades[j] === grade ||
              (grade === 'essential' ? true : grades[j] === null),
          ),
      )!;
    expect(scoreTap(q, deep('essential').p, scoring)).toEqual({ verdict: 'correct', credit: 1 });
    expect(scoreTap(q, deep('spillover').p, scoring)).toEqual({ verdict: 'partial', credit: 0.5 });
    expect(scoreTap(q, deep(null).p, scoring)).toEqual({ verdict: 'wrong', credit: 0 });
  });

  it('a tap just outside the edge counts within the tolerance radius', async () => {
    const { scoring } = await studyFixture();
    const { skin, instances } = scoring;
    const instance = instances.find((i) => i.key === 'dermatome-c6.left')!;
    const grades = skin.samples.map((s) => zoneHit(instance, skin.frames, s)?.grade ?? null);
    const d = (a: readonly number[], b: readonly number[]) =>
      Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
    // An outside sample with an essential neighbour closer than the radius.
    const edge = skin.samples.find(
      (s, i) =>
        grades[i] === null &&
        skin.samples.some((o, j) => grades[j] === 'essential' && d(o.p, s.p) < ZONE_TOLERANCE / 2),
    )!;
    expect(gradeNear(skin as StudySkin, instance, edge.p)).toBe('essential');
    expect(gradeNear(skin as StudySkin, instance, edge.p, 0)).toBe(null);
  });
});

describe('turning the body to the answer', () => {
  it('an answer on the back turns the view to the back; one in view stays', async () => {
    const { questions, scoring } = await studyFixture();
    const { answerSpot, viewFacing } = await import('../../../src/domain/study/score');
    const front: [number, number, number] = [0, 1, 4];
    const c2 = questions.find((q) => q.id === 'refer:dermatome-c2.left')!; // back of the head
    const t4 = questions.find((q) => q.id === 'locate:key-point-t4.left')!; // the nipple line
    expect(viewFacing(answerSpot(c2, scoring, true)!, front)).toBe('back');
    expect(viewFacing(answerSpot(t4, scoring, true)!, front)).toBeNull();
  });
});
