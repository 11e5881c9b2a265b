import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { RATINGS, suggestedRating, type RatingName } from '../../domain/study/schedule';
import type { Question, Scored, StudyAnswer } from '../../domain/study/types';
import type { StudyStore } from '../../state/study/study-store';

const RATING_LABELS: Record<RatingName, string> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};

const VERDICT_TEXT: Record<Scored['verdict'], string> = {
  correct: 'Correct.',
  partial: 'Partly right: in the area where the pain sometimes spreads, or close to the point.',
  wrong: 'Not quite.',
};

/** The choices: for a tap question, the keyboard's (and screen reader's) way to answer. */
export function Choices({
  question,
  onChoose,
  disabled,
}: {
  question: Question;
  onChoose: (answer: StudyAnswer) => void;
  disabled?: boolean;
}) {
  return (
    <div role="group" aria-label="Answers" className="study-choices">
      {question.choices.map((c) => (
        <button
          key={c.id}
          type="button"
          disabled={disabled}
          onClick={() => onChoose({ kind: 'choice', choice: c.id })}
        >
          {c.label}
        </button>
      ))}
    </div>
  );
}

/** What the student answered, in words. */
export function answerWords(question: Question, answer: StudyAnswer | null): string {
  if (!answer) return 'No answer';
  if (answer.kind === 'tap') return 'A tap on the body (the ring)';
  return question.choices.find((c) => c.id === answer.choice)?.label ?? answer.choice;
}

export function Feedback({
  question,
  answer,
  scored,
}: {
  question: Question;
  answer: StudyAnswer | null;
  scored: Scored;
}) {
  const right = question.choices.find((c) => c.id === question.answer)?.label;
  return (
    <div className={`study-feedback verdict-${scored.verdict}`}>
      <p className="study-verdict">
        <strong>{VERDICT_TEXT[scored.verdict]}</strong>{' '}
        {answer?.kind === 'tap' ? 'Your tap is the ring; the answer is drawn on the body.' : ''}
      </p>
      {question.tap ? (
        <p>
          {question.tap.kind === 'any-point' ? 'From the list: ' : 'From the list of places: '}
          <strong>{right}</strong>
        </p>
      ) : (
        <p>
          Answer: <strong>{right}</strong>
        </p>
      )}
      <p>{question.explanation}</p>
      <p className="small muted">Source: {question.reference}</p>
    </div>
  );
}

/** One review card: the prompt, the answer on the body or from the list, feedback, ratings. */
export function QuestionView({ store }: { store: StudyStore }) {
  const session = useStore(store, (s) => s.session);
  const questions = useStore(store, (s) => s.questions);
  const answer = useStore(store, (s) => s.answer);
  const rate = useStore(store, (s) => s.rate);
  const endSession = useStore(store, (s) => s.endSession);
  const left = useStore(store, (s) => s.queue().ids.length);
  const heading = useRef<HTMLHeadingElement>(null);
  const feedbackHeading = useRef<HTMLHeadingElement>(null);
  const question = questions?.find((q) => q.id === session?.questionId);
  useEffect(() => {
    if (session?.phase === 'asking') heading.current?.focus();
    else feedbackHeading.current?.focus();
  }, [session?.questionId, session?.phase]);
  if (!session || !question) return null;
  const suggested = session.scored ? suggestedRating(session.scored.credit) : 'good';
  return (
    <section className="study-question" aria-labelledby="study-prompt">
      <p className="small muted">
        {session.reviewed} reviewed · {left} left today
      </p>
      <h2 id="study-prompt" ref={heading} tabIndex={-1}>
        {question.prompt}
      </h2>
      {session.phase === 'asking' ? (
        <>
          {question.tap ? (
            <p className="small muted">
              Tap on the body (turn it by dragging), or choose{' '}
              {question.tap.kind === 'any-point' ? 'a muscle' : 'a place'}:
            </p>
          ) : null}
          <Choices question={question} onChoose={answer} />
        </>
      ) : (
        <>
          <h3 ref={feedbackHeading} tabIndex={-1}>
            Feedback
          </h3>
          <Feedback question={question} answer={session.answer} scored={session.scored!} />
          <div role="group" aria-label="How well did you know it?" className="study-ratings">
            {RATINGS.map((r) => (
              <button
                key={r}
                type="button"
                className={r === suggested ? 'suggested' : undefined}
                aria-describedby={r === suggested ? 'study-suggested' : undefined}
                onClick={() => rate(r)}
              >
                {RATING_LABELS[r]}
              </button>
            ))}
          </div>
          <p id="study-suggested" className="small muted">
            Suggested from your answer: {RATING_LABELS[suggested]}.
          </p>
        </>
      )}
      <button type="button" className="link-button" onClick={endSession}>
        End review
      </button>
    </section>
  );
}
