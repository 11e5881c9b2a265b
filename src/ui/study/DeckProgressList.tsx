import { useStore } from 'zustand';
import { deckProgress } from '../../domain/study/schedule';
import { DECKS } from '../../domain/study/types';
import type { StudyStore } from '../../state/study/study-store';

/** Progress by topic: new, learning, due and mastered cards of each deck. */
export function DeckProgressList({ store }: { store: StudyStore }) {
  const questions = useStore(store, (s) => s.questions);
  const cards = useStore(store, (s) => s.progress.cards);
  const now = useStore(store, (s) => s.now);
  if (!questions) return null;
  const decks = deckProgress(questions, cards, now());
  return (
    <ul className="study-decks" aria-label="Decks">
      {decks.map((d) => (
        <li key={d.deck}>
          <span className="study-deck-name">{DECKS[d.deck]}</span>
          <span className="small">
            {d.fresh} new · {d.learning} learning · {d.due} due · {d.mastered} mastered
          </span>
          <meter min={0} max={d.total} value={d.mastered} aria-label={`${DECKS[d.deck]} mastered`}>
            {d.mastered} of {d.total}
          </meter>
        </li>
      ))}
    </ul>
  );
}
