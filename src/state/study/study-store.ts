/**
 * The study mode's own state, created when its chunk loads: the student's progress, the questions
 * generated for the loaded body, the review in progress and an exam. It draws on the body through
 * the app store (zones shown, the touched ring, a marked area) and takes taps from it.
 */
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { deckId, deckQuestionIds, type LecturerDeck } from '../../domain/study/deck-link';
import {
  EXAM_SECONDS_PER_QUESTION,
  EXAM_SIZE,
  examSet,
  type ExamAnswer,
} from '../../domain/study/exam';
import { emptyProgress, MAX_NEW_PER_DAY, type Progress } from '../../domain/study/progress';
import { dailyQueue, review, type DailyQueue, type RatingName } from '../../domain/study/schedule';
import {
  answerSpot,
  pointPosition,
  scoreAnswer,
  viewFacing,
  type ScoringContext,
} from '../../domain/study/score';
import { HOME_CAMERA } from '../../domain/camera-moves';
import { POINT_TOLERANCE } from '../../domain/study/skin';
import type { DeckId, PointOnSide, Question, Scored, StudyAnswer } from '../../domain/study/types';
import type { RestPoint } from '../../domain/url';
import type { AppStore } from '../store';

export interface ReviewSession {
  questionId: string;
  phase: 'asking' | 'feedback';
  answer: StudyAnswer | null;
  scored: Scored | null;
  reviewed: number;
}

export interface ExamState {
  questionIds: string[];
  index: number;
  answers: ExamAnswer[];
  endsAt: number;
  phase: 'running' | 'summary';
  /** The summary row shown on the body. */
  shown: number | null;
}

export interface StudyState {
  now: () => number;
  progress: Progress;
  questions: Question[] | null;
  scoring: ScoringContext | null;
  session: ReviewSession | null;
  /** The review is over for today (nothing left in the queue). */
  doneToday: boolean;
  exam: ExamState | null;
  setQuestions: (questions: Question[], scoring: ScoringContext) => void;
  replaceProgress: (progress: Progress) => void;
  queue: () => DailyQueue;
  startReview: () => void;
  answer: (answer: StudyAnswer) => void;
  rate: (rating: RatingName) => void;
  endSession: () => void;
  setNewPerDay: (n: number) => void;
  /** Adds a lecturer's deck to the queue; returns how many of its cards the content has. */
  assignDeck: (deck: LecturerDeck) => number;
  startExam: (decks: DeckId[]) => void;
  answerExam: (answer: StudyAnswer | null) => void;
  finishExam: () => void;
  showExamRow: (index: number | null) => void;
  closeExam: () => void;
}

const toRest = (p: readonly number[]): RestPoint => [p[0]!, p[1]!, p[2]!];

export type StudyStore = ReturnType<typeof createStudyStore>;

export function createStudyStore(app: AppStore, now: () => number = () => Date.now()) {
  const store = create<StudyState>()(
    subscribeWithSelector((set, get) => {
      const question = (id: string | undefined) => get().questions?.find((q) => q.id === id);
      const at = (ref: PointOnSide | null) => {
        const scoring = get().scoring;
        const p = ref && scoring ? pointPosition(scoring, ref) : null;
        return p ? toRest(p) : null;
      };
      /** The body for a question: while asking, only its mark; then the answer and the tap. */
      const draw = (q: Question | undefined, answer: StudyAnswer | null, feedback: boolean) => {
        const s = app.getState();
        if (!q) {
          s.armStudyTap(false);
          s.drawStudy({ zones: [], touched: null, paint: null });
          return;
        }
        const mark = at(q.mark);
        const point = feedback ? at(q.showPoint) : null;
        const dab = point ?? mark;
        s.drawStudy({
          zones: feedback ? q.showZones : [],
          touched: feedback && answer?.kind === 'tap' ? toRest(answer.at) : null,
          paint: dab ? { radius: point ? POINT_TOLERANCE : 0.02, dabs: [dab] } : null,
        });
        s.armStudyTap(!feedback && !!q.tap);
        // Turn the body so the mark or the answer faces the student (when it faces away); a tap
        // that found the answer keeps the view the student chose.
        const found = answer?.kind === 'tap' && get().session?.scored?.verdict !== 'wrong';
        if (feedback && found && !get().exam) return;
        const scoring = get().scoring;
        const spot = scoring ? answerSpot(q, scoring, feedback) : null;
        const view = spot ? viewFacing(spot, (s.camera ?? HOME_CAMERA).position) : null;
        if (view) s.moveCamera({ kind: 'view', view });
      };
      const assigned = () => new Set(get().progress.assigned.flatMap((d) => d.questions));
      const next = () => {
        const id = get().queue().ids[0];
        const q = question(id);
        const reviewed = get().session?.reviewed ?? 0;
        set({
          session: q
            ? { questionId: q.id, phase: 'asking', answer: null, scored: null, reviewed }
            : null,
          doneToday: !q,
        });
        draw(q, null, false);
      };
      return {
        now,
        progress: emptyProgress(),
        questions: null,
        scoring: null,
        session: null,
        doneToday: false,
        exam: null,
        setQuestions: (questions, scoring) => set({ questions, scoring }),
        replaceProgress: (progress) => set({ progress }),
        queue: () =>
          dailyQueue(get().questions ?? [], get().progress.cards, get().now(), {
            newPerDay: get().progress.settings.newPerDay,
            assigned: assigned(),
          }),
        startReview: () => {
          set({ exam: null, session: null, doneToday: false });
          next();
        },
        answer: (answer) => {
          const { session, scoring } = get();
          const q = question(session?.questionId);
          if (!session || session.phase !== 'asking' || !q || !scoring) return;
          const scored = scoreAnswer(q, answer, scoring);
          set({ session: { ...session, phase: 'feedback', answer, scored } });
          draw(q, answer, true);
        },
        rate: (rating) => {
          const { session, progress } = get();
          if (!session || session.phase !== 'feedback') return;
          const card = review(progress.cards[session.questionId], rating, get().now());
          set({
            progress: { ...progress, cards: { ...progress.cards, [session.questionId]: card } },
            session: { ...session, reviewed: session.reviewed + 1 },
          });
          next();
        },
        endSession: () => {
          set({ session: null, doneToday: false });
          draw(undefined, null, false);
        },
        setNewPerDay: (n) => {
          const newPerDay = Math.max(0, Math.min(MAX_NEW_PER_DAY, Math.round(n)));
          if (!Number.isFinite(newPerDay)) return;
          const progress = get().progress;
          set({ progress: { ...progress, settings: { newPerDay, updatedAt: get().now() } } });
        },
        assignDeck: (deck) => {
          const ids = deckQuestionIds(deck, get().questions ?? []);
          const id = deckId(deck);
          const progress = get().progress;
          const others = progress.assigned.filter((d) => d.id !== id);
          set({
            progress: {
              ...progress,
              assigned: [...others, { id, title: deck.t, questions: ids, addedAt: get().now() }],
            },
          });
          return ids.length;
        },
        startExam: (decks) => {
          const ids = examSet(
            get().questions ?? [],
            new Set(decks),
            EXAM_SIZE,
            String(get().now()),
          ).map((q) => q.id);
          if (!ids.length) return;
          set({
            session: null,
            exam: {
              questionIds: ids,
              index: 0,
              answers: [],
              endsAt: get().now() + ids.length * EXAM_SECONDS_PER_QUESTION * 1000,
              phase: 'running',
              shown: null,
            },
          });
          draw(question(ids[0]), null, false);
        },
        answerExam: (answer) => {
          const { exam, scoring } = get();
          if (!exam || exam.phase !== 'running' || !scoring) return;
          const id = exam.questionIds[exam.index]!;
          const q = question(id);
          const scored: Scored =
            q && answer ? scoreAnswer(q, answer, scoring) : { verdict: 'wrong', credit: 0 };
          const answers = [...exam.answers, { questionId: id, answer, scored }];
          const index = exam.index + 1;
          if (index >= exam.questionIds.length) {
            set({ exam: { ...exam, answers, index, phase: 'summary' } });
            draw(undefined, null, false);
          } else {
            set({ exam: { ...exam, answers, index } });
            draw(question(exam.questionIds[index]), null, false);
          }
        },
        finishExam: () => {
          const exam = get().exam;
          if (!exam || exam.phase !== 'running') return;
          // Time is up: the questions not reached count as unanswered.
          const answers = [...exam.answers];
          for (let i = exam.answers.length; i < exam.questionIds.length; i++)
            answers.push({
              questionId: exam.questionIds[i]!,
              answer: null,
              scored: { verdict: 'wrong', credit: 0 },
            });
          set({ exam: { ...exam, answers, phase: 'summary' } });
          draw(undefined, null, false);
        },
        showExamRow: (index) => {
          const exam = get().exam;
          if (!exam || exam.phase !== 'summary') return;
          set({ exam: { ...exam, shown: index } });
          const row = index === null ? undefined : exam.answers[index];
          draw(question(row?.questionId), row?.answer ?? null, true);
          app.getState().armStudyTap(false);
        },
        closeExam: () => {
          set({ exam: null });
          draw(undefined, null, false);
        },
      };
    }),
  );
  // A tap on the body answers the question waiting for one.
  app.subscribe(
    (s) => s.studyTap,
    (tap) => {
      if (!tap) return;
      const s = store.getState();
      const answer: StudyAnswer = { kind: 'tap', at: tap.at };
      if (s.exam?.phase === 'running') s.answerExam(answer);
      else s.answer(answer);
    },
  );
  return store;
}
