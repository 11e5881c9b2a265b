import { useState } from 'react';
import { useStore } from 'zustand';
import {
  deckFileText,
  deckFromLesson,
  encodeDeckLink,
  MAX_DECK_LINK,
  readDeckFile,
  type LecturerDeck,
} from '../../domain/study/deck-link';
import { DECK_IDS, DECKS, type DeckId } from '../../domain/study/types';
import { useAppStore } from '../../state/store';
import type { StudyStore } from '../../state/study/study-store';
import { downloadBlob } from '../lessons/download';

/** Gives a deck to the student: its cards join their queue, and a notice says so. */
export function takeDeck(store: StudyStore, deck: LecturerDeck): void {
  const n = store.getState().assignDeck(deck);
  const notify = useAppStore.getState().notify;
  if (n)
    notify(
      'info',
      `Deck "${deck.t}" from your lecturer: ${n} ${n === 1 ? 'card' : 'cards'} added to your review queue; they come first.`,
    );
  else notify('warning', `Deck "${deck.t}" has no questions this version of the atlas can ask.`);
}

/**
 * For lecturers: a deck from a lesson or from topics, shared as a link or a file; and, for
 * students, opening a deck file.
 */
export function LecturerDecks({ store }: { store: StudyStore }) {
  const questions = useStore(store, (s) => s.questions);
  const assigned = useStore(store, (s) => s.progress.assigned);
  const lessons = useAppStore((s) => s.lessons);
  const examples = useAppStore((s) => s.examples);
  const content = useAppStore((s) => s.content);
  const notify = useAppStore((s) => s.notify);
  const [source, setSource] = useState('');
  const [topics, setTopics] = useState<DeckId[]>([]);
  const [link, setLink] = useState<string | null>(null);
  const allLessons = [...examples, ...lessons];
  const present = new Set(questions?.map((q) => q.deck));

  const deck = (): LecturerDeck | null => {
    if (source.startsWith('lesson:')) {
      const lesson = allLessons.find((l) => `lesson:${l.id}` === source);
      return lesson && questions
        ? deckFromLesson(lesson, questions, (v) => content.variants.get(v)?.technique.id ?? null)
        : null;
    }
    return topics.length ? { t: topics.map((t) => DECKS[t]).join(', '), d: topics } : null;
  };
  const share = () => {
    const d = deck();
    if (!d) {
      notify('warning', 'Choose a lesson with questions, or at least one topic.');
      return;
    }
    const hash = encodeDeckLink(d);
    if (hash.length > MAX_DECK_LINK) {
      setLink(null);
      notify('info', 'This deck is too long for a link; share it as a file.');
      return;
    }
    const url = `${location.origin}${location.pathname}${hash}`;
    setLink(url);
    void navigator.clipboard?.writeText(url).catch(() => undefined);
  };
  const download = () => {
    const d = deck();
    if (!d) return notify('warning', 'Choose a lesson with questions, or at least one topic.');
    downloadBlob(new Blob([deckFileText(d)], { type: 'application/json' }), `${d.t} deck.json`);
  };
  const openFile = async (file: File | undefined) => {
    if (!file) return;
    const read = readDeckFile(await file.text());
    if (read.ok) takeDeck(store, read.deck);
    else notify('error', `"${file.name}" could not be opened: ${read.reason}.`);
  };
  return (
    <details className="study-lecturer">
      <summary>Decks for a class</summary>
      {assigned.length ? (
        <ul className="small" aria-label="Decks from your lecturer">
          {assigned.map((d) => (
            <li key={d.id}>
              {d.title}: {d.questions.length} cards
            </li>
          ))}
        </ul>
      ) : null}
      <label className="field small">
        Make a deck from
        <select value={source} onChange={(e) => setSource(e.target.value)}>
          <option value="">Topics (below)</option>
          {allLessons.map((l) => (
            <option key={l.id} value={`lesson:${l.id}`}>
              Lesson: {l.title}
            </option>
          ))}
        </select>
      </label>
      {source === '' ? (
        <fieldset className="study-topics">
          <legend className="small">Topics</legend>
          {DECK_IDS.filter((d) => present.has(d)).map((d) => (
            <label key={d} className="check small">
              <input
                type="checkbox"
                checked={topics.includes(d)}
                onChange={(e) =>
                  setTopics(e.target.checked ? [...topics, d] : topics.filter((t) => t !== d))
                }
              />
              {DECKS[d]}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="study-files">
        <button type="button" onClick={share}>
          Copy deck link
        </button>
        <button type="button" onClick={download}>
          Download deck file
        </button>
      </div>
      {link ? (
        <label className="field small">
          Deck link (copied)
          <input readOnly value={link} onFocus={(e) => e.target.select()} />
        </label>
      ) : null}
      <label className="file-button small">
        Open a deck file
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            void openFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
    </details>
  );
}
