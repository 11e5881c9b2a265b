import { useEffect, useRef, useState, type ComponentType } from 'react';
import { useStore } from 'zustand';
import { decodeDeckLink } from '../../domain/study/deck-link';
import { MAX_NEW_PER_DAY } from '../../domain/study/progress';
import { useAppStore } from '../../state/store';
import type { StudyStore } from '../../state/study/study-store';
import { DeckProgressList } from './DeckProgressList';
import { ExamStart, ExamView } from './ExamView';
import { LecturerDecks, takeDeck } from './LecturerDecks';
import { ProgressFiles } from './ProgressFiles';
import { QuestionView } from './QuestionView';
import { TrainerEntry } from './TrainerEntry';
import { prepareQuestions, studyStore } from './study-instance';
import './study.css';

function ReviewStart({ store }: { store: StudyStore }) {
  const startReview = useStore(store, (s) => s.startReview);
  // Numbers, not the queue object: a new object on every read would re-render without end.
  const due = useStore(store, (s) => s.queue().due);
  const fresh = useStore(store, (s) => s.queue().fresh);
  const doneToday = useStore(store, (s) => s.doneToday);
  return (
    <div className="study-start">
      {doneToday ? <p role="status">All done for today. New cards come tomorrow.</p> : null}
      <button type="button" className="primary" disabled={due + fresh === 0} onClick={startReview}>
        Start review ({due} due, {fresh} new)
      </button>
    </div>
  );
}

function Settings({ store }: { store: StudyStore }) {
  const newPerDay = useStore(store, (s) => s.progress.settings.newPerDay);
  const setNewPerDay = useStore(store, (s) => s.setNewPerDay);
  return (
    <label className="field small study-setting">
      New cards per day
      <input
        type="number"
        min={0}
        max={MAX_NEW_PER_DAY}
        value={newPerDay}
        onChange={(e) => setNewPerDay(Number(e.target.value))}
      />
    </label>
  );
}

/**
 * The sections of the study panel's home, in order. Another way to practise (the dysfunction
 * trainer) is one more entry here.
 */
export const STUDY_SECTIONS: {
  id: string;
  title: string;
  Section: ComponentType<{ store: StudyStore }>;
}[] = [
  { id: 'review', title: 'Today', Section: ReviewStart },
  { id: 'decks', title: 'Progress by topic', Section: DeckProgressList },
  { id: 'settings', title: 'Settings', Section: Settings },
  { id: 'exam', title: 'Exam', Section: ExamStart },
  { id: 'trainer', title: 'Dysfunction trainer', Section: TrainerEntry },
  { id: 'class', title: 'Class decks', Section: LecturerDecks },
  { id: 'files', title: 'Your progress as a file', Section: ProgressFiles },
];

/** Waits for the body's skin, then generates the questions (once). */
function useQuestions(store: StudyStore): boolean {
  const modelReady = useAppStore((s) => s.modelStatus === 'ready');
  const contentReady = useAppStore((s) => s.contentReady);
  const ready = useStore(store, (s) => !!s.questions);
  useEffect(() => {
    if (ready || !modelReady || !contentReady) return;
    // Off the click that opened the panel: the panel shows "Preparing" first.
    const id = window.setTimeout(() => prepareQuestions(store), 0);
    return () => window.clearTimeout(id);
  }, [store, ready, modelReady, contentReady]);
  return ready;
}

/** A deck link opened before the panel loaded: taken once the questions exist. */
function usePendingDeck(store: StudyStore, ready: boolean) {
  const pending = useAppStore((s) => s.pendingDeckLink);
  useEffect(() => {
    if (!pending || !ready) return;
    const s = useAppStore.getState();
    s.setPendingDeckLink(null);
    const read = decodeDeckLink(pending);
    if (read.ok) takeDeck(store, read.deck);
    else s.notify('warning', `This deck link could not be opened: ${read.reason}.`);
  }, [store, pending, ready]);
}

/** The study mode: self-test on the body with spaced repetition (lazy chunk). */
export function StudyPanel() {
  const [store] = useState(studyStore);
  const ready = useQuestions(store);
  usePendingDeck(store, ready);
  const session = useStore(store, (s) => s.session);
  const exam = useStore(store, (s) => s.exam);
  const setStudyOpen = useAppStore((s) => s.setStudyOpen);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from the Study button: the focus follows to the panel.
  useEffect(() => {
    if (document.activeElement?.classList.contains('study-button')) heading.current?.focus();
  }, []);
  const close = () => {
    store.getState().endSession();
    store.getState().closeExam();
    setStudyOpen(false);
  };
  return (
    <aside className="side-panel study-panel" aria-label="Study">
      <div className="study-head">
        <h1 ref={heading} tabIndex={-1} className="selection-heading">
          Study
        </h1>
        <button type="button" onClick={close}>
          Close study
        </button>
      </div>
      {!ready ? (
        <p role="status">Preparing questions from the atlas…</p>
      ) : exam ? (
        <ExamView store={store} />
      ) : session ? (
        <QuestionView store={store} />
      ) : (
        STUDY_SECTIONS.map(({ id, title, Section }) => (
          <section key={id} className="panel-section study-section" aria-label={title}>
            <h2>{title}</h2>
            <Section store={store} />
          </section>
        ))
      )}
    </aside>
  );
}
