import { useEffect, useReducer, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { examSummary } from '../../domain/study/exam';
import { DECKS, type DeckId } from '../../domain/study/types';
import type { StudyStore } from '../../state/study/study-store';
import { answerWords, Choices, Feedback } from './QuestionView';

const VERDICT_WORDS = { correct: 'Correct', partial: 'Partly right', wrong: 'Wrong' } as const;

/** Starts an exam on one topic or all. */
export function ExamStart({ store }: { store: StudyStore }) {
  const questions = useStore(store, (s) => s.questions);
  const startExam = useStore(store, (s) => s.startExam);
  const [topic, setTopic] = useState<DeckId | 'all'>('all');
  if (!questions) return null;
  const present = [...new Set(questions.map((q) => q.deck))];
  return (
    <div className="study-exam-start">
      <label className="field small">
        Exam topic
        <select value={topic} onChange={(e) => setTopic(e.target.value as DeckId | 'all')}>
          <option value="all">All topics</option>
          {present.map((d) => (
            <option key={d} value={d}>
              {DECKS[d]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => startExam(topic === 'all' ? present : [topic])}>
        Start exam
      </button>
    </div>
  );
}

/** Seconds left, redrawn each second; time up ends the exam. */
function useSecondsLeft(store: StudyStore, endsAt: number, running: boolean): number {
  const [, tick] = useReducer((n: number) => n + 1, 0);
  const now = store.getState().now;
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => {
      if (now() >= endsAt) store.getState().finishExam();
      tick();
    }, 1000);
    return () => window.clearInterval(id);
  }, [store, endsAt, running, now]);
  return Math.max(0, Math.ceil((endsAt - now()) / 1000));
}

/** A timed set without feedback, then a summary with each answer shown on the body. */
export function ExamView({ store }: { store: StudyStore }) {
  const exam = useStore(store, (s) => s.exam);
  const questions = useStore(store, (s) => s.questions);
  const answerExam = useStore(store, (s) => s.answerExam);
  const showExamRow = useStore(store, (s) => s.showExamRow);
  const closeExam = useStore(store, (s) => s.closeExam);
  const heading = useRef<HTMLHeadingElement>(null);
  const seconds = useSecondsLeft(store, exam?.endsAt ?? 0, exam?.phase === 'running');
  useEffect(() => heading.current?.focus(), [exam?.index, exam?.phase]);
  if (!exam || !questions) return null;
  const find = (id: string) => questions.find((q) => q.id === id)!;
  if (exam.phase === 'running') {
    const q = find(exam.questionIds[exam.index]!);
    return (
      <section className="study-question" aria-labelledby="exam-prompt">
        <p className="small muted" role="timer" aria-live="off">
          Exam: question {exam.index + 1} of {exam.questionIds.length} · {Math.floor(seconds / 60)}:
          {String(seconds % 60).padStart(2, '0')} left
        </p>
        <h2 id="exam-prompt" ref={heading} tabIndex={-1}>
          {q.prompt}
        </h2>
        {q.tap ? <p className="small muted">Tap on the body, or choose:</p> : null}
        <Choices question={q} onChoose={answerExam} />
        <div className="study-files">
          <button type="button" onClick={() => answerExam(null)}>
            Skip
          </button>
          <button type="button" onClick={() => store.getState().finishExam()}>
            Finish exam
          </button>
        </div>
      </section>
    );
  }
  const summary = examSummary(exam.questionIds.length, exam.answers);
  return (
    <section className="study-summary" aria-labelledby="exam-summary">
      <h2 id="exam-summary" ref={heading} tabIndex={-1}>
        Exam summary: {summary.percent}%
      </h2>
      <p className="small">
        {summary.correct} correct, {summary.partial} partly right, {summary.answered} of{' '}
        {exam.questionIds.length} answered. Choose a row to see it on the body.
      </p>
      <ol className="study-summary-rows">
        {exam.answers.map((a, i) => (
          <li key={a.questionId}>
            <button
              type="button"
              aria-pressed={exam.shown === i}
              onClick={() => showExamRow(exam.shown === i ? null : i)}
            >
              <span className={`verdict-tag verdict-${a.scored.verdict}`}>
                {VERDICT_WORDS[a.scored.verdict]}
              </span>{' '}
              {find(a.questionId).prompt}
            </button>
            {exam.shown === i ? (
              <div className="study-summary-detail">
                <p className="small">Your answer: {answerWords(find(a.questionId), a.answer)}</p>
                <Feedback question={find(a.questionId)} answer={a.answer} scored={a.scored} />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      <button type="button" onClick={closeExam}>
        Close the exam
      </button>
    </section>
  );
}
