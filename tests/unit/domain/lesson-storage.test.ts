import { describe, expect, it } from 'vitest';
import { withUniqueIds, type Lesson } from '../../../src/domain/lesson';
import { mergeLessons } from '../../../src/domain/lesson-merge';
import {
  LESSONS_CORRUPT_KEY_PREFIX,
  LESSONS_PREVIOUS_KEY,
  LESSONS_STORAGE_KEY,
  loadLessons,
  saveLessons,
  type KeyValueStorage,
} from '../../../src/domain/lesson-storage';

const lessonOf = (id: string, title = id, notes = ''): Lesson => ({
  id,
  title,
  description: '',
  version: 1,
  steps: [
    {
      id: 'step-1',
      title: 'Start',
      notes,
      route: { page: { kind: 'region', region: 'ankle.left' }, view: {} },
    },
  ],
});
const lesson = lessonOf('my-lesson', 'Ankle to knee');

/** A storage that, like a browser's, refuses to hold more than `quota` characters in all. */
function memoryStorage(
  initial: Record<string, string> = {},
  quota = Infinity,
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      const before = data.get(k);
      data.set(k, v);
      if (used() > quota) {
        if (before === undefined) data.delete(k);
        else data.set(k, before);
        throw new Error('QuotaExceededError');
      }
    },
    removeItem: (k) => void data.delete(k),
  };
}

const storedWith = (lessons: unknown[], version = 1) =>
  JSON.stringify({ format: 'omt-atlas-lessons', version, lessons, savedAt: '' });

describe('lesson storage', () => {
  it('saves in a versioned format and keeps the previous version under its own key', () => {
    const storage = memoryStorage();
    expect(saveLessons(storage, [lesson])).toBeNull();
    const second = { ...lesson, title: 'Renamed' };
    expect(saveLessons(storage, [second])).toBeNull();
    expect(JSON.parse(storage.data.get(LESSONS_STORAGE_KEY)!)).toMatchObject({
      format: 'omt-atlas-lessons',
      version: 1,
      lessons: [second],
    });
    expect(JSON.parse(storage.data.get(LESSONS_PREVIOUS_KEY)!).lessons).toEqual([lesson]);
    expect(loadLessons(storage)).toMatchObject({ lessons: [second], notice: null });
  });

  it('gives up the previous copy, not the lessons, when space runs out', () => {
    // Room for one copy of the lessons and a little more, not for two.
    const big = lessonOf('big', 'Big', 'x'.repeat(3000));
    const quota = saveTextLength([big]) + 1000;
    const storage = memoryStorage({}, quota);
    expect(saveLessons(storage, [big])).toBeNull();
    const edited = { ...big, title: 'Big, edited' };
    expect(saveLessons(storage, [edited])).toBeNull();
    expect(loadLessons(storage).lessons).toEqual([edited]);
    expect(storage.data.has(LESSONS_PREVIOUS_KEY)).toBe(false);
    // And the room comes back for the previous copy when the lessons shrink.
    expect(saveLessons(storage, [lesson])).toBeNull();
    expect(saveLessons(storage, [lesson, lessonOf('two')])).toBeNull();
    expect(storage.data.has(LESSONS_PREVIOUS_KEY)).toBe(true);
  });

  it('recovers from corrupt storage and keeps the damaged data aside', () => {
    const storage = memoryStorage({ [LESSONS_STORAGE_KEY]: '{not json' });
    const r = loadLessons(storage, () => 42);
    expect(r.lessons).toEqual([]);
    expect(r.notice).toMatch(/could not be read/);
    expect(storage.data.get(`${LESSONS_CORRUPT_KEY_PREFIX}42`)).toBe('{not json');
    expect(r.notice).toContain(`${LESSONS_CORRUPT_KEY_PREFIX}42`);
  });

  it('restores the previous save when the latest one cannot be read at all', () => {
    const storage = memoryStorage();
    saveLessons(storage, [lesson]);
    saveLessons(storage, [{ ...lesson, title: 'Second' }]);
    storage.data.set(LESSONS_STORAGE_KEY, '{"format":"omt-atlas-lessons"');
    const r = loadLessons(storage, () => 7);
    expect(r.lessons).toEqual([lesson]);
    expect(r.notice).toMatch(/previous saved version was restored/);
    expect(storage.data.has(`${LESSONS_CORRUPT_KEY_PREFIX}7`)).toBe(true);
  });

  it('keeps the valid lessons when one is damaged, and says which was set aside', () => {
    const storage = memoryStorage();
    const good = lessonOf('good', 'Good one');
    saveLessons(storage, [good, lesson]);
    // The next save moves that one to the previous key; then the lesson is damaged.
    saveLessons(storage, [good, lesson]);
    const damaged = { ...lesson, steps: 'damaged' };
    storage.data.set(LESSONS_STORAGE_KEY, storedWith([good, damaged, lessonOf('other')]));
    const r = loadLessons(storage, () => 9);
    expect(r.lessons.map((l) => l.id)).toEqual(['good', 'other']);
    expect(r.setAside).toHaveLength(1);
    expect(r.setAside[0]!.title).toBe('Ankle to knee');
    expect(JSON.parse(r.setAside[0]!.text)).toEqual(damaged);
    // The previous save holds it intact: it can be restored.
    expect(r.setAside[0]!.earlier).toEqual(lesson);
    expect(r.notice).toMatch(/1 saved lesson was damaged and set aside: "Ankle to knee"/);
    expect(r.notice).toMatch(/earlier copy you can restore/);
    expect(storage.data.has(`${LESSONS_CORRUPT_KEY_PREFIX}9`)).toBe(true);
  });

  it('offers only the download when there is no earlier copy, and names untitled ones', () => {
    const storage = memoryStorage({ [LESSONS_STORAGE_KEY]: storedWith([lesson, 'junk']) });
    const r = loadLessons(storage, () => 1);
    expect(r.lessons).toEqual([lesson]);
    expect(r.setAside).toEqual([{ title: null, text: '"junk"\n', earlier: null }]);
    expect(r.notice).toMatch(/one without a readable title/);
    expect(r.notice).toMatch(/download the damaged data/);
  });

  it('keeps a lesson from a newer version of the app and writes it back unchanged', () => {
    const fromTheFuture = { ...lessonOf('future'), version: 2, chapters: ['new field'] };
    const storage = memoryStorage({
      [LESSONS_STORAGE_KEY]: storedWith([lesson, fromTheFuture]),
    });
    const r = loadLessons(storage);
    expect(r.lessons).toEqual([lesson]);
    expect(r.newer).toEqual([fromTheFuture]);
    expect(r.setAside).toEqual([]);
    expect(r.notice).toMatch(/newer version of OMT Atlas/);
    saveLessons(storage, [{ ...lesson, title: 'Edited here' }], r.newer);
    const stored = JSON.parse(storage.data.get(LESSONS_STORAGE_KEY)!);
    expect(stored.lessons).toEqual([{ ...lesson, title: 'Edited here' }, fromTheFuture]);
  });

  it('leaves a store in a newer format alone', () => {
    const storage = memoryStorage({ [LESSONS_STORAGE_KEY]: storedWith([{ any: 'shape' }], 2) });
    const r = loadLessons(storage);
    expect(r).toMatchObject({ lessons: [], readOnly: true });
    expect(r.notice).toMatch(/newer version of OMT Atlas/);
  });

  it('treats a foreign format as unreadable, never as empty', () => {
    const storage = memoryStorage({ [LESSONS_STORAGE_KEY]: '{"format":"other","version":9}' });
    const r = loadLessons(storage, () => 1);
    expect(r.notice).toMatch(/format/);
    expect(storage.data.get(`${LESSONS_CORRUPT_KEY_PREFIX}1`)).toContain('other');
  });

  it('gives repeated ids new ones instead of loading two lessons under one id', () => {
    const twin = { ...lesson, title: 'Twin' };
    const storage = memoryStorage({ [LESSONS_STORAGE_KEY]: storedWith([lesson, twin]) });
    const ids = loadLessons(storage).lessons.map((l) => l.id);
    expect(ids).toEqual(['my-lesson', 'twin']);
    expect(withUniqueIds([lesson, lesson, lesson]).map((l) => l.id)).toEqual([
      'my-lesson',
      'ankle-to-knee',
      'ankle-to-knee-2',
    ]);
  });

  it('reports a refused save instead of throwing', () => {
    const storage = memoryStorage({}, 10);
    expect(saveLessons(storage, [lesson])).toMatch(/could not be saved/);
  });
});

function saveTextLength(lessons: Lesson[]): number {
  const probe = memoryStorage();
  saveLessons(probe, lessons);
  return LESSONS_STORAGE_KEY.length + probe.data.get(LESSONS_STORAGE_KEY)!.length;
}

describe('merging two tabs', () => {
  const a = lessonOf('a', 'A');
  const b = lessonOf('b', 'B');
  const c = lessonOf('c', 'C');
  const ids = (r: { lessons: Lesson[] }) => r.lessons.map((l) => l.id);

  it('keeps lessons added in either tab', () => {
    const r = mergeLessons([a], [a, b], [a, c]);
    expect(ids(r)).toEqual(['a', 'c', 'b']);
    expect(r.conflicts).toEqual([]);
  });

  it('takes an edit from whichever side made it', () => {
    const aMine = { ...a, title: 'A (mine)' };
    const aTheirs = { ...a, title: 'A (theirs)' };
    expect(mergeLessons([a], [aMine], [a]).lessons).toEqual([aMine]);
    expect(mergeLessons([a], [a], [aTheirs]).lessons).toEqual([aTheirs]);
  });

  it('keeps a deletion unless the other side edited the lesson', () => {
    expect(ids(mergeLessons([a, b], [a], [a, b]))).toEqual(['a']);
    expect(ids(mergeLessons([a, b], [a, b], [a]))).toEqual(['a']);
    const bEdited = { ...b, title: 'B edited' };
    expect(mergeLessons([a, b], [a, bEdited], [a]).lessons).toEqual([a, bEdited]);
    expect(mergeLessons([a, b], [a], [a, bEdited]).lessons).toEqual([a, bEdited]);
  });

  it('keeps both versions of a lesson edited in both tabs', () => {
    const aMine = { ...a, title: 'A mine' };
    const aTheirs = { ...a, title: 'A theirs' };
    const r = mergeLessons([a], [aMine], [aTheirs]);
    expect(r.lessons).toEqual([
      aTheirs,
      { ...aMine, id: 'a-mine-other-copy', title: 'A mine (other copy)' },
    ]);
    expect(r.conflicts).toEqual(['A mine']);
  });

  it('keeps two lessons created under the same id in both tabs', () => {
    const mine = lessonOf('new-lesson', 'New lesson', 'mine');
    const theirs = lessonOf('new-lesson', 'New lesson', 'theirs');
    const r = mergeLessons([], [mine], [theirs]);
    expect(r.lessons).toHaveLength(2);
    expect(new Set(ids(r)).size).toBe(2);
    // The same lesson on both sides is one lesson.
    expect(mergeLessons([], [mine], [mine]).lessons).toEqual([mine]);
  });

  it('compares lessons by content, not by the order their fields were written in', () => {
    const reordered = JSON.parse(
      JSON.stringify({ steps: a.steps, version: 1, description: '', title: 'A', id: 'a' }),
    ) as Lesson;
    expect(mergeLessons([a], [reordered], [a]).conflicts).toEqual([]);
    expect(mergeLessons([a], [reordered], [{ ...a, title: 'x' }]).lessons).toEqual([
      { ...a, title: 'x' },
    ]);
  });
});
