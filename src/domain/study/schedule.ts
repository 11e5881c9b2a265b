/**
 * Spaced repetition with ts-fsrs: each question is a card; a review (Again / Hard / Good / Easy)
 * moves its due date. The daily queue is the cards due now, then new cards up to the
 * new-cards-per-day setting (counting the cards first seen today), with cards a lecturer's deck
 * assigned first. Pure: the time is always passed in.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { DeckId, Question } from './types';

export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type RatingName = (typeof RATINGS)[number];
const TO_GRADE: Record<RatingName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** A card as stored: ts-fsrs's fields with times as epoch milliseconds, plus when it was first seen. */
export interface StoredCard {
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: 0 | 1 | 2 | 3;
  lastReview: number;
  firstReview: number;
}

/** A card counts as mastered once its interval reaches three weeks. */
export const MASTERED_DAYS = 21;

// Fuzz off: the same reviews give the same due dates (tests, and two tabs that agree).
const scheduler = fsrs({ enable_fuzz: false });

function toCard(c: StoredCard): Card {
  return {
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: 0,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as State,
    last_review: new Date(c.lastReview),
  };
}

/** The card after a review at `now` (a new card when `card` is undefined). */
export function review(card: StoredCard | undefined, rating: RatingName, now: number): StoredCard {
  const before = card ? toCard(card) : createEmptyCard(new Date(now));
  const after = scheduler.next(before, new Date(now), TO_GRADE[rating]).card;
  return {
    due: after.due.getTime(),
    stability: after.stability,
    difficulty: after.difficulty,
    scheduledDays: after.scheduled_days,
    learningSteps: after.learning_steps,
    reps: after.reps,
    lapses: after.lapses,
    state: after.state as StoredCard['state'],
    lastReview: now,
    firstReview: card?.firstReview ?? now,
  };
}

/** The rating a verdict suggests (the student may choose another). */
export function suggestedRating(credit: number): RatingName {
  return credit >= 1 ? 'good' : credit > 0 ? 'hard' : 'again';
}

/** Local midnight before `now`: the day a card was first seen in. */
export function dayStart(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export interface QueueOptions {
  newPerDay: number;
  /** Question ids a lecturer's deck assigned: their new cards come first, outside the limit. */
  assigned?: ReadonlySet<string>;
  /** Only these decks (all when absent). */
  decks?: ReadonlySet<DeckId>;
}

export interface DailyQueue {
  /** Due cards (earliest first), then new ones. */
  ids: string[];
  due: number;
  fresh: number;
}

export function dailyQueue(
  questions: readonly Question[],
  cards: Readonly<Record<string, StoredCard>>,
  now: number,
  { newPerDay, assigned = new Set(), decks }: QueueOptions,
): DailyQueue {
  const inScope = questions.filter((q) => !decks || decks.has(q.deck) || assigned.has(q.id));
  const due = inScope
    .filter((q) => cards[q.id] && cards[q.id]!.due <= now)
    .sort((a, b) => cards[a.id]!.due - cards[b.id]!.due || (a.id < b.id ? -1 : 1))
    .map((q) => q.id);
  const today = dayStart(now);
  const seenToday = Object.values(cards).filter((c) => c.firstReview >= today).length;
  const unseen = inScope.filter((q) => !cards[q.id]);
  const lecturer = unseen.filter((q) => assigned.has(q.id)).map((q) => q.id);
  const room = Math.max(0, newPerDay - seenToday);
  const own = unseen
    .filter((q) => !assigned.has(q.id))
    .slice(0, room)
    .map((q) => q.id);
  const fresh = [...lecturer, ...own];
  return { ids: [...due, ...fresh], due: due.length, fresh: fresh.length };
}

export interface DeckProgress {
  deck: DeckId;
  total: number;
  /** Never reviewed. */
  fresh: number;
  /** In (re)learning steps. */
  learning: number;
  /** Due now. */
  due: number;
  /** Interval of `MASTERED_DAYS` or more. */
  mastered: number;
}

export function deckProgress(
  questions: readonly Question[],
  cards: Readonly<Record<string, StoredCard>>,
  now: number,
): DeckProgress[] {
  const byDeck = new Map<DeckId, DeckProgress>();
  for (const q of questions) {
    let p = byDeck.get(q.deck);
    if (!p)
      byDeck.set(
        q.deck,
        (p = { deck: q.deck, total: 0, fresh: 0, learning: 0, due: 0, mastered: 0 }),
      );
    p.total++;
    const c = cards[q.id];
    if (!c) p.fresh++;
    else {
      if (c.state === State.Learning || c.state === State.Relearning) p.learning++;
      if (c.due <= now) p.due++;
      if (c.state === State.Review && c.scheduledDays >= MASTERED_DAYS) p.mastered++;
    }
  }
  return [...byDeck.values()];
}
