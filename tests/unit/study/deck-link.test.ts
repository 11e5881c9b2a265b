import { describe, expect, it } from 'vitest';
import { EXAMPLE_LESSONS } from '../../../src/content/lessons';
import {
  decodeDeckLink,
  deckFileText,
  deckFromLesson,
  deckQuestionIds,
  encodeDeckLink,
  readDeckFile,
} from '../../../src/domain/study/deck-link';
import { examSet, examSummary } from '../../../src/domain/study/exam';
import { studyFixture } from './study-fixture';

describe('lecturer decks', () => {
  it('a topic filter travels as a short link and gives that topic’s questions', async () => {
    const { questions } = await studyFixture();
    const hash = encodeDeckLink({ t: 'Week 3: dermatomes', d: ['dermatomes'] });
    expect(hash.length).toBeLessThan(100);
    const read = decodeDeckLink(hash);
    expect(read).toEqual({ ok: true, deck: { t: 'Week 3: dermatomes', d: ['dermatomes'] } });
    const ids = deckQuestionIds(read.ok ? read.deck : { t: 'x' }, questions);
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.every((id) => questions.find((q) => q.id === id)!.deck === 'dermatomes')).toBe(true);
  });

  it('a lesson becomes a deck of the questions about what it shows', async () => {
    const { questions, ctx } = await studyFixture();
    const lesson = EXAMPLE_LESSONS.find((l) => l.steps.some((s) => s.route.page.kind === 'chain'))!;
    const deck = deckFromLesson(
      lesson,
      questions,
      (v) => ctx.content.variants.get(v)?.technique.id ?? null,
    )!;
    expect(deck.q!.length).toBeGreaterThan(0);
    expect(decodeDeckLink(encodeDeckLink(deck))).toEqual({ ok: true, deck });
    expect(readDeckFile(deckFileText(deck))).toEqual({ ok: true, deck });
  });

  it('damaged links and files are refused with a reason', () => {
    expect(decodeDeckLink('#/study/deck/!!!')).toMatchObject({ ok: false });
    expect(decodeDeckLink(encodeDeckLink({ t: 'empty' }))).toMatchObject({
      ok: false,
      reason: /topics or questions/,
    });
    expect(readDeckFile('{}')).toMatchObject({ ok: false, reason: /not an OMT Atlas study deck/ });
  });
});

describe('exam mode', () => {
  it('a fixed set from the chosen decks, and a summary of credit', async () => {
    const { questions } = await studyFixture();
    const set = examSet(questions, new Set(['techniques', 'chains']), 10, 'seed');
    expect(set).toHaveLength(10);
    expect(set.every((q) => q.deck === 'techniques' || q.deck === 'chains')).toBe(true);
    expect(examSet(questions, new Set(['techniques', 'chains']), 10, 'seed')).toEqual(set);
    const s = examSummary(4, [
      {
        questionId: 'a',
        answer: { kind: 'choice', choice: 'x' },
        scored: { verdict: 'correct', credit: 1 },
      },
      {
        questionId: 'b',
        answer: { kind: 'choice', choice: 'x' },
        scored: { verdict: 'partial', credit: 0.5 },
      },
      { questionId: 'c', answer: null, scored: { verdict: 'wrong', credit: 0 } },
    ]);
    expect(s).toEqual({ answered: 2, correct: 1, partial: 1, percent: 38 });
  });
});
