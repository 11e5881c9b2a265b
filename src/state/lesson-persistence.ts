import { loadLessons, saveLessons, type KeyValueStorage } from '../domain/lesson';
import type { AppStore } from './store';

/**
 * Loads the saved lessons once, then saves them whenever they change (versioned, the previous
 * version kept; see `domain/lesson.ts`). Problems become notices; nothing is dropped silently.
 */
export function startLessonPersistence(
  store: AppStore,
  storage: KeyValueStorage | null,
): () => void {
  if (!storage) {
    store
      .getState()
      .notify('warning', 'This browser does not allow saving lessons; export them as files.');
    return () => undefined;
  }
  const loaded = loadLessons(storage);
  if (loaded.lessons.length) store.getState().replaceLessons(loaded.lessons);
  if (loaded.notice) store.getState().notify('warning', loaded.notice);
  let failed = false;
  return store.subscribe(
    (s) => s.lessons,
    (lessons) => {
      const error = saveLessons(storage, lessons);
      if (error && !failed) store.getState().notify('error', error);
      failed = !!error;
    },
  );
}

/** localStorage, or null where the browser blocks it (private modes, sandboxed frames). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
