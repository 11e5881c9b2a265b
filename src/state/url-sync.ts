import { decodeRoute, encodeRoute, HOME, type Page, type Route } from '../domain/url';
import { selectVisibleLayers } from './selectors';
import { DEFAULT_LAYERS } from './slices/view';
import type { AppState, AppStore } from './store';

/** Answers why a syntactically valid page cannot be shown (unknown id), or null when it can. */
export type PageValidator = (page: Page) => string | null;

/**
 * Handles links that are not body views (`#/lesson/...`): returns the route to show in their
 * place, or null to let the URL codec read the hash as usual.
 */
export type LinkInterceptor = (hash: string) => Route | null;

const defaultLayerList = selectVisibleLayers({ layers: DEFAULT_LAYERS } as AppState);

export function routeFromState(s: AppState): Route {
  const layers = selectVisibleLayers(s);
  const layersChanged = layers.join(',') !== defaultLayerList.join(',');
  return {
    page: s.page,
    view: {
      ...(s.camera ? { camera: s.camera } : {}),
      ...(layersChanged ? { layers } : {}),
      ...(s.xray > 0 ? { xray: s.xray } : {}),
      ...(s.overlays.length ? { overlays: s.overlays } : {}),
      ...(s.shownZones.length ? { zones: s.shownZones } : {}),
      ...(s.touched ? { at: s.touched } : {}),
      ...(s.paint?.dabs.length ? { paint: s.paint } : {}),
    },
  };
}

/** Applies a route as a link is applied (page, layers, x-ray, maps, camera request). */
export function applyRoute(store: AppStore, route: Route): void {
  const s = store.getState();
  s.showPage(route.page);
  s.setLayers(route.view.layers ?? defaultLayerList);
  s.setXray(route.view.xray ?? 0);
  s.setMapsView(route.view);
  s.requestCamera(route.view.camera ?? null, { fromLink: true });
}

/** Moving within one technique's timeline replaces the history entry instead of adding one. */
function sameTechnique(a: Page, b: Page): boolean {
  return (
    a.kind === 'technique' && b.kind === 'technique' && a.variant === b.variant && a.side === b.side
  );
}

/**
 * The one subscriber that keeps the location hash and the store in step: state → hash on every
 * change (a new history entry when the page changes, a replaced one for view tweaks), and
 * hash → state on load and on back/forward. A bad link shows a notice and the home view.
 */
export function startUrlSync(
  store: AppStore,
  win: Window,
  validate: PageValidator,
  intercept?: LinkInterceptor,
): () => void {
  let applying = false;

  const restore = (hash: string) => {
    const special = intercept?.(hash);
    if (special) {
      // A link that is not a body view (a shared lesson): it names the view to show instead.
      applying = true;
      applyRoute(store, special);
      applying = false;
      const shown = encodeRoute(routeFromState(store.getState()));
      win.history.replaceState(null, '', shown);
      return shown;
    }
    const decoded = decodeRoute(hash);
    const problem = decoded.ok ? validate(decoded.route.page) : decoded.reason;
    let route: Route = HOME;
    if (decoded.ok) route = problem ? { page: HOME.page, view: decoded.route.view } : decoded.route;
    applying = true;
    applyRoute(store, route);
    applying = false;
    if (problem) {
      store
        .getState()
        .notify('warning', `This link could not be opened: ${problem}. Showing the home view.`);
      win.history.replaceState(null, '', encodeRoute(routeFromState(store.getState())));
    } else if (decoded.ok && decoded.ignored) {
      // The view opens; the address bar shows the link without the parts that were read past.
      store
        .getState()
        .notify('info', `Part of this link was ignored: ${decoded.ignored.join('; ')}.`);
      win.history.replaceState(null, '', encodeRoute(routeFromState(store.getState())));
    }
    return encodeRoute(routeFromState(store.getState()));
  };

  let current = restore(win.location.hash);

  const unsubscribe = store.subscribe((s, prev) => {
    if (applying) return;
    const next = encodeRoute(routeFromState(s));
    if (next === current) return;
    if (s.page !== prev.page && !sameTechnique(s.page, prev.page))
      win.history.pushState(null, '', next);
    else win.history.replaceState(null, '', next);
    current = next;
  });

  const onNavigate = () => {
    if (win.location.hash === current) return;
    current = restore(win.location.hash);
  };
  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onNavigate);
    win.removeEventListener('hashchange', onNavigate);
  };
}
