import { DECK_LINK_PREFIX } from '../domain/study/deck-link';
import { HOME } from '../domain/url';
import type { AppStore } from './store';
import type { LinkInterceptor } from './url-sync';

/**
 * Opens lecturer deck links (`#/study/deck/<payload>`): the study mode opens and takes the deck
 * when it has loaded (it checks the deck and says what was added); the body shows the home view.
 * Other links go on to `next`.
 */
export function studyDeckInterceptor(store: AppStore, next: LinkInterceptor): LinkInterceptor {
  return (hash) => {
    if (!hash.startsWith(DECK_LINK_PREFIX)) return next(hash);
    store.getState().setPendingDeckLink(hash);
    return HOME;
  };
}
