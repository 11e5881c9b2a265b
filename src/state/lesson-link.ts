import { decodeLessonLinkPayload } from '../domain/lesson';
import { decodeAppLink, HOME } from '../domain/url';
import type { AppStore } from './store';
import type { LinkInterceptor } from './url-sync';

/**
 * Opens shared lesson links (`#/lesson/<payload>`) for the URL sync: the lesson becomes the
 * active one (students follow it with Next / Previous) and its first step is shown. A damaged or
 * unknown lesson link gives a notice and the home view, like any bad link.
 */
export function lessonLinkInterceptor(store: AppStore): LinkInterceptor {
  return (hash) => {
    const link = decodeAppLink(hash);
    if (link.kind === 'route' || link.kind === 'console') return null;
    const s = store.getState();
    if (link.kind === 'invalid') {
      s.notify('warning', `This lesson link could not be opened: ${link.reason}.`);
      return HOME;
    }
    const result = decodeLessonLinkPayload(link.payload, s.content);
    if (!result.ok) {
      const first = result.errors[0];
      s.notify(
        'warning',
        `This lesson link could not be opened: ${first ? `${first.path}: ${first.message}` : 'unknown problem'}.`,
      );
      return HOME;
    }
    s.openSharedLesson(result.lesson);
    return result.lesson.steps[0]?.route ?? HOME;
  };
}
