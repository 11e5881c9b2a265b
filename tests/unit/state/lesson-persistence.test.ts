import { describe, expect, it } from 'vitest';
import type { Lesson } from '../../../src/domain/lesson';
import {
  LESSONS_PREVIOUS_KEY,
  LESSONS_STORAGE_KEY,
  saveLessons,
  type KeyValueStorage,
} from '../../../src/domain/lesson-storage';
import { startLessonPersistence, type StorageEvents } from '../../../src/state/lesson-persistence';
import { createAppStore } from '../../../src/state/store';

type Listener = (e: StorageEvent) => void;

/**
 * One browser's storage shared by several tabs: like a browser, a write in one tab raises a
 * `storage` event in every other tab, never in the tab that wrote.
 */
function sharedStorage() {
  const data = new Map<string, string>();
  const tabs: { listeners: Set<Listener> }[] = [];
  /** Events wait here until `flush`, as a browser delivers them later, not during `setItem`. */
  const queue: (() => void)[] = [];
  const flush = () => {
    while (queue.length) queue.shift()!();
  };
  const tab = () => {
    const self = { listeners: new Set<Listener>() };
    tabs.push(self);
    const storage: KeyValueStorage = {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => {
        const oldValue = data.get(k) ?? null;
        data.set(k, v);
        for (const other of tabs)
          if (other !== self)
            queue.push(() => {
              for (const l of other.listeners)
                l({ key: k, oldValue, newValue: v, storageArea: null } as StorageEvent);
            });
      },
      removeItem: (k) => void data.delete(k),
    };
    const events: StorageEvents = {
      addEventListener: (_type, l) => void self.listeners.add(l),
      removeEventListener: (_type, l) => void self.listeners.delete(l),
    };
    return { storage, events };
  };
  return { data, tab, flush };
}

const titles = (store: ReturnType<typeof createAppStore>) =>
  store.getState().lessons.map((l) => l.title);

describe('lesson persistence across tabs', () => {
  it('merges lessons made in two open tabs instead of overwriting', () => {
    const shared = sharedStorage();
    const one = createAppStore();
    const two = createAppStore();
    const t1 = shared.tab();
    const t2 = shared.tab();
    const stop1 = startLessonPersistence(one, t1.storage, { events: t1.events });
    const stop2 = startLessonPersistence(two, t2.storage, { events: t2.events });
    // Both tabs save before either hears of the other's save.
    one.getState().createLesson('From tab one');
    two.getState().createLesson('From tab two');
    one.getState().createLesson('Another from one');
    shared.flush();
    expect(titles(one)).toEqual(['From tab one', 'From tab two', 'Another from one']);
    expect(titles(two)).toEqual(titles(one));
    const stored = JSON.parse(shared.data.get(LESSONS_STORAGE_KEY)!);
    expect(stored.lessons.map((l: Lesson) => l.title)).toEqual(titles(one));
    // A deletion in one tab reaches the other.
    two.getState().deleteLesson(two.getState().lessons[0]!.id);
    shared.flush();
    expect(titles(one)).toEqual(['From tab two', 'Another from one']);
    stop1();
    stop2();
  });

  it('keeps both versions when the same lesson is edited in both tabs at once', () => {
    const shared = sharedStorage();
    const one = createAppStore();
    const two = createAppStore();
    const t1 = shared.tab();
    const t2 = shared.tab();
    const stop1 = startLessonPersistence(one, t1.storage, { events: t1.events });
    const stop2 = startLessonPersistence(two, t2.storage, { events: t2.events });
    const id = one.getState().createLesson('Shared');
    shared.flush();
    one.getState().updateLesson(id, { description: 'edited in one' });
    two.getState().updateLesson(id, { description: 'edited in two' });
    shared.flush();
    const descriptions = (store: typeof one) =>
      store
        .getState()
        .lessons.map((l) => l.description)
        .sort();
    expect(descriptions(one)).toEqual(['edited in one', 'edited in two']);
    expect(descriptions(two)).toEqual(descriptions(one));
    expect(two.getState().notices.at(-1)?.text).toMatch(/Changed in another tab as well/);
    // Settled: nothing more is written back and forth.
    const settled = shared.data.get(LESSONS_STORAGE_KEY);
    shared.flush();
    expect(shared.data.get(LESSONS_STORAGE_KEY)).toBe(settled);
    stop1();
    stop2();
  });

  it('keeps each tab editing its own lesson when both make one with the same title at once', () => {
    const shared = sharedStorage();
    const one = createAppStore();
    const two = createAppStore();
    const t1 = shared.tab();
    const t2 = shared.tab();
    const stop1 = startLessonPersistence(one, t1.storage, { events: t1.events });
    const stop2 = startLessonPersistence(two, t2.storage, { events: t2.events });
    // Neither tab has heard of the other's lesson: both are "New lesson 1".
    const first = one.getState().createLesson('New lesson 1');
    const second = two.getState().createLesson('New lesson 1');
    expect(first).not.toBe(second);
    shared.flush();
    // Each tab renames the lesson it made, by the id it was given.
    one.getState().updateLesson(first, { title: 'Made in the first tab' });
    two.getState().updateLesson(second, { title: 'Made in the second tab' });
    shared.flush();
    for (const store of [one, two])
      expect([...titles(store)].sort()).toEqual([
        'Made in the first tab',
        'Made in the second tab',
      ]);
    expect(one.getState().notices).toEqual([]);
    stop1();
    stop2();
  });

  it('offers to restore the earlier copy of a damaged lesson, and to download it', () => {
    const shared = sharedStorage();
    const { storage } = shared.tab();
    const store = createAppStore();
    const lesson: Lesson = {
      id: 'kept',
      title: 'Kept',
      description: '',
      version: 1,
      steps: [],
    };
    saveLessons(storage, [lesson]);
    saveLessons(storage, [lesson]);
    expect(shared.data.has(LESSONS_PREVIOUS_KEY)).toBe(true);
    shared.data.set(
      LESSONS_STORAGE_KEY,
      JSON.stringify({
        format: 'omt-atlas-lessons',
        version: 1,
        lessons: [{ ...lesson, steps: null }],
      }),
    );
    const downloads: [string, string][] = [];
    startLessonPersistence(store, storage, {
      download: (name, text) => downloads.push([name, text]),
    })();
    const notice = store.getState().notices.at(-1)!;
    expect(notice.tone).toBe('error');
    expect(notice.text).toMatch(/set aside: "Kept"/);
    expect(notice.actions?.map((a) => a.label)).toEqual([
      'Restore the earlier copy',
      'Download the damaged lesson',
    ]);
    notice.actions![1]!.run();
    expect(downloads[0]![0]).toBe('Kept damaged.json');
    expect(JSON.parse(downloads[0]![1])).toEqual([{ ...lesson, steps: null }]);
    notice.actions![0]!.run();
    expect(store.getState().lessons).toEqual([lesson]);
  });

  it('does not write over a store from a newer version of the app', () => {
    const shared = sharedStorage();
    const { storage } = shared.tab();
    const newer = JSON.stringify({ format: 'omt-atlas-lessons', version: 2, lessons: [] });
    shared.data.set(LESSONS_STORAGE_KEY, newer);
    const store = createAppStore();
    const stop = startLessonPersistence(store, storage);
    store.getState().createLesson('Made in the old copy');
    expect(shared.data.get(LESSONS_STORAGE_KEY)).toBe(newer);
    expect(store.getState().notices.at(-1)?.text).toMatch(/newer version/);
    stop();
  });
});
