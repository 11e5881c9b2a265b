import { contentSet } from '../content';
import { EXAMPLE_LESSONS } from '../content/lessons';
import { classLinkInterceptor } from '../state/class-link';
import { lessonLinkInterceptor } from '../state/lesson-link';
import { browserStorage, startLessonPersistence } from '../state/lesson-persistence';
import type { AppStore } from '../state/store';
import { studyDeckInterceptor } from '../state/study-link';
import { startUrlSync } from '../state/url-sync';
import { downloadBlob } from '../ui/lessons/download';
import { validatePage } from './validate-page';

/**
 * Loaded after the first frame with the body (at once for a deep link): the bundled content,
 * parsed by its zod schema as before (the schema fills defaults, so parsing is not only a check),
 * then the saved lessons (before any panel can edit them, or the first save would overwrite
 * them), then the URL sync, which needs the content to check the ids a link names.
 */
export function startContent(store: AppStore, win: Window): () => void {
  store.getState().setExamples(EXAMPLE_LESSONS);
  const stopLessons = startLessonPersistence(store, browserStorage(), {
    // Other tabs' saves arrive as storage events and are merged, not overwritten.
    events: win,
    download: (name, text) => downloadBlob(new Blob([text], { type: 'application/json' }), name),
  });
  store.getState().setContent(contentSet);
  const lessonLinks = studyDeckInterceptor(store, lessonLinkInterceptor(store));
  const classLinks = classLinkInterceptor(store);
  const stopSync = startUrlSync(
    store,
    win,
    validatePage,
    (hash) => classLinks(hash) ?? lessonLinks(hash),
  );
  return () => {
    stopSync();
    stopLessons();
  };
}
