import { readClassLink } from '../domain/classroom/class-link';
import { HOME } from '../domain/url';
import type { AppStore } from './store';
import type { LinkInterceptor } from './url-sync';

/**
 * Opens class links (`#/class/ABCD-EFGH`, the projector's QR code) for the URL sync, like lesson
 * links: the code waits in the store until the class controls have loaded, which join it; the
 * home view shows meanwhile (the lecturer's view follows).
 */
export function classLinkInterceptor(store: AppStore): LinkInterceptor {
  return (hash) => {
    const link = readClassLink(hash);
    if (!link) return null;
    const s = store.getState();
    if (link.kind === 'invalid') {
      s.notify('warning', 'This class link has no valid class code. Showing the home view.');
      return HOME;
    }
    s.setPendingJoin(link.code);
    return HOME;
  };
}
