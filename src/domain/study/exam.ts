/**
 * Exam mode: a timed set of questions answered without feedback, then a summary. Pure: which
 * questions, and the summary of the answers given.
 */
import { shuffled } from './pick';
import type { DeckId, Question, Scored, StudyAnswer } from './types';

export const EXAM_SIZE = 10;
/** Seconds allowed per question. */
export const EXAM_SECONDS_PER_QUESTION = 45;

/** `size` questions from the decks, spread over them, in an order fixed by `seed`. */
export function examSet(
  questions: readonly Question[],
  decks: ReadonlySet<DeckId>,
  size: number,
  seed: string,
): Question[] {
  return shuffled(
    questions.filter((q) => decks.has(q.deck)),
    seed,
  ).slice(0, size);
}

export interface ExamAnswer {
  questionId: string;
  answer: StudyAnswer | null;
  scored: Scored;
}

export interface ExamSummary {
  answered: number;
  correct: number;
  partial: number;
  /** Sum of credit over the number of questions, 0–100. */
  percent: number;
}

export function examSummary(total: number, answers: readonly ExamAnswer[]): ExamSummary {
  const credit = answers.reduce((a, x) => a + x.scored.credit, 0);
  return {
    answered: answers.filter((a) => a.answer).length,
    correct: answers.filter((a) => a.scored.verdict === 'correct').length,
    partial: answers.filter((a) => a.scored.verdict === 'partial').length,
    percent: total ? Math.round((100 * credit) / total) : 0,
  };
}
