/**
 * Study progress in browser storage, kept like lessons: nothing is dropped silently.
 * - Unreadable data is copied aside (`omt-atlas-study.corrupt.<time>`) before anything else, and
 *   the previous save is restored when it is readable;
 * - progress written by a newer version is left alone (this copy neither saves nor merges);
 * - the previous save is kept under its own key and is the first thing given up when space runs
 *   out; when even then the save fails, the caller keeps the progress in memory and says so.
 * Pure apart from the storage passed in.
 */
import type { KeyValueStorage } from '../lesson-storage';
import { emptyProgress, readProgress, type Progress } from './progress';

export const PROGRESS_KEY = 'omt-atlas-study';
export const PROGRESS_PREVIOUS_KEY = 'omt-atlas-study.previous';
export const PROGRESS_CORRUPT_PREFIX = 'omt-atlas-study.corrupt.';

export interface ProgressLoad {
  progress: Progress;
  readOnly: boolean;
  notice: string | null;
}

export function loadProgress(storage: KeyValueStorage, now: () => number = Date.now): ProgressLoad {
  const fresh: ProgressLoad = { progress: emptyProgress(), readOnly: false, notice: null };
  let raw: string | null;
  let previous: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
    previous = storage.getItem(PROGRESS_PREVIOUS_KEY);
  } catch {
    return {
      ...fresh,
      notice: 'Study progress could not be read: browser storage is blocked. Export it to keep it.',
    };
  }
  if (raw === null) return fresh;
  const read = readProgress(raw);
  if (read.kind === 'progress') return { ...fresh, progress: read.progress };
  if (read.kind === 'newer')
    return {
      ...fresh,
      readOnly: true,
      notice:
        'Your study progress was saved by a newer version of OMT Atlas; this older copy leaves it untouched and saves nothing. Reload the page to update.',
    };
  const key = `${PROGRESS_CORRUPT_PREFIX}${now()}`;
  let aside: string;
  try {
    storage.setItem(key, raw);
    aside = `A copy of the damaged data is kept in browser storage under "${key}".`;
  } catch {
    aside =
      'The damaged data could not be copied aside (storage is full); it stays until the next save.';
  }
  const earlier = previous === null ? null : readProgress(previous);
  if (earlier?.kind === 'progress')
    return {
      ...fresh,
      progress: earlier.progress,
      notice: `Your latest study progress could not be read (${read.reason}); the previous save was restored. ${aside}`,
    };
  return {
    ...fresh,
    notice: `Your study progress could not be read (${read.reason}); starting afresh. ${aside}`,
  };
}

/** Saves, keeping the last save as the previous copy. Returns an error text, never throws. */
export function saveProgress(storage: KeyValueStorage, progress: Progress): string | null {
  const text = JSON.stringify(progress);
  try {
    const old = storage.getItem(PROGRESS_KEY);
    try {
      storage.setItem(PROGRESS_KEY, text);
    } catch {
      storage.removeItem(PROGRESS_PREVIOUS_KEY);
      storage.setItem(PROGRESS_KEY, text);
    }
    if (old !== null && old !== text) {
      try {
        storage.setItem(PROGRESS_PREVIOUS_KEY, old);
      } catch {
        storage.removeItem(PROGRESS_PREVIOUS_KEY);
      }
    }
    return null;
  } catch (error) {
    return `Study progress could not be saved in this browser (${error instanceof Error ? error.message : 'storage refused'}); it is kept while this page is open. Export it to keep it.`;
  }
}
