/**
 * Keeps the study progress in browser storage (domain/study/progress-storage.ts): loaded once,
 * saved on every change, merged with what other tabs save (per card, the later review wins), and
 * kept in memory with a notice when the browser refuses to store it.
 */
import { stableStringify } from '../../domain/integrity';
import type { KeyValueStorage } from '../../domain/lesson-storage';
import { mergeProgress, readProgress, type Progress } from '../../domain/study/progress';
import { loadProgress, PROGRESS_KEY, saveProgress } from '../../domain/study/progress-storage';
import type { StorageEvents } from '../lesson-persistence';
import type { AppStore } from '../store';
import type { StudyStore } from './study-store';

export function startProgressPersistence(
  study: StudyStore,
  app: AppStore,
  storage: KeyValueStorage | null,
  events: StorageEvents | null = null,
): () => void {
  const notify = app.getState().notify;
  if (!storage) {
    notify('warning', 'This browser does not allow saving study progress; export it as a file.');
    return () => undefined;
  }
  const loaded = loadProgress(storage, study.getState().now);
  study.getState().replaceProgress(loaded.progress);
  if (loaded.notice) notify(loaded.readOnly ? 'error' : 'warning', loaded.notice);
  if (loaded.readOnly) return () => undefined;
  let failed = false;
  let written = stableStringify(loaded.progress);

  /** Merges what storage holds now (another tab may have saved), then writes if anything is new. */
  const sync = () => {
    const mine = study.getState().progress;
    let raw: string | null = null;
    try {
      raw = storage.getItem(PROGRESS_KEY);
    } catch {
      // Blocked now: the save below says so.
    }
    const read = raw === null ? null : readProgress(raw);
    if (read?.kind === 'newer') return;
    const next: Progress = read?.kind === 'progress' ? mergeProgress(read.progress, mine) : mine;
    const text = stableStringify(next);
    // What storage holds already needs no write (another tab's save, merged into nothing new).
    if (read?.kind === 'progress' && stableStringify(read.progress) === text) written = text;
    if (text !== written) {
      const error = saveProgress(storage, next);
      if (error && !failed) notify('error', error);
      failed = !!error;
      if (!error) written = text;
    }
    if (stableStringify(mine) !== text) study.getState().replaceProgress(next);
  };
  const unsubscribe = study.subscribe((s) => s.progress, sync);
  const onStorage = (e: StorageEvent) => {
    if (e.key === PROGRESS_KEY || e.key === null) sync();
  };
  events?.addEventListener('storage', onStorage);
  return () => {
    unsubscribe();
    events?.removeEventListener('storage', onStorage);
  };
}
