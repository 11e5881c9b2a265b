import { describe, expect, it } from 'vitest';
import { contentSet } from '../../../src/content';
import { buildContentIndex } from '../../../src/domain/content-index';
import { generateQuestions } from '../../../src/domain/study/generators';
import { pointPosition, scoreAnswer } from '../../../src/domain/study/score';
import { POINT_TOLERANCE } from '../../../src/domain/study/skin';
import type { Question } from '../../../src/domain/study/types';
import type { Vec3 } from '../../../src/domain/surface';
import { zoneHit } from '../../../src/domain/zones';
import { studyFixture } from './study-fixture';

describe('questions generated from the content', () => {
  it('come in every kind the content supports, with unique stable ids', async () => {
    const { questions } = await studyFixture();
    const kinds = new Set(questions.map((q) => q.kind));
    for (const k of [
      'refer',
      'source',
      'locate',
      'levels',
      'mechanism',
      'approach',
      'activity',
      'contraindication',
      'step-order',
    ])
      expect(kinds, k).toContain(k);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    expect(questions.find((q) => q.id === 'refer:dermatome-c6.left')?.deck).toBe('dermatomes');
  });

  it('are regenerated identically (ids, choices and their order)', async () => {
    const { ctx, questions } = await studyFixture();
    const again = generateQuestions(ctx);
    expect(again.map((q) => [q.id, q.answer, q.choices.map((c) => c.id)])).toEqual(
      questions.map((q) => [q.id, q.answer, q.choices.map((c) => c.id)]),
    );
  });

  it('a new chain in the content becomes a new question', async () => {
    const { ctx } = await studyFixture();
    const chain = contentSet.chains[0]!;
    const extra = { ...chain, id: 'lecturer-chain', title: 'Lecturer chain' };
    const content = buildContentIndex({ ...contentSet, chains: [...contentSet.chains, extra] });
    const ids = generateQuestions({ ...ctx, content }).map((q) => q.id);
    expect(ids.some((id) => id.startsWith('mechanism:lecturer-chain:'))).toBe(true);
  });

  it('each has exactly one correct choice that the scorer accepts, and rejects every other', async () => {
    const { questions, scoring } = await studyFixture();
    for (const q of questions) {
      expect(
        q.choices.filter((c) => c.id === q.answer),
        q.id,
      ).toHaveLength(1);
      expect(new Set(q.choices.map((c) => c.label)).size, q.id).toBe(q.choices.length);
      expect(q.choices.length, q.id).toBeGreaterThanOrEqual(2);
      expect(scoreAnswer(q, { kind: 'choice', choice: q.answer }, scoring).verdict).toBe('correct');
      for (const c of q.choices)
        if (c.id !== q.answer)
          expect(scoreAnswer(q, { kind: 'choice', choice: c.id }, scoring).verdict, q.id).toBe(
            'wrong',
          );
      expect(q.prompt.length).toBeGreaterThan(10);
      expect(q.explanation.length).toBeGreaterThan(10);
    }
  });

  it('the right region of a tap question lies in the zone; the wrong ones never touch it', async () => {
    const { questions, scoring } = await studyFixture();
    const { skin, instances } = scoring;
    for (const q of questions.filter((x) => x.tap?.kind === 'zone')) {
      const key = q.tap!.kind === 'zone' ? q.tap!.zoneKey : '';
      const instance = instances.find((i) => i.key === key)!;
      const inRegion = (r: string) =>
        skin.samples.some((s, i) => skin.regions[i] === r && zoneHit(instance, skin.frames, s));
      expect(inRegion(q.answer), q.id).toBe(true);
      for (const c of q.choices) if (c.id !== q.answer) expect(inRegion(c.id), q.id).toBe(false);
    }
  });

  it('the right region is where most of the zone lies (the L2 dermatome is a thigh zone)', async () => {
    const { questions } = await studyFixture();
    const answer = (id: string) => questions.find((q) => q.id === id)?.answer;
    expect(answer('refer:dermatome-l2.left')).toBe('thigh.left');
    expect(['forearm.left', 'hand.left']).toContain(answer('refer:dermatome-c6.left'));
  });

  it('every tap question accepts a tap on its answer and rejects a tap far away', async () => {
    const { questions, scoring } = await studyFixture();
    const { skin, instances } = scoring;
    const tapOn = (q: Question): Vec3 => {
      const t = q.tap!;
      if (t.kind === 'point') return pointPosition(scoring, t.point)!;
      if (t.kind === 'any-point') return pointPosition(scoring, t.points[0]!)!;
      const instance = instances.find((i) => i.key === t.zoneKey)!;
      const s = skin.samples.find((x) => zoneHit(instance, skin.frames, x)?.grade === 'essential');
      return s!.p;
    };
    for (const q of questions.filter((x) => x.tap)) {
      const at = tapOn(q);
      expect(scoreAnswer(q, { kind: 'tap', at }, scoring).verdict, q.id).toBe('correct');
      // The far side of the body: the other foot or the top of the head.
      const far: Vec3 = at[1] > 1 ? [-0.1, 0.05, 0.05] : [0, 1.72, 0];
      expect(scoreAnswer(q, { kind: 'tap', at: far }, scoring).verdict, q.id).toBe('wrong');
    }
  });

  it('a point is found within its tolerance, partly a little beyond, not farther', async () => {
    const { questions, scoring } = await studyFixture();
    const q = questions.find((x) => x.id === 'locate:key-point-c6.left')!;
    const p = pointPosition(scoring, { pointId: 'key-point-c6', side: 'left' })!;
    const off = (d: number): Vec3 => [p[0], p[1] + d, p[2]];
    expect(scoreAnswer(q, { kind: 'tap', at: off(POINT_TOLERANCE * 0.5) }, scoring).verdict).toBe(
      'correct',
    );
    expect(scoreAnswer(q, { kind: 'tap', at: off(POINT_TOLERANCE * 1.5) }, scoring).verdict).toBe(
      'partial',
    );
    expect(scoreAnswer(q, { kind: 'tap', at: off(POINT_TOLERANCE * 3) }, scoring).verdict).toBe(
      'wrong',
    );
  });
});
