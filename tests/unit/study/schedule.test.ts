import { describe, expect, it } from 'vitest';
import {
  dailyQueue,
  deckProgress,
  review,
  suggestedRating,
  type StoredCard,
} from '../../../src/domain/study/schedule';
import type { DeckId, Question } from '../../../src/domain/study/types';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** A fake clock: 9 in the morning, local time. */
const T0 = new Date(2026, 0, 5, 9, 0, 0).getTime();

const q = (id: string, deck: DeckId = 'dermatomes'): Question => ({
  id,
  kind: 'test',
  deck,
  prompt: id,
  tap: null,
  choices: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
  ],
  answer: 'a',
  explanation: '',
  reference: '',
  showZones: [],
  showPoint: null,
  mark: null,
  about: [],
});
const questions = Array.from({ length: 30 }, (_, i) => q(`q${String(i).padStart(2, '0')}`));

describe('scheduler (ts-fsrs) with a fake clock', () => {
  it('a new card answered Good comes back within the day, then after days', () => {
    const c1 = review(undefined, 'good', T0);
    expect(c1.due).toBeGreaterThan(T0);
    expect(c1.due - T0).toBeLessThan(DAY);
    const c2 = review(c1, 'good', c1.due);
    expect(c2.due - c1.due).toBeGreaterThanOrEqual(DAY);
    const c3 = review(c2, 'good', c2.due);
    expect(c3.due - c2.due).toBeGreaterThan(c2.due - c1.due);
    expect(c3.firstReview).toBe(T0);
  });

  it('Easy schedules later than Good, Good later than Hard, Hard later than Again', () => {
    const due = (r: 'again' | 'hard' | 'good' | 'easy') => review(undefined, r, T0).due;
    expect(due('easy')).toBeGreaterThan(due('good'));
    expect(due('good')).toBeGreaterThan(due('hard'));
    expect(due('hard')).toBeGreaterThan(due('again'));
  });

  it('a lapse (Again on a review card) counts and brings the card back soon', () => {
    let c = review(undefined, 'easy', T0);
    c = review(c, 'good', c.due);
    const interval = c.due - c.lastReview;
    const lapsed = review(c, 'again', c.due);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due - lapsed.lastReview).toBeLessThan(interval);
    expect(lapsed.due - lapsed.lastReview).toBeLessThan(DAY);
  });

  it('the daily queue: due cards first, then new cards up to the limit per day', () => {
    const cards: Record<string, StoredCard> = {};
    let queue = dailyQueue(questions, cards, T0, { newPerDay: 5 });
    expect(queue.due).toBe(0);
    expect(queue.fresh).toBe(5);
    // Three new cards are studied today: two new ones are left for today.
    for (const id of queue.ids.slice(0, 3)) cards[id] = review(undefined, 'easy', T0);
    queue = dailyQueue(questions, cards, T0 + HOUR, { newPerDay: 5 });
    expect(queue.fresh).toBe(2);
    expect(queue.due).toBe(0);
    // The next day: the three are due (Easy on a new card: days, not minutes) and five new ones.
    const later = T0 + 20 * DAY;
    queue = dailyQueue(questions, cards, later, { newPerDay: 5 });
    expect(queue.due).toBe(3);
    expect(queue.ids.slice(0, 3).sort()).toEqual(['q00', 'q01', 'q02']);
    expect(queue.fresh).toBe(5);
  });

  it('a new-per-day setting of zero gives reviews only; assigned cards come first, past the limit', () => {
    const queue = dailyQueue(questions, {}, T0, {
      newPerDay: 0,
      assigned: new Set(['q20', 'q21']),
    });
    expect(queue.ids).toEqual(['q20', 'q21']);
  });

  it('a deck filter keeps the queue to its topic', () => {
    const mixed = [...questions.slice(0, 3), q('t1', 'techniques'), q('t2', 'techniques')];
    const queue = dailyQueue(mixed, {}, T0, { newPerDay: 10, decks: new Set(['techniques']) });
    expect(queue.ids).toEqual(['t1', 't2']);
  });

  it('progress per deck: new, learning, due and mastered', () => {
    const mixed = [...questions.slice(0, 4), q('t1', 'techniques')];
    const cards: Record<string, StoredCard> = {};
    cards['q00'] = review(undefined, 'again', T0);
    let m = review(undefined, 'easy', T0);
    for (let i = 0; i < 4; i++) m = review(m, 'easy', m.due);
    cards['q01'] = m;
    const p = deckProgress(mixed, cards, T0 + HOUR);
    const derm = p.find((d) => d.deck === 'dermatomes')!;
    expect(derm).toMatchObject({ total: 4, fresh: 2, learning: 1, due: 1, mastered: 1 });
    expect(p.find((d) => d.deck === 'techniques')).toMatchObject({ total: 1, fresh: 1 });
  });

  it('suggests a rating from the score', () => {
    expect(suggestedRating(1)).toBe('good');
    expect(suggestedRating(0.5)).toBe('hard');
    expect(suggestedRating(0)).toBe('again');
  });
});
