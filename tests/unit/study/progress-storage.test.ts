import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from '../../../src/domain/lesson-storage';
import {
  emptyProgress,
  mergeProgress,
  progressText,
  readProgress,
  type Progress,
} from '../../../src/domain/study/progress';
import {
  loadProgress,
  PROGRESS_KEY,
  PROGRESS_PREVIOUS_KEY,
  saveProgress,
} from '../../../src/domain/study/progress-storage';
import { review } from '../../../src/domain/study/schedule';

class MemoryStorage implements KeyValueStorage {
  data = new Map<string, string>();
  /** Bytes allowed in all; a write past it throws like a full browser store. */
  constructor(public quota = Infinity) {}
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const used = [...this.data].reduce((a, [key, val]) => a + (key === k ? 0 : val.length), 0);
    if (used + v.length > this.quota) throw new Error('QuotaExceededError');
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

const T = 1_800_000_000_000;
const withCard = (id: string, at: number, base: Progress = emptyProgress()): Progress => ({
  ...base,
  cards: { ...base.cards, [id]: review(undefined, 'good', at) },
});

describe('study progress storage', () => {
  it('saves and loads, keeping the previous save', () => {
    const s = new MemoryStorage();
    const a = withCard('q1', T);
    const b = withCard('q2', T + 1, a);
    expect(saveProgress(s, a)).toBeNull();
    expect(saveProgress(s, b)).toBeNull();
    expect(loadProgress(s).progress).toEqual(b);
    expect(readProgress(s.getItem(PROGRESS_PREVIOUS_KEY)!)).toEqual({
      kind: 'progress',
      progress: a,
    });
  });

  it('corrupt data is set aside with a notice and the previous save restored', () => {
    const s = new MemoryStorage();
    const a = withCard('q1', T);
    saveProgress(s, a);
    saveProgress(s, withCard('q2', T, a));
    s.setItem(PROGRESS_KEY, '{"format":"omt-atlas-study", broken');
    const loaded = loadProgress(s, () => 42);
    expect(loaded.progress).toEqual(a);
    expect(loaded.notice).toMatch(/could not be read/);
    expect(loaded.notice).toMatch(/previous save was restored/);
    expect(s.getItem('omt-atlas-study.corrupt.42')).toContain('broken');
  });

  it('data that fails the schema is set aside too, with what is wrong', () => {
    const s = new MemoryStorage();
    s.setItem(PROGRESS_KEY, JSON.stringify({ ...emptyProgress(), cards: { q1: { due: 'x' } } }));
    const loaded = loadProgress(s, () => 7);
    expect(loaded.progress).toEqual(emptyProgress());
    expect(loaded.notice).toMatch(/cards\.q1/);
    expect(s.getItem('omt-atlas-study.corrupt.7')).not.toBeNull();
  });

  it('progress from a newer version is left untouched (read-only)', () => {
    const s = new MemoryStorage();
    const newer = JSON.stringify({ ...emptyProgress(), version: 2, extra: true });
    s.setItem(PROGRESS_KEY, newer);
    const loaded = loadProgress(s);
    expect(loaded.readOnly).toBe(true);
    expect(loaded.notice).toMatch(/newer version/);
    expect(s.getItem(PROGRESS_KEY)).toBe(newer);
  });

  it('an older or unknown version is set aside, not read as if it were current', () => {
    const s = new MemoryStorage();
    s.setItem(PROGRESS_KEY, JSON.stringify({ ...emptyProgress(), version: 0 }));
    const loaded = loadProgress(s, () => 9);
    expect(loaded.readOnly).toBe(false);
    expect(loaded.notice).toMatch(/could not be read/);
    expect(s.getItem('omt-atlas-study.corrupt.9')).not.toBeNull();
  });

  it('quota full: the previous copy goes first; when even that fails, an error text (no throw)', () => {
    const a = withCard('q1', T);
    const b = withCard('q2', T, a);
    const roomy = new MemoryStorage(JSON.stringify(b).length + JSON.stringify(a).length / 2);
    expect(saveProgress(roomy, a)).toBeNull();
    expect(saveProgress(roomy, b)).toBeNull();
    expect(loadProgress(roomy).progress).toEqual(b);
    expect(roomy.getItem(PROGRESS_PREVIOUS_KEY)).toBeNull();
    const full = new MemoryStorage(10);
    expect(saveProgress(full, b)).toMatch(/could not be saved.*kept while this page is open/);
  });

  it('two tabs merge per card: the later review wins, nothing else is lost', () => {
    const base = withCard('q1', T);
    const mine = withCard('q2', T + 10, { ...base, cards: { ...base.cards } });
    mine.cards['q1'] = review(base.cards['q1'], 'good', T + 100);
    const theirs = withCard('q3', T + 20, base);
    theirs.cards['q1'] = review(base.cards['q1'], 'again', T + 50);
    const merged = mergeProgress(theirs, mine);
    expect(Object.keys(merged.cards).sort()).toEqual(['q1', 'q2', 'q3']);
    expect(merged.cards['q1']!.lastReview).toBe(T + 100);
    expect(mergeProgress(mine, theirs).cards['q1']!.lastReview).toBe(T + 100);
  });

  it('an exported file reads back; a wrong file gives a clear reason', () => {
    const a = withCard('q1', T);
    expect(readProgress(progressText(a))).toEqual({ kind: 'progress', progress: a });
    expect(readProgress('not json')).toMatchObject({ kind: 'unreadable', reason: /not JSON/ });
    expect(readProgress('{"format":"omt-atlas-lesson"}')).toMatchObject({
      reason: /not OMT Atlas study progress/,
    });
  });
});
