import { stableStringify } from '../domain/integrity';
import { fileStem, type Lesson } from '../domain/lesson';
import { mergeLessons } from '../domain/lesson-merge';
import {
  loadLessons,
  LESSONS_STORAGE_KEY,
  readStoredLessons,
  saveLessons,
  type KeyValueStorage,
  type SetAsideLesson,
} from '../domain/lesson-storage';
import type { NoticeAction } from './slices/view';
import type { AppStore } from './store';

/** Where `storage` events come from (the window), kept apart so tests can drive it. */
export interface StorageEvents {
  addEventListener(type: 'storage', listener: (e: StorageEvent) => void): void;
  removeEventListener(type: 'storage', listener: (e: StorageEvent) => void): void;
}

export interface PersistenceOptions {
  /** Other tabs' saves arrive here; without it, this tab does not follow them. */
  events?: StorageEvents | null;
  /** Offers a damaged lesson's data as a file. */
  download?: (fileName: string, text: string) => void;
}

function setAsideActions(
  store: AppStore,
  setAside: readonly SetAsideLesson[],
  download: PersistenceOptions['download'],
): NoticeAction[] {
  const actions: NoticeAction[] = [];
  const earlier = setAside.flatMap((s) => (s.earlier ? [s.earlier] : []));
  if (earlier.length)
    actions.push({
      label: earlier.length === 1 ? 'Restore the earlier copy' : 'Restore the earlier copies',
      run: () => earlier.forEach((lesson) => store.getState().importLesson(lesson)),
    });
  if (download)
    actions.push({
      label: setAside.length === 1 ? 'Download the damaged lesson' : 'Download the damaged lessons',
      run: () => {
        const name = setAside.length === 1 ? (setAside[0]!.title ?? 'lesson') : 'lessons';
        const text = `[\n${setAside.map((s) => s.text.trimEnd()).join(',\n')}\n]\n`;
        // Not a lesson file (it would not import): plain `.json`, named as damaged.
        download(`${fileStem(name)} damaged.json`, text);
      },
    });
  return actions;
}

/**
 * Loads the saved lessons once, then saves them whenever they change (see
 * `domain/lesson-storage.ts`), and merges what other tabs save (`domain/lesson-merge.ts`) instead
 * of overwriting it. Problems become notices; nothing is dropped silently.
 */
export function startLessonPersistence(
  store: AppStore,
  storage: KeyValueStorage | null,
  { events = null, download }: PersistenceOptions = {},
): () => void {
  if (!storage) {
    store
      .getState()
      .notify('warning', 'This browser does not allow saving lessons; export them as files.');
    return () => undefined;
  }
  const loaded = loadLessons(storage);
  if (loaded.lessons.length) store.getState().replaceLessons(loaded.lessons);
  if (loaded.notice)
    store
      .getState()
      .notify(
        loaded.setAside.length || loaded.readOnly ? 'error' : 'warning',
        loaded.notice,
        setAsideActions(store, loaded.setAside, download),
      );
  // A newer app's store is left untouched: this (older) copy neither saves nor merges.
  if (loaded.readOnly) return () => undefined;
  /** The lessons as this tab last read or wrote them in storage: the base of every merge. */
  let stored = store.getState().lessons;
  let newer = loaded.newer;
  let failed = false;
  let readOnly = false;
  const same = (a: readonly Lesson[], b: readonly Lesson[]) =>
    a === b || stableStringify(a) === stableStringify(b);

  /**
   * Brings storage and this tab together. Another tab may have written since this one last looked
   * (its `storage` event may not have arrived yet), so what is there now is merged in before
   * anything is written: no save overwrites lessons it has not seen.
   */
  const sync = () => {
    const mine = store.getState().lessons;
    let raw: string | null = null;
    try {
      raw = storage.getItem(LESSONS_STORAGE_KEY);
    } catch {
      // Blocked now: the save below reports it.
    }
    const read = raw === null ? null : readStoredLessons(raw);
    if (read?.kind === 'newer') {
      // A newer copy of the app has taken over storage in another tab: stop writing.
      if (!readOnly)
        store
          .getState()
          .notify(
            'error',
            'A newer version of OMT Atlas is open in another tab; this tab no longer saves lessons. Reload it to update.',
          );
      readOnly = true;
    }
    if (readOnly) return;
    // Damaged or newer data in storage now is not merged; the save keeps the rule of `loadLessons`.
    const current = read === null ? [] : read.kind === 'lessons' ? read.lessons : stored;
    if (read?.kind === 'lessons') newer = read.newer;
    let next = mine;
    if (!same(current, stored)) {
      const merged = mergeLessons(stored, mine, current);
      next = merged.lessons;
      if (merged.conflicts.length)
        store
          .getState()
          .notify(
            'warning',
            `Changed in another tab as well: ${merged.conflicts.map((t) => `"${t}"`).join(', ')}. Both versions are kept.`,
          );
    }
    stored = current;
    if (!same(next, current)) {
      const error = saveLessons(storage, next, newer);
      if (error && !failed) store.getState().notify('error', error);
      failed = !!error;
      if (!error) stored = next;
    }
    if (next !== mine) store.getState().replaceLessons(next);
  };

  const unsubscribe = store.subscribe((s) => s.lessons, sync);
  const onStorage = (e: StorageEvent) => {
    // `key` is null when another tab cleared all storage.
    if (e.key === LESSONS_STORAGE_KEY || e.key === null) sync();
  };
  events?.addEventListener('storage', onStorage);
  return () => {
    unsubscribe();
    events?.removeEventListener('storage', onStorage);
  };
}

/** localStorage, or null where the browser blocks it (private modes, sandboxed frames). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
